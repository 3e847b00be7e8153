import { describe, expect, it } from 'vitest';
import { expectedNext, periodX, splitSegments } from './periods';

describe('periods', () => {
  it('places rounds within their year', () => {
    expect(periodX('2025')).toBe(2025);
    expect(periodX('2025-03')).toBeCloseTo(2025 + 2 / 12);
  });
  it('knows which round comes next', () => {
    expect(expectedNext('2023-03', [3, 9])).toBe('2023-09');
    expect(expectedNext('2023-09', [3, 9])).toBe('2024-03');
    expect(expectedNext('2024', [3, 9])).toBe('2025');
  });
  it('splits a series at a break and at a missing round (September 2023 was not computed)', () => {
    const points = [
      { period: '2022-09', value: 26.8, breakBefore: false },
      { period: '2023-03', value: 26.03, breakBefore: false },
      { period: '2024-03', value: 17.26, breakBefore: true },
      { period: '2024-09', value: 18.09, breakBefore: false },
    ];
    expect(splitSegments(points, [3, 9]).map((s) => s.map((p) => p.period))).toEqual([
      ['2022-09', '2023-03'],
      ['2024-03', '2024-09'],
    ]);
    const annual = [
      { period: '2019', value: 1, breakBefore: false },
      { period: '2020', value: 2, breakBefore: false },
      { period: '2021', value: 3, breakBefore: true },
    ];
    expect(splitSegments(annual, []).map((s) => s.length)).toEqual([2, 1]);
  });
});
