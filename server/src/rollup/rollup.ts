import { onOrAfter, type PeriodKey } from '../observations/periods.js';

export type AggregationRule = 'SUM' | 'POPULATION_WEIGHTED_MEAN' | 'NOT_AGGREGABLE' | 'RATIO_OF_SUMS';

/** A region split off another (Papua Selatan from Papua in 2022). */
export interface SplitOff {
  fromCode: string;
  toCode: string;
  year: number;
}

export interface ChildValue {
  regionCode: string;
  value: number | null;
  weight: number | null;
  /** A ratio's parts, when the child's value came with them (RATIO_OF_SUMS). */
  numerator?: number | null;
  denominator?: number | null;
}

export interface RollupResult {
  value: number | null;
  /** Why there is no value, in words. */
  reasonId: string | null;
  reasonEn: string | null;
  childrenCount: number;
  childrenWithData: number;
  missingChildren: string[];
  /** Children without a figure of their own yet, counted within the figure of the region they were split from. */
  coveredChildren: string[];
  /** RATIO_OF_SUMS: children whose value came without its numerator and denominator, so the sums cannot be made. */
  childrenWithoutParts: string[];
  /** RATIO_OF_SUMS: the sums the value was computed from; null otherwise or when nothing was computed. */
  numerator: number | null;
  denominator: number | null;
}

/**
 * A parent's value computed from all of its children by the indicator's aggregation rule. It is
 * only computed when every child has a value (and a weight where needed): a partial sum would be
 * read as the parent's figure.
 */
export function rollUp(
  rule: AggregationRule,
  all: readonly ChildValue[],
  weightName: string | null,
  covered: ReadonlySet<string> = new Set(),
  ratioFactor: number | null = null,
): RollupResult {
  const children = all.filter((c) => !covered.has(c.regionCode));
  const missing = children.filter((c) => c.value === null).map((c) => c.regionCode);
  const base = {
    childrenCount: all.length,
    childrenWithData: children.length - missing.length,
    missingChildren: missing,
    coveredChildren: all.filter((c) => covered.has(c.regionCode)).map((c) => c.regionCode),
    childrenWithoutParts: [] as string[],
    numerator: null,
    denominator: null,
  };
  const none = (reasonId: string, reasonEn: string): RollupResult => ({ value: null, reasonId, reasonEn, ...base });
  if (rule === 'NOT_AGGREGABLE') {
    return none(
      'Indikator ini tidak dapat dihitung dari nilai wilayah di bawahnya.',
      'This indicator cannot be derived from the values of the regions below.',
    );
  }
  if (children.length === 0) return none('Tidak ada wilayah di bawahnya.', 'There are no regions below.');
  if (missing.length) return none(`Nilai ${missing.length} wilayah belum ada.`, `${missing.length} region(s) have no value.`);
  if (rule === 'RATIO_OF_SUMS') return ratioOfSums(children, ratioFactor, base);
  if (rule === 'SUM')
    return { value: round(children.reduce((a, c) => a + (c.value ?? 0), 0)), reasonId: null, reasonEn: null, ...base };
  const unweighted = children.filter((c) => c.weight === null).map((c) => c.regionCode);
  if (unweighted.length) {
    return none(
      `Bobot (${weightName ?? 'penimbang'}) belum ada untuk ${unweighted.length} wilayah.`,
      `The weight (${weightName ?? 'weight'}) is missing for ${unweighted.length} region(s).`,
    );
  }
  const total = children.reduce((a, c) => a + (c.weight ?? 0), 0);
  if (total <= 0) return none('Jumlah bobot nol.', 'The weights add up to zero.');
  return {
    value: round(children.reduce((a, c) => a + (c.value ?? 0) * (c.weight ?? 0), 0) / total),
    reasonId: null,
    reasonEn: null,
    ...base,
  };
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Σnumerator ÷ Σdenominator × factor: a province's coverage is its kabupaten/kota's recipients over their eligible,
 * never the mean of their percentages (a small kabupaten at 100% would count as much as a city at 40%). A child whose
 * value came without both parts leaves the sums incomplete, so nothing is computed and the child is named.
 */
function ratioOfSums(
  children: readonly ChildValue[],
  factor: number | null,
  base: Omit<RollupResult, 'value' | 'reasonId' | 'reasonEn'>,
): RollupResult {
  const withoutParts = children
    .filter((c) => c.numerator === null || c.numerator === undefined || c.denominator === null || c.denominator === undefined)
    .map((c) => c.regionCode);
  const none = (reasonId: string, reasonEn: string): RollupResult => ({
    ...base,
    childrenWithoutParts: withoutParts,
    value: null,
    reasonId,
    reasonEn,
  });
  if (factor === null) {
    return none(
      'Indikator ini belum dinyatakan sebagai rasio (faktor rasio kosong) di katalog.',
      'The catalogue does not declare this indicator a ratio (no ratio factor).',
    );
  }
  if (withoutParts.length) {
    return none(
      `Tidak dapat dihitung: pembilang dan penyebut belum ada untuk ${withoutParts.length} wilayah (${withoutParts.join(', ')}); nilai persentase tidak dirata-ratakan.`,
      `Cannot be computed: ${withoutParts.length} region(s) have no numerator and denominator (${withoutParts.join(', ')}); percentages are never averaged.`,
    );
  }
  const numerator = round(children.reduce((a, c) => a + (c.numerator ?? 0), 0));
  const denominator = round(children.reduce((a, c) => a + (c.denominator ?? 0), 0));
  if (denominator <= 0) {
    return { ...none('Jumlah penyebut nol.', 'The denominators add up to zero.'), numerator, denominator };
  }
  return { ...base, value: round((numerator / denominator) * factor), reasonId: null, reasonEn: null, numerator, denominator };
}

/**
 * Children that have no figure of their own at `period` because the region they were split from still published
 * one for its former territory: BPS kept publishing Papua on its pre-2022 boundaries until the March 2024 round, so
 * Papua's figure of 2023 covers Papua Selatan, Tengah and Pegunungan. Until when is told by the former region's
 * series break for the indicator (`breakOf`), else by the year of the split.
 */
export function coveredBySplitOrigin(
  children: readonly Pick<ChildValue, 'regionCode' | 'value'>[],
  splits: readonly SplitOff[],
  period: PeriodKey,
  breakOf: (regionCode: string, splitYear: number) => PeriodKey | null,
): Set<string> {
  const withValue = new Set(children.filter((c) => c.value !== null).map((c) => c.regionCode));
  const covered = new Set<string>();
  for (const child of children) {
    if (child.value !== null) continue;
    const split = splits.find((s) => s.toCode === child.regionCode && withValue.has(s.fromCode));
    if (!split) continue;
    const newBasis = breakOf(split.fromCode, split.year);
    const before = newBasis ? !onOrAfter(period, newBasis) : period.year < split.year;
    if (before) covered.add(child.regionCode);
  }
  return covered;
}

/**
 * The one period every child's weight is read at: the period's own when all children have it, else the next
 * candidate (the year, for a weight published yearly such as population, when the value comes in rounds).
 */
export function weightPeriodFor(candidates: readonly string[], hasWeight: (period: string) => boolean): string | null {
  return candidates.find(hasWeight) ?? null;
}
