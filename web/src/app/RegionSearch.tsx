import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { REGION_SEARCH } from '../data/catalogue';
import type { RegionRef } from '../data/types';
import { useI18n } from '../i18n/useI18n';

const SHOWN_LEVELS = new Set(['NATIONAL', 'PROVINCE', 'REGENCY_CITY']);

interface Props {
  label: string;
  onPick: (region: RegionRef) => void;
  /** Codes not to offer (already chosen). */
  exclude?: readonly string[];
  id?: string;
}

/** A combobox that finds a region by name or by Kemendagri or BPS code; arrow keys, Enter and Escape work. */
export function RegionSearch({ label, onPick, exclude = [], id }: Props) {
  const { t } = useI18n();
  const autoId = useId();
  const inputId = id ?? `region-search-${autoId}`;
  const listId = `${inputId}-list`;
  const [term, setTerm] = useState('');
  const [debounced, setDebounced] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(term.trim()), 180);
    return () => clearTimeout(timer);
  }, [term]);
  const enabled = debounced.length >= 2;
  const { data, loading, error } = useQuery(REGION_SEARCH, { variables: { search: debounced }, skip: !enabled });
  const results = (data?.regions ?? []).filter((r) => SHOWN_LEVELS.has(r.level) && !exclude.includes(r.code));
  const expanded = open && term.trim().length >= 2;

  const pick = (r: RegionRef) => {
    onPick(r);
    setTerm('');
    setDebounced('');
    setOpen(false);
  };
  const levelText = (r: RegionRef) => {
    if (r.kind === 'CITY') return t('kindCITY');
    if (r.kind === 'REGENCY') return t('kindREGENCY');
    return t(`level${r.level}` as 'levelPROVINCE');
  };

  return (
    <div className="region-search">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && results[active] ? `${listId}-${results[active].code}` : undefined}
        value={term}
        placeholder={t('searchPlaceholder')}
        autoComplete="off"
        onChange={(e) => {
          setTerm(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, Math.max(results.length - 1, 0)));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            const r = results[active];
            if (r) {
              e.preventDefault();
              pick(r);
            }
          } else if (e.key === 'Escape') {
            setTerm('');
            setOpen(false);
          }
        }}
      />
      {expanded && (
        <div id={listId} className="search-results" role="listbox" aria-label={label}>
          {(loading || debounced !== term.trim()) && !results.length && <p className="muted">{t('searching')}</p>}
          {error && <p className="error">{t('searchFailed', { msg: error.message })}</p>}
          {!loading && data && debounced === term.trim() && results.length === 0 && (
            <p className="muted">{t('searchNone', { term: term.trim() })}</p>
          )}
          {results.map((r, i) => (
            <div
              key={r.code}
              id={`${listId}-${r.code}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(r);
              }}
            >
              <span className="result-name">{r.name}</span>{' '}
              <span className="muted">
                · {levelText(r)} · {r.code === 'ID' ? 'ID' : r.code}
                {r.bpsCode && r.bpsCode !== r.code.replace('.', '') ? ` · BPS ${r.bpsCode}` : ''}
              </span>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
