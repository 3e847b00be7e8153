import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Notice, Segmented, Select } from '../../app/ui';
import { describeActivityRanking } from '../../charts/activity-ranking.description';
import { type ActivityRankingData, activityRankingHeight, activityRankingOption } from '../../charts/activity-ranking.option';
import { ChartFrame } from '../../charts/ChartFrame';
import { formatDate, formatNumber, formatPercent, formatRupiah, missingText } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { useViewState } from '../../url-state';
import { AwardRankings } from './AwardRankings';
import {
  type Award,
  awardStandings,
  chooseActivityYear,
  chooseRankingProgramme,
  overlapsById,
  provinceOf,
} from './activity-model';
import { ACTIVITIES, ACTIVITY_BUDGET, ACTIVITY_YEAR, type ActivityNode } from './activity-queries';

type Order = Award;

/** The Kegiatan view of the Programmes page: who does what where, the overlaps, and the kabupaten/kota ranked. */
export function ActivitiesView({ region }: { region: { code: string; name: string; level: string } }) {
  const [view, navigate] = useViewState();
  const { t, lang } = useI18n();
  const [order, setOrder] = useState<Order>('REALISATION');
  const province = provinceOf(region);
  const all = useQuery(ACTIVITIES, { variables: { location: region.code }, skip: province === null });
  const activities = all.data?.activities.nodes ?? [];
  const year = chooseActivityYear(view.year, activities);
  const programme = chooseRankingProgramme(view.programme, activities, year);
  const yearly = useQuery(ACTIVITY_YEAR, {
    variables: {
      location: region.code,
      province: province ?? '',
      year: year ?? 0,
      programme: programme ?? '',
      skipRanking: programme === null,
    },
    skip: province === null || year === null,
  });
  const years = [...new Set(activities.map((a) => a.year))].sort((a, b) => b - a);
  const budget = useQuery(ACTIVITY_BUDGET, {
    variables: { implementer: region.code, fromYear: years.at(-1) ?? 0, toYear: years[0] ?? 0 },
    skip: province === null || years.length === 0,
  });
  const overlaps = yearly.data?.activityOverlaps ?? [];
  const overlapping = useMemo(() => overlapsById(overlaps), [overlaps]);
  // This year's activities, and next year's renja beside them.
  const shown = activities.filter((a) => a.year === year || (year !== null && a.year === year + 1 && a.status === 'PLAN'));
  const programmes = [
    ...new Map(
      activities.filter((a) => a.year === year && a.status === 'REALISATION').map((a) => [a.programmeCode, a.programmeName]),
    ),
  ].sort((a, b) => a[0].localeCompare(b[0]));
  const dataAsOf =
    activities
      .map((a) => a.dataAsOf)
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1) ?? null;
  const footer = t('activitiesFooter', { date: dataAsOf ? formatDate(dataAsOf, lang) : missingText(lang) });

  const chart = useMemo(() => {
    const rows = yearly.data?.activityRanking;
    if (!rows || programme === null || year === null) return null;
    const programmeName = programmes.find(([code]) => code === programme)?.[1] ?? programme;
    const labels = {
      title: t('activityRankingTitle', { programme: programmeName, year }),
      subtitle: `${t('programmePercentUnit')} · ${year} · ${
        order === 'REALISATION'
          ? t('activityOrderRealisation')
          : order === 'ON_TIME'
            ? t('activityOrderOnTime')
            : t('activityOrderDataResponse')
      }`,
      footer,
    };
    // Each row carries its rank for all three awards: the chart shows the one chosen, in its order.
    const standing = awardStandings(rows).find((a) => a.award === order)!;
    const data: ActivityRankingData = {
      rows: standing.rows.map((r) => ({ ...r.row, rank: r.rank })),
      orderBy: order,
      lang,
      words: {
        realisation: t('activityRealisation'),
        onTime: t('activityOnTime'),
        dataResponse: t('activityDataResponse'),
        missing: missingText(lang),
      },
    };
    return {
      labels,
      data,
      option: activityRankingOption(data, labels),
      description: describeActivityRanking(data, t),
      programmeName,
    };
  }, [yearly.data, programme, year, programmes, order, lang, t, footer]);

  if (province === null) return <Notice kind="empty">{t('activitiesChooseRegion')}</Notice>;
  if (all.error)
    return (
      <Notice kind="error" onRetry={() => void all.refetch()}>
        {t('loadFailed', { msg: all.error.message })}
      </Notice>
    );
  if (all.loading) return <Notice kind="loading">{t('loadingData')}</Notice>;
  if (activities.length === 0) return <Notice kind="empty">{t('activitiesEmpty', { region: region.name })}</Notice>;

  return (
    <div data-testid="activities-view">
      <div className="controls programme-controls">
        <Select
          id="activity-year"
          label={t('year')}
          value={String(year ?? '')}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(v) => navigate({ year: Number(v) })}
        />
        {programmes.length > 0 && (
          <Select
            id="activity-programme"
            label={t('activityRankedProgramme')}
            value={programme ?? ''}
            options={programmes.map(([code, name]) => ({ value: code, label: `${code} — ${name}` }))}
            onChange={(v) => navigate({ programme: v })}
          />
        )}
        <Segmented<Order>
          label={t('activityRankBy')}
          value={order}
          options={[
            { value: 'REALISATION', label: t('activityRealisation') },
            { value: 'ON_TIME', label: t('activityOnTime') },
            { value: 'DATA_RESPONSE', label: t('activityDataResponse') },
          ]}
          onChange={setOrder}
        />
      </div>
      {overlaps.length > 0 && (
        <div className="notice notice-empty" role="status" data-testid="activity-overlaps">
          <div>
            <p>
              <strong>{t('activityOverlapsFound', { count: overlaps.length, year: year ?? '' })}</strong>
            </p>
            <ul>
              {overlaps.map((o) => (
                <li key={`${o.status}|${o.locationCode}|${o.targetGroupCode}`}>
                  {o.locationName}: {groupName(o.targetGroup, lang) ?? o.targetGroupCode} —{' '}
                  {[...new Set(o.activities.map((a) => a.implementerName))].join(', ')}
                  {o.status === 'PLAN' ? ` (${t('activityPlan')})` : ''}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {chart && year !== null && (
        <AwardRankings
          rows={yearly.data?.activityRanking ?? []}
          title={t('activityAwardsTitle', { programme: chart.programmeName, year })}
        />
      )}
      {chart && (
        <ChartFrame
          id="activity-ranking"
          labels={chart.labels}
          option={chart.option}
          description={chart.description}
          height={activityRankingHeight(chart.data.rows.length)}
          rows={chart.data.rows.length}
          csv={{
            header: [
              t('rank'),
              t('region'),
              'kode_wilayah',
              `${t('activityRealisation')} (%)`,
              `${t('activityOnTime')} (%)`,
              `${t('activityDataResponse')} (%)`,
              'laporan_jatuh_tempo',
              'laporan_belum_masuk',
            ],
            rows: (yearly.data?.activityRanking ?? []).map((r) => [
              r.rank,
              r.regionName,
              r.regionCode,
              r.realisation,
              r.onTime,
              r.dataResponse,
              r.reportsDue,
              r.reportsMissing,
            ]),
          }}
        />
      )}
      <ActivityTable activities={shown} overlapping={overlapping} />
      {budget.data?.activityBudget.map((series) => (
        <BudgetTable key={series.implementerCode} name={series.implementerName} points={series.points} />
      ))}
      <p className="muted">{footer}</p>
    </div>
  );
}

/** A PPKS category's name in the page's language. */
function groupName(group: { nameId: string; nameEn: string } | null, lang: string): string | null {
  if (!group) return null;
  return lang === 'en' ? group.nameEn : group.nameId;
}

function ActivityTable({ activities, overlapping }: { activities: ActivityNode[]; overlapping: Map<number, string[]> }) {
  const { t, lang } = useI18n();
  const missing = <span className="missing">{missingText(lang)}</span>;
  const rp = (v: number | null) => (v === null ? missing : formatRupiah(v, lang));
  const count = (v: number | null) => (v === null ? missing : formatNumber(v, 0, lang));
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="activities-table">
        <caption>{t('activitiesTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('activityLocation')}</th>
            <th scope="col">{t('activityWhat')}</th>
            <th scope="col">{t('activityImplementer')}</th>
            <th scope="col">{t('activityTargetGroup')}</th>
            <th scope="col">{t('activityStatus')}</th>
            <th scope="col" className="num">
              {t('budgetAllocated')}
            </th>
            <th scope="col" className="num">
              {t('budgetSpent')}
            </th>
            <th scope="col" className="num">
              {t('activityBeneficiaries')}
            </th>
            <th scope="col">{t('activityStages')}</th>
          </tr>
        </thead>
        <tbody>
          {activities.map((a) => {
            const others = overlapping.get(a.id);
            return (
              <tr key={a.id} className={others ? 'overlap' : undefined} data-overlap={others ? 'true' : undefined}>
                <td>
                  {a.locationName}
                  {a.district && <span className="muted"> · {a.district}</span>}
                  {a.village && <span className="muted"> · {a.village}</span>}
                </td>
                <th scope="row">
                  <span className="nowrap">{a.programmeCode}</span> {a.programmeName}
                  {a.description && <span className="muted"> · {a.description}</span>}
                </th>
                <td>
                  {a.implementerName}
                  <span className="muted"> · {a.fundingSource === 'HIBAH' ? 'Hibah' : a.fundingSource}</span>
                </td>
                <td>
                  {a.targetGroup ? (
                    <>
                      {groupName(a.targetGroup, lang)} <span className="muted nowrap">({a.targetGroup.code})</span>
                    </>
                  ) : (
                    missing
                  )}
                  {others && (
                    <strong className="overlap-flag"> ⚠ {t('activityOverlapWith', { names: others.join(', ') })}</strong>
                  )}
                </td>
                <td>
                  {a.status === 'PLAN' ? t('activityPlan') : t('activityRealised')} {a.year}
                </td>
                <td className="num">{rp(a.budgetPlanned)}</td>
                <td className="num">
                  {a.status === 'PLAN' ? '–' : rp(a.budgetRealised)}
                  {a.realisation !== null && <span className="muted"> ({formatPercent(a.realisation, 1, lang)})</span>}
                </td>
                <td className="num">
                  {a.status === 'PLAN' ? '–' : count(a.beneficiariesRealised)} / {count(a.beneficiariesPlanned)}
                </td>
                <td>
                  {a.stages.length === 0
                    ? '–'
                    : a.stages.map((s) => (
                        <span key={s.stage} className="nowrap">
                          {t('activityStage', { stage: s.stage })}:{' '}
                          {s.actualDate ? formatDate(s.actualDate, lang) : a.status === 'PLAN' ? '' : t('activityNotYet')}
                          {s.onTime === true ? ' ✓' : s.onTime === false ? ` ✗ ${t('activityLate')}` : ''}
                          {s.plannedDate && (
                            <span className="muted">
                              {' '}
                              ({t('activityPlanned')} {formatDate(s.plannedDate, lang)})
                            </span>
                          )}
                          <br />
                        </span>
                      ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function BudgetTable({
  name,
  points,
}: {
  name: string;
  points: {
    year: number;
    budgetPlanned: number | null;
    budgetRealised: number | null;
    realisation: number | null;
    proposed: number | null;
  }[];
}) {
  const { t, lang } = useI18n();
  const missing = <span className="missing">{missingText(lang)}</span>;
  const rp = (v: number | null) => (v === null ? missing : formatRupiah(v, lang));
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="activity-budget">
        <caption>{t('activityBudgetTable', { region: name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('year')}</th>
            <th scope="col" className="num">
              {t('activityProposed')}
            </th>
            <th scope="col" className="num">
              {t('budgetAllocated')}
            </th>
            <th scope="col" className="num">
              {t('budgetSpent')}
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.year}>
              <th scope="row">{p.year}</th>
              <td className="num">{rp(p.proposed)}</td>
              <td className="num">{rp(p.budgetPlanned)}</td>
              <td className="num">
                {rp(p.budgetRealised)}
                {p.realisation !== null && <span className="muted"> ({formatPercent(p.realisation, 1, lang)})</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
