import { describe, expect, it } from 'vitest';
import { parseStoredPeriod } from '../observations/periods.js';
import { goalOf, type Point, progressToTarget, scoreGap, slopePerYear } from './progress.js';

const pts = (...pairs: [string, number][]): Point[] =>
  pairs.map(([period, value]) => ({ period, value, ...parseStoredPeriod(period) }));
const annual = (from: number, values: number[]) => pts(...values.map((v, i): [string, number] => [String(from + i), v]));

describe('progress to target', () => {
  it('is ACHIEVED when the latest value already meets the target, whatever the trend', () => {
    const p = progressToTarget({
      direction: 'LOWER_IS_BETTER',
      target: { year: 2029, value: 10, lowerBound: null, upperBound: null },
      points: annual(2021, [12, 11, 9.5]),
      baseline: null,
      documentStartYear: 2025,
      targetMonth: 0,
    });
    expect(p).toMatchObject({ status: 'ACHIEVED', gapScore: 100, latest: { period: '2023', value: 9.5 } });
  });

  it('projects the recent trend to the target year: ON_TRACK when the projection meets the target', () => {
    // Falls 1 point a year from 14 (2022) to 12 (2024); goal 8 in 2029 needs 0.8 a year.
    const p = progressToTarget({
      direction: 'LOWER_IS_BETTER',
      target: { year: 2029, value: 8, lowerBound: null, upperBound: null },
      points: annual(2022, [14, 13, 12]),
      baseline: null,
      documentStartYear: 2025,
      targetMonth: 0,
    });
    expect(p).toMatchObject({ status: 'ON_TRACK', actualChangePerYear: -1, requiredChangePerYear: -0.8, projectedValue: 7 });
    // Baseline: the last value before the document's first year; 2 of the 6 points from 14 to 8 covered.
    expect(p.baseline).toEqual({ period: '2024', value: 12 });
  });

  it('is AT_RISK when moving the right way at half the required pace or more, OFF_TRACK below that or the wrong way', () => {
    const base = { direction: 'LOWER_IS_BETTER' as const, baseline: null, documentStartYear: 2025, targetMonth: 0 };
    const target = { year: 2029, value: 8, lowerBound: null, upperBound: null };
    // Required 0.8 a year from 12 in 2024; falling 0.5 a year is 62% of the pace.
    expect(progressToTarget({ ...base, target, points: annual(2022, [13, 12.5, 12]) }).status).toBe('AT_RISK');
    expect(progressToTarget({ ...base, target, points: annual(2022, [12.6, 12.3, 12]) }).status).toBe('OFF_TRACK');
    expect(progressToTarget({ ...base, target, points: annual(2022, [11, 11.5, 12]) }).status).toBe('OFF_TRACK');
  });

  it('is OFF_TRACK once the target period has passed unmet, however fast the value moves, even with one value', () => {
    const base = { direction: 'LOWER_IS_BETTER' as const, baseline: null, documentStartYear: 2025, targetMonth: 3 };
    const target = { year: 2025, value: null, lowerBound: 7, upperBound: 8 };
    // RKP 2025 (7–8% by March 2025); September 2025 at 8.25 after a fast fall is still a miss.
    const falling = pts(['2024-03', 9.03], ['2024-09', 8.57], ['2025-03', 8.47], ['2025-09', 8.25]);
    expect(progressToTarget({ ...base, target, points: falling })).toMatchObject({
      status: 'OFF_TRACK',
      requiredChangePerYear: null,
    });
    expect(progressToTarget({ ...base, target, points: pts(['2025-03', 8.47]) }).status).toBe('OFF_TRACK');
    // A single value while the target is still ahead says nothing about the pace.
    expect(progressToTarget({ ...base, target, points: pts(['2024-09', 8.57]) }).status).toBe('NO_DATA');
  });

  it('reads a range by its near edge in the better direction', () => {
    const range = { year: 2026, value: null, lowerBound: 6.5, upperBound: 7.5 };
    expect(goalOf(range, 'LOWER_IS_BETTER')).toBe(7.5);
    expect(goalOf(range, 'HIGHER_IS_BETTER')).toBe(6.5);
    const p = progressToTarget({
      direction: 'LOWER_IS_BETTER',
      target: range,
      points: annual(2023, [8.5, 8.0, 7.4]),
      baseline: null,
      documentStartYear: 2026,
      targetMonth: 0,
    });
    expect(p.status).toBe('ACHIEVED');
  });

  it('has NO_DATA without a target, without values, or with one value short of the target', () => {
    const base = { direction: 'HIGHER_IS_BETTER' as const, baseline: null, documentStartYear: 2025, targetMonth: 0 };
    expect(progressToTarget({ ...base, target: null, points: annual(2024, [70]) }).status).toBe('NO_DATA');
    expect(
      progressToTarget({ ...base, target: { year: 2029, value: 75, lowerBound: null, upperBound: null }, points: [] }).status,
    ).toBe('NO_DATA');
    expect(
      progressToTarget({
        ...base,
        target: { year: 2029, value: 75, lowerBound: null, upperBound: null },
        points: annual(2024, [70]),
      }).status,
    ).toBe('NO_DATA');
  });

  it('scores the gap from baseline to target on 0–100 for either direction', () => {
    const t = (value: number) => ({ year: 2029, value, lowerBound: null, upperBound: null });
    expect(scoreGap(12, 10, 8, t(8), 'LOWER_IS_BETTER')).toBe(50);
    expect(scoreGap(60, 65, 80, t(80), 'HIGHER_IS_BETTER')).toBe(25);
    expect(scoreGap(60, 55, 80, t(80), 'HIGHER_IS_BETTER')).toBe(0);
    expect(scoreGap(null, 55, 80, t(80), 'HIGHER_IS_BETTER')).toBeNull();
  });

  it('puts the national P0 (BPS, March and September rounds) OFF_TRACK for 4.5% in March 2029', () => {
    const national = pts(
      ['2019-03', 9.41],
      ['2019-09', 9.22],
      ['2020-03', 9.78],
      ['2020-09', 10.19],
      ['2021-03', 10.14],
      ['2021-09', 9.71],
      ['2022-03', 9.54],
      ['2022-09', 9.57],
      ['2023-03', 9.36],
      ['2024-03', 9.03],
      ['2024-09', 8.57],
      ['2025-03', 8.47],
      ['2025-09', 8.25],
    );
    const p = progressToTarget({
      direction: 'LOWER_IS_BETTER',
      target: { year: 2029, value: 4.5, lowerBound: null, upperBound: null },
      points: national,
      baseline: null,
      documentStartYear: 2025,
      targetMonth: 3,
    });
    // 3.5 years from September 2025 to March 2029: (4.5 − 8.25) / 3.5 = −1.0714 a year.
    expect(p.requiredChangePerYear).toBe(-1.0714);
    expect(p.actualChangePerYear).toBe(
      slopePerYear(national.slice(3)) === null ? null : Math.round(slopePerYear(national.slice(3))! * 1e4) / 1e4,
    );
    expect(p.status).toBe('OFF_TRACK');
    expect(p.baseline).toEqual({ period: '2024-09', value: 8.57 });
    expect(p.gapScore).toBe(8);
  });
});
