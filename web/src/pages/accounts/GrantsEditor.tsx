import { useId, useState } from 'react';
import { RegionSearch } from '../../app/RegionSearch';
import { ROLES, type Role } from '../../auth/auth-model';
import { RegionName } from '../../auth/RegionName';
import type { RegionRef } from '../../data/types';
import { useI18n } from '../../i18n/useI18n';
import { addGrant, type DraftGrant, removeGrant } from './accounts-model';

/**
 * The roles of an account: each a role over a region (and everything below it). The region is found with the
 * dashboard's region search (names, Kemendagri or BPS codes).
 */
export function GrantsEditor({
  grants,
  onChange,
  idPrefix,
}: {
  grants: readonly DraftGrant[];
  onChange: (grants: DraftGrant[]) => void;
  idPrefix: string;
}) {
  const { t } = useI18n();
  const ids = useId();
  const [role, setRole] = useState<Role>('EDITOR');
  const [region, setRegion] = useState<RegionRef | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const add = () => {
    if (!region) return setProblem(t('needRegion'));
    setProblem(null);
    onChange(addGrant(grants, { role, regionCode: region.code, regionName: region.name }));
    setRegion(null);
  };

  return (
    <fieldset className="grants-editor" data-testid={`${idPrefix}-grants`}>
      <legend>{t('rolesLabel')}</legend>
      {grants.length ? (
        <ul className="grant-list">
          {grants.map((g) => {
            const text = `${t(`role${g.role}`)} · ${g.regionName ?? g.regionCode}`;
            return (
              <li key={`${g.role}-${g.regionCode}`} data-testid="grant">
                <span>
                  {t(`role${g.role}`)} · {g.regionName ?? <RegionName code={g.regionCode} />}
                </span>{' '}
                <span className="muted code">{g.regionCode}</span>
                <button
                  type="button"
                  className="button-link"
                  aria-label={t('removeRoleOf', { grant: text })}
                  onClick={() => onChange(removeGrant(grants, g))}
                >
                  {t('removeRole')}
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">{t('noRoles')}</p>
      )}
      <div className="grant-add">
        <div className="field">
          <label htmlFor={`${ids}-role`}>{t('roleLabel')}</label>
          <select
            id={`${ids}-role`}
            data-testid={`${idPrefix}-role`}
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="grant-region">
          <RegionSearch id={`${idPrefix}-region`} label={t('roleRegion')} onPick={(r) => setRegion(r)} />
          <p className="field-help" aria-live="polite" data-testid={`${idPrefix}-region-chosen`}>
            {region ? t('roleRegionChosen', { region: `${region.name} (${region.code})` }) : t('needRegion')}
          </p>
        </div>
        <button type="button" className="button-secondary grant-add-button" data-testid={`${idPrefix}-add-grant`} onClick={add}>
          {t('addRole')}
        </button>
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
