import type { Viewer } from '../accounts/viewer.js';
import { levelToCompare, scopeOf } from '../comparison/scope.js';
import type { Database } from '../db/database.js';
import type { RegionLevel } from '../generated/prisma/enums.js';
import type { IndicatorRecord } from '../indicators/indicators.service.js';
import { parseStoredPeriod } from '../observations/periods.js';
import { visibleObservations } from '../observations/visibility.js';
import { existedIn } from '../regions/existence.js';
import { describeGroup, type GroupStatistics, type Member } from './aggregate.js';

export type AggregateGroupBy = 'PARENT' | 'LEVEL';

export interface AggregateGroupAnswer extends GroupStatistics {
  /** The region the group is: the members' parent (PARENT) or the parent asked for (LEVEL). */
  groupCode: string;
  notYetFormedCodes: string[];
  /** The group region's own value of the period, as published (or imported), if any. */
  publishedValue: number | null;
  partial: boolean;
}

export interface AggregationAnswer {
  indicatorCode: string;
  parentCode: string;
  level: RegionLevel;
  groupBy: AggregateGroupBy;
  period: string;
  weightIndicatorCode: string | null;
  /** The period the weights were read at: the period's own, or its year for a weight published yearly. */
  weightPeriod: string | null;
  groups: AggregateGroupAnswer[];
  partial: boolean;
}

interface Row {
  code: string;
  parentCode: string | null;
  existsSince: number | null;
  member: boolean;
  value: number | null;
  weightPeriod: string | null;
  weight: number | null;
}

/**
 * Descriptive statistics of one indicator over the regions of a level under a parent, in groups. One statement
 * whatever the number of regions: the regions of the level joined to their value and weight, and the groups'
 * own regions joined to theirs (the published figure beside the computed ones).
 */
export async function aggregateRegions(
  db: Database,
  viewer: Viewer,
  indicator: IndicatorRecord,
  weight: IndicatorRecord | null,
  parent: { code: string; level: RegionLevel },
  args: { level: RegionLevel | null; groupBy: AggregateGroupBy; period: string },
): Promise<AggregationAnswer> {
  const level = levelToCompare(parent, args.level);
  const key = parseStoredPeriod(args.period);
  // A weight published yearly (population) stands for the rounds of its year.
  const weightPeriods = key.subperiod > 0 ? [args.period, String(key.year)] : [args.period];
  const scope = scopeOf(parent.code, level, 6);
  const rows = await db.sql.query<Row>(
    `WITH members AS (SELECT r.code, r.parent_code, r.exists_since, r.valid_until FROM region r WHERE ${scope.sql}),
     groups AS (SELECT DISTINCT coalesce($5::text, m.parent_code) AS code FROM members m)
     SELECT m.code, m.parent_code AS "parentCode", m.exists_since AS "existsSince", true AS member,
            o.value::float8 AS value, w.period AS "weightPeriod", w.value::float8 AS weight
     FROM members m
       LEFT JOIN observation o ON o.region_code = m.code AND o.indicator_code = $1 AND o.period = $2
         AND ${visibleObservations(viewer, 'o')}
       LEFT JOIN observation w ON w.region_code = m.code AND w.indicator_code = $3 AND w.period = ANY($4::text[])
         AND ${visibleObservations(viewer, 'w')}
     WHERE m.valid_until IS NULL OR o.value IS NOT NULL
     UNION ALL
     SELECT g.code, NULL, NULL, false, o.value::float8, NULL, NULL
     FROM groups g
       LEFT JOIN observation o ON o.region_code = g.code AND o.indicator_code = $1 AND o.period = $2
         AND ${visibleObservations(viewer, 'o')}
     ORDER BY 1`,
    [
      indicator.code,
      args.period,
      weight?.code ?? null,
      weightPeriods,
      args.groupBy === 'LEVEL' ? parent.code : null,
      ...scope.params,
    ],
    { prepare: true },
  );
  const members = new Map<string, { row: Row; weights: Map<string, number> }>();
  const published = new Map<string, number | null>();
  for (const row of rows) {
    if (!row.member) {
      published.set(row.code, row.value);
      continue;
    }
    const entry = members.get(row.code) ?? { row, weights: new Map<string, number>() };
    if (row.weightPeriod !== null && row.weight !== null) entry.weights.set(row.weightPeriod, row.weight);
    members.set(row.code, entry);
  }
  // One period for every region's weight: the period's own when all regions with a value have it, else the year's.
  const withValue = [...members.values()].filter((m) => m.row.value !== null && existedIn(m.row.existsSince, key.year));
  const weightPeriod = weight
    ? (weightPeriods.find((p) => withValue.every((m) => m.weights.has(p))) ?? weightPeriods[weightPeriods.length - 1]!)
    : null;
  const weightName = weight ? { en: weight.nameEn, id: weight.nameId } : null;
  const groups: AggregateGroupAnswer[] = [...published.keys()].map((groupCode) => {
    const inGroup = [...members.values()].filter(
      (m) => (args.groupBy === 'PARENT' ? m.row.parentCode : parent.code) === groupCode,
    );
    const formed = inGroup.filter((m) => existedIn(m.row.existsSince, key.year));
    const stats = describeGroup(
      formed.map(
        (m): Member => ({
          regionCode: m.row.code,
          value: m.row.value,
          weight: weightPeriod ? (m.weights.get(weightPeriod) ?? null) : null,
        }),
      ),
      weightName,
    );
    return {
      groupCode,
      ...stats,
      notYetFormedCodes: inGroup.filter((m) => !existedIn(m.row.existsSince, key.year)).map((m) => m.row.code),
      publishedValue: published.get(groupCode) ?? null,
      partial: stats.missingCodes.length > 0,
    };
  });
  return {
    indicatorCode: indicator.code,
    parentCode: parent.code,
    level,
    groupBy: args.groupBy,
    period: args.period,
    weightIndicatorCode: weight?.code ?? null,
    weightPeriod: groups.some((g) => g.weightedMean !== null) ? weightPeriod : null,
    groups,
    partial: groups.some((g) => g.partial),
  };
}
