import { describe, expect, it } from 'vitest';
import type { SeriesBreakRule } from '../observations/series.js';
import { breaksBetween, rangeProblem, rankChanges } from './period-change.js';

// Made-up regions and values: the rule, not the data.
const split: SeriesBreakRule = { indicatorCode: 'x', regionCode: 'B', startsAt: '2024-03', reasonId: 'uji', reasonEn: 'test' };
const method: SeriesBreakRule = { indicatorCode: null, regionCode: null, startsAt: '2021', reasonId: 'uji', reasonEn: 'test' };
const options = {
  indicatorCode: 'x',
  direction: 'LOWER_IS_BETTER' as const,
  decimals: 2,
  from: '2019-03',
  to: '2025-03',
  breaks: [split],
  excludeBreaks: false,
};
const rows = [
  { regionCode: 'A', fromValue: 10, toValue: 9 },
  { regionCode: 'B', fromValue: 20, toValue: 12 },
  { regionCode: 'C', fromValue: 5.1, toValue: 4.1 },
  { regionCode: 'D', fromValue: 7, toValue: 7.5 },
  { regionCode: 'E', fromValue: null, toValue: 3 },
];

describe('rankChanges', () => {
  it('ranks by improvement in the direction, ties sharing a rank, rounded to the decimals', () => {
    const ranked = rankChanges(rows, options);
    expect(ranked.map((r) => [r.regionCode, r.change, r.rank, r.standing])).toEqual([
      ['B', -8, 1, 'RANKED'],
      ['A', -1, 2, 'RANKED'],
      // 4.1 − 5.1 is −0.9999999999999996 in floating point: −1 at two decimals, tied with A.
      ['C', -1, 2, 'RANKED'],
      ['D', 0.5, 4, 'RANKED'],
      ['E', null, null, 'MISSING'],
    ]);
    expect(ranked[0]!.seriesBreaks).toEqual([split]);
    expect(ranked[1]!.seriesBreaks).toEqual([]);
  });

  it('puts the largest rise first when higher is better', () => {
    const ranked = rankChanges(rows, { ...options, direction: 'HIGHER_IS_BETTER' });
    expect(ranked.map((r) => r.regionCode)).toEqual(['D', 'A', 'C', 'B', 'E']);
  });

  it('leaves a region whose series breaks in between out of the ranking on request', () => {
    const ranked = rankChanges(rows, { ...options, excludeBreaks: true });
    expect(ranked.map((r) => [r.regionCode, r.rank, r.standing])).toEqual([
      ['A', 1, 'RANKED'],
      ['C', 1, 'RANKED'],
      ['D', 3, 'RANKED'],
      ['B', null, 'EXCLUDED'],
      ['E', null, 'MISSING'],
    ]);
  });
});

describe('breaksBetween', () => {
  it('finds a break that starts after from and no later than to', () => {
    const from = { year: 2019, subperiod: 3 };
    expect(breaksBetween([split, method], 'x', 'B', from, { year: 2025, subperiod: 3 })).toEqual([method, split]);
    expect(breaksBetween([split], 'x', 'B', from, { year: 2023, subperiod: 9 })).toEqual([]);
    expect(breaksBetween([split], 'x', 'B', { year: 2024, subperiod: 3 }, { year: 2025, subperiod: 3 })).toEqual([]);
    // An annual figure of the break's year is already on the new basis.
    expect(breaksBetween([split], 'x', 'B', { year: 2023, subperiod: 0 }, { year: 2024, subperiod: 0 })).toEqual([split]);
    expect(breaksBetween([split], 'y', 'B', from, { year: 2025, subperiod: 3 })).toEqual([]);
  });
});

describe('rangeProblem', () => {
  it('accepts an earlier from of the same kind, and says what is wrong otherwise', () => {
    expect(rangeProblem('2019-03', '2025-03')).toBeNull();
    expect(rangeProblem('2019-03', '2019-09')).toBeNull();
    expect(rangeProblem('2019', '2025')).toBeNull();
    expect(rangeProblem('2025', '2019')?.en).toMatch(/is not before/);
    expect(rangeProblem('2025-03', '2025-03')?.id).toMatch(/tidak lebih awal/);
    expect(rangeProblem('2019', '2025-03')?.en).toMatch(/not of the same kind/);
  });
});
