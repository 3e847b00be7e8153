import { comparePeriods, type Frequency, frequencyOf, onOrAfter, type PeriodKey, parseStoredPeriod } from './periods.js';

export interface SeriesBreakRule {
  indicatorCode: string | null;
  regionCode: string | null;
  startsAt: string;
  reasonId: string;
  reasonEn: string;
}

export interface PointInput extends PeriodKey {
  period: string;
  value: number;
}

export interface SeriesPointOut<P extends PointInput> {
  point: P;
  /** A break starts at this point: it must not be joined to the one before it. */
  breakBefore: SeriesBreakRule | null;
}

/** The breaks that apply to one indicator in one region, ordered by when they start. */
export function breaksFor(
  rules: readonly SeriesBreakRule[],
  indicatorCode: string,
  regionCode: string,
): (SeriesBreakRule & { at: PeriodKey })[] {
  return rules
    .filter(
      (r) =>
        (r.indicatorCode === null || r.indicatorCode === indicatorCode) && (r.regionCode === null || r.regionCode === regionCode),
    )
    .map((r) => ({ ...r, at: parseStoredPeriod(r.startsAt) }))
    .sort((a, b) => comparePeriods(a.at, b.at));
}

/**
 * Picks one frequency for a series: a region may hold both annual figures (kab/kota tables) and
 * semester rounds for the same indicator, which must not be drawn as one line. AUTO prefers the
 * rounds when there are any.
 */
export function pickFrequency(points: readonly PeriodKey[], wanted: Frequency | 'AUTO'): Frequency {
  if (wanted !== 'AUTO') return wanted;
  return points.some((p) => frequencyOf(p) === 'SUBANNUAL') ? 'SUBANNUAL' : 'ANNUAL';
}

/** Orders the points of one frequency and marks where a break separates a point from the previous one. */
export function buildSeries<P extends PointInput>(
  points: readonly P[],
  breaks: readonly (SeriesBreakRule & { at: PeriodKey })[],
  frequency: Frequency,
): SeriesPointOut<P>[] {
  const kept = points.filter((p) => frequencyOf(p) === frequency).sort(comparePeriods);
  return kept.map((point, i) => {
    const prev = kept[i - 1];
    const crossing = prev ? breaks.filter((b) => !onOrAfter(prev, b.at) && onOrAfter(point, b.at)) : [];
    return { point, breakBefore: crossing[crossing.length - 1] ?? null };
  });
}

/** The comparable stretch: the points after the last break. */
export function sinceLastBreak<P extends PointInput>(series: readonly SeriesPointOut<P>[]): P[] {
  let start = 0;
  series.forEach((s, i) => {
    if (s.breakBefore) start = i;
  });
  return series.slice(start).map((s) => s.point);
}
