import type { Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import type { RegionLevel } from '../generated/prisma/enums.js';
import { formatPeriod } from '../imports/values.js';
import type { IndicatorRecord } from '../indicators/indicators.service.js';
import { badInput } from '../messages/errors.js';
import { previousComparable } from '../observations/comparable.js';
import { onOrAfter, parseStoredPeriod } from '../observations/periods.js';
import type { SeriesBreakRule } from '../observations/series.js';
import { checkedObservations, visibleObservations } from '../observations/visibility.js';
import { requirePeriod } from '../reference/lookups.js';
import { existedIn } from '../regions/existence.js';
import { type FormedRegion, REGION_COLUMNS, type RegionRecord } from '../regions/regions.service.js';
import { LEVEL_ORDER } from '../regions/registry.js';
import type { Direction } from '../targets/progress.js';
import { type Ranked, rankRegions, type Summary, summarise } from './ranking.js';

export interface ComparisonResult {
  indicatorCode: string;
  parentCode: string;
  level: RegionLevel;
  period: string | null;
  previousPeriod: string | null;
  parentValue: number | null;
  parentPeriod: string | null;
  nationalValue: number | null;
  nationalPeriod: string | null;
  rows: (Ranked & {
    indicatorCode: string;
    period: string;
    /** For `where` and `orderBy` on the region's name (the GraphQL row has region { name }). */
    regionName: string;
    sourceId: number | null;
    status: string;
    updatedAt: string;
    changeNotComparable: boolean;
  })[];
  /**
   * Regions of the level under the parent that did not exist in the period's year (formed by a later recorded split):
   * never ranked or counted, whatever values a table gave them.
   */
  notYetFormedCodes: string[];
  /** Every region the values were read for (compared, parent, nation), for the request's region loader. */
  regions: RegionRecord[];
  summary: Summary;
}

const CHILD_LEVEL: Partial<Record<RegionLevel, RegionLevel>> = {
  NATIONAL: 'PROVINCE',
  PROVINCE: 'REGENCY_CITY',
  REGENCY_CITY: 'DISTRICT',
  DISTRICT: 'VILLAGE',
};

/** Indicators a `comparisons` request may hold: each can rank every kabupaten/kota of the country. */
export const MAX_COMPARISON_INDICATORS = 10;

/** A period an indicator has values for, as stored ("2024", "2024-03"), with its sort key. */
export interface PeriodWithData {
  period: string;
  year: number;
  subperiod: number;
  /**
   * Whether some of its values are VERIFIED or PUBLISHED: only then does the period have data for readers who see
   * nothing else (see visibility.ts). Both kinds of reader are answered from the same list.
   */
  visibleToAll: boolean;
}

/**
 * For each indicator code, the periods with a value for some region of `level` under `parentCode` that the request's
 * viewer may read, latest first.
 */
export type PeriodsWithDataReader = (
  codes: readonly string[],
  level: RegionLevel,
  parentCode: string,
) => Promise<(readonly PeriodWithData[])[]>;

/** What a comparison needs besides the values: the series breaks and the periods with data (both may be held). */
export interface ComparisonLookups {
  breaks: readonly SeriesBreakRule[];
  periodsWithData: PeriodsWithDataReader;
  /** The regions formed by a recorded split, with their year (held: see ReferenceCache.formedRegions). */
  formed: readonly FormedRegion[];
}

/**
 * One indicator, one period, all regions of a level under a parent. At most two statements (the periods
 * with data, unless held, then every value needed) whether the parent has 6 kabupaten/kota or the nation 514.
 */
export async function compareRegions(
  db: Database,
  viewer: Viewer,
  indicator: IndicatorRecord,
  parent: { code: string; level: RegionLevel },
  args: { level: RegionLevel | null; period: string | null },
  lookups: ComparisonLookups,
): Promise<ComparisonResult> {
  const [result] = await compareRegionsForIndicators(db, viewer, [indicator], parent, args, lookups);
  return result!;
}

/** The level compared under `parent`: the one asked for (it must be below the parent), else the level below it. */
export function levelToCompare(parent: { code: string; level: RegionLevel }, asked: RegionLevel | null): RegionLevel {
  const level = asked ?? CHILD_LEVEL[parent.level];
  if (!level) throw badInput(`Region ${parent.code} has no lower level to compare.`);
  if (LEVEL_ORDER.indexOf(level) <= LEVEL_ORDER.indexOf(parent.level)) {
    throw badInput(
      `level ${level} is not below ${parent.code} (${parent.level}): compare ${CHILD_LEVEL[parent.level] ?? 'a lower level'} under it, or choose a higher parent.`,
    );
  }
  return level;
}

/**
 * The regions of `level` under a parent, as a condition on `r`. Kemendagri codes nest, so "all kab/kota of 75" is a
 * prefix match; the nation holds every region. The prefix alone cannot use an index (LIKE needs the C collation for
 * that), and the whole region table is 91,600 rows once desa are loaded: the parent chain (region.parent_code, indexed)
 * finds the scope's few hundred regions first, one level at a time, so that the cost follows the answer.
 */
export function scopeOf(parentCode: string, level: RegionLevel, first: number): { sql: string; params: unknown[] } {
  if (parentCode === 'ID') return { sql: `r.level = $${first}::"RegionLevel"`, params: [level] };
  // "75" is a province, "75.01" a kab/kota, "75.01.01" a kecamatan: one level down per part of the code.
  const depth = LEVEL_ORDER.indexOf(level) - parentCode.split('.').length;
  let parents = `$${first + 2}::text`;
  for (let d = 1; d < depth; d++) parents = `SELECT p${d}.code FROM region p${d} WHERE p${d}.parent_code IN (${parents})`;
  return {
    sql: `r.level = $${first}::"RegionLevel" AND r.code LIKE $${first + 1} AND r.parent_code IN (${parents})`,
    params: [level, `${parentCode}.%`, parentCode],
  };
}

/**
 * The periods with data, read from the database in one statement for every indicator asked: every period with a
 * value, each marked whether some of its values are VERIFIED or PUBLISHED, so that what is held serves every viewer.
 */
export async function readPeriodsWithData(
  db: Database,
  codes: readonly string[],
  level: RegionLevel,
  parentCode: string,
): Promise<PeriodWithData[][]> {
  const scope = scopeOf(parentCode, level, 2);
  const rows = await db.sql.query<PeriodWithData & { indicatorCode: string }>(
    `SELECT o.indicator_code AS "indicatorCode", o.period, o.year, o.subperiod, bool_or(${checkedObservations('o')}) AS "visibleToAll"
     FROM observation o JOIN region r ON r.code = o.region_code
     WHERE o.indicator_code = ANY($1::text[]) AND ${scope.sql} AND (r.exists_since IS NULL OR r.exists_since <= o.year)
     GROUP BY o.indicator_code, o.period, o.year, o.subperiod ORDER BY o.indicator_code, o.year DESC, o.subperiod DESC`,
    [codes, ...scope.params],
    { prepare: true },
  );
  return codes.map((code) =>
    rows
      .filter((r) => r.indicatorCode === code)
      .map(({ period, year, subperiod, visibleToAll }) => ({ period, year, subperiod, visibleToAll })),
  );
}

interface ValueRow extends RegionRecord {
  indicatorCode: string;
  period: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  sourceId: number | null;
  status: string;
  updatedAt: string;
  compared: boolean;
}

interface PeriodPlan {
  period: string | null;
  previousPeriod: string | null;
  /** Stands in for an annual parent or national value that is not published (see planPeriods). */
  fallback: string | null;
}

/**
 * Several indicators compared under the same parent, in the order given. Still at most two statements:
 * the periods of every indicator not held, then every value needed, whatever the number of indicators.
 * Only the values the viewer may read take part (see visibility.ts): `periodsWithData` must be the viewer's too.
 */
export async function compareRegionsForIndicators(
  db: Database,
  viewer: Viewer,
  indicators: readonly IndicatorRecord[],
  parent: { code: string; level: RegionLevel },
  args: { level: RegionLevel | null; period: string | null },
  { breaks, periodsWithData, formed }: ComparisonLookups,
): Promise<ComparisonResult[]> {
  const level = levelToCompare(parent, args.level);
  if (indicators.length > MAX_COMPARISON_INDICATORS) {
    throw badInput(
      `comparisons accepts at most ${MAX_COMPARISON_INDICATORS} indicators at once, got ${indicators.length}: split the request.`,
    );
  }
  if (!indicators.length) return [];
  // A semester means a round, which depends on the indicator: only when comparing one. A month must be a round of
  // every indicator compared ("2025-06" is none of P0's), else the answer would be empty without a word.
  const asked = args.period === null ? null : requirePeriod(args.period, indicators);
  const codes = indicators.map((i) => i.code);
  const periods = await periodsWithData(codes, level, parent.code);
  const plans = new Map<string, PeriodPlan>(
    indicators.map((indicator, i) => [indicator.code, planPeriods(indicator, periods[i]!, asked)]),
  );
  // From the map, so an indicator named twice does not fetch (and rank) its values twice.
  const wanted = [...plans].flatMap(([indicatorCode, plan]) =>
    plan.period
      ? [...new Set([plan.period, plan.previousPeriod, plan.fallback])]
          .filter((p): p is string => p !== null)
          .map((period) => ({ indicatorCode, period }))
      : [],
  );
  // Driven by the regions (the scope's, found through the parent chain, then the parent and the nation) and read
  // through observation's primary key (indicator, region, period): one probe per region and period wanted, so the cost
  // follows the answer. Read by (indicator, year, subperiod) instead, every region's value for the period was read and
  // most thrown away: 183,169 rows for 413 at desa scale. MATERIALIZED: a CTE scan is never run in parallel workers,
  // whose start-up (several ms on a busy machine) cost more than the few thousand index probes they would share.
  const scope = scopeOf(parent.code, level, 1);
  const next = scope.params.length + 1;
  const values = wanted.length
    ? await db.sql.query<ValueRow>(
        `WITH scope AS MATERIALIZED (
           SELECT r.*, true AS compared FROM region r WHERE ${scope.sql}
           UNION ALL
           SELECT r.*, false FROM region r WHERE r.code = ANY($${next + 2}::text[])
         )
         SELECT o.indicator_code AS "indicatorCode", ${REGION_COLUMNS('r')}, o.period, o.value::float8 AS value,
                o.numerator::float8 AS numerator, o.denominator::float8 AS denominator, o.source_id AS "sourceId", o.status::text AS status,
                to_char(o.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updatedAt", r.compared
         FROM scope r
           CROSS JOIN unnest($${next}::text[], $${next + 1}::text[]) AS w(indicator_code, period)
           JOIN observation o ON o.indicator_code = w.indicator_code AND o.region_code = r.code AND o.period = w.period
         WHERE ${visibleObservations(viewer)}`,
        [...scope.params, wanted.map((w) => w.indicatorCode), wanted.map((w) => w.period), [parent.code, 'ID']],
        { prepare: true },
      )
    : [];
  return indicators.map((indicator) =>
    rankComparison(
      indicator,
      parent.code,
      level,
      plans.get(indicator.code)!,
      values.filter((v) => v.indicatorCode === indicator.code),
      breaks,
      formed,
    ),
  );
}

/** The period compared (the one asked for, else the latest), the previous comparable one and the fallback round. */
function planPeriods(indicator: IndicatorRecord, periods: readonly PeriodWithData[], asked: string | null): PeriodPlan {
  const period = asked ?? periods[0]?.period ?? null;
  if (!period) return { period, previousPeriod: null, fallback: null };
  const key = parseStoredPeriod(period);
  const previousPeriod = previousComparable(periods, key, indicator.yearOnYear)?.period ?? null;
  // Kab/kota figures are annual from one round (poverty: March; TPT: August): for an annual period without
  // an annual parent or national value, that round of the year stands in.
  const fallback = key.subperiod === 0 && indicator.annualRound ? formatPeriod(key.year, indicator.annualRound) : null;
  return { period, previousPeriod, fallback };
}

function rankComparison(
  indicator: IndicatorRecord,
  parentCode: string,
  level: RegionLevel,
  { period, previousPeriod, fallback }: PeriodPlan,
  values: readonly ValueRow[],
  breaks: readonly SeriesBreakRule[],
  formed: readonly FormedRegion[],
): ComparisonResult {
  const empty: ComparisonResult = {
    indicatorCode: indicator.code,
    parentCode,
    level,
    period,
    previousPeriod: null,
    parentValue: null,
    parentPeriod: null,
    nationalValue: null,
    nationalPeriod: null,
    rows: [],
    notYetFormedCodes: [],
    regions: [],
    summary: summarise([]),
  };
  if (!period) return empty;
  const key = parseStoredPeriod(period);
  const reference = values.filter((v) => !v.compared || v.code === parentCode);
  const pick = (code: string) =>
    reference.find((r) => r.code === code && r.period === period) ??
    reference.find((r) => r.code === code && r.period === fallback) ??
    null;
  const parentRef = pick(parentCode);
  const nationalRef = pick('ID');

  const previousKey = previousPeriod === null ? null : parseStoredPeriod(previousPeriod);
  // A region is ranked only in the years it existed: a value a table gave a province before it was formed is its
  // parent's, and neither ranks it nor serves as its previous value.
  const current = values.filter((v) => v.compared && v.period === period && existedIn(v.existsSince, key.year));
  const before = new Map(
    values
      .filter((v) => v.compared && v.period === previousPeriod && existedIn(v.existsSince, previousKey!.year))
      .map((v) => [v.code, v.value]),
  );
  // Breaks of this indicator between the previous period and this one: usually none, checked once per comparison.
  const between = previousKey
    ? breaks.filter((b) => {
        if (b.indicatorCode !== null && b.indicatorCode !== indicator.code) return false;
        const at = parseStoredPeriod(b.startsAt);
        return !onOrAfter(previousKey, at) && onOrAfter(key, at);
      })
    : [];
  const notComparable = new Set(
    current.filter((v) => between.some((b) => b.regionCode === null || b.regionCode === v.code)).map((v) => v.code),
  );
  const ranked = rankRegions(
    current.map((v) => ({
      regionCode: v.code,
      kind: v.kind,
      value: v.value,
      previousValue: notComparable.has(v.code) ? null : (before.get(v.code) ?? null),
    })),
    indicator.direction as Direction,
    parentRef?.value ?? null,
    nationalRef?.value ?? null,
  );
  const byCode = new Map(current.map((v) => [v.code, v]));
  return {
    ...empty,
    previousPeriod,
    parentValue: parentRef?.value ?? null,
    parentPeriod: parentRef?.period ?? null,
    nationalValue: nationalRef?.value ?? null,
    nationalPeriod: nationalRef?.period ?? null,
    notYetFormedCodes: formed
      .filter(
        (f) =>
          f.level === level &&
          !existedIn(f.existsSince, key.year) &&
          (parentCode === 'ID' || f.code.startsWith(`${parentCode}.`)),
      )
      .map((f) => f.code),
    rows: ranked.map((r) => {
      const v = byCode.get(r.regionCode)!;
      // Written out rather than spread: spreading objects costs several times more here, per row.
      return {
        regionCode: r.regionCode,
        kind: r.kind,
        value: r.value,
        previousValue: r.previousValue,
        rank: r.rank,
        quartile: r.quartile,
        change: r.change,
        differenceFromParent: r.differenceFromParent,
        differenceFromNational: r.differenceFromNational,
        peerCodes: r.peerCodes,
        indicatorCode: indicator.code,
        period,
        regionName: v.name,
        numerator: v.numerator,
        denominator: v.denominator,
        sourceId: v.sourceId,
        status: v.status,
        updatedAt: v.updatedAt,
        changeNotComparable: notComparable.has(r.regionCode),
      };
    }),
    regions: values.map(
      (v): RegionRecord => ({
        code: v.code,
        bpsCode: v.bpsCode,
        name: v.name,
        level: v.level,
        kind: v.kind,
        parentCode: v.parentCode,
        validFrom: v.validFrom,
        validUntil: v.validUntil,
        existsSince: v.existsSince,
      }),
    ),
    summary: summarise(current.map((v) => v.value)),
  };
}
