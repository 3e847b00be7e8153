import { describe, expect, it } from 'vitest';
import { rankRegions, summarise } from './ranking.js';

// Gorontalo's kabupaten/kota, P0 2025 and 2024 (BPS var 621).
const GORONTALO = [
  { regionCode: '75.01', kind: 'REGENCY', value: 14.89, previousValue: 16.43 },
  { regionCode: '75.02', kind: 'REGENCY', value: 16.37, previousValue: 17.83 },
  { regionCode: '75.03', kind: 'REGENCY', value: 13.16, previousValue: null },
  { regionCode: '75.04', kind: 'REGENCY', value: 15.24, previousValue: null },
  { regionCode: '75.05', kind: 'REGENCY', value: 15.89, previousValue: null },
  { regionCode: '75.71', kind: 'CITY', value: 5.31, previousValue: 5.74 },
];

describe('ranking a comparison', () => {
  it('ranks lower-is-better indicators from the lowest value, with quartiles and differences', () => {
    const ranked = rankRegions(GORONTALO, 'LOWER_IS_BETTER', 13.24, 8.47);
    expect(ranked.map((r) => [r.regionCode, r.rank, r.quartile])).toEqual([
      ['75.71', 1, 1],
      ['75.03', 2, 1],
      ['75.01', 3, 2],
      ['75.04', 4, 3],
      ['75.05', 5, 3],
      ['75.02', 6, 4],
    ]);
    expect(ranked[5]).toMatchObject({ change: -1.46, differenceFromParent: 3.13, differenceFromNational: 7.9 });
    expect(ranked[2]?.change).toBe(-1.54);
    expect(ranked[1]?.change).toBeNull();
  });

  it('ranks higher-is-better indicators from the highest value and lets ties share a rank', () => {
    const ranked = rankRegions(
      [
        { regionCode: 'a', kind: null, value: 70, previousValue: null },
        { regionCode: 'b', kind: null, value: 75, previousValue: null },
        { regionCode: 'c', kind: null, value: 70, previousValue: null },
      ],
      'HIGHER_IS_BETTER',
      null,
      null,
    );
    expect(ranked.map((r) => [r.regionCode, r.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
    ]);
  });

  it('names as peers the two nearest in value of the same kind', () => {
    const ranked = rankRegions(GORONTALO, 'LOWER_IS_BETTER', null, null);
    const boalemo = ranked.find((r) => r.regionCode === '75.02');
    expect(boalemo?.peerCodes).toEqual(['75.05', '75.04']);
    // Only one kota: its peers are the nearest regions of any kind.
    expect(ranked.find((r) => r.regionCode === '75.71')?.peerCodes).toEqual(['75.03', '75.01']);
  });

  it('finds the same peers as comparing every pair, ties in value included, for 514 regions', () => {
    // A small deterministic generator: many equal values, two kinds and a few without a kind.
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const rows = Array.from({ length: 514 }, (_, i) => ({
      regionCode: `${10 + (i % 90)}.${String(i).padStart(3, '0')}`,
      kind: i % 50 === 0 ? null : i % 5 ? 'REGENCY' : 'CITY',
      value: Math.floor(next() * 120) / 8,
      previousValue: null,
    }));
    const bruteForce = (row: (typeof rows)[number]) => {
      const others = rows.filter((r) => r.regionCode !== row.regionCode);
      const sameKind = others.filter((r) => r.kind === row.kind);
      return (sameKind.length >= 2 ? sameKind : others)
        .map((r) => ({ code: r.regionCode, d: Math.abs(r.value - row.value) }))
        .sort((a, b) => a.d - b.d || a.code.localeCompare(b.code))
        .slice(0, 2)
        .map((r) => r.code);
    };
    const ranked = rankRegions(rows, 'LOWER_IS_BETTER', null, null);
    for (const r of ranked) expect(r.peerCodes).toEqual(bruteForce(rows.find((x) => x.regionCode === r.regionCode)!));
  });

  it('summarises the distribution', () => {
    expect(summarise(GORONTALO.map((r) => r.value))).toEqual({
      count: 6,
      min: 5.31,
      max: 16.37,
      mean: 13.476667,
      median: 15.065,
    });
  });
});
