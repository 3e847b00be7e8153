import { describe, expect, it } from 'vitest';
import { targetGap } from '../../data/target-gap';
import type { ProgressStatus } from '../../data/types';
import { translator } from '../../i18n/useI18n';
import { P0 } from '../../test-support/indicators';
import { type ScorecardHeadlineInput, type ScorecardHeadlineRow, scorecardHeadline } from './scorecard';

const id = translator('id');
const en = translator('en');
const TARGET = { value: 4.5, lowerBound: null, upperBound: null, year: 2029 };
const row = (name: string, value: number | null, status: ProgressStatus): ScorecardHeadlineRow => ({
  name,
  value,
  status,
  gap: value === null ? null : targetGap(value, TARGET, 'LOWER_IS_BETTER', 2),
});
// P0 of some kabupaten/kota of Sulawesi Tengah in 2025 (demo data, BPS) against the RPJMN 2029 target.
const SULTENG: ScorecardHeadlineRow[] = [
  row('Kabupaten Tojo Una Una', 14.67, 'OFF_TRACK'),
  row('Kabupaten Donggala', 14.66, 'OFF_TRACK'),
  row('Kabupaten Poso', 12.9, 'OFF_TRACK'),
  row('Kabupaten Banggai', 6.23, 'AT_RISK'),
  row('Kota Palu', 5.26, 'ON_TRACK'),
  row('Kabupaten Baru', null, 'NO_DATA'),
];
const input = (over: Partial<ScorecardHeadlineInput> = {}): ScorecardHeadlineInput => ({
  indicatorName: 'Persentase Penduduk Miskin (P0)',
  rows: SULTENG,
  target: TARGET,
  level: 'REGENCY_CITY',
  unit: P0,
  direction: 'LOWER_IS_BETTER',
  lang: 'id',
  ...over,
});

describe('scorecard headline', () => {
  it('counts the regions of the worst status there is and names the furthest behind with its distance', () => {
    expect(scorecardHeadline(input(), id)).toBe(
      'Persentase Penduduk Miskin (P0): 3 dari 5 kabupaten/kota tidak sesuai jalur; terjauh dari target Kabupaten Tojo Una Una 14,67%',
    );
  });

  it('names ties for furthest together', () => {
    const rows = [row('Kabupaten A', 14.67, 'OFF_TRACK'), row('Kabupaten B', 14.67, 'OFF_TRACK'), row('Kota C', 4, 'ACHIEVED')];
    expect(scorecardHeadline(input({ rows }), id)).toContain('terjauh dari target Kabupaten A dan Kabupaten B 14,67%');
  });

  it('says when every region has reached the target', () => {
    const rows = [row('Kota A', 4, 'ACHIEVED'), row('Kota B', 3.2, 'ACHIEVED')];
    expect(scorecardHeadline(input({ rows }), id)).toBe(
      'Persentase Penduduk Miskin (P0): semua 2 kabupaten/kota sudah mencapai target 4,50% (2029)',
    );
  });

  it('says how many are at risk when none is off track, without a furthest when all are on their way', () => {
    const rows = [row('Kota A', 4.6, 'AT_RISK'), row('Kota B', 4, 'ACHIEVED')];
    expect(scorecardHeadline(input({ rows }), id)).toBe(
      'Persentase Penduduk Miskin (P0): 1 dari 2 kabupaten/kota berisiko; terjauh dari target Kota A 4,60%',
    );
  });

  it('has nothing to say without values or without a target', () => {
    expect(scorecardHeadline(input({ rows: [row('Kabupaten Baru', null, 'NO_DATA')] }), id)).toBeNull();
    expect(scorecardHeadline(input({ target: null }), id)).toBeNull();
  });

  it('is written in English too', () => {
    expect(scorecardHeadline(input({ lang: 'en', indicatorName: 'Poverty rate (P0)' }), en)).toBe(
      'Poverty rate (P0): 3 of 5 regencies/cities off track; furthest from target Kabupaten Tojo Una Una 14.67%',
    );
  });
});
