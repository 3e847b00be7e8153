import type { Direction } from '../targets/progress.js';

export interface RankInput {
  regionCode: string;
  kind: string | null;
  value: number;
  previousValue: number | null;
}

export interface Ranked extends RankInput {
  /** 1 is best in the indicator's direction; ties share a rank (1, 2, 2, 4). */
  rank: number;
  /** 1 is the best quarter, 4 the worst. */
  quartile: number;
  change: number | null;
  differenceFromParent: number | null;
  differenceFromNational: number | null;
  /** The two regions nearest in value, of the same kind (kabupaten or kota) when there are enough. */
  peerCodes: string[];
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** Ranks the regions of one comparison; pure, so every client gets the same ranks. */
export function rankRegions(
  rows: readonly RankInput[],
  direction: Direction,
  parentValue: number | null,
  nationalValue: number | null,
): Ranked[] {
  const better = direction === 'LOWER_IS_BETTER' ? (a: number, b: number) => a - b : (a: number, b: number) => b - a;
  const ordered = [...rows].sort((a, b) => better(a.value, b.value) || a.regionCode.localeCompare(b.regionCode));
  const n = ordered.length;
  let rank = 0;
  return ordered.map((row, i) => {
    if (i === 0 || ordered[i - 1]!.value !== row.value) rank = i + 1;
    return {
      ...row,
      rank,
      quartile: Math.min(4, Math.floor(((rank - 1) * 4) / n) + 1),
      change: row.previousValue === null ? null : round(row.value - row.previousValue),
      differenceFromParent: parentValue === null ? null : round(row.value - parentValue),
      differenceFromNational: nationalValue === null ? null : round(row.value - nationalValue),
      peerCodes: peersOf(row, rows),
    };
  });
}

function peersOf(row: RankInput, rows: readonly RankInput[]): string[] {
  const others = rows.filter((r) => r.regionCode !== row.regionCode);
  const sameKind = others.filter((r) => r.kind === row.kind);
  const pool = sameKind.length >= 2 ? sameKind : others;
  return pool
    .map((r) => ({ code: r.regionCode, d: Math.abs(r.value - row.value) }))
    .sort((a, b) => a.d - b.d || a.code.localeCompare(b.code))
    .slice(0, 2)
    .map((r) => r.code);
}

export interface Summary {
  count: number;
  min: number | null;
  max: number | null;
  mean: number | null;
  median: number | null;
}

export function summarise(values: readonly number[]): Summary {
  if (values.length === 0) return { count: 0, min: null, max: null, mean: null, median: null };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return {
    count: sorted.length,
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
    median: sorted.length % 2 ? sorted[mid]! : round((sorted[mid - 1]! + sorted[mid]!) / 2),
  };
}
