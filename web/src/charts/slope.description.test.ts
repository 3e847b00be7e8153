import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/useI18n';
import { type ChangeDescriptionInput, describeChange } from './slope.description';

const PERCENT = { unitId: 'persen', unitEn: 'percent', decimals: 2 };
const input: ChangeDescriptionInput = {
  rows: [
    { code: '75.01', name: 'Kabupaten Boalemo', from: 17.1, to: 16.37, comparable: true },
    { code: '75.71', name: 'Kota Gorontalo', from: 5.2, to: 5.31, comparable: true },
    { code: '75.02', name: 'Kabupaten Gorontalo', from: 16.5, to: 15.7, comparable: true },
    { code: '75.03', name: 'Kabupaten Pohuwato', from: 16.01, to: 16.01, comparable: true },
    { code: '75.05', name: 'Kabupaten Gorontalo Utara', from: 14.0, to: 12.9, comparable: false },
    { code: '75.99', name: 'Kabupaten Baru', from: null, to: 11.2, comparable: true },
  ],
  fromLabel: 'Maret 2024',
  toLabel: 'Maret 2025',
  unit: PERCENT,
  lang: 'id',
  direction: 'LOWER_IS_BETTER',
  highlight: '75.01',
};

describe('describeChange', () => {
  it('counts better and worse, and names the largest changes each way with both values', () => {
    const { summary } = describeChange(input, translator('id'));
    expect(summary).toBe(
      '2 wilayah membaik, 1 memburuk, 1 tetap, 2 tidak dapat dibandingkan. ' +
        'Paling membaik: Kabupaten Gorontalo: 16,50% → 15,70% (−0,80 poin persen); ' +
        'Kabupaten Boalemo: 17,10% → 16,37% (−0,73 poin persen). ' +
        'Paling memburuk: Kota Gorontalo: 5,20% → 5,31% (+0,11 poin persen).',
    );
    // A highlighted region outside the largest changes gets a sentence of its own.
    expect(describeChange({ ...input, highlight: '75.05' }, translator('id')).summary).toMatch(
      /\. Kabupaten Gorontalo Utara: 14,00% → 12,90% \(tidak sebanding \(ada pemutusan seri\)\)\.$/,
    );
  });

  it('tells a series break from a missing value in the table', () => {
    const { table } = describeChange(input, translator('id'));
    expect(table.header).toEqual(['Wilayah', 'Maret 2024', 'Maret 2025', 'Perubahan']);
    expect(table.rows).toContainEqual(['Kabupaten Gorontalo Utara', '14,00%', '12,90%', 'tidak sebanding (ada pemutusan seri)']);
    expect(table.rows).toContainEqual(['Kabupaten Baru', 'belum ada data', '11,20%', 'belum ada data']);
  });

  it('speaks of rises and falls for an indicator without a better direction', () => {
    const { summary } = describeChange({ ...input, direction: 'NEUTRAL', lang: 'en', highlight: null }, translator('en'));
    expect(summary).toBe(
      'Largest rise: Kota Gorontalo: 5.20% → 5.31% (+0.11 percentage points). ' +
        'Largest fall: Kabupaten Gorontalo: 16.50% → 15.70% (−0.80 percentage points); ' +
        'Kabupaten Boalemo: 17.10% → 16.37% (−0.73 percentage points).',
    );
  });
});
