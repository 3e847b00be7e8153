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
// Region codes are digits and dots: code-unit order is their order, without a collator's cost per call.
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Ranks the regions of one comparison; pure, so every client gets the same ranks. */
export function rankRegions(
  rows: readonly RankInput[],
  direction: Direction,
  parentValue: number | null,
  nationalValue: number | null,
): Ranked[] {
  const better = direction === 'LOWER_IS_BETTER' ? (a: number, b: number) => a - b : (a: number, b: number) => b - a;
  const ordered = [...rows].sort((a, b) => better(a.value, b.value) || byCode(a.regionCode, b.regionCode));
  const n = ordered.length;
  const pools = peerPools(rows);
  let rank = 0;
  return ordered.map((row, i) => {
    if (i === 0 || ordered[i - 1]!.value !== row.value) rank = i + 1;
    return {
      regionCode: row.regionCode,
      kind: row.kind,
      value: row.value,
      previousValue: row.previousValue,
      rank,
      quartile: Math.min(4, Math.floor(((rank - 1) * 4) / n) + 1),
      change: row.previousValue === null ? null : round(row.value - row.previousValue),
      differenceFromParent: parentValue === null ? null : round(row.value - parentValue),
      differenceFromNational: nationalValue === null ? null : round(row.value - nationalValue),
      peerCodes: peersOf(row, pools),
    };
  });
}

interface PeerPools {
  /** All rows, ascending by value. */
  all: readonly RankInput[];
  /** The rows of each kind, ascending by value. */
  byKind: ReadonlyMap<string | null, readonly RankInput[]>;
}

function peerPools(rows: readonly RankInput[]): PeerPools {
  const all = [...rows].sort((a, b) => a.value - b.value);
  const byKind = new Map<string | null, RankInput[]>();
  for (const r of all) {
    const list = byKind.get(r.kind);
    if (list) list.push(r);
    else byKind.set(r.kind, [r]);
  }
  return { all, byKind };
}

/**
 * The two regions nearest in value to `row` (ties by code), of its own kind when at least two others are.
 * Walks outwards from the row's value in a pool sorted by value, so a comparison of 514 kabupaten/kota
 * costs n log n rather than n² log n: once two candidates are found, only those no farther than the
 * second of them can still be among the two nearest.
 */
function peersOf(row: RankInput, pools: PeerPools): string[] {
  const sameKind = pools.byKind.get(row.kind) ?? [];
  const pool = sameKind.length - 1 >= 2 ? sameKind : pools.all;
  // First index whose value is >= row.value.
  let lo = 0;
  let hi = pool.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pool[mid]!.value < row.value) lo = mid + 1;
    else hi = mid;
  }
  const found: { code: string; d: number }[] = [];
  let left = lo - 1;
  let right = lo;
  const take = (r: RankInput) => {
    if (r.regionCode !== row.regionCode) found.push({ code: r.regionCode, d: Math.abs(r.value - row.value) });
  };
  // Until two candidates: the nearer side first.
  while (found.length < 2 && (left >= 0 || right < pool.length)) {
    const dl = left >= 0 ? row.value - pool[left]!.value : Number.POSITIVE_INFINITY;
    const dr = right < pool.length ? pool[right]!.value - row.value : Number.POSITIVE_INFINITY;
    if (dl <= dr) take(pool[left--]!);
    else take(pool[right++]!);
  }
  // Then everything as near as the second candidate (ties are decided by code).
  const limit = Math.max(...found.map((f) => f.d));
  while (left >= 0 && Math.abs(pool[left]!.value - row.value) <= limit) take(pool[left--]!);
  while (right < pool.length && Math.abs(pool[right]!.value - row.value) <= limit) take(pool[right++]!);
  return found
    .sort((a, b) => a.d - b.d || byCode(a.code, b.code))
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
