import { useMemo } from 'react';
import { RegionName } from '../../auth/RegionName';
import { useCatalogue } from '../../data/catalogue';
import { id as dictionary } from '../../i18n/dictionary';
import { formatChange, formatDateTime, formatNumber, formatPeriod, formatValue } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { type Action, changeOf, type Decision, flagKey, type ReviewItem } from './verification-model';

// One submitted value in the verifier's queue: the value and its change, its flags, and the decision taken on it.

export function QueueRow({
  idPrefix,
  item,
  selected,
  onSelect,
  decision,
  onDecide,
  onComment,
  commentMissing,
}: {
  idPrefix: string;
  item: ReviewItem;
  selected: boolean;
  onSelect: (on: boolean) => void;
  decision: Decision | null;
  onDecide: (action: Action | null) => void;
  onComment: (text: string) => void;
  commentMissing: boolean;
}) {
  const { t, lang, indicatorName } = useI18n();
  const { catalogue } = useCatalogue();
  const indicator = catalogue?.indicator(item.indicatorCode);
  const name = indicatorName(indicator) || item.indicatorCode;
  // A count by category (PPKS, PSKS) is named by its category as the regulation writes it.
  const category = item.categoryName ? `${item.categoryName} (${item.categoryCode})` : null;
  const what = `${name}${category ? ` — ${category}` : ''}, ${item.regionCode}, ${formatPeriod(item.period, lang)}`;
  const isRevision = item.kind === 'REVISION' || item.kind === 'COUNT_REVISION';
  const value = (v: number | null) => (indicator ? formatValue(v, indicator, lang) : formatNumber(v, 2, lang));
  const change = changeOf(item);
  const group = `${idPrefix}-decision-${item.id}`;
  const commentId = `${idPrefix}-comment-${item.id}`;
  return (
    <tr
      data-id={item.id}
      data-region={item.regionCode}
      data-indicator={item.indicatorCode}
      data-period={item.period}
      className={`${item.status === 'RETURNED' || item.status === 'DISPUTED' ? 'returned-row' : ''}${selected ? ' selected-row' : ''}`}
    >
      <td className="select-col">
        <input
          type="checkbox"
          aria-label={t('selectRow', { what })}
          checked={selected}
          onChange={(e) => onSelect(e.target.checked)}
        />
      </td>
      <th scope="row">
        <span className="queue-region-name">
          <RegionName code={item.regionCode} /> <span className="muted code">{item.regionCode}</span>
        </span>
        <span className="queue-indicator">{name}</span>
        {category && (
          <span className="queue-category" data-testid="queue-category">
            {category}
          </span>
        )}
        <span className="queue-period">
          {formatPeriod(item.period, lang)}
          {(item.kind === 'REVISION' || item.kind === 'COUNT' || item.kind === 'COUNT_REVISION') && (
            <span className="kind-chip">{t(`kind${item.kind}`)}</span>
          )}
          {item.kind === 'TARGET' && (
            <span className="kind-chip">{t('kindTARGET', { doc: item.documentCode ?? '' }).trim()}</span>
          )}
        </span>
      </th>
      <td className="num">
        <span className="submitted-value" data-testid="submitted-value">
          {/* A target may be a range (RPJMD "7,00–8,00%"). */}
          {item.lowerBound !== null && item.upperBound !== null && item.kind === 'TARGET'
            ? `${formatNumber(item.lowerBound, indicator?.decimals ?? 2, lang)}–${value(item.upperBound)}`
            : value(item.value)}
        </span>
      </td>
      <td className="num previous-cell">
        {item.previousValue === null ? (
          <span className="missing">{t('noPrevious')}</span>
        ) : (
          <>
            <span data-testid="previous-value">{value(item.previousValue)}</span>
            <span className="muted previous-period">
              {isRevision ? t('previousVerified') : formatPeriod(item.previousPeriod, lang)}
            </span>
            <span className="change" data-testid="change">
              {indicator ? formatChange(change, indicator, lang) : formatNumber(change, 2, lang)}
            </span>
          </>
        )}
      </td>
      <td>
        {item.flags.length ? (
          <ul className="flag-list">
            {item.flags.map((f) => (
              <li key={f}>
                <FlagBadge flag={f} />
              </li>
            ))}
          </ul>
        ) : (
          <span className="muted">{t('noFlags')}</span>
        )}
      </td>
      <td className="submitter">
        <span className="nowrap">{item.submittedBy}</span>
        <span className="muted nowrap">{formatDateTime(item.submittedAt, lang)}</span>
        {item.fileName && (
          <span className="muted file-name" title={item.fileName}>
            {t('fileLabel')}: {item.fileName}
          </span>
        )}
        <span className={`queue-status queue-status-${item.status.toLowerCase()}`} data-testid="queue-status">
          {item.status === 'RETURNED' ? '↩ ' : item.status === 'DISPUTED' ? '⚑ ' : ''}
          {item.status === 'RETURNED' || item.status === 'SUBMITTED' || item.status === 'DISPUTED'
            ? t(`queue${item.status}`)
            : item.status}
        </span>
        {item.status === 'RETURNED' && item.comment && (
          <span className="returned-comment" data-testid="returned-comment">
            {t('returnedWith', { comment: item.comment })}
          </span>
        )}
        {/* A verified figure questioned: waits for the region's correction, or for the verifier to verify it again. */}
        {item.status === 'DISPUTED' && item.comment && (
          <span className="returned-comment" data-testid="disputed-comment">
            {t('disputedWith', { comment: item.comment })}
          </span>
        )}
      </td>
      <td className="decision-cell">
        <fieldset className="decision" aria-label={t('decisionFor', { what })}>
          {(['VERIFY', 'RETURN'] as const).map((a) => (
            <label key={a} className={`decision-option decision-${a.toLowerCase()}`}>
              <input
                type="radio"
                name={group}
                value={a}
                data-testid={`decide-${a.toLowerCase()}`}
                checked={decision?.action === a}
                onChange={() => onDecide(a)}
              />
              <span aria-hidden="true">{a === 'VERIFY' ? '✓' : '↩'}</span> {t(`action${a}`)}
            </label>
          ))}
          {decision && (
            <button type="button" className="button-link undecide" onClick={() => onDecide(null)}>
              {t('actionNone')}
            </button>
          )}
        </fieldset>
        {decision?.action === 'RETURN' && (
          <div className="return-comment">
            <label htmlFor={commentId}>{t('returnComment')}</label>
            <textarea
              id={commentId}
              data-testid="return-comment"
              rows={2}
              required
              aria-invalid={commentMissing || undefined}
              placeholder={t('returnCommentPlaceholder')}
              value={decision.comment}
              onChange={(e) => onComment(e.target.value)}
            />
          </div>
        )}
      </td>
    </tr>
  );
}

const FLAG_SYMBOL: Record<string, string> = { LARGE_CHANGE: '⚠', OUTSIDE_PEER_RANGE: '↕' };

/** A flag as colour, symbol and words. */
export function FlagBadge({ flag }: { flag: string }) {
  const { t } = useI18n();
  const key = useMemo(() => flagKey(flag, dictionary), [flag]);
  return (
    <span className={`flag-badge flag-${flag.toLowerCase().replace(/_/g, '-')}`} data-flag={flag}>
      <span aria-hidden="true" className="flag-symbol">
        {FLAG_SYMBOL[flag] ?? '•'}
      </span>{' '}
      {key ? t(key) : flag}
    </span>
  );
}
