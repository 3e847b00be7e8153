import { type TargetGap, targetGap } from '../../data/target-gap';
import type { IndicatorInfo, Plain, RegionRef } from '../../data/types';
import type { OverviewRegionsBelowQuery } from '../../gql/graphql';

export type RegionsBelowData = Plain<OverviewRegionsBelowQuery>;

export interface Furthest {
  region: RegionRef;
  value: number;
  period: string;
  target: { year: number; value: number | null; lowerBound: number | null; upperBound: number | null };
  gap: TargetGap;
}

export interface MostImproved {
  region: RegionRef;
  value: number;
  previousValue: number;
  period: string;
  previousPeriod: string;
  change: number;
}

export interface BelowRow {
  indicator: IndicatorInfo;
  /** The period compared (the latest with kabupaten/kota values). */
  period: string | null;
  /** Regions with a value in that period. */
  count: number;
  /** Whether the document sets a target the regions are measured against. */
  hasTarget: boolean;
  /** Furthest behind its target; null when none has a target, or every one meets it. */
  furthest: Furthest | null;
  /** The previous comparable period; null when there is none. */
  previousPeriod: string | null;
  /** The biggest change in the better direction; null when no region improved (or the indicator has no direction). */
  improved: MostImproved | null;
}

const byName = new Intl.Collator('id').compare;

/**
 * For each key indicator with kabupaten/kota values, the one furthest from target (value against target, and the
 * distance) and the one most improved; `missing` lists the indicators without such values, in the same order.
 */
export function regionsBelow(
  data: RegionsBelowData,
  indicators: readonly IndicatorInfo[],
): { rows: BelowRow[]; missing: IndicatorInfo[] } {
  const parentCode = data.region?.code ?? null;
  const children = new Map((data.region?.children ?? []).map((r) => [r.code, r]));
  const rows: BelowRow[] = [];
  const missing: IndicatorInfo[] = [];
  for (const indicator of indicators) {
    const comparison = data.comparisons.find((c) => c.indicatorCode === indicator.code);
    if (!comparison?.rows.length) {
      missing.push(indicator);
      continue;
    }
    const cells = (data.scorecard?.cells ?? []).filter(
      (c) => c.indicatorCode === indicator.code && c.regionCode !== parentCode && children.has(c.regionCode),
    );
    let furthest: Furthest | null = null;
    for (const c of cells) {
      if (!c.latest || !c.target) continue;
      const gap = targetGap(c.latest.value, c.target, indicator.direction, indicator.decimals);
      if (!gap || gap.shortfall <= 0) continue;
      const region = children.get(c.regionCode)!;
      if (
        !furthest ||
        gap.shortfall > furthest.gap.shortfall ||
        (gap.shortfall === furthest.gap.shortfall && byName(region.name, furthest.region.name) < 0)
      ) {
        furthest = { region, value: c.latest.value, period: c.latest.period, target: c.target, gap };
      }
    }
    let improved: MostImproved | null = null;
    const sign = indicator.direction === 'LOWER_IS_BETTER' ? -1 : indicator.direction === 'HIGHER_IS_BETTER' ? 1 : 0;
    for (const r of comparison.rows) {
      const region = children.get(r.regionCode);
      if (!region || r.change === null || r.previousValue === null || r.changeNotComparable || sign * r.change <= 0) continue;
      if (
        !improved ||
        sign * r.change > sign * improved.change ||
        (r.change === improved.change && byName(region.name, improved.region.name) < 0)
      ) {
        improved = {
          region,
          value: r.value,
          previousValue: r.previousValue,
          period: comparison.period ?? '',
          previousPeriod: comparison.previousPeriod ?? '',
          change: r.change,
        };
      }
    }
    rows.push({
      indicator,
      period: comparison.period,
      count: comparison.rows.length,
      hasTarget: cells.some((c) => c.target),
      furthest,
      previousPeriod: comparison.previousPeriod,
      improved,
    });
  }
  return { rows, missing };
}
