import { describe, expect, it } from 'vitest';
import { type AggregatedIndicator, describeGroup, sumRefusal, weightedMeanRefusal } from './aggregate.js';

const P0: AggregatedIndicator = {
  code: 'poverty_rate_p0',
  nameId: 'Persentase Penduduk Miskin (P0)',
  nameEn: 'Poverty rate (P0)',
  unitId: 'persen',
  unitEn: 'percent',
  aggregation: 'POPULATION_WEIGHTED_MEAN',
};
const POOR: AggregatedIndicator = {
  ...P0,
  code: 'poor_population',
  unitId: 'ribu jiwa',
  unitEn: 'thousand persons',
  aggregation: 'SUM',
};
const IPM: AggregatedIndicator = { ...P0, code: 'human_development_index_ipm', aggregation: 'NOT_AGGREGABLE' };
const POPULATION = { en: 'Population', id: 'Jumlah Penduduk' };

describe('which statistics make sense', () => {
  it('adds up counts only', () => {
    expect(sumRefusal(POOR)).toBeNull();
    expect(sumRefusal(P0)?.id).toBe(
      'Nilai Persentase Penduduk Miskin (P0) (persen) tidak dapat dijumlahkan: jumlah persen antarwilayah tidak bermakna. Gunakan mean, median atau weightedMean.',
    );
    expect(sumRefusal(IPM)?.en).toContain('cannot be added up');
  });

  it('weights rates by counts, and never weights counts', () => {
    expect(weightedMeanRefusal(P0, POOR)).toBeNull();
    expect(weightedMeanRefusal(IPM, POOR)).toBeNull();
    expect(weightedMeanRefusal(POOR, POOR)?.en).toContain('is a count');
    expect(weightedMeanRefusal(IPM, P0)?.id).toContain('tidak dapat menjadi penimbang');
  });
});

describe('a group’s statistics', () => {
  const members = [
    { regionCode: 'a', value: 10, weight: 100 },
    { regionCode: 'b', value: 20, weight: 300 },
    { regionCode: 'c', value: 20, weight: 100 },
    { regionCode: 'd', value: 5, weight: 500 },
  ];

  it('gives count, sum, mean, weighted mean, median, min and max with the regions at the extremes', () => {
    expect(describeGroup(members, POPULATION)).toEqual({
      regionCount: 4,
      count: 4,
      missingCodes: [],
      sum: 55,
      mean: 13.75,
      // (10·100 + 20·300 + 20·100 + 5·500) / 1000
      weightedMean: 11.5,
      median: 15,
      min: 5,
      max: 20,
      minRegionCodes: ['d'],
      maxRegionCodes: ['b', 'c'],
      weightMissingCodes: [],
      notes: [],
    });
  });

  it('takes the middle value of an odd count', () => {
    expect(describeGroup(members.slice(0, 3), null).median).toBe(20);
  });

  it('describes the regions with a value, lists the others, and gives no partial sum', () => {
    const stats = describeGroup([...members, { regionCode: 'e', value: null, weight: 50 }], POPULATION);
    expect(stats).toMatchObject({ regionCount: 5, count: 4, missingCodes: ['e'], mean: 13.75, sum: null, weightedMean: 11.5 });
    expect(stats.notes).toEqual([
      {
        statistic: 'sum',
        reason: {
          en: '1 region(s) have no value: a partial total is not the group’s total.',
          id: '1 wilayah belum bernilai: jumlah sebagian bukan jumlah kelompok.',
        },
      },
    ]);
  });

  it('gives no weighted mean when a region with a value has no weight', () => {
    const stats = describeGroup([...members.slice(0, 3), { regionCode: 'd', value: 5, weight: null }], POPULATION);
    expect(stats.weightedMean).toBeNull();
    expect(stats.weightMissingCodes).toEqual(['d']);
    expect(stats.notes[0]?.reason.id).toBe('Penimbang (Jumlah Penduduk) belum ada untuk 1 wilayah yang bernilai.');
  });

  it('says so when no region has a value', () => {
    const stats = describeGroup([{ regionCode: 'a', value: null, weight: 1 }], POPULATION);
    expect(stats).toMatchObject({ count: 0, mean: null, median: null, min: null, max: null, sum: null, weightedMean: null });
    expect(stats.notes.map((n) => n.statistic)).toEqual(['sum', 'weightedMean']);
  });
});
