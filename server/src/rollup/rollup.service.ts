import type { Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import type { Context } from '../graphql/context.js';
import type { IndicatorRecord } from '../indicators/indicators.service.js';
import { parseStoredPeriod } from '../observations/periods.js';
import { breaksFor } from '../observations/series.js';
import { visibleObservations } from '../observations/visibility.js';
import { requireIndicators, requirePeriod, requireRegions } from '../reference/lookups.js';
import { existedIn } from '../regions/existence.js';
import { type ChildValue, coveredBySplitOrigin, type RollupResult, rollUp, type SplitOff, weightPeriodFor } from './rollup.js';

export interface RollUpAnswer extends RollupResult {
  indicatorCode: string;
  parentCode: string;
  period: string;
  computed: true;
  method: IndicatorRecord['aggregation'];
  weightPeriod: string | null;
  publishedValue: number | null;
  differenceFromPublished: number | null;
  /** Children formed by a later recorded split: not counted (see RollUp.notYetFormedChildren). */
  notYetFormedChildren: string[];
}

interface ValueRow {
  regionCode: string;
  indicatorCode: string;
  period: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
}

/**
 * A parent's value computed from its direct children: one statement (values; the recorded splits are held between
 * requests), whatever the number of children. Only values the viewer may read count, the children's and the published
 * one alike (see visibility.ts).
 */
export async function computeRollUp(
  db: Database,
  viewer: Viewer,
  loaders: Context['loaders'],
  args: { indicatorCode: string; parentCode: string; period: string },
): Promise<RollUpAnswer> {
  const [[indicator], [parent], breaks] = await Promise.all([
    requireIndicators(loaders, [args.indicatorCode.trim()]),
    requireRegions(loaders, [args.parentCode.trim()]),
    loaders.seriesBreaks(),
  ]);
  const period = requirePeriod(args.period.trim(), indicator!);
  const key = parseStoredPeriod(period);
  const all = await loaders.childrenOf.load(parent!.code);
  // A child formed by a later split did not exist in the period: its territory is in its parent's figure.
  const children = all.filter((c) => existedIn(c.existsSince, key.year));
  const notYetFormedChildren = all.filter((c) => !existedIn(c.existsSince, key.year)).map((c) => c.code);
  const codes = [...children.map((c) => c.code), parent!.code];
  const weightCode = indicator!.weightIndicatorCode;
  // A weight published yearly (population) stands for the rounds of its year.
  const weightPeriods = key.subperiod > 0 ? [period, String(key.year)] : [period];
  const [rows, recorded] = await Promise.all([
    db.sql.query<ValueRow>(
      `SELECT o.region_code AS "regionCode", o.indicator_code AS "indicatorCode", o.period, o.value::float8 AS value,
              o.numerator::float8 AS numerator, o.denominator::float8 AS denominator FROM observation o
       WHERE o.region_code = ANY($1::text[])
         AND ((o.indicator_code = $2 AND o.period = $3) OR (o.indicator_code = $4 AND o.period = ANY($5::text[])))
         AND ${visibleObservations(viewer)}`,
      [codes, indicator!.code, period, weightCode, weightPeriods],
    ),
    loaders.splitsRecorded(),
  ]);
  const childCodes = new Set(children.map((c) => c.code));
  const splits: SplitOff[] = recorded.filter((s) => childCodes.has(s.toCode));
  const byKey = new Map(rows.map((r) => [`${r.regionCode}|${r.indicatorCode}|${r.period}`, r]));
  const rowAt = (region: string, ind: string | null, p: string) => byKey.get(`${region}|${ind}|${p}`);
  const valueAt = (region: string, ind: string | null, p: string) => rowAt(region, ind, p)?.value ?? null;
  const withValues = children.map((c) => {
    const row = rowAt(c.code, indicator!.code, period);
    return {
      regionCode: c.code,
      value: row?.value ?? null,
      numerator: row?.numerator ?? null,
      denominator: row?.denominator ?? null,
    };
  });
  const covered = coveredBySplitOrigin(
    withValues,
    splits,
    key,
    (from, year) => breaksFor(breaks, indicator!.code, from).find((b) => b.at.year >= year)?.at ?? null,
  );
  // One period for every child's weight: the period's own if all have it, else the year's.
  const inScope = withValues.filter((c) => !covered.has(c.regionCode));
  const weightPeriod = weightCode
    ? (weightPeriodFor(weightPeriods, (p) => inScope.every((c) => valueAt(c.regionCode, weightCode, p) !== null)) ?? period)
    : null;
  const childValues: ChildValue[] = withValues.map((c) => ({
    ...c,
    weight: weightPeriod ? valueAt(c.regionCode, weightCode, weightPeriod) : null,
  }));
  const result = rollUp(indicator!.aggregation, childValues, weightCode, covered, indicator!.ratioFactor);
  const publishedValue = valueAt(parent!.code, indicator!.code, period);
  return {
    indicatorCode: indicator!.code,
    parentCode: parent!.code,
    period,
    computed: true,
    method: indicator!.aggregation,
    ...result,
    notYetFormedChildren,
    weightPeriod: result.value !== null ? weightPeriod : null,
    publishedValue,
    differenceFromPublished:
      result.value !== null && publishedValue !== null ? Math.round((result.value - publishedValue) * 1e6) / 1e6 : null,
  };
}
