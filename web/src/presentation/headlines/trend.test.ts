import { describe, expect, it } from 'vitest';
import type { IndicatorInfo, ProgressInfo, ProgressStatus, SeriesInfo } from '../../data/types';
import { translator } from '../../i18n/useI18n';
import { P0 } from '../../test-support/indicators';
import { type TrendHeadlineInput, trendHeadline } from './trend';

// The demo data set's figures (BPS): P0 of Gorontalo's kabupaten/kota in March 2025 and of provinces in September
// 2025, with the progress the API computes against the national RPJMN target (4,50% in 2029).
const id = translator('id');
const en = translator('en');
const IPM = {
  ...P0,
  code: 'human_development_index_ipm',
  unitId: 'indeks (0–100)',
  unitEn: 'index (0–100)',
  direction: 'HIGHER_IS_BETTER',
} as IndicatorInfo;
const TPT = { ...P0, code: 'open_unemployment_rate_tpt', periodMonths: [2, 8] } as IndicatorInfo;
const RPJMN = { year: 2029, value: 4.5, lowerBound: null, upperBound: null };

const seriesOf = (regionCode: string, name: string, points: [string, number, boolean?][]): SeriesInfo => ({
  indicatorCode: 'poverty_rate_p0',
  regionCode,
  region: { code: regionCode, name, level: regionCode === 'ID' ? 'NATIONAL' : 'PROVINCE', kind: null },
  frequency: 'SUBANNUAL',
  points: points.map(([period, value, breakBefore]) => ({
    period,
    value,
    breakBefore: breakBefore ?? false,
    breakReasonId: null,
    breakReasonEn: null,
    updatedAt: '2026-11-23T13:40:35Z',
    source: null,
  })),
});
const progressOf = (
  regionCode: string,
  status: ProgressStatus,
  latest: [string, number],
  required: number | null,
  actual: number | null,
  projected: number | null,
  target: ProgressInfo['target'] = RPJMN,
): ProgressInfo => ({
  regionCode,
  indicatorCode: 'poverty_rate_p0',
  status,
  goal: target?.value ?? target?.upperBound ?? null,
  gapScore: null,
  targetRegionCode: 'ID',
  target,
  baseline: null,
  latest: { period: latest[0], value: latest[1] },
  requiredChangePerYear: required,
  actualChangePerYear: actual,
  projectedValue: projected,
});

// Gorontalo with its kabupaten/kota and Indonesia, as "+ Tambahkan semua kabupaten/kota" draws them.
const KAB_KOTA: [string, string, number, number, number, number][] = [
  ['75.01', 'Kabupaten Gorontalo', 14.89, -2.5975, -0.5131, 12.8374],
  ['75.02', 'Kabupaten Boalemo', 16.37, -2.9675, -0.4249, 14.6706],
  ['75.03', 'Kabupaten Bone Bolango', 13.16, -2.165, -0.5226, 11.0697],
  ['75.04', 'Kabupaten Pohuwato', 15.24, -2.685, -0.4297, 13.5211],
  ['75.05', 'Kabupaten Gorontalo Utara', 15.89, -2.8475, -0.1791, 15.1734],
  ['75.71', 'Kota Gorontalo', 5.31, -0.2025, -0.0589, 5.0746],
];
const GORONTALO = progressOf('75', 'OFF_TRACK', ['2025-09', 12.62], -2.32, -0.5778, 10.5977);
const INDONESIA = progressOf('ID', 'OFF_TRACK', ['2025-09', 8.25], -1.0714, -0.3876, 6.8933);
const provinceWithKabKota = (): TrendHeadlineInput => ({
  series: [
    seriesOf('75', 'Gorontalo', [
      ['2025-03', 13.24],
      ['2025-09', 12.62],
    ]),
    seriesOf('ID', 'Indonesia', [['2025-09', 8.25]]),
    ...KAB_KOTA.map(([code, name, value]) => seriesOf(code, name, [['2025', value]])),
  ],
  progressByRegion: new Map([
    ['75', GORONTALO],
    ['ID', INDONESIA],
    ...KAB_KOTA.map(
      ([code, , value, required, actual, projected]) =>
        [code, progressOf(code, 'OFF_TRACK', ['2025', value], required, actual, projected)] as const,
    ),
  ]),
  indicator: P0,
  lang: 'id',
});

describe('trend headline, several regions', () => {
  it('names the region furthest from its target, what it needs a year and its trend', () => {
    expect(trendHeadline(provinceWithKabKota(), id)).toBe(
      'Kabupaten Boalemo paling jauh dari target: 16,37% vs 4,50%; perlu turun 2,97 poin per tahun, tren turun 0,42',
    );
    expect(trendHeadline({ ...provinceWithKabKota(), lang: 'en' }, en)).toBe(
      'Kabupaten Boalemo is furthest from target: 16.37% vs 4.50%; must fall 2.97 points a year, trend down 0.42',
    );
  });
  it('does not count the regions above the chosen one, drawn for reference', () => {
    // Kota Gorontalo with the province and Indonesia: one region compared, so its own status.
    const input = provinceWithKabKota();
    input.series = [input.series[7]!, input.series[0]!, input.series[1]!];
    input.progressByRegion = new Map([
      ['75.71', progressOf('75.71', 'OFF_TRACK', ['2025', 5.31], -0.2025, -0.0589, 5.0746)],
      ['75', GORONTALO],
    ]);
    expect(trendHeadline(input, id)).toBe(
      'Kota Gorontalo tidak sesuai jalur menuju target 4,50% pada 2029: 5,31% pada 2025, proyeksi 5,07%',
    );
  });
  it('for a higher-is-better indicator, the furthest is the lowest, and it must rise', () => {
    // IPM 2025 against targets a province sets itself in its RPJMD (entered by users; the demo data has none).
    const own = (value: number) => ({ year: 2029, value, lowerBound: null, upperBound: null });
    const input: TrendHeadlineInput = {
      series: [
        seriesOf('75', 'Gorontalo', [['2025', 72.62]]),
        seriesOf('95', 'Papua Pegunungan', [['2025', 54.91]]),
        seriesOf('31', 'Daerah Khusus Ibukota Jakarta', [['2025', 85.05]]),
      ],
      progressByRegion: new Map([
        ['75', progressOf('75', 'AT_RISK', ['2025', 72.62], 0.595, 0.61, 75.06, own(75))],
        ['95', progressOf('95', 'OFF_TRACK', ['2025', 54.91], 1.2725, 0.48, 56.83, own(60))],
        ['31', progressOf('31', 'ACHIEVED', ['2025', 85.05], -0.0125, 0.9, 88.65, own(85))],
      ]),
      indicator: IPM,
      lang: 'id',
    };
    expect(trendHeadline(input, id)).toBe(
      'Papua Pegunungan paling jauh dari target: 54,91 vs 60,00; perlu naik 1,27 poin per tahun, tren naik 0,48',
    );
    expect(trendHeadline({ ...input, lang: 'en' }, en)).toBe(
      'Papua Pegunungan is furthest from target: 54.91 vs 60.00; must rise 1.27 points a year, trend up 0.48',
    );
  });
  it('names regions equally far behind together, without a pace it would have to pick', () => {
    const input = provinceWithKabKota();
    const progress = new Map(input.progressByRegion);
    progress.set('75.04', progressOf('75.04', 'OFF_TRACK', ['2025', 16.37], -2.9675, -0.3, 15.17));
    input.progressByRegion = progress;
    expect(trendHeadline(input, id)).toBe('Kabupaten Boalemo dan Kabupaten Pohuwato paling jauh dari target: 16,37% vs 4,50%');
  });
  it('leaves out the trend and what is needed when the API has none, and regions without progress', () => {
    const input = provinceWithKabKota();
    const progress = new Map(input.progressByRegion);
    progress.delete('75.02');
    progress.set('75.05', progressOf('75.05', 'NO_DATA', ['2025', 15.89], -2.8475, null, null));
    input.progressByRegion = progress;
    // Boalemo has no progress: Gorontalo Utara is furthest of those measured; its trend is unknown.
    expect(trendHeadline(input, id)).toBe(
      'Kabupaten Gorontalo Utara paling jauh dari target: 15,89% vs 4,50%; perlu turun 2,85 poin per tahun',
    );
    progress.set('75.05', progressOf('75.05', 'OFF_TRACK', ['2025', 15.89], null, -0.1791, null));
    expect(trendHeadline(input, id)).toBe('Kabupaten Gorontalo Utara paling jauh dari target: 15,89% vs 4,50%');
  });
  it('says when every region compared has reached the target (a range: TPT against RKP 2026)', () => {
    const rkp = { year: 2026, value: null, lowerBound: 4.44, upperBound: 4.96 };
    const input: TrendHeadlineInput = {
      series: [seriesOf('75', 'Gorontalo', [['2025-08', 3.42]]), seriesOf('51', 'Bali', [['2025-08', 1.49]])],
      progressByRegion: new Map([
        ['75', progressOf('75', 'ACHIEVED', ['2025-08', 3.42], 1.54, -0.0913, 3.3287, rkp)],
        ['51', progressOf('51', 'ACHIEVED', ['2025-08', 1.49], 3.47, -0.9973, 0.4927, rkp)],
      ]),
      indicator: TPT,
      lang: 'id',
    };
    expect(trendHeadline(input, id)).toBe('Semua wilayah yang dibandingkan sudah mencapai target');
    expect(trendHeadline({ ...input, lang: 'en' }, en)).toBe('Every region compared has reached the target');
    input.series = [...input.series, seriesOf('72', 'Sulawesi Tengah', [['2025-08', 3.12]])];
    expect(trendHeadline(input, id)).toBe('2 dari 3 wilayah sudah mencapai target, sisanya tanpa status');
  });
});

describe('trend headline, one region', () => {
  const alone = (progress: ProgressInfo, name: string): TrendHeadlineInput => ({
    series: [
      seriesOf(progress.regionCode, name, [[progress.latest!.period, progress.latest!.value]]),
      seriesOf('ID', 'Indonesia', [['2025-09', 8.25]]),
    ],
    progressByRegion: new Map([
      [progress.regionCode, progress],
      ['ID', INDONESIA],
    ]),
    indicator: P0,
    lang: 'id',
  });
  it('says its status, its latest value and where the trend leads', () => {
    expect(trendHeadline(alone(GORONTALO, 'Gorontalo'), id)).toBe(
      'Gorontalo tidak sesuai jalur menuju target 4,50% pada 2029: 12,62% pada September 2025, proyeksi 10,60%',
    );
    expect(trendHeadline({ ...alone(GORONTALO, 'Gorontalo'), lang: 'en' }, en)).toBe(
      'Gorontalo is off track for the 4.50% target in 2029: 12.62% in September 2025, projected 10.60%',
    );
    const papua = progressOf('95', 'AT_RISK', ['2025-09', 27.21], -6.4886, -3.382, 15.373);
    expect(trendHeadline(alone(papua, 'Papua Pegunungan'), id)).toBe(
      'Papua Pegunungan berisiko menuju target 4,50% pada 2029: 27,21% pada September 2025, proyeksi 15,37%',
    );
  });
  it('says a target is reached without a projection', () => {
    const bali = progressOf('51', 'ACHIEVED', ['2025-09', 3.42], 0.3086, -0.2318, 2.6087);
    expect(trendHeadline(alone(bali, 'Bali'), id)).toBe('Bali sudah mencapai target 4,50% (2029): 3,42% pada September 2025');
    expect(trendHeadline({ ...alone(bali, 'Bali'), lang: 'en' }, en)).toBe(
      'Bali has reached the 2029 target of 4.50%: 3.42% in September 2025',
    );
  });
  it('writes a range target as documents do, and leaves out a projection the API does not give', () => {
    const rkp = { year: 2026, value: null, lowerBound: 6.5, upperBound: 7.5 };
    const p = progressOf('75', 'OFF_TRACK', ['2025-09', 12.62], -10.24, -0.5778, null, rkp);
    expect(trendHeadline(alone(p, 'Gorontalo'), id)).toBe(
      'Gorontalo tidak sesuai jalur menuju target 6,50–7,50% pada 2026: 12,62% pada September 2025',
    );
  });
  it('without a target, gives the latest value and the change from the same round a year before', () => {
    const ipm = seriesOf('75', 'Gorontalo', [
      ['2019', 68.49],
      ['2020', 68.68],
      ['2021', 69.82, true],
      ['2022', 70.62],
      ['2023', 71.25],
      ['2024', 72.01],
      ['2025', 72.62],
    ]);
    const input: TrendHeadlineInput = { series: [ipm], progressByRegion: new Map(), indicator: IPM, lang: 'id' };
    expect(trendHeadline(input, id)).toBe('Gorontalo: 72,62 pada 2025, naik 0,61 poin dari 2024');
    expect(trendHeadline({ ...input, lang: 'en' }, en)).toBe('Gorontalo: 72.62 in 2025, up 0.61 points from 2024');
    // TPT: August against August, not against February (rounds of a year differ by season).
    const tpt = seriesOf('75', 'Gorontalo', [
      ['2024-02', 3.05],
      ['2024-08', 3.13],
      ['2025-02', 3.12],
      ['2025-08', 3.42],
    ]);
    expect(trendHeadline({ series: [tpt], progressByRegion: new Map(), indicator: TPT, lang: 'id' }, id)).toBe(
      'Gorontalo: 3,42% pada Agustus 2025, naik 0,29 poin dari Agustus 2024',
    );
    // P0 in September: September 2024, not March 2025.
    const p0 = seriesOf('75', 'Gorontalo', [
      ['2024-09', 13.87],
      ['2025-03', 13.24],
      ['2025-09', 12.62],
    ]);
    expect(trendHeadline({ series: [p0], progressByRegion: new Map(), indicator: P0, lang: 'id' }, id)).toBe(
      'Gorontalo: 12,62% pada September 2025, turun 1,25 poin dari September 2024',
    );
  });
  it('gives no change across a series break or without the year before, and nothing without values', () => {
    const broken = seriesOf('75', 'Gorontalo', [
      ['2020', 68.68],
      ['2021', 69.82, true],
    ]);
    expect(trendHeadline({ series: [broken], progressByRegion: new Map(), indicator: IPM, lang: 'id' }, id)).toBe(
      'Gorontalo: 69,82 pada 2021',
    );
    const gap = seriesOf('75', 'Gorontalo', [
      ['2023-03', 15.15],
      ['2024-09', 13.87],
    ]);
    // September 2023 was not computed: nothing to compare September 2024 with.
    expect(trendHeadline({ series: [gap], progressByRegion: new Map(), indicator: P0, lang: 'id' }, id)).toBe(
      'Gorontalo: 13,87% pada September 2024',
    );
    expect(
      trendHeadline({ series: [seriesOf('75', 'Gorontalo', [])], progressByRegion: new Map(), indicator: P0, lang: 'id' }, id),
    ).toBeNull();
  });
  it('with a NO_DATA status, says the latest value rather than a status', () => {
    const p = progressOf('75', 'NO_DATA', ['2025-09', 12.62], null, null, null);
    expect(trendHeadline(alone(p, 'Gorontalo'), id)).toBe('Gorontalo: 12,62% pada September 2025');
  });
});
