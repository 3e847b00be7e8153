import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Notice, Segmented, Select } from '../../app/ui';
import { ChartFrame } from '../../charts/ChartFrame';
import { describeCategoryProfile } from '../../charts/category-profile.description';
import { categoryProfileHeight, categoryProfileOption, categoryProfileRows } from '../../charts/category-profile.option';
import { formatNumber, formatPercent, formatSigned, type Lang, missingText } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { useViewState } from '../../url-state';
import { DisputeButton } from '../verification/DisputeButton';
import { countDisputeId } from '../verification/verification-model';
import {
  type BreakdownIndicator,
  categoryBars,
  chooseBreakdownIndicator,
  chooseProfileYear,
  countStatusKey,
  sourcesText,
} from './ppks-model';
import { CATEGORY_PROFILE, CATEGORY_YEARS, type ProfileInfo, type ProfileRow } from './ppks-queries';

/** A region's PPKS or PSKS profile by category for a year, its change from the year before, and the regions under it. */
export function PpksPage() {
  const [view, navigate] = useViewState();
  const { t, lang } = useI18n();
  const indicator = chooseBreakdownIndicator(view.indicator);
  const yearsResult = useQuery(CATEGORY_YEARS, { variables: { indicator, region: view.region } });
  const region = yearsResult.data?.region ?? null;
  const years = yearsResult.data?.breakdownYears ?? [];
  const year = chooseProfileYear(view.year, years);
  const below = region !== null && region.level !== 'REGENCY_CITY';
  const profileResult = useQuery(CATEGORY_PROFILE, {
    variables: { indicator, region: view.region, year: year ?? 0, below },
    skip: year === null || region === null,
  });
  const profile = profileResult.data?.profile ?? null;
  const setName = indicator === 'jumlah_pmks' ? t('ppksSetPpks') : t('ppksSetPsks');
  const regionName = region?.name ?? view.region;

  const chart = useMemo(() => {
    if (!profile || profile.origin === 'NONE') return null;
    const rows = categoryBars(profile.categories, lang);
    const sources = sourcesText(profile.sources, lang);
    const labels = {
      title: t('ppksChartTitle', { set: setName, region: profile.regionName, year: profile.year }),
      subtitle:
        profile.change !== null
          ? t('ppksUnit', { year: profile.year, previous: profile.previousYear })
          : t('ppksUnitAlone', { year: profile.year }),
      footer: sources ? t('ppksFooterSources', { sources }) : t('ppksFooterNone'),
    };
    // Bars of a partial sum beside a complete one would read as a change: the year before is drawn only when comparable.
    const showPrevious = profile.change !== null;
    const data = { rows, year: profile.year, previousYear: profile.previousYear, showPrevious, lang };
    return {
      labels,
      rows,
      option: categoryProfileOption(data, labels),
      description: describeCategoryProfile(
        { ...data, regionName: profile.regionName, total: profile.total, change: profile.change },
        t,
      ),
      drawn: categoryProfileRows(rows).length,
    };
  }, [profile, lang, t, setName]);

  const error = yearsResult.error ?? profileResult.error;
  return (
    <section className="page" aria-labelledby="ppks-heading">
      <h2 id="ppks-heading">{t('ppksTitle')}</h2>
      <p className="muted intro">{t('ppksIntro', { region: regionName })}</p>
      <div className="controls">
        <Segmented<BreakdownIndicator>
          label={t('ppksSet')}
          value={indicator}
          options={[
            { value: 'jumlah_pmks', label: t('ppksSetPpks') },
            { value: 'jumlah_psks', label: t('ppksSetPsks') },
          ]}
          onChange={(v) => navigate({ indicator: v, year: null })}
        />
        {years.length > 0 && (
          <Select
            id="ppks-year"
            label={t('year')}
            value={String(year ?? '')}
            options={years.map((y) => ({ value: String(y), label: String(y) }))}
            onChange={(v) => navigate({ year: Number(v) })}
          />
        )}
      </div>
      {error && (
        <Notice kind="error" onRetry={() => void (yearsResult.error ? yearsResult.refetch() : profileResult.refetch())}>
          {t('loadFailed', { msg: error.message })}
        </Notice>
      )}
      {!error && (yearsResult.loading || profileResult.loading) && <Notice kind="loading">{t('loadingData')}</Notice>}
      {!error && !yearsResult.loading && yearsResult.data && !region && (
        <Notice kind="error">{t('regionNotFound', { code: view.region })}</Notice>
      )}
      {!error && !yearsResult.loading && region && years.length === 0 && (
        <div className="notice notice-empty" role="status" data-testid="ppks-empty">
          <p>
            <strong>{t('ppksEmpty', { set: setName, region: regionName })}</strong>
          </p>
          <p className="muted">{t('ppksEmptyHelp')}</p>
        </div>
      )}
      {profile && chart && (
        <>
          <ProfileSummary profile={profile} lang={lang} />
          <ChartFrame
            id="ppks"
            labels={chart.labels}
            option={chart.option}
            description={chart.description}
            height={categoryProfileHeight(chart.drawn)}
            rows={chart.drawn}
            sources={profile.sources.map((s) => ({ title: s.title, url: s.url || null }))}
            csv={{
              header: [
                t('ppksCategory'),
                'kode_kategori',
                String(profile.year),
                'status',
                `${t('ppksShare')} (%)`,
                String(profile.previousYear),
                t('ppksChange', { previous: profile.previousYear }),
              ],
              rows: profile.categories.map((c) => [
                lang === 'id' ? c.nameId : c.nameEn,
                c.code,
                c.value,
                c.status,
                c.share,
                c.previousValue,
                c.change,
              ]),
            }}
          />
          <CategoryTable profile={profile} indicator={indicator} lang={lang} />
        </>
      )}
      {below && profileResult.data?.below && profileResult.data.below.length > 0 && year !== null && (
        <RegionsTable
          rows={profileResult.data.below}
          caption={t('ppksChildrenCaption', { region: regionName, year })}
          lang={lang}
        />
      )}
    </section>
  );
}

function ProfileSummary({ profile, lang }: { profile: ProfileInfo; lang: Lang }) {
  const { t } = useI18n();
  const reason = lang === 'id' ? profile.noChangeReasonId : profile.noChangeReasonEn;
  return (
    <div className="ppks-summary" data-testid="ppks-summary">
      <p>
        <strong>{t('ppksTotal', { year: profile.year })}:</strong> {formatNumber(profile.total, 0, lang)}
        {' · '}
        {profile.change !== null ? (
          <>
            <strong>{t('ppksChange', { previous: profile.previousYear })}:</strong> {formatSigned(profile.change, 0, lang)}
          </>
        ) : (
          t('ppksNoChange', { reason: reason ?? '' })
        )}
      </p>
      {profile.origin === 'SUMMED' && profile.complete && <p className="muted">{t('ppksSummed')}</p>}
      {profile.missingRegions.length > 0 && (
        <Notice kind="empty">
          {t('ppksPartial', {
            with: profile.childrenWithData,
            of: profile.childrenCount,
            missing: profile.missingRegions.map((r) => r.name).join(', '),
          })}
        </Notice>
      )}
      {profile.missingCategoryCodes.length > 0 && (
        <Notice kind="empty">
          {t('ppksCategoriesMissing', {
            reported: profile.categories.length - profile.missingCategoryCodes.length,
            of: profile.categories.length,
          })}
        </Notice>
      )}
    </div>
  );
}

function CategoryTable({ profile, indicator, lang }: { profile: ProfileInfo; indicator: BreakdownIndicator; lang: Lang }) {
  const { t } = useI18n();
  const missing = <span className="missing">{t('ppksNotReported')}</span>;
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="ppks-categories">
        <caption>{t('ppksTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ppksCategory')}</th>
            <th scope="col" className="num">
              {profile.year}
            </th>
            <th scope="col">{t('status')}</th>
            <th scope="col" className="num">
              {t('ppksShare')}
            </th>
            <th scope="col" className="num">
              {profile.previousYear}
            </th>
            <th scope="col" className="num">
              {t('ppksChange', { previous: profile.previousYear })}
            </th>
          </tr>
        </thead>
        <tbody>
          {profile.categories.map((c) => (
            <tr key={c.code} data-category={c.code}>
              <th scope="row">
                {c.position}. {lang === 'id' ? c.nameId : c.nameEn}
              </th>
              <td className="num">{c.value === null ? missing : formatNumber(c.value, 0, lang)}</td>
              <td>
                <span data-testid="count-status">
                  <CountStatus status={c.status} />
                </span>
                {/* A sum of the regions below is no one count: only the region's own counts are disputed. */}
                {profile.origin === 'STORED' && c.value !== null && (
                  <DisputeButton
                    id={countDisputeId({
                      indicatorCode: indicator,
                      regionCode: profile.regionCode,
                      period: String(profile.year),
                      categoryCode: c.code,
                    })}
                    regionCode={profile.regionCode}
                    status={c.status}
                    subject="count"
                    label={t('disputeCountLabel', {
                      category: lang === 'id' ? c.nameId : c.nameEn,
                      region: profile.regionName,
                      year: profile.year,
                    })}
                  >
                    <strong>
                      {c.position}. {lang === 'id' ? c.nameId : c.nameEn}
                    </strong>
                    <span>
                      {profile.regionName} <span className="muted code">{profile.regionCode}</span> · {profile.year}
                    </span>
                    <span>
                      {t('ppksCountLabel')}: <strong data-testid="dispute-figure">{formatNumber(c.value, 0, lang)}</strong>
                    </span>
                  </DisputeButton>
                )}
              </td>
              <td className="num">{c.share === null ? '–' : formatPercent(c.share, 1, lang)}</td>
              <td className="num">{c.previousValue === null ? missing : formatNumber(c.previousValue, 0, lang)}</td>
              <td className="num">{c.change === null ? '–' : formatSigned(c.change, 0, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RegionsTable({ rows, caption, lang }: { rows: ProfileRow[]; caption: string; lang: Lang }) {
  const { t } = useI18n();
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="ppks-regions">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('region')}</th>
            <th scope="col" className="num">
              {t('ppksTotal', { year: rows[0]?.year ?? '' })}
            </th>
            <th scope="col" className="num">
              {t('ppksChange', { previous: rows[0]?.previousYear ?? '' })}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.regionCode} data-region={r.regionCode}>
              <th scope="row">{r.regionName}</th>
              <td className="num">
                {r.total === null ? <span className="missing">{missingText(lang)}</span> : formatNumber(r.total, 0, lang)}
                {r.total !== null && !r.complete && <span className="muted"> ({t('ppksIncomplete')})</span>}
              </td>
              <td className="num">{r.change === null ? '–' : formatSigned(r.change, 0, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A count's verification status as the data page shows a value's (a sum: the least checked of its counts). Visitors and
 * viewers are given only verified and published counts, so for them a submitted count is simply not reported.
 */
function CountStatus({ status }: { status: string | null }) {
  const { t } = useI18n();
  if (status === null) return <span className="muted">–</span>;
  const key = countStatusKey(status);
  return <span className={`verification verification-${status.toLowerCase()}`}>{key ? t(key) : status}</span>;
}
