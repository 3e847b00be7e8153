import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/useI18n';
import { describeCategoryProfile } from './category-profile.description';

const rows = [
  { code: 'PPKS01', name: 'Anak Balita Terlantar', value: 12, previousValue: 10, change: 2, share: 1 },
  { code: 'PPKS08', name: 'Lanjut Usia Terlantar', value: 150, previousValue: 200, change: -50, share: 11.9 },
  { code: 'PPKS24', name: 'Fakir Miskin', value: 1100, previousValue: 1000, change: 100, share: 87.1 },
  { code: 'PPKS02', name: 'Anak Terlantar', value: null, previousValue: null, change: null, share: null },
];
const base = { rows, year: 2024, previousYear: 2023, showPrevious: true, lang: 'id' as const, regionName: 'Kabupaten Boalemo' };

describe('describeCategoryProfile', () => {
  it('says the total, the three largest categories with their shares, and the change', () => {
    const d = describeCategoryProfile({ ...base, total: 1262, change: 50 }, translator('id'));
    expect(d.summary).toBe(
      'Kabupaten Boalemo, 2024: jumlah 1.262. Terbanyak Fakir Miskin 1.100 (87,1%); Lanjut Usia Terlantar 150 (11,9%); Anak Balita Terlantar 12 (1,0%). Perubahan dari 2023: +50.',
    );
    expect(d.table.rows.map((r) => r[0])).toEqual(['Fakir Miskin', 'Lanjut Usia Terlantar', 'Anak Balita Terlantar']);
    expect(d.table.rows[0]).toEqual(['Fakir Miskin', '1.100', '87,1%', '1.000', '+100']);
  });

  it('says when no change was computed', () => {
    const d = describeCategoryProfile({ ...base, total: 1262, change: null }, translator('en'));
    expect(d.summary).toContain('No change from the year before is computed.');
  });
});
