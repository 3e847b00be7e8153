import { downloadFile, fileSlug, toCsv } from '../../charts/csv';
import { sourceFooter, withPublisher } from '../../data/sources';
import type { ComparisonInfo, IndicatorInfo } from '../../data/types';
import { formatNumber, formatPeriod, unitLabel } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { useViewState } from '../../url-state';
import type { rankedRows } from './compare-model';

// The comparison as a table, with the same rows as a CSV download (the chart's data button uses the CSV too).

export function compareCsv(
  comparison: ComparisonInfo,
  rows: ReturnType<typeof rankedRows>,
  parentName: string,
  t: ReturnType<typeof useI18n>['t'],
  lang: 'id' | 'en',
  indicator: IndicatorInfo,
) {
  const byCode = new Map(comparison.rows.map((r) => [r.regionCode, r]));
  return {
    header: [
      t('rank'),
      t('region'),
      'kode_wilayah',
      `${t('value')} ${formatPeriod(comparison.period, lang)}`,
      `${t('value')} ${formatPeriod(comparison.previousPeriod, lang)}`,
      t('change'),
      t('diffParent', { name: parentName }),
      t('diffNational'),
      t('quartile'),
      'unit',
      t('source'),
      t('dataAsOf'),
    ],
    rows: rows.map((r) => {
      const c = byCode.get(r.code);
      return [
        r.rank,
        r.name,
        r.code,
        r.value,
        c?.previousValue ?? null,
        c?.change ?? null,
        c?.differenceFromParent ?? null,
        c?.differenceFromNational ?? null,
        c?.quartile ?? null,
        lang === 'id' ? indicator.unitId : indicator.unitEn,
        c?.source ? withPublisher(c.source) : null,
        c?.updatedAt ?? null,
      ];
    }),
  };
}

export function CompareTable({
  comparison,
  rows,
  parentName,
  indicator,
}: {
  comparison: ComparisonInfo;
  rows: ReturnType<typeof rankedRows>;
  parentName: string;
  indicator: IndicatorInfo;
}) {
  const { t, lang } = useI18n();
  const [view, navigate] = useViewState();
  const byCode = new Map(comparison.rows.map((r) => [r.regionCode, r]));
  const fmt = (v: number | null | undefined) => (v === null || v === undefined ? '–' : formatNumber(v, indicator.decimals, lang));
  const signed = (v: number | null | undefined) =>
    v === null || v === undefined
      ? '–'
      : `${v > 0 ? '+' : v < 0 ? '−' : ''}${formatNumber(Math.abs(v), indicator.decimals, lang)}`;
  const csv = compareCsv(comparison, rows, parentName, t, lang, indicator);
  const parentIsNational = comparison.parent.code === 'ID';
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="compare-table">
        <caption>
          {indicatorName(indicator, lang)} · {unitLabel(indicator, lang)} · {formatPeriod(comparison.period, lang)} ·{' '}
          {sourceFooter(comparison.rows, lang, indicator.source)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('rank')}</th>
            <th scope="col">{t('region')}</th>
            <th scope="col" className="num">
              {t('value')} {formatPeriod(comparison.period, lang)}
            </th>
            <th scope="col" className="num">
              {t('previousValue', { period: formatPeriod(comparison.previousPeriod, lang) })}
            </th>
            <th scope="col" className="num">
              {t('change')}
            </th>
            {!parentIsNational && (
              <th scope="col" className="num">
                {t('diffParent', { name: parentName })}
              </th>
            )}
            <th scope="col" className="num">
              {t('diffNational')}
            </th>
            <th scope="col" className="num">
              {t('quartile')}
            </th>
            <th scope="col">{t('peers')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const c = byCode.get(r.code);
            const selected = r.code === view.region;
            return (
              <tr key={r.code} className={selected ? 'selected' : undefined} data-code={r.code}>
                <td className="num">{r.rank ?? '–'}</td>
                <th scope="row">
                  <button
                    type="button"
                    className="link"
                    onClick={() => navigate({ region: r.code, parent: comparison.parent.code })}
                  >
                    {selected ? '▶ ' : ''}
                    {r.name}
                  </button>
                </th>
                <td className="num value">{r.value === null ? <span className="missing">{t('noData')}</span> : fmt(r.value)}</td>
                <td className="num">{fmt(c?.previousValue)}</td>
                <td className="num">{c?.changeNotComparable ? t('notComparable') : signed(c?.change)}</td>
                {!parentIsNational && <td className="num">{signed(c?.differenceFromParent)}</td>}
                <td className="num">{signed(c?.differenceFromNational)}</td>
                <td className="num">{c?.quartile ?? '–'}</td>
                <td>{c?.peers.map((p) => p.name).join(', ') ?? '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="table-actions">
        <button
          type="button"
          className="button-secondary"
          onClick={() => downloadFile(`${fileSlug(`${indicator.code}-${comparison.period}`)}.csv`, toCsv(csv.header, csv.rows))}
        >
          ⤓ {t('downloadCsv')}
        </button>
      </p>
    </div>
  );
}

function indicatorName(i: IndicatorInfo, lang: 'id' | 'en') {
  return lang === 'id' ? i.nameId : i.nameEn;
}
