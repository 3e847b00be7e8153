export type AggregationRule = 'SUM' | 'POPULATION_WEIGHTED_MEAN' | 'NOT_AGGREGABLE';

export interface ChildValue {
  regionCode: string;
  value: number | null;
  weight: number | null;
}

export interface RollupResult {
  value: number | null;
  /** Why there is no value, in words. */
  reasonId: string | null;
  reasonEn: string | null;
  childrenCount: number;
  childrenWithData: number;
  missingChildren: string[];
}

/**
 * A parent's value computed from all of its children by the indicator's aggregation rule. It is
 * only computed when every child has a value (and a weight where needed): a partial sum would be
 * read as the parent's figure.
 */
export function rollUp(rule: AggregationRule, children: readonly ChildValue[], weightName: string | null): RollupResult {
  const missing = children.filter((c) => c.value === null).map((c) => c.regionCode);
  const base = { childrenCount: children.length, childrenWithData: children.length - missing.length, missingChildren: missing };
  const none = (reasonId: string, reasonEn: string): RollupResult => ({ value: null, reasonId, reasonEn, ...base });
  if (rule === 'NOT_AGGREGABLE') {
    return none(
      'Indikator ini tidak dapat dihitung dari nilai wilayah di bawahnya.',
      'This indicator cannot be derived from the values of the regions below.',
    );
  }
  if (children.length === 0) return none('Tidak ada wilayah di bawahnya.', 'There are no regions below.');
  if (missing.length) return none(`Nilai ${missing.length} wilayah belum ada.`, `${missing.length} region(s) have no value.`);
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
