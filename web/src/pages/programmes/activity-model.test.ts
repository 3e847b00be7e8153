import { describe, expect, it } from 'vitest';
import { awardStandings, chooseActivityYear, chooseRankingProgramme, overlapsById, provinceOf } from './activity-model';

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

describe('award standings', () => {
  const r = (regionName: string, realisationRank: number | null, onTimeRank: number | null, dataResponseRank: number | null) => ({
    regionCode: regionName,
    regionName,
    realisationRank,
    onTimeRank,
    dataResponseRank,
  });
  const rows = [r('Poso', 2, 1, null), r('Banggai', 1, 1, 1), r('Sigi', null, null, null), r('Donggala', 3, 3, 1)];
  it('orders each award by its own rank, names ties together, and keeps unranked regions last', () => {
    const [realisation, onTime, response] = awardStandings(rows);
    expect(realisation!.rows.map((x) => [x.row.regionName, x.rank, x.tied])).toEqual([
      ['Banggai', 1, false],
      ['Poso', 2, false],
      ['Donggala', 3, false],
      ['Sigi', null, false],
    ]);
    expect(realisation!.winners).toEqual(['Banggai']);
    expect(onTime!.winners).toEqual(['Banggai', 'Poso']);
    expect(onTime!.rows[0]!.tied).toBe(true);
    expect(response!.award).toBe('DATA_RESPONSE');
    expect(response!.rows.map((x) => x.row.regionName)).toEqual(['Banggai', 'Donggala', 'Poso', 'Sigi']);
    expect(response!.winners).toEqual(['Banggai', 'Donggala']);
  });
});
