import { STATUS_STYLE, textOn } from '../../charts/palette';
import { SLIDE_LIST_EACH } from '../../charts/shortlist';
import { describeGap } from '../../data/target-gap';
import { targetLabel } from '../../data/targets';
import type { IndicatorInfo, RegionRef } from '../../data/types';
import { formatPeriod, formatTarget, formatValue } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { type Cell, cellGap, columnTarget, slideIndicators, slideRows } from './scorecard-model';

/**
 * The scorecard as a slide: the parent's row, then the regions in the page's order — a long list cut to its first and
 * last five and the chosen region, the rows left out counted — one column per indicator that has any value, each cell
 * its status (colour, symbol and word), value and distance to target on one line, in type a room can read.
 */
export function ScorecardSlide({
  parent,
  sorted,
  chosen,
  indicators,
  index,
  cells,
  documentKind,
}: {
  parent: RegionRef;
  sorted: readonly RegionRef[];
  chosen: string | null;
  indicators: readonly IndicatorInfo[];
  index: ReadonlyMap<string, Cell>;
  cells: readonly Cell[];
  documentKind: string;
}) {
  const { t, lang, indicatorName } = useI18n();
  const { shown, empty } = slideIndicators(indicators, [parent, ...sorted], index);
  const rows = slideRows(sorted, chosen, SLIDE_LIST_EACH);
  const regions = [parent, ...sorted];
  // The period most of a column's values are of goes to its heading; a cell names its own only when it differs.
  const periods = new Map(shown.map((ind) => [ind.code, commonPeriod(regions.map((r) => index.get(`${r.code}|${ind.code}`)))]));
  // Three columns of status, value and distance do not fit a line; the status and the value do.
  const withGap = shown.length < 3;

  const regionRow = (r: RegionRef, className?: string) => (
    <tr key={r.code} className={className} data-code={r.code}>
      <th scope="row">
        {r.code === chosen ? '▶ ' : ''}
        {r.name}
      </th>
      {shown.map((ind) => {
        const c = index.get(`${r.code}|${ind.code}`);
        const status = c?.status ?? 'NO_DATA';
        const style = STATUS_STYLE[status];
        const gap = cellGap(c, ind);
        return (
          <td key={ind.code} className="scorecard-slide-cell">
            <span className="scorecard-slide-status" style={{ background: style.colour, color: textOn(style.colour) }}>
              <span aria-hidden="true">{style.icon}</span> {t(`status${status}`)}
            </span>{' '}
            {c?.latest ? (
              <>
                <strong>{formatValue(c.latest.value, ind, lang)}</strong>
                {c.latest.period !== periods.get(ind.code) && (
                  <span className="scorecard-slide-period"> ({formatPeriod(c.latest.period, lang)})</span>
                )}
                {withGap && gap && (
                  <span className="scorecard-slide-gap"> {describeGap(gap, ind, ind.direction, lang, t).text}</span>
                )}
              </>
            ) : (
              <span className="missing">{t('noData').toLowerCase()}</span>
            )}
          </td>
        );
      })}
    </tr>
  );

  return (
    <div className="scorecard-slide" data-testid="scorecard-slide">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('region')}</th>
            {shown.map((ind) => {
              const head = columnTarget(cells, parent.code, ind.code);
              const period = periods.get(ind.code);
              return (
                <th scope="col" key={ind.code}>
                  {indicatorName(ind)}
                  <span className="scorecard-slide-target">
                    {head &&
                      targetLabel(
                        t,
                        {
                          doc: documentKind,
                          year: head.target.year,
                          targetRegionCode: head.targetRegionCode,
                          regionCode: head.shownFor,
                        },
                        formatTarget(head.target, ind, lang),
                      )}
                  </span>
                  {period && (
                    <span className="scorecard-slide-target">{t('slideDataOf', { period: formatPeriod(period, lang) })}</span>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {regionRow(parent, 'parent-row')}
          {rows.map((row) =>
            row.kind === 'region' ? (
              regionRow(row.region, row.region.code === chosen ? 'selected' : undefined)
            ) : (
              <tr key={`omitted-${row.first}`} className="scorecard-slide-omitted">
                <td colSpan={shown.length + 1}>⋯ {t('slideRowsOmitted', { n: row.count })}</td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      {empty.length > 0 && (
        <p className="scorecard-slide-note">
          {t('slideNoDataFor', { indicators: empty.map((i) => indicatorName(i)).join(', ') })}
        </p>
      )}
      {shown.length === 0 && <p className="scorecard-slide-note">{t('noData')}</p>}
    </div>
  );
}

/** The period most of a column's values are of (the earliest of equals); null for a column without values. */
function commonPeriod(cells: readonly (Cell | undefined)[]): string | null {
  const counts = new Map<string, number>();
  for (const c of cells) if (c?.latest) counts.set(c.latest.period, (counts.get(c.latest.period) ?? 0) + 1);
  let best: string | null = null;
  for (const [period, n] of [...counts].sort(([a], [b]) => a.localeCompare(b)))
    if (best === null || n > counts.get(best)!) best = period;
  return best;
}
