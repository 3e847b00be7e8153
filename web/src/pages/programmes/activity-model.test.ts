import { describe, expect, it } from 'vitest';
import { chooseActivityYear, chooseRankingProgramme, overlapsById, provinceOf } from './activity-model';

const a = (year: number, status: 'PLAN' | 'REALISATION', programmeCode: string, locationCode: string) => ({
  year,
  status,
  programmeCode,
  locationCode,
});
const activities = [
  a(2024, 'REALISATION', 'BANTU', '72.01'),
  a(2024, 'REALISATION', 'BANTU', '72.02'),
  a(2024, 'REALISATION', '1.06.05.2.02.0003', '72.01'),
  a(2025, 'PLAN', 'BANTU', '72.01'),
];

describe('the Kegiatan view', () => {
  it('opens on the latest year with a realisation, or the year asked for', () => {
    expect(chooseActivityYear(null, activities)).toBe(2024);
    expect(chooseActivityYear(2025, activities)).toBe(2025);
    expect(chooseActivityYear(2019, activities)).toBe(2024);
    expect(chooseActivityYear(null, [])).toBeNull();
  });
  it('ranks on the programme realised in the most kabupaten/kota unless another is asked for', () => {
    expect(chooseRankingProgramme(null, activities, 2024)).toBe('BANTU');
    expect(chooseRankingProgramme('1.06.05.2.02.0003', activities, 2024)).toBe('1.06.05.2.02.0003');
    expect(chooseRankingProgramme('PKH', activities, 2024)).toBe('BANTU');
    expect(chooseRankingProgramme(null, activities, 2025)).toBeNull();
  });
  it('ranks the kabupaten/kota of the region’s province', () => {
    expect(provinceOf({ code: '72', level: 'PROVINCE' })).toBe('72');
    expect(provinceOf({ code: '72.01', level: 'REGENCY_CITY' })).toBe('72');
    expect(provinceOf({ code: 'ID', level: 'NATIONAL' })).toBeNull();
  });
  it('marks each overlapping activity with the other implementers', () => {
    const byId = overlapsById([
      {
        implementerCodes: ['72', '72.01'],
        activities: [
          { id: 1, implementerName: 'Sulawesi Tengah' },
          { id: 2, implementerName: 'Kabupaten Banggai' },
        ],
      },
    ]);
    expect(byId.get(1)).toEqual(['Kabupaten Banggai']);
    expect(byId.get(2)).toEqual(['Sulawesi Tengah']);
    expect(byId.has(3)).toBe(false);
  });
});
