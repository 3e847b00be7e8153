import { periodX } from '../../charts/periods';
import type { RankedBarRow } from '../../charts/ranked-bar.option';
import type { SlopeRow } from '../../charts/slope.option';
import type { ComparisonInfo, RegionRef, SeriesBreakInfo } from '../../data/types';

/**
 * Which regions a region is set among by default: the kabupaten/kota of its province (a province's own, a
 * kabupaten/kota's siblings), the provinces for Indonesia. Bandingkan wilayah and Rapor target open on the same
 * regions, so a Bappeda head sees the same peers on both.
 */
export function peerParent(regionCode: string): string {
  return provinceOf(regionCode) ?? 'ID';
}

/**
 * Bandingkan's regions by default: the region's peers (peerParent), or the provinces when the indicator is not
 * published for kabupaten/kota (Gini, TPT, IPM): the province then stands among the provinces, not in an empty chart.
 */
export function defaultCompareParent(regionCode: string, indicatorLevels: readonly string[] | null): string {
  const parent = peerParent(regionCode);
  return parent !== 'ID' && indicatorLevels && !indicatorLevels.includes('REGENCY_CITY') ? 'ID' : parent;
}

/** The region marked among those compared: itself, or its province when provinces are compared. */
export function comparedHighlight(regionCode: string, parentCode: string): string | null {
  if (parentCode === 'ID') return provinceOf(regionCode);
  return regionCode;
}

/** The province a region belongs to (itself for a province); null for Indonesia. */
export function provinceOf(regionCode: string): string | null {
  if (regionCode === 'ID') return null;
  return regionCode.split('.')[0]!;
}

/** Periods that have at least one value among the series, oldest first. */
export function periodsOf(series: readonly { points: readonly { period: string }[] }[]): string[] {
  const set = new Set<string>();
  for (const s of series) for (const p of s.points) set.add(p.period);
  return [...set].sort((a, b) => periodX(a) - periodX(b));
}

/** Ranked rows from the comparison, then every other region under the parent as "no data" (never zero). */
export function rankedRows(comparison: Pick<ComparisonInfo, 'rows'>, children: readonly RegionRef[]): RankedBarRow[] {
  const rows: RankedBarRow[] = comparison.rows.map((r) => ({
    code: r.regionCode,
    name: r.region.name,
    value: r.value,
    rank: r.rank,
  }));
  const present = new Set(rows.map((r) => r.code));
  for (const c of children) {
    if (!present.has(c.code)) rows.push({ code: c.code, name: c.name, value: null, rank: null });
  }
  return rows;
}

/** True when a series break of the indicator (for every region or this one) starts after `from`, up to `to`. */
export function breakBetween(
  breaks: readonly SeriesBreakInfo[],
  indicatorCode: string,
  regionCode: string,
  from: string,
  to: string,
): boolean {
  const a = Math.min(periodX(from), periodX(to));
  const b = Math.max(periodX(from), periodX(to));
  return breaks.some(
    (br) =>
      (br.indicatorCode === null || br.indicatorCode === indicatorCode) &&
      (br.regionCode === null || br.regionCode === regionCode) &&
      periodX(br.startsAt) > a &&
      periodX(br.startsAt) <= b,
  );
}

/** One row per region for the slope chart between two periods. */
export function slopeRows(
  earlier: readonly { regionCode: string; value: number }[],
  later: readonly { regionCode: string; value: number; region: RegionRef }[],
  children: readonly RegionRef[],
  breaks: readonly SeriesBreakInfo[],
  indicatorCode: string,
  from: string,
  to: string,
): SlopeRow[] {
  const before = new Map(earlier.map((r) => [r.regionCode, r.value]));
  const after = new Map(later.map((r) => [r.regionCode, r.value]));
  const names = new Map<string, string>(children.map((c) => [c.code, c.name]));
  for (const r of later) names.set(r.regionCode, r.region.name);
  const codes = [...new Set([...after.keys(), ...before.keys()])];
  return codes
    .filter((code) => names.has(code))
    .map((code) => ({
      code,
      name: names.get(code)!,
      from: before.get(code) ?? null,
      to: after.get(code) ?? null,
      comparable: !breakBetween(breaks, indicatorCode, code, from, to),
    }));
}
