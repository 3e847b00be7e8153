import type { Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import type { RegionLevel } from '../generated/prisma/enums.js';
import type { IndicatorRecord } from '../indicators/indicators.service.js';
import { badInput } from '../messages/errors.js';
import { parseStoredPeriod } from '../observations/periods.js';
import type { SeriesBreakRule } from '../observations/series.js';
import { visibleObservations } from '../observations/visibility.js';
import { requirePeriod } from '../reference/lookups.js';
import { REGION_COLUMNS, type RegionRecord } from '../regions/regions.service.js';
import type { Direction } from '../targets/progress.js';
import { type RankedChange, rangeProblem, rankChanges } from './period-change.js';
import { levelToCompare, scopeOf } from './scope.js';

export interface PeriodChangeResult {
  indicatorCode: string;
  parentCode: string;
  level: RegionLevel;
  from: string;
  to: string;
  excludeBreaks: boolean;
  rows: (RankedChange & { breakBetween: boolean })[];
  rankedCount: number;
  breakCount: number;
  excludedCount: number;
  missingCount: number;
  partial: boolean;
  /** Every region listed, for the request's region loader. */
  regions: RegionRecord[];
}

interface ValueRow extends RegionRecord {
  year: number | null;
  subperiod: number | null;
  value: number | null;
}

/**
 * The periods of a change, checked: each a period that can exist for the indicator (P0 in March and September,
 * never "2025-06"), `from` before `to`, both of the same kind. Throws a 4xx with a sentence otherwise.
 */
export function requireChangeRange(indicator: IndicatorRecord, fromText: string, toText: string): { from: string; to: string } {
  const from = requirePeriod(fromText, indicator, 'from');
  const to = requirePeriod(toText, indicator, 'to');
  const problem = rangeProblem(from, to);
  if (problem) throw badInput(problem);
  return { from, to };
}

/**
 * One indicator's change between two periods for every region of a level under a parent, ranked. One statement
 * for the values of both periods, whatever the number of regions: the regions of the level joined to their values,
 * so a region without any value is listed too.
 */
export async function changeBetweenPeriods(
  db: Database,
  viewer: Viewer,
  indicator: IndicatorRecord,
  parent: { code: string; level: RegionLevel },
  args: { level: RegionLevel | null; from: string; to: string; excludeBreaks: boolean },
  breaks: readonly SeriesBreakRule[],
): Promise<PeriodChangeResult> {
  const level = levelToCompare(parent, args.level);
  const from = parseStoredPeriod(args.from);
  const to = parseStoredPeriod(args.to);
  const scope = scopeOf(parent.code, level, 2);
  const next = scope.params.length + 2;
  // A region that no longer exists is listed only when it has a value in one of the periods.
  const values = await db.sql.query<ValueRow>(
    `SELECT ${REGION_COLUMNS('r')}, o.year, o.subperiod, o.value::float8 AS value
     FROM region r
       LEFT JOIN observation o ON o.region_code = r.code AND o.indicator_code = $1
         AND ((o.year = $${next} AND o.subperiod = $${next + 1}) OR (o.year = $${next + 2} AND o.subperiod = $${next + 3}))
         AND ${visibleObservations(viewer)}
     WHERE ${scope.sql} AND (r.valid_until IS NULL OR o.value IS NOT NULL)
     ORDER BY r.code`,
    [indicator.code, ...scope.params, from.year, from.subperiod, to.year, to.subperiod],
    { prepare: true },
  );
  const byRegion = new Map<string, { region: RegionRecord; fromValue: number | null; toValue: number | null }>();
  for (const v of values) {
    let entry = byRegion.get(v.code);
    if (!entry) {
      const { year: _y, subperiod: _s, value: _v, ...region } = v;
      entry = { region, fromValue: null, toValue: null };
      byRegion.set(v.code, entry);
    }
    if (v.value === null) continue;
    if (v.year === from.year && v.subperiod === from.subperiod) entry.fromValue = v.value;
    else entry.toValue = v.value;
  }
  const ranked = rankChanges(
    [...byRegion.values()].map((e) => ({ regionCode: e.region.code, fromValue: e.fromValue, toValue: e.toValue })),
    {
      indicatorCode: indicator.code,
      direction: indicator.direction as Direction,
      decimals: indicator.decimals,
      from: args.from,
      to: args.to,
      breaks,
      excludeBreaks: args.excludeBreaks,
    },
  );
  const count = (standing: RankedChange['standing']) => ranked.filter((r) => r.standing === standing).length;
  const missingCount = count('MISSING');
  return {
    indicatorCode: indicator.code,
    parentCode: parent.code,
    level,
    from: args.from,
    to: args.to,
    excludeBreaks: args.excludeBreaks,
    rows: ranked.map((r) => ({ ...r, breakBetween: r.seriesBreaks.length > 0 })),
    rankedCount: count('RANKED'),
    breakCount: ranked.filter((r) => r.seriesBreaks.length > 0 && r.standing !== 'MISSING').length,
    excludedCount: count('EXCLUDED'),
    missingCount,
    partial: missingCount > 0,
    regions: [...byRegion.values()].map((e) => e.region),
  };
}
