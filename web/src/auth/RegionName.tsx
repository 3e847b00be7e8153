import { useQuery } from '@apollo/client/react';
import { useI18n } from '../i18n/useI18n';
import { type Grant, sortedGrants } from './auth-model';
import { REGION_NAME } from './auth-queries';

/** A region's name from its code ("75.71" → "Kota Gorontalo"); the code itself until the name is known. */
export function RegionName({ code }: { code: string }) {
  const { data } = useQuery(REGION_NAME, { variables: { code } });
  return <>{data?.region?.name ?? code}</>;
}

/** "Editor · Kota Gorontalo, Analis · Indonesia". */
export function GrantsText({ grants }: { grants: readonly Grant[] }) {
  const { t } = useI18n();
  if (!grants.length) return <>{t('noRoles')}</>;
  return (
    <>
      {sortedGrants(grants).map((g, i) => (
        <span key={`${g.role}-${g.regionCode}`} className="grant">
          {i > 0 && ', '}
          {t(`role${g.role}`)} · <RegionName code={g.regionCode} />
        </span>
      ))}
    </>
  );
}
