import { describe, expect, it } from 'vitest';
import { parseStoredPeriod } from '../observations/periods.js';
import { coveredBySplitOrigin, rollUp, weightPeriodFor } from './rollup.js';

// Poor population (thousand persons), Gorontalo's kabupaten/kota, 2025 (BPS).
const GORONTALO_POOR = [
  { regionCode: '75.01', value: 56.13, weight: null },
  { regionCode: '75.02', value: 29.4, weight: null },
  { regionCode: '75.03', value: 21.11, weight: null },
  { regionCode: '75.04', value: 26.1, weight: null },
  { regionCode: '75.05', value: 17.9, weight: null },
  { regionCode: '75.71', value: 12.12, weight: null },
];

describe('roll-up', () => {
  it('sums counts over all children', () => {
    // BPS publishes 162.74 for the province; the children add up to 162.76 (rounding in BPS tables).
    expect(rollUp('SUM', GORONTALO_POOR, null)).toMatchObject({
      value: 162.76,
      childrenCount: 6,
      childrenWithData: 6,
      missingChildren: [],
    });
  });

  it('weights rates by the weight indicator', () => {
    const children = [
      { regionCode: 'a', value: 10, weight: 100 },
      { regionCode: 'b', value: 20, weight: 300 },
    ];
    expect(rollUp('POPULATION_WEIGHTED_MEAN', children, 'population').value).toBe(17.5);
  });

  it('gives no value, and says why, when a child or a weight is missing or the rule forbids it', () => {
    const partial = [...GORONTALO_POOR.slice(0, 5), { regionCode: '75.71', value: null, weight: null }];
    expect(rollUp('SUM', partial, null)).toMatchObject({
      value: null,
      missingChildren: ['75.71'],
      reasonEn: '1 region(s) have no value.',
    });
    expect(rollUp('POPULATION_WEIGHTED_MEAN', GORONTALO_POOR, 'population')).toMatchObject({
      value: null,
      reasonEn: 'The weight (population) is missing for 6 region(s).',
    });
    expect(rollUp('NOT_AGGREGABLE', GORONTALO_POOR, null).value).toBeNull();
  });

  it('counts regions split off another within its figure until they are published on their own', () => {
    // Papua (91) split in 2022 into 91, 93, 94, 95; BPS published Papua on its old boundaries until March 2024.
    const splits = [93, 94, 95].map((c) => ({ fromCode: '91', toCode: String(c), year: 2022 }));
    const children = (papuaOnly: boolean) => [
      { regionCode: '91', value: 26.56, weight: null },
      ...['93', '94', '95'].map((regionCode) => ({ regionCode, value: papuaOnly ? null : 20, weight: null })),
    ];
    const breakAt = () => parseStoredPeriod('2024-03');
    const at = (period: string, papuaOnly = true) =>
      [...coveredBySplitOrigin(children(papuaOnly), splits, parseStoredPeriod(period), breakAt)].sort();
    expect(at('2020-03')).toEqual(['93', '94', '95']);
    expect(at('2023')).toEqual(['93', '94', '95']);
    // From the break on, a new province without a figure is missing, not covered.
    expect(at('2024-03')).toEqual([]);
    expect(at('2024')).toEqual([]);
    expect(at('2025-03', false)).toEqual([]);
    // Without a recorded break the split's year decides.
    expect([...coveredBySplitOrigin(children(true), splits, parseStoredPeriod('2021'), () => null)].length).toBe(3);
    expect([...coveredBySplitOrigin(children(true), splits, parseStoredPeriod('2022'), () => null)].length).toBe(0);
    const result = rollUp('SUM', children(true), null, new Set(at('2023')));
    expect(result).toMatchObject({
      value: 26.56,
      childrenCount: 4,
      childrenWithData: 1,
      missingChildren: [],
      coveredChildren: ['93', '94', '95'],
    });
  });

  it('reads every weight at one period: the round’s own, else the year’s', () => {
    expect(weightPeriodFor(['2025-03', '2025'], (p) => p === '2025')).toBe('2025');
    expect(weightPeriodFor(['2025-03', '2025'], () => true)).toBe('2025-03');
    expect(weightPeriodFor(['2025'], () => false)).toBeNull();
  });
});
