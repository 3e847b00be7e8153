import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/useI18n';
import { type ProgrammeHeadlineInput, type ProgrammeHeadlineRow, programmeHeadline } from './programmes';

const id = translator('id');
const en = translator('en');

// The demo data has no programme figures. Dinas Sosial Kabupaten Banggai's APBD allocation went from Rp 16 miliar
// (2023) to Rp 32 miliar (2024) (domain notes, Rakor Sulawesi Tengah 2024); the other figures are of the same shape,
// as a province's import would bring them.
const figure = (
  regionCode: string,
  regionName: string,
  year: number,
  f: Partial<Omit<ProgrammeHeadlineRow, 'regionCode' | 'regionName' | 'year'>>,
): ProgrammeHeadlineRow => ({
  regionCode,
  regionName,
  year,
  budgetAllocated: null,
  budgetSpent: null,
  absorption: null,
  coverage: null,
  ...f,
});
const BANGGAI_2023 = figure('72.01', 'Kabupaten Banggai', 2023, { budgetAllocated: 16e9 });
const BANGGAI_2024 = figure('72.01', 'Kabupaten Banggai', 2024, { budgetAllocated: 32e9 });
const input = (over: Partial<ProgrammeHeadlineInput>): ProgrammeHeadlineInput => ({
  rows: [BANGGAI_2023, BANGGAI_2024],
  year: 2024,
  measure: 'anggaran',
  regionCode: '72',
  lang: 'id',
  ...over,
});

describe('programme headline, budget', () => {
  it('gives the allocation and its change from the previous year with one; spending it does not know is left out', () => {
    expect(programmeHeadline(input({}), id)).toBe('Pagu Kabupaten Banggai Rp 32 miliar, naik dari Rp 16 miliar pada 2023');
    expect(programmeHeadline(input({ lang: 'en' }), en)).toBe(
      'Allocation for Kabupaten Banggai Rp 32 billion, up from Rp 16 billion in 2023',
    );
    expect(programmeHeadline(input({ year: 2023 }), id)).toBe('Pagu Kabupaten Banggai Rp 16 miliar');
  });
  it('gives what was spent and the absorption when known, and a fall or no change', () => {
    const rows = [
      figure('72', 'Sulawesi Tengah', 2023, { budgetAllocated: 48e9 }),
      figure('72', 'Sulawesi Tengah', 2024, { budgetAllocated: 45e9, budgetSpent: 40.5e9, absorption: 90 }),
    ];
    expect(programmeHeadline(input({ rows }), id)).toBe(
      'Pagu Sulawesi Tengah Rp 45 miliar, realisasi Rp 40,5 miliar (90,0%), turun dari Rp 48 miliar pada 2023',
    );
    const same = [rows[0]!, { ...rows[1]!, budgetAllocated: 48e9 }];
    expect(programmeHeadline(input({ rows: same, lang: 'en' }), en)).toBe(
      'Allocation for Sulawesi Tengah Rp 48 billion, spent Rp 40.5 billion (90.0%), the same as in 2023',
    );
  });
  it('names the largest allocation under the region, and the smallest when the region has none of its own', () => {
    const poso = figure('72.02', 'Kabupaten Poso', 2024, { budgetAllocated: 9.5e9 });
    const tojo = figure('72.09', 'Kabupaten Tojo Una-Una', 2024, { budgetAllocated: 9.5e9 });
    const own = figure('72', 'Sulawesi Tengah', 2024, { budgetAllocated: 45e9 });
    expect(programmeHeadline(input({ rows: [own, BANGGAI_2024, poso] }), id)).toBe(
      'Pagu Sulawesi Tengah Rp 45 miliar; pagu terbesar Kabupaten Banggai Rp 32 miliar',
    );
    expect(programmeHeadline(input({ rows: [BANGGAI_2024, poso, tojo] }), id)).toBe(
      'Pagu terbesar Kabupaten Banggai Rp 32 miliar, terkecil Kabupaten Poso dan Kabupaten Tojo Una-Una Rp 9,5 miliar',
    );
    expect(programmeHeadline(input({ rows: [BANGGAI_2024, poso], lang: 'en' }), en)).toBe(
      'Largest allocation Kabupaten Banggai Rp 32 billion, smallest Kabupaten Poso Rp 9.5 billion',
    );
  });
  it('says nothing without an allocation in the year', () => {
    const spentOnly = figure('72.01', 'Kabupaten Banggai', 2024, { budgetSpent: 30e9 });
    expect(programmeHeadline(input({ rows: [spentOnly] }), id)).toBeNull();
    expect(programmeHeadline(input({ year: 2025 }), id)).toBeNull();
  });
});

describe('programme headline, absorption and coverage', () => {
  const rows = [
    figure('72', 'Sulawesi Tengah', 2024, { absorption: 87.3, coverage: 64.2 }),
    figure('72.01', 'Kabupaten Banggai', 2024, { absorption: 92.4, coverage: 71.8 }),
    figure('72.02', 'Kabupaten Poso', 2024, { absorption: 70.2, coverage: null }),
    figure('72.71', 'Kota Palu', 2024, { absorption: 98.1, coverage: 55.3 }),
    figure('72.71', 'Kota Palu', 2023, { absorption: 99.5, coverage: 50 }),
  ];
  it("gives the region's own figure and the highest and lowest under it, for the measure shown", () => {
    expect(programmeHeadline(input({ rows, measure: 'penyerapan' }), id)).toBe(
      'Penyerapan Sulawesi Tengah 87,3%; tertinggi Kota Palu 98,1%, terendah Kabupaten Poso 70,2%',
    );
    expect(programmeHeadline(input({ rows, measure: 'penyerapan', lang: 'en' }), en)).toBe(
      'Absorption in Sulawesi Tengah 87.3%; highest Kota Palu 98.1%, lowest Kabupaten Poso 70.2%',
    );
    // Poso's coverage is not known: left out, not taken as zero.
    expect(programmeHeadline(input({ rows, measure: 'cakupan' }), id)).toBe(
      'Cakupan Sulawesi Tengah 64,2%; tertinggi Kabupaten Banggai 71,8%, terendah Kota Palu 55,3%',
    );
  });
  it('without the region’s own figure, only the regions under it; with one, just that one', () => {
    const under = rows.slice(1);
    expect(programmeHeadline(input({ rows: under, measure: 'penyerapan' }), id)).toBe(
      'Penyerapan tertinggi Kota Palu 98,1%, terendah Kabupaten Poso 70,2%',
    );
    expect(programmeHeadline(input({ rows: [rows[1]!], measure: 'cakupan', regionCode: '72.01' }), id)).toBe(
      'Cakupan Kabupaten Banggai 71,8%',
    );
    expect(programmeHeadline(input({ rows: [rows[0]!, rows[1]!], measure: 'cakupan', lang: 'en' }), en)).toBe(
      'Coverage in Sulawesi Tengah 64.2%; Kabupaten Banggai 71.8%',
    );
  });
  it('names ties together, says an all-equal spread once, and nothing without figures', () => {
    const full = [
      figure('72.01', 'Kabupaten Banggai', 2024, { coverage: 100 }),
      figure('72.71', 'Kota Palu', 2024, { coverage: 100 }),
    ];
    expect(programmeHeadline(input({ rows: full, measure: 'cakupan' }), id)).toBe(
      'Cakupan tertinggi Kabupaten Banggai dan Kota Palu 100,0%',
    );
    expect(programmeHeadline(input({ rows: [BANGGAI_2024], measure: 'penyerapan' }), id)).toBeNull();
  });
});
