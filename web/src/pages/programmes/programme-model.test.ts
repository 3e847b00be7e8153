import { describe, expect, it } from 'vitest';
import { chooseMeasure, chooseProgramme, chooseYear, figuresInScope, yearsOf } from './programme-model';

const figure = (programmeCode: string, regionCode: string, year: number, budgetAllocated: number | null = null) => ({
  programmeCode,
  regionCode,
  year,
  recipients: null,
  eligible: null,
  coverage: null,
  budgetAllocated,
  budgetSpent: null,
  absorption: null,
});
const sulteng = {
  code: '72',
  name: 'Sulawesi Tengah',
  level: 'PROVINCE' as const,
  children: [
    { code: '72.01', name: 'Kabupaten Banggai', level: 'REGENCY_CITY' as const },
    { code: '72.02', name: 'Kabupaten Poso', level: 'REGENCY_CITY' as const },
  ],
};
const programmes = [
  { code: 'PKH', scope: 'NATIONAL' as const, parentCode: null, nameId: 'PKH', nameEn: 'PKH', recipientUnit: 'KPM' },
  { code: '1.06', scope: 'REGIONAL' as const, parentCode: null, nameId: 'Urusan Sosial', nameEn: 'Social', recipientUnit: null },
];

describe('programmes model', () => {
  it('keeps the region and its direct children, named, in registry order', () => {
    const rows = figuresInScope(
      sulteng,
      [figure('1.06', '72', 2024, 5e9)],
      [figure('1.06', '72.01', 2024, 32e9), figure('1.06', '72.01', 2023, 16e9), figure('1.06', '72.01.01', 2024, 1e9)],
    );
    expect(rows.map((r) => [r.regionName, r.year])).toEqual([
      ['Sulawesi Tengah', 2024],
      ['Kabupaten Banggai', 2023],
      ['Kabupaten Banggai', 2024],
    ]);
  });
  it('chooses the first programme with figures, its latest year, and a measure the figures can show', () => {
    const rows = figuresInScope(sulteng, [], [figure('1.06', '72.01', 2023, 16e9), figure('1.06', '72.01', 2024, 32e9)]);
    expect(chooseProgramme(null, programmes, rows)).toBe('1.06');
    expect(chooseProgramme('PKH', programmes, rows)).toBe('PKH');
    expect(chooseProgramme('NOPE', programmes, [])).toBe('PKH');
    expect(yearsOf(rows, '1.06')).toEqual([2023, 2024]);
    expect(chooseYear(null, [2023, 2024])).toBe(2024);
    expect(chooseYear(2023, [2023, 2024])).toBe(2023);
    expect(chooseYear(2019, [])).toBeNull();
    // Realisasi unknown: no absorption to draw, so the budget.
    expect(chooseMeasure(null, rows)).toBe('anggaran');
    expect(chooseMeasure(null, [{ ...rows[0]!, absorption: 80 }])).toBe('penyerapan');
    expect(chooseMeasure('cakupan', rows)).toBe('cakupan');
  });
});
