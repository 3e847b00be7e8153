import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/useI18n';
import { type DescribedSeries, describeSeriesLine, describeTrend } from './trend.description';

const PERCENT = { unitId: 'persen', unitEn: 'percent', decimals: 2 };
const series = (code: string, name: string, values: [string, number][]): DescribedSeries => ({
  regionCode: code,
  region: { name },
  points: values.map(([period, value]) => ({ period, value })),
});
const boalemo = series('75.01', 'Kabupaten Boalemo', [
  ['2023-03', 17.4],
  ['2021-03', 18.1],
  ['2025-03', 16.37],
  ['2024-03', 17.1],
]);
const gorontalo = series('75', 'Gorontalo', [
  ['2021-03', 15.6],
  ['2025-03', 14.01],
]);

describe('describeSeriesLine', () => {
  it('gives first and latest value with their periods, and the lowest and highest of a longer series', () => {
    expect(describeSeriesLine('Kabupaten Boalemo', boalemo.points, PERCENT, 'id', translator('id'))).toBe(
      'Kabupaten Boalemo: 18,10% (Maret 2021) → 16,37% (Maret 2025), terendah 16,37% (Maret 2025), tertinggi 18,10% (Maret 2021)',
    );
    expect(describeSeriesLine('Gorontalo', gorontalo.points, PERCENT, 'en', translator('en'))).toBe(
      'Gorontalo: 15.60% (March 2021) → 14.01% (March 2025)',
    );
    expect(describeSeriesLine('Kota Baru', [{ period: '2025', value: 3 }], PERCENT, 'id', translator('id'))).toBe(
      'Kota Baru: 3,00% (2025)',
    );
  });
});

describe('describeTrend', () => {
  it('describes each region, the target and the projection for the target year', () => {
    const { summary } = describeTrend(
      {
        series: [boalemo, gorontalo],
        unit: PERCENT,
        lang: 'id',
        target: 'Target nasional RPJMN 2029: 4,50%',
        progress: { projectedValue: 14.92, target: { year: 2029 } },
      },
      translator('id'),
    );
    expect(summary).toBe(
      'Kabupaten Boalemo: 18,10% (Maret 2021) → 16,37% (Maret 2025), terendah 16,37% (Maret 2025), tertinggi 18,10% (Maret 2021). ' +
        'Gorontalo: 15,60% (Maret 2021) → 14,01% (Maret 2025). Target nasional RPJMN 2029: 4,50%. ' +
        'Proyeksi Kabupaten Boalemo untuk 2029 dengan laju sekarang: 14,92%.',
    );
  });

  it('sums up the regions past the sixth by the range of their latest values', () => {
    const many = Array.from({ length: 9 }, (_, i) => series(`75.0${i}`, `Kabupaten ${i}`, [['2025-03', 10 + i]]));
    const { summary } = describeTrend(
      { series: many, unit: PERCENT, lang: 'id', target: null, progress: null },
      translator('id'),
    );
    expect(summary).toMatch(/Kabupaten 5: 15,00% \(Maret 2025\)\. 3 wilayah lain: nilai terakhir antara 16,00% dan 18,00%\.$/);
    expect(summary).not.toMatch(/Kabupaten 6:/);
  });

  it('has a row per region and a column per period, a missing period as missing', () => {
    const { table } = describeTrend(
      { series: [boalemo, gorontalo], unit: PERCENT, lang: 'id', target: null, progress: null },
      translator('id'),
    );
    expect(table.header).toEqual(['Wilayah', 'Maret 2021', 'Maret 2023', 'Maret 2024', 'Maret 2025']);
    expect(table.rows[1]).toEqual(['Gorontalo', '15,60%', 'belum ada data', 'belum ada data', '14,01%']);
  });
});
