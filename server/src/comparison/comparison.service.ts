import type { Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import type { RegionLevel } from '../generated/prisma/enums.js';
import { formatPeriod } from '../imports/values.js';
import type { IndicatorRecord } from '../indicators/indicators.service.js';
import { badInput } from '../messages/errors.js';
import { previousComparable } from '../observations/comparable.js';
import { onOrAfter, parseStoredPeriod } from '../observations/periods.js';
import type { SeriesBreakRule } from '../observations/series.js';
import { checkedObservations } from '../observations/visibility.js';
import { requirePeriod } from '../reference/lookups.js';
import { existedIn } from '../regions/existence.js';
import type { FormedRegion, RegionRecord } from '../regions/regions.service.js';
import type { Direction } from '../targets/progress.js';
import { type HeldRegions, readComparisonValues, type ScopePeriod, type ValueRow } from './comparison-values.js';
import { type Ranked, rankRegions, type Summary, summarise } from './ranking.js';
import { levelToCompare, scopeOf } from './scope.js';

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
  /** Values in the scope, all kinds: with `total`, how the values statement reads them (see readByPeriod). */
  regions: number;
  /** Values of the indicator in the period at every level and in every scope (the triggers' tally). */
  total: number;
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
  /** The nation, provinces and kabupaten/kota, held: a comparison of those reads their values without their rows. */
  regionIndex: HeldRegions;
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

/**
 * The periods with data, read from the database in one statement for every indicator asked: every period with a
 * value, each marked whether some of its values are VERIFIED or PUBLISHED, so that what is held serves every viewer,
 * with how many values it has in the scope and in all (the tally kept by migration observation_tally's triggers).
 */
export async function readPeriodsWithData(
  db: Database,
  codes: readonly string[],
  level: RegionLevel,
  parentCode: string,
): Promise<PeriodWithData[][]> {
  const scope = scopeOf(parentCode, level, 2);
  const rows = await db.sql.query<PeriodWithData & { indicatorCode: string }>(
    `SELECT o.indicator_code AS "indicatorCode", o.period, o.year, o.subperiod, bool_or(${checkedObservations('o')}) AS "visibleToAll",
            count(*)::int AS regions,
            coalesce((SELECT t.all_rows FROM observation_tally_period t
                      WHERE t.indicator_code = o.indicator_code AND t.period = o.period), 0) AS total
     FROM observation o JOIN region r ON r.code = o.region_code
     WHERE o.indicator_code = ANY($1::text[]) AND ${scope.sql} AND (r.exists_since IS NULL OR r.exists_since <= o.year)
     GROUP BY o.indicator_code, o.period, o.year, o.subperiod ORDER BY o.indicator_code, o.year DESC, o.subperiod DESC`,
    [codes, ...scope.params],
    { prepare: true },
  );
  return codes.map((code) =>
    rows
      .filter((r) => r.indicatorCode === code)
      .map(({ period, year, subperiod, visibleToAll, regions, total }) => ({
        period,
        year,
        subperiod,
        visibleToAll,
        regions,
        total,
      })),
  );
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
  { breaks, periodsWithData, formed, regionIndex }: ComparisonLookups,
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
  // Each indicator once, though named twice, so that its values are not fetched (and ranked) twice. The scope's values are read
  // for the period and the previous one, where the periods with data say the scope has values; the parent's and the
  // nation's for the period and its fallback round.
  const scopePeriods: ScopePeriod[] = [];
  const referenceWanted: { indicatorCode: string; period: string }[] = [];
  for (const [i, indicator] of indicators.entries()) {
    const plan = plans.get(indicator.code)!;
    if (!plan.period || codes.indexOf(indicator.code) !== i) continue;
    for (const period of new Set([plan.period, plan.previousPeriod])) {
      const known = periods[i]!.find((p) => p.period === period);
      if (known)
        scopePeriods.push({ indicatorCode: indicator.code, period: known.period, regions: known.regions, total: known.total });
    }
    for (const period of new Set([plan.period, plan.fallback])) {
      if (period) referenceWanted.push({ indicatorCode: indicator.code, period });
    }
  }
  const values = await readComparisonValues(
    db,
    viewer,
    { codes: [...new Set([parent.code, 'ID'])], wanted: referenceWanted },
    { parentCode: parent.code, level, periods: scopePeriods },
    regionIndex,
  );
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
  const reference = values.filter((v) => !v.compared || v.region.code === parentCode);
  const pick = (code: string) =>
    reference.find((r) => r.region.code === code && r.period === period) ??
    reference.find((r) => r.region.code === code && r.period === fallback) ??
    null;
  const parentRef = pick(parentCode);
  const nationalRef = pick('ID');

  const previousKey = previousPeriod === null ? null : parseStoredPeriod(previousPeriod);
  // A region is ranked only in the years it existed: a value a table gave a province before it was formed is its
  // parent's, and neither ranks it nor serves as its previous value.
  const current = values.filter((v) => v.compared && v.period === period && existedIn(v.region.existsSince, key.year));
  const before = new Map(
    values
      .filter((v) => v.compared && v.period === previousPeriod && existedIn(v.region.existsSince, previousKey!.year))
      .map((v) => [v.region.code, v.value]),
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
    current.filter((v) => between.some((b) => b.regionCode === null || b.regionCode === v.region.code)).map((v) => v.region.code),
  );
  const ranked = rankRegions(
    current.map((v) => ({
      regionCode: v.region.code,
      kind: v.region.kind,
      value: v.value,
      previousValue: notComparable.has(v.region.code) ? null : (before.get(v.region.code) ?? null),
    })),
    indicator.direction as Direction,
    parentRef?.value ?? null,
    nationalRef?.value ?? null,
  );
  const byCode = new Map(current.map((v) => [v.region.code, v]));
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
        regionName: v.region.name,
        numerator: v.numerator,
        denominator: v.denominator,
        sourceId: v.sourceId,
        status: v.status,
        updatedAt: v.updatedAt,
        changeNotComparable: notComparable.has(r.regionCode),
      };
    }),
    regions: values.map((v) => v.region),
    summary: summarise(current.map((v) => v.value)),
  };
}
