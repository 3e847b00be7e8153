import { type PeriodKey, periodTime } from '../observations/periods.js';

export type Direction = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'NEUTRAL';
export type ProgressStatus = 'ACHIEVED' | 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'NO_DATA';

export interface TargetSpec {
  year: number;
  value: number | null;
  lowerBound: number | null;
  upperBound: number | null;
}

export interface Point extends PeriodKey {
  period: string;
  value: number;
}

export interface ProgressInput {
  direction: Direction;
  target: TargetSpec | null;
  /** Comparable points (one frequency, after the last series break), oldest first. */
  points: readonly Point[];
  /** Declared baseline from the planning document, if any. */
  baseline: { year: number; value: number } | null;
  /** First year of the planning document: without a declared baseline, the last value before it is the baseline. */
  documentStartYear: number;
  /** Month of the round a target year refers to (3 for Susenas March), 0 for annual indicators. */
  targetMonth: number;
}

export interface Progress {
  status: ProgressStatus;
  baseline: { period: string; value: number } | null;
  latest: Point | null;
  /** The value the region must reach: the target, or for a range its nearer edge in the better direction. */
  goal: number | null;
  requiredChangePerYear: number | null;
  actualChangePerYear: number | null;
  projectedValue: number | null;
  gapScore: number | null;
}

/** How many years of recent points the trend is fitted on. */
export const TREND_WINDOW_YEARS = 5;
/** A region moving the right way at this share of the required pace or more is at risk, below it off track. */
export const AT_RISK_PACE = 0.5;

export const STATUS_RULE =
  'ACHIEVED: the latest value already meets the target (for a range: lies inside it, or beyond it on the better side). ' +
  'ON_TRACK: not yet, but the value projected for the target year from the recent trend meets it. ' +
  `AT_RISK: the projection misses, but the value moves the right way at ${AT_RISK_PACE * 100}% or more of the required pace. ` +
  'OFF_TRACK: it moves the wrong way, or too slowly, or the latest value is from the target period or later and misses it (the deadline has passed). ' +
  'NO_DATA: no target, no value, or fewer than two comparable values when the target is not yet met and its period is still ahead. ' +
  `The trend is the least-squares slope over the last ${TREND_WINDOW_YEARS} years of comparable values (one frequency, after the last series break).`;

/** The target expressed as the value to reach, in the indicator's better direction. */
export function goalOf(target: TargetSpec, direction: Direction): number | null {
  if (target.value !== null) return target.value;
  if (target.lowerBound === null || target.upperBound === null) return null;
  // Reaching the near edge of a range counts: the upper edge when lower is better, the lower when higher is better.
  if (direction === 'LOWER_IS_BETTER') return target.upperBound;
  if (direction === 'HIGHER_IS_BETTER') return target.lowerBound;
  return (target.lowerBound + target.upperBound) / 2;
}

export function meets(value: number, target: TargetSpec, direction: Direction): boolean {
  if (target.value === null && target.lowerBound !== null && target.upperBound !== null) {
    if (direction === 'LOWER_IS_BETTER') return value <= target.upperBound;
    if (direction === 'HIGHER_IS_BETTER') return value >= target.lowerBound;
    return value >= target.lowerBound && value <= target.upperBound;
  }
  const goal = goalOf(target, direction);
  if (goal === null) return false;
  if (direction === 'LOWER_IS_BETTER') return value <= goal;
  if (direction === 'HIGHER_IS_BETTER') return value >= goal;
  return value === goal;
}

/** Least-squares slope per year; null with fewer than two points. */
export function slopePerYear(points: readonly Point[]): number | null {
  if (points.length < 2) return null;
  const xs = points.map(periodTime);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = points.reduce((a, p) => a + p.value, 0) / points.length;
  let num = 0;
  let den = 0;
  points.forEach((p, i) => {
    num += (xs[i]! - mx) * (p.value - my);
    den += (xs[i]! - mx) ** 2;
  });
  return den === 0 ? null : num / den;
}

const round = (n: number, digits = 4) => Math.round(n * 10 ** digits) / 10 ** digits;

export function progressToTarget(input: ProgressInput): Progress {
  const { direction, target, points } = input;
  const latest = points[points.length - 1] ?? null;
  const baseline = input.baseline
    ? { period: String(input.baseline.year), value: input.baseline.value }
    : (() => {
        const before = points.filter((p) => p.year < input.documentStartYear);
        const b = before[before.length - 1];
        return b ? { period: b.period, value: b.value } : null;
      })();
  const empty: Progress = {
    status: 'NO_DATA',
    baseline,
    latest,
    goal: target ? goalOf(target, direction) : null,
    requiredChangePerYear: null,
    actualChangePerYear: null,
    projectedValue: null,
    gapScore: null,
  };
  if (!target || !latest || empty.goal === null) return empty;
  const goal = empty.goal;

  const targetTime = target.year + (input.targetMonth > 0 ? (input.targetMonth - 1) / 12 : 0);
  const yearsLeft = targetTime - periodTime(latest);
  const recent = points.filter((p) => periodTime(p) >= periodTime(latest) - TREND_WINDOW_YEARS);
  const slope = slopePerYear(recent);
  const required = yearsLeft > 0 ? (goal - latest.value) / yearsLeft : null;
  const projected = slope === null ? null : latest.value + slope * Math.max(yearsLeft, 0);
  const gapScore = scoreGap(baseline?.value ?? null, latest.value, goal, target, direction);
  const base = {
    ...empty,
    requiredChangePerYear: required === null ? null : round(required),
    actualChangePerYear: slope === null ? null : round(slope),
    projectedValue: projected === null ? null : round(projected),
    gapScore,
  };
  if (meets(latest.value, target, direction)) return { ...base, status: 'ACHIEVED', gapScore: 100 };
  // No pace can make up a deadline already passed: the target was missed, whatever the trend.
  if (yearsLeft <= 0) return { ...base, status: 'OFF_TRACK' };
  if (slope === null) return base;
  if (projected !== null && meets(projected, target, direction)) return { ...base, status: 'ON_TRACK' };
  // The direction that closes the gap, and how much of the required pace the trend delivers.
  const needed = goal - latest.value;
  const pace = required !== null && required !== 0 ? slope / required : Math.sign(slope) === Math.sign(needed) ? 1 : 0;
  return { ...base, status: pace >= AT_RISK_PACE ? 'AT_RISK' : 'OFF_TRACK' };
}

/**
 * 0–100: the share of the way from the baseline to the target already covered (100 when met,
 * 0 at or behind the baseline). Higher is always better, whatever the indicator's direction.
 */
export function scoreGap(
  baseline: number | null,
  latest: number,
  goal: number,
  target: TargetSpec,
  direction: Direction,
): number | null {
  if (meets(latest, target, direction)) return 100;
  if (baseline === null || baseline === goal) return null;
  const covered = (baseline - latest) / (baseline - goal);
  return Math.round(Math.min(1, Math.max(0, covered)) * 100);
}

/**
 * How far `latest` still is from `goal` in the indicator's unit, counted in the better direction: positive while the
 * goal is not reached (poverty 8.25% against 4.5%: 3.75), zero or negative once it is. For a neutral indicator, the
 * distance either way. Null without either value.
 */
export function distanceToGoal(latest: number | null, goal: number | null, direction: Direction): number | null {
  if (latest === null || goal === null) return null;
  const d =
    direction === 'LOWER_IS_BETTER' ? latest - goal : direction === 'HIGHER_IS_BETTER' ? goal - latest : Math.abs(latest - goal);
  return round(d);
}
