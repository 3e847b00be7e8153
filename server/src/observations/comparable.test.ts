import { describe, expect, it } from 'vitest';
import { isComparableEarlier, latestChange, previousComparable } from './comparable.js';
import { parseStoredPeriod } from './periods.js';

// Provinsi Gorontalo's open unemployment (TPT, %), BPS Sakernas, February and August rounds.
const GORONTALO_TPT: [string, number][] = [
  ['2023-08', 3.06],
  ['2024-02', 3.05],
  ['2024-08', 3.13],
  ['2025-02', 3.12],
  ['2025-08', 3.42],
];
const points = (rows: [string, number][], breakAt: string | null = null) =>
  rows.map(([period, value]) => ({ period, value, ...parseStoredPeriod(period), breakBefore: period === breakAt }));

describe('the previous comparable period', () => {
  it('compares TPT of August with August a year earlier, not with February', () => {
    const change = latestChange(points(GORONTALO_TPT), true);
    expect(change?.previous?.period).toBe('2024-08');
    expect(change).toMatchObject({ change: 0.29, notComparable: false });
    // February 2025 against February 2024.
    expect(latestChange(points(GORONTALO_TPT.slice(0, 4)), true)).toMatchObject({
      previous: { period: '2024-02' },
      change: 0.07,
    });
  });

  it('compares a round with the round before when the figure is not seasonal (poverty: March with September)', () => {
    const poverty: [string, number][] = [
      ['2024-03', 14.57],
      ['2024-09', 13.87],
      ['2025-03', 13.24],
    ];
    expect(latestChange(points(poverty), false)).toMatchObject({ previous: { period: '2024-09' }, change: -0.63 });
  });

  it('has no previous period when the same round a year earlier is missing', () => {
    const withoutAugust = GORONTALO_TPT.filter(([p]) => p !== '2024-08');
    expect(latestChange(points(withoutAugust), true)).toMatchObject({ previous: null, change: null });
  });

  it('does not compare across a series break, even one that falls on a round in between', () => {
    const change = latestChange(points(GORONTALO_TPT, '2025-02'), true);
    expect(change).toMatchObject({ previous: { period: '2024-08' }, change: null, notComparable: true });
    // A break before the previous point does not matter.
    expect(latestChange(points(GORONTALO_TPT, '2024-02'), true)).toMatchObject({ change: 0.29, notComparable: false });
  });

  it('never compares an annual figure with a round', () => {
    const key = (p: string) => parseStoredPeriod(p);
    expect(isComparableEarlier(key('2024-03'), key('2025'), false)).toBe(false);
    expect(isComparableEarlier(key('2024'), key('2025-03'), false)).toBe(false);
    expect(previousComparable([key('2023'), key('2024-03'), key('2024')], key('2025'), true)).toEqual(key('2024'));
    expect(latestChange([], true)).toBeNull();
  });
});
