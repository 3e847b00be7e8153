// Periods as BPS writes them: "2025" (annual) or "2025-03" (a sub-annual round).

export interface ParsedPeriod {
  year: number;
  /** 0 for an annual figure. */
  month: number;
}

export function parsePeriod(period: string): ParsedPeriod | null {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(period);
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : 0 };
}

/** Position on a time axis in years: "2025" → 2025, "2025-03" → 2025 + 2/12. */
export function periodX(period: string): number {
  const p = parsePeriod(period);
  if (!p) return Number.NaN;
  return p.month ? p.year + (p.month - 1) / 12 : p.year;
}

/** Position of a target year: its first round for a sub-annual series (targets refer to March), else the year. */
export function targetX(year: number, month: number): number {
  return month ? year + (month - 1) / 12 : year;
}

/** The period that should follow, given the rounds of the indicator (e.g. [3, 9]); null if unknown. */
export function expectedNext(period: string, rounds: readonly number[]): string | null {
  const p = parsePeriod(period);
  if (!p) return null;
  if (!p.month) return String(p.year + 1);
  const sorted = [...rounds].sort((a, b) => a - b);
  if (!sorted.includes(p.month)) return null;
  const later = sorted.find((m) => m > p.month);
  const pad = (m: number) => String(m).padStart(2, '0');
  return later ? `${p.year}-${pad(later)}` : `${p.year + 1}-${pad(sorted[0]!)}`;
}

export function comparePeriods(a: string, b: string): number {
  return periodX(a) - periodX(b);
}

export interface SegmentPoint {
  period: string;
  value: number;
  breakBefore: boolean;
}

/**
 * Splits a series where it must not be drawn as one line: at a series break (pemekaran, a method change) and
 * where a period is missing (e.g. September 2023, which BPS did not compute) — a gap shows a missing value
 * as missing.
 */
export function splitSegments<T extends SegmentPoint>(points: readonly T[], rounds: readonly number[]): T[][] {
  const segments: T[][] = [];
  let current: T[] = [];
  let previous: T | null = null;
  for (const point of points) {
    const gap = previous !== null && expectedNext(previous.period, rounds) !== point.period;
    if (current.length && (point.breakBefore || gap)) {
      segments.push(current);
      current = [];
    }
    current.push(point);
    previous = point;
  }
  if (current.length) segments.push(current);
  return segments;
}
