import { describe, expect, it } from 'vitest';
import { rollUp } from './rollup.js';

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
});
