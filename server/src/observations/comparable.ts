import { comparePeriods, type PeriodKey } from './periods.js';

/**
 * Whether `candidate` is a period `current` may be compared with to say how a figure changed: an earlier one of the
 * same kind (annual with annual, a round with a round) or, for a seasonal figure (`yearOnYear`, TPT), only the same
 * round a year earlier — August 2025 against August 2024, never against February 2025.
 */
export function isComparableEarlier(candidate: PeriodKey, current: PeriodKey, yearOnYear: boolean): boolean {
  if (yearOnYear && current.subperiod > 0) {
    return candidate.year === current.year - 1 && candidate.subperiod === current.subperiod;
  }
  return comparePeriods(candidate, current) < 0 && (candidate.subperiod === 0) === (current.subperiod === 0);
}

/**
 * The previous comparable period among `periods` (in any order): the latest one `current` may be compared with.
 * The one rule behind a comparison's `previousPeriod` and a series' `latestChange`, so that the comparison page and
 * the overview's cards always speak of the same change.
 */
export function previousComparable<P extends PeriodKey>(
  periods: readonly P[],
  current: PeriodKey,
  yearOnYear: boolean,
): P | null {
  let found: P | null = null;
  for (const p of periods) {
    if (isComparableEarlier(p, current, yearOnYear) && (found === null || comparePeriods(p, found) > 0)) found = p;
  }
  return found;
}

export interface LatestChange<P> {
  latest: P;
  /** The previous comparable point of the series; null when it has none. */
  previous: P | null;
  /** latest − previous; null without a previous point or when a series break lies between the two. */
  change: number | null;
  /** A series break lies between the two points. */
  notComparable: boolean;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * How the latest value of a series changed since the previous comparable one. `points` are one series, oldest
 * first, each marked when a break separates it from the point before: a break between the two lies on one of the
 * points after the previous one, up to the latest.
 */
export function latestChange<P extends PeriodKey & { value: number; breakBefore: boolean }>(
  points: readonly P[],
  yearOnYear: boolean,
): LatestChange<P> | null {
  const latest = points[points.length - 1];
  if (!latest) return null;
  const previous = previousComparable(points.slice(0, -1), latest, yearOnYear);
  if (!previous) return { latest, previous: null, change: null, notComparable: false };
  const notComparable = points.some((p) => p.breakBefore && comparePeriods(p, previous) > 0 && comparePeriods(p, latest) <= 0);
  return { latest, previous, change: notComparable ? null : round(latest.value - previous.value), notComparable };
}
