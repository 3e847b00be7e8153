import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/useI18n';
import { describeProgrammes } from './programme-bar.description';
import type { ProgrammeBarData, ProgrammeBarRow } from './programme-bar.option';

const words = { allocated: 'Pagu', spent: 'Realisasi', absorption: 'Penyerapan', coverage: 'Cakupan', missing: 'belum ada data' };
const row = (name: string, allocated: number | null, spent: number | null, absorption: number | null): ProgrammeBarRow => ({
  code: name,
  name,
  budgetAllocated: allocated,
  budgetSpent: spent,
  absorption,
  coverage: null,
});
const rows = [
  row('Gorontalo', 32e9, 30.5e9, 95.3),
  row('Kabupaten Boalemo', 4.2e9, 3.1e9, 73.8),
  row('Kota Gorontalo', 2.5e9, null, null),
];
const data = (measure: ProgrammeBarData['measure'], list = rows): ProgrammeBarData => ({
  rows: list,
  measure,
  lang: 'id',
  words,
});

describe('describeProgrammes', () => {
  it('gives every region’s pagu and realisasi in rupiah, a missing figure as missing', () => {
    const { summary, table } = describeProgrammes(data('anggaran'), translator('id'));
    expect(summary).toBe(
      'Gorontalo: pagu Rp 32 miliar, realisasi Rp 30,5 miliar; Kabupaten Boalemo: pagu Rp 4,2 miliar, realisasi Rp 3,1 miliar; ' +
        'Kota Gorontalo: pagu Rp 2,5 miliar, realisasi belum ada data.',
    );
    expect(table.header).toEqual(['Wilayah', 'Pagu', 'Realisasi']);
  });

  it('orders absorption from highest to lowest and names who has no figure', () => {
    const { summary, table } = describeProgrammes(data('penyerapan'), translator('id'));
    expect(summary).toBe('Urutan: Gorontalo 95,3%; Kabupaten Boalemo 73,8%. Belum ada data: Kota Gorontalo.');
    expect(table.rows).toEqual([
      ['Gorontalo', '95,3%'],
      ['Kabupaten Boalemo', '73,8%'],
      ['Kota Gorontalo', 'belum ada data'],
    ]);
  });

  it('names the three highest and lowest of many regions', () => {
    const many = Array.from({ length: 8 }, (_, i) => row(`Kabupaten ${i + 1}`, null, null, 50 + i * 5));
    const { summary } = describeProgrammes(data('penyerapan', many), translator('id'));
    expect(summary).toBe(
      'Tertinggi: Kabupaten 8 85,0%; Kabupaten 7 80,0%; Kabupaten 6 75,0%. ' +
        'Terendah: Kabupaten 1 50,0%; Kabupaten 2 55,0%; Kabupaten 3 60,0%.',
    );
  });
});
