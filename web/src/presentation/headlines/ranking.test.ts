import { describe, expect, it } from 'vitest';
import type { IndicatorInfo } from '../../data/types';
import { translator } from '../../i18n/useI18n';
import { P0 } from '../../test-support/indicators';
import { type RankingHeadlineInput, type RankingRow, rankingHeadline } from './ranking';

const id = translator('id');
const en = translator('en');

// P0 of the provinces in September 2025 (demo data, BPS), ranked by the API: lower is better, ties share a rank.
const P0_SEPT_2025: RankingRow[] = [
  { code: '51', name: 'Bali', value: 3.42, rank: 1 },
  { code: '63', name: 'Kalimantan Selatan', value: 3.73, rank: 2 },
  { code: '31', name: 'Daerah Khusus Ibukota Jakarta', value: 4.03, rank: 3 },
  { code: '75', name: 'Gorontalo', value: 12.62, rank: 30 },
  { code: '81', name: 'Maluku', value: 15.25, rank: 31 },
  { code: '53', name: 'Nusa Tenggara Timur', value: 17.5, rank: 32 },
  { code: '96', name: 'Papua Barat Daya', value: 17.5, rank: 32 },
  { code: '95', name: 'Papua Pegunungan', value: 27.21, rank: 37 },
  { code: '94', name: 'Papua Tengah', value: 29.45, rank: 38 },
];
// The rows the chart draws: 38 provinces, of which these nine are written out; the others rank in between.
const allProvinces = (): RankingRow[] => [
  ...P0_SEPT_2025,
  ...Array.from({ length: 29 }, (_, i) => ({ code: `x${i}`, name: `Provinsi ${i}`, value: 5 + i * 0.2, rank: 4 + i })),
];
const input = (over: Partial<RankingHeadlineInput> = {}): RankingHeadlineInput => ({
  rows: allProvinces(),
  highlight: '75',
  level: 'PROVINCE',
  unit: P0,
  direction: P0.direction,
  lang: 'id',
  ...over,
});
const IPM = { ...P0, unitId: 'indeks (0–100)', unitEn: 'index (0–100)', direction: 'HIGHER_IS_BETTER' } as IndicatorInfo;

describe('ranking headline', () => {
  it("gives the chosen region's rank, the best and the worst", () => {
    expect(rankingHeadline(input(), id)).toBe(
      'Gorontalo peringkat 30 dari 38 provinsi (12,62%); terbaik Bali 3,42%, terburuk Papua Tengah 29,45%',
    );
    expect(rankingHeadline(input({ lang: 'en' }), en)).toBe(
      'Gorontalo ranks 30 of 38 provinces (12.62%); best Bali 3.42%, worst Papua Tengah 29.45%',
    );
  });
  it('follows the direction: for IPM the highest is best', () => {
    const rows: RankingRow[] = [
      { code: '31', name: 'Daerah Khusus Ibukota Jakarta', value: 85.05, rank: 1 },
      { code: '34', name: 'Daerah Istimewa Yogyakarta', value: 82.48, rank: 2 },
      { code: '75', name: 'Gorontalo', value: 72.62, rank: 29 },
      { code: '94', name: 'Papua Tengah', value: 60.64, rank: 37 },
      { code: '95', name: 'Papua Pegunungan', value: 54.91, rank: 38 },
    ];
    expect(rankingHeadline(input({ rows, unit: IPM, direction: 'HIGHER_IS_BETTER' }), id)).toBe(
      'Gorontalo peringkat 29 dari 5 provinsi (72,62); terbaik Daerah Khusus Ibukota Jakarta 85,05, terburuk Papua Pegunungan 54,91',
    );
  });
  it('names regions tied at an end together', () => {
    // Nusa Tenggara Timur and Papua Barat Daya share rank 32 at 17,50%: among the regions up to them, both are worst.
    const rows = P0_SEPT_2025.filter((r) => r.rank! <= 32);
    expect(rankingHeadline(input({ rows }), id)).toBe(
      'Gorontalo peringkat 30 dari 7 provinsi (12,62%); terbaik Bali 3,42%, terburuk Nusa Tenggara Timur dan Papua Barat Daya 17,50%',
    );
    const three = [...rows, { code: '91', name: 'Papua', value: 17.5, rank: 32 }];
    expect(rankingHeadline(input({ rows: three, lang: 'en' }), en)).toBe(
      'Gorontalo ranks 30 of 8 provinces (12.62%); best Bali 3.42%, worst Nusa Tenggara Timur and 2 others 17.50%',
    );
  });
  it('does not repeat the chosen region when it is the best or the worst', () => {
    expect(rankingHeadline(input({ highlight: '51' }), id)).toBe(
      'Bali peringkat 1 dari 38 provinsi (3,42%); terburuk Papua Tengah 29,45%',
    );
    expect(rankingHeadline(input({ highlight: '94', lang: 'en' }), en)).toBe(
      'Papua Tengah ranks 38 of 38 provinces (29.45%); best Bali 3.42%',
    );
  });
  it('leaves out regions without a value, and the chosen region when it has none', () => {
    // Kabupaten/kota of Gorontalo, P0 2025; Kota Gorontalo without a value in this test.
    const rows: RankingRow[] = [
      { code: '75.71', name: 'Kota Gorontalo', value: null, rank: null },
      { code: '75.03', name: 'Kabupaten Bone Bolango', value: 13.16, rank: 1 },
      { code: '75.01', name: 'Kabupaten Gorontalo', value: 14.89, rank: 2 },
      { code: '75.04', name: 'Kabupaten Pohuwato', value: 15.24, rank: 3 },
      { code: '75.05', name: 'Kabupaten Gorontalo Utara', value: 15.89, rank: 4 },
      { code: '75.02', name: 'Kabupaten Boalemo', value: 16.37, rank: 5 },
    ];
    expect(rankingHeadline(input({ rows, highlight: '75.04', level: 'REGENCY_CITY' }), id)).toBe(
      'Kabupaten Pohuwato peringkat 3 dari 5 kabupaten/kota (15,24%); terbaik Kabupaten Bone Bolango 13,16%, terburuk Kabupaten Boalemo 16,37%',
    );
    expect(rankingHeadline(input({ rows, highlight: '75.71', level: 'REGENCY_CITY' }), id)).toBe(
      'Dari 5 kabupaten/kota: terbaik Kabupaten Bone Bolango 13,16%, terburuk Kabupaten Boalemo 16,37%',
    );
    expect(rankingHeadline(input({ rows, highlight: null, level: 'REGENCY_CITY', lang: 'en' }), en)).toBe(
      'Of 5 regencies/cities: best Kabupaten Bone Bolango 13.16%, worst Kabupaten Boalemo 16.37%',
    );
  });
  it('says highest and lowest for an indicator without a better direction', () => {
    // The demo data has no neutral indicator's values: the poor population (thousands, September 2025) read as if
    // neither way were better; the API then ranks the highest first.
    const rows: RankingRow[] = [
      { code: '33', name: 'Jawa Tengah', value: 3344.82, rank: 1 },
      { code: '94', name: 'Papua Tengah', value: 309.86, rank: 2 },
      { code: '51', name: 'Bali', value: 160.09, rank: 3 },
      { code: '75', name: 'Gorontalo', value: 155.76, rank: 4 },
    ];
    const count = { ...P0, unitId: 'ribu jiwa', unitEn: 'thousand persons' } as IndicatorInfo;
    expect(rankingHeadline(input({ rows, unit: count, direction: 'NEUTRAL', highlight: '94' }), id)).toBe(
      'Papua Tengah peringkat 2 dari 4 provinsi (309,86 ribu jiwa); tertinggi Jawa Tengah 3.344,82 ribu jiwa, terendah Gorontalo 155,76 ribu jiwa',
    );
  });
  it('says little with one value, and nothing without any', () => {
    const one: RankingRow[] = [
      { code: '75', name: 'Gorontalo', value: 12.62, rank: 1 },
      { code: '51', name: 'Bali', value: null, rank: null },
    ];
    expect(rankingHeadline(input({ rows: one }), id)).toBe('Gorontalo 12,62%, satu-satunya dengan data');
    expect(rankingHeadline(input({ rows: [one[1]!] }), id)).toBeNull();
  });
});
