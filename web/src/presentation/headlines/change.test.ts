import { describe, expect, it } from 'vitest';
import type { SlopeRow } from '../../charts/slope.option';
import type { IndicatorInfo } from '../../data/types';
import { translator } from '../../i18n/useI18n';
import { P0 } from '../../test-support/indicators';
import { type ChangeHeadlineInput, changeHeadline } from './change';

const id = translator('id');
const en = translator('en');
const row = (code: string, name: string, from: number | null, to: number | null, comparable = true): SlopeRow => ({
  code,
  name,
  from,
  to,
  comparable,
});

// P0 of provinces, March → September 2025 (demo data, BPS): three rose, Papua Pegunungan fell most.
const P0_2025: SlopeRow[] = [
  row('51', 'Bali', 3.72, 3.42),
  row('64', 'Kalimantan Timur', 5.17, 5.19),
  row('14', 'Riau', 6.16, 6.3),
  row('75', 'Gorontalo', 13.24, 12.62),
  row('53', 'Nusa Tenggara Timur', 18.6, 17.5),
  row('91', 'Papua', 19.16, 17.82),
  row('95', 'Papua Pegunungan', 30.03, 27.21),
  row('94', 'Papua Tengah', 28.9, 29.45),
];
const input = (over: Partial<ChangeHeadlineInput> = {}): ChangeHeadlineInput => ({
  rows: P0_2025,
  level: 'PROVINCE',
  unit: P0,
  direction: 'LOWER_IS_BETTER',
  lang: 'id',
  ...over,
});
// IPM of provinces, 2024 → 2025: every one rose, Jawa Barat most.
const IPM = { ...P0, unitId: 'indeks (0–100)', unitEn: 'index (0–100)', direction: 'HIGHER_IS_BETTER' } as IndicatorInfo;
const IPM_2025: SlopeRow[] = [
  row('31', 'Daerah Khusus Ibukota Jakarta', 84.15, 85.05),
  row('32', 'Jawa Barat', 74.92, 75.9),
  row('75', 'Gorontalo', 72.01, 72.62),
  row('94', 'Papua Tengah', 60.25, 60.64),
];

describe('change arrows headline', () => {
  it('counts those improved, and names the most improved and the most worsened', () => {
    expect(changeHeadline(input(), id)).toBe(
      '5 dari 8 provinsi membaik; paling membaik Papua Pegunungan (−2,82 poin), paling memburuk Papua Tengah (+0,55 poin)',
    );
    expect(changeHeadline(input({ lang: 'en' }), en)).toBe(
      '5 of 8 provinces improved; most improved Papua Pegunungan (−2.82 points), most worsened Papua Tengah (+0.55 points)',
    );
  });
  it('follows the direction: a rise of IPM is an improvement, and none worsened', () => {
    expect(changeHeadline(input({ rows: IPM_2025, unit: IPM, direction: 'HIGHER_IS_BETTER' }), id)).toBe(
      '4 dari 4 provinsi membaik; paling membaik Jawa Barat (+0,98 poin), tidak ada yang memburuk',
    );
    expect(changeHeadline(input({ rows: IPM_2025, unit: IPM, direction: 'HIGHER_IS_BETTER', lang: 'en' }), en)).toBe(
      '4 of 4 provinces improved; most improved Jawa Barat (+0.98 points), none worsened',
    );
  });
  it('names equal changes together (after rounding: 15,24 − 17,11 is −1,87)', () => {
    // Kabupaten/kota of Gorontalo, P0 2024 → 2025; Boalemo's 2025 value is changed to tie Pohuwato's change.
    const rows = [
      row('75.04', 'Kabupaten Pohuwato', 17.11, 15.24),
      row('75.02', 'Kabupaten Boalemo', 17.83, 15.96),
      row('75.71', 'Kota Gorontalo', 5.74, 5.31),
    ];
    expect(changeHeadline(input({ rows, level: 'REGENCY_CITY' }), id)).toBe(
      '3 dari 3 kabupaten/kota membaik; paling membaik Kabupaten Pohuwato dan Kabupaten Boalemo (−1,87 poin), tidak ada yang memburuk',
    );
  });
  it('leaves out a region without both values, and counts one across a series break apart', () => {
    const rows = [
      ...IPM_2025.slice(0, 3),
      row('95', 'Papua Pegunungan', null, 54.91),
      row('76', 'Sulawesi Barat', 69.5, 70.4, false),
    ];
    expect(changeHeadline(input({ rows, unit: IPM, direction: 'HIGHER_IS_BETTER' }), id)).toBe(
      '3 dari 3 provinsi membaik; paling membaik Jawa Barat (+0,98 poin), tidak ada yang memburuk, 1 tidak sebanding',
    );
    expect(changeHeadline(input({ rows: [row('95', 'Papua Pegunungan', null, 54.91)] }), id)).toBeNull();
  });
  it('says none improved without naming a most improved', () => {
    const rows = [row('94', 'Papua Tengah', 28.9, 29.45), row('14', 'Riau', 6.16, 6.3), row('21', 'Kepulauan Riau', 4.26, 4.26)];
    expect(changeHeadline(input({ rows }), id)).toBe('0 dari 3 provinsi membaik; paling memburuk Papua Tengah (+0,55 poin)');
  });
  it('for an indicator without a better direction, counts rises and falls', () => {
    // The demo data has no neutral indicator's values: the poor population (thousands, March → September 2025) read
    // as if neither way were better.
    const count = { ...P0, unitId: 'ribu jiwa', unitEn: 'thousand persons' } as IndicatorInfo;
    const rows = [
      row('75', 'Gorontalo', 162.74, 155.76),
      row('51', 'Bali', 173.24, 160.09),
      row('94', 'Papua Tengah', 302.31, 309.86),
    ];
    expect(changeHeadline(input({ rows, unit: count, direction: 'NEUTRAL' }), id)).toBe(
      '1 dari 3 provinsi naik, 2 turun; kenaikan terbesar Papua Tengah (+7,55 ribu jiwa), penurunan terbesar Bali (−13,15 ribu jiwa)',
    );
    expect(changeHeadline(input({ rows, unit: count, direction: 'NEUTRAL', lang: 'en' }), en)).toBe(
      '1 of 3 provinces rose, 2 fell; largest rise Papua Tengah (+7.55 thousand persons), largest fall Bali (−13.15 thousand persons)',
    );
  });
});
