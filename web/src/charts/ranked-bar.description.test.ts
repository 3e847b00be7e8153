import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/useI18n';
import { describeRanking, type RankingDescriptionInput } from './ranked-bar.description';

const PERCENT = { unitId: 'persen', unitEn: 'percent', decimals: 2 };
// Gorontalo's kabupaten/kota by P0 (rank 1 = best, lower is better), one without a value.
const rows = [
  { code: '75.01', name: 'Kabupaten Boalemo', value: 16.37, rank: 6 },
  { code: '75.71', name: 'Kota Gorontalo', value: 5.31, rank: 1 },
  { code: '75.02', name: 'Kabupaten Gorontalo', value: 15.7, rank: 4 },
  { code: '75.03', name: 'Kabupaten Pohuwato', value: 16.01, rank: 5 },
  { code: '75.04', name: 'Kabupaten Bone Bolango', value: 13.2, rank: 3 },
  { code: '75.05', name: 'Kabupaten Gorontalo Utara', value: 12.9, rank: 2 },
  { code: '75.99', name: 'Kabupaten Baru', value: null, rank: null },
];
const input: RankingDescriptionInput = {
  rows,
  unit: PERCENT,
  lang: 'id',
  highlight: '75.01',
  national: { value: 8.47, period: '2025-03' },
  parent: { name: 'Gorontalo', value: 14.01, period: '2025-03' },
  target: 'Target RPJMN 2029: 4,50%',
};

describe('describeRanking', () => {
  it('names every region in rank order with its value when there are few, and the lines drawn', () => {
    const { summary } = describeRanking(input, translator('id'));
    expect(summary).toBe(
      'Urutan: 1. Kota Gorontalo 5,31%; 2. Kabupaten Gorontalo Utara 12,90%; 3. Kabupaten Bone Bolango 13,20%; ' +
        '4. Kabupaten Gorontalo 15,70%; 5. Kabupaten Pohuwato 16,01%; 6. Kabupaten Boalemo 16,37%. ' +
        'Kabupaten Boalemo: 16,37%, peringkat 6 dari 6. Nasional 8,47% (Maret 2025). Gorontalo 14,01% (Maret 2025). ' +
        'Target RPJMN 2029: 4,50%. Belum ada data: Kabupaten Baru.',
    );
  });

  it('gives the best and the worst three of a long ranking, in English too', () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ code: `9${i}`, name: `Provinsi ${i + 1}`, value: 2 + i, rank: i + 1 }));
    const { summary, table } = describeRanking(
      { ...input, rows: many, lang: 'en', highlight: null, national: null, parent: null, target: null },
      translator('en'),
    );
    expect(summary).toBe(
      'Best: 1. Provinsi 1 2.00%; 2. Provinsi 2 3.00%; 3. Provinsi 3 4.00%. ' +
        'Worst: 10. Provinsi 10 11.00%; 9. Provinsi 9 10.00%; 8. Provinsi 8 9.00%.',
    );
    expect(table.rows).toHaveLength(10);
  });

  it('has every region in the table, a missing value as missing and never as zero', () => {
    const { table } = describeRanking(input, translator('id'));
    expect(table.header).toEqual(['Wilayah', 'Peringkat', 'Nilai']);
    expect(table.rows[0]).toEqual(['Kota Gorontalo', '1', '5,31%']);
    expect(table.rows.at(-1)).toEqual(['Kabupaten Baru', '–', 'belum ada data']);
    expect(table.rows.flat().join(' ')).not.toMatch(/\b0,00/);
  });
});
