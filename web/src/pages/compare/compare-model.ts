import { periodX } from '../../charts/periods';
import type { RankedBarRow } from '../../charts/ranked-bar.option';
import type { SlopeRow } from '../../charts/slope.option';
import { parentCodeOf } from '../../data/catalogue';
import type { ComparisonInfo, RegionRef, SeriesBreakInfo } from '../../data/types';

/** Which regions to compare by default: a kab/kota among its province's, a province among all provinces. */
export function defaultParent(regionCode: string): string {
  if (regionCode === 'ID') return 'ID';
  const parent = parentCodeOf(regionCode) ?? 'ID';
  return parent.includes('.') ? parentCodeOf(parent)! : parent;
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
