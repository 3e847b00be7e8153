import { describe, expect, it } from 'vitest';
import type { IndicatorInfo } from '../../data/types';
import { type RegionsBelowData, regionsBelow } from './regions-below';

// Gorontalo's kabupaten/kota as BPS publishes them (P0 in %, poor population in thousands), 2024 and 2025.
const KAB_KOTA: [string, string, [number, number], [number, number]][] = [
  ['75.01', 'Kabupaten Gorontalo', [16.43, 14.89], [61.91, 56.13]],
  ['75.02', 'Kabupaten Boalemo', [17.83, 16.37], [31.53, 29.4]],
  ['75.03', 'Kabupaten Bone Bolango', [14.8, 13.16], [23.67, 21.11]],
  ['75.04', 'Kabupaten Pohuwato', [17.11, 15.24], [28.93, 26.1]],
  ['75.05', 'Kabupaten Gorontalo Utara', [16.86, 15.89], [18.99, 17.9]],
  ['75.71', 'Kota Gorontalo', [5.74, 5.31], [12.97, 12.12]],
];
const indicator = (code: string, unitId: string, decimals = 2): IndicatorInfo =>
  ({ code, nameId: code, nameEn: code, unitId, unitEn: unitId, decimals, direction: 'LOWER_IS_BETTER' }) as IndicatorInfo;
const P0 = indicator('poverty_rate_p0', 'persen');
const POOR = indicator('poor_population', 'ribu jiwa');
const GINI = indicator('gini_ratio', 'rasio (0–1)', 3);

const comparison = (indicatorCode: string, pick: (r: (typeof KAB_KOTA)[number]) => [number, number]) => ({
  indicatorCode,
  period: '2025',
  previousPeriod: '2024',
  rows: KAB_KOTA.map((r) => {
    const [before, now] = pick(r);
    return {
      regionCode: r[0],
      value: now,
      previousValue: before,
      change: Math.round((now - before) * 100) / 100,
      changeNotComparable: false,
    };
  }),
});
const data = (): RegionsBelowData => ({
  region: { code: '75', children: KAB_KOTA.map(([code, name]) => ({ code, name, level: 'REGENCY_CITY', kind: null })) },
  comparisons: [
    comparison('poverty_rate_p0', (r) => r[2]),
    comparison('poor_population', (r) => r[3]),
    { indicatorCode: 'gini_ratio', period: null, previousPeriod: null, rows: [] },
  ],
  scorecard: {
    cells: [
      // The province's own row is not one of its kabupaten/kota.
      { regionCode: '75', indicatorCode: 'poverty_rate_p0', latest: { period: '2025-03', value: 13.24 }, target: rpjmn },
      ...KAB_KOTA.map(([regionCode, , [, now]]) => ({
        regionCode,
        indicatorCode: 'poverty_rate_p0',
        latest: { period: '2025', value: now },
        target: rpjmn,
      })),
    ],
  },
});
const rpjmn = { year: 2029, value: 4.5, lowerBound: null, upperBound: null };

describe('the kabupaten/kota of a province on its overview', () => {
  it('names Boalemo furthest from the RPJMN poverty target and Pohuwato most improved', () => {
    const { rows, missing } = regionsBelow(data(), [P0, POOR, GINI]);
    expect(rows[0]).toMatchObject({
      period: '2025',
      count: 6,
      furthest: { region: { name: 'Kabupaten Boalemo' }, value: 16.37, target: { value: 4.5 }, gap: { distance: 11.87 } },
      improved: { region: { name: 'Kabupaten Pohuwato' }, previousValue: 17.11, value: 15.24, change: -1.87 },
    });
    // The poor population has no target: its furthest is unknown, its biggest fall is Kabupaten Gorontalo's.
    expect(rows[1]).toMatchObject({ hasTarget: false, furthest: null, improved: { region: { code: '75.01' }, change: -5.78 } });
    expect(missing.map((i) => i.code)).toEqual(['gini_ratio']);
  });
  it('names no one improved when every change is the wrong way or across a series break', () => {
    const d = data();
    d.comparisons[0]!.rows = d.comparisons[0]!.rows.map((r) =>
      r.regionCode === '75.04' ? { ...r, change: null, changeNotComparable: true } : { ...r, change: Math.abs(r.change!) },
    );
    expect(regionsBelow(d, [P0]).rows[0]!.improved).toBeNull();
  });
  it('names no one furthest behind once every region meets the target', () => {
    const d = data();
    d.scorecard!.cells = d.scorecard!.cells.map((c) => ({ ...c, target: { ...rpjmn, value: 20 } }));
    expect(regionsBelow(d, [P0]).rows[0]).toMatchObject({ hasTarget: true, furthest: null });
  });
});
