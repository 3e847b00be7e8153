import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';
import { VIEWER } from '../test-support/viewers.js';

const AGGREGATE = `query ($indicator: String! = "poverty_rate_p0", $parent: String! = "ID", $level: RegionLevel, $period: String!, $groupBy: AggregateGroupBy, $weight: String) {
  aggregate(indicatorCode: $indicator, parentCode: $parent, level: $level, period: $period, groupBy: $groupBy, weightIndicatorCode: $weight) {
    period level groupBy partial weightIndicatorCode weightPeriod
    groups { groupCode region { name } regionCount count missingCodes notYetFormedCodes partial
             mean median min max minRegionCodes maxRegionCodes weightedMean weightMissingCodes publishedValue
             notes { statistic reasonId reasonEn } }
  }
}`;

const EXAMPLE = new URL('../../../web/src/explorer/examples/17-rata-rata-kabupaten-kota.graphql', import.meta.url);

interface Group {
  groupCode: string;
  region: { name: string };
  regionCount: number;
  count: number;
  missingCodes: string[];
  notYetFormedCodes: string[];
  partial: boolean;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  minRegionCodes: string[];
  maxRegionCodes: string[];
  weightedMean: number | null;
  weightMissingCodes: string[];
  publishedValue: number | null;
  notes: { statistic: string; reasonId: string; reasonEn: string }[];
}
interface Answer {
  aggregate: {
    period: string;
    level: string;
    groupBy: string;
    partial: boolean;
    weightIndicatorCode: string | null;
    groups: Group[];
  };
}

describeEachDatabase(
  'aggregate',
  (use) => {
    let api: Awaited<ReturnType<typeof createTestApi>>;
    beforeAll(async () => {
      api = await createTestApi(use());
    });
    afterAll(() => api.stop());

    it("describes a province's kabupaten/kota beside the province's published figure", async () => {
      const { aggregate } = await api.query<Answer>(AGGREGATE, { parent: 'Provinsi Gorontalo', period: '2024' });
      expect(aggregate).toMatchObject({ period: '2024', level: 'REGENCY_CITY', groupBy: 'PARENT', partial: false });
      expect(aggregate.groups).toHaveLength(1);
      // BPS, P0 of Gorontalo's six kabupaten/kota in 2024: 16.43, 17.83, 14.8, 17.11, 16.86 and 5.74.
      expect(aggregate.groups[0]).toMatchObject({
        groupCode: '75',
        region: { name: 'Gorontalo' },
        regionCount: 6,
        count: 6,
        missingCodes: [],
        mean: 14.795,
        median: 16.645,
        min: 5.74,
        minRegionCodes: ['75.71'],
        max: 17.83,
        maxRegionCodes: ['75.02'],
        publishedValue: 14.57,
      });
    });

    it("answers a province's kabupaten/kota mean, population-weighted mean and published value in one query", async () => {
      const { aggregate } = await api.query<Answer>(AGGREGATE, { parent: 'Sulawesi Tengah', period: '2024' });
      expect(aggregate).toMatchObject({ weightIndicatorCode: 'population', weightPeriod: '2024', partial: false });
      // BPS 2024: the 13 kabupaten/kota's P0 weighted by their population (Banggai Kepulauan 124.6 thousand … Palu
      // 392.5) is 11.77, the province's published P0; their plain mean is 12.29.
      expect(aggregate.groups[0]).toMatchObject({ regionCount: 13, count: 13, median: 12.45, publishedValue: 11.77 });
      expect(aggregate.groups[0]!.mean).toBeCloseTo(12.290769, 5);
      expect(aggregate.groups[0]!.weightedMean).toBeCloseTo(11.772496, 5);
      expect(aggregate.groups[0]!.notes).toEqual([]);
    });

    it('says which weights are missing instead of weighting part of the group', async () => {
      // BPS's kab/kota population of Gorontalo lacks Kabupaten Gorontalo (see prisma/seed/sources/population).
      const { aggregate } = await api.query<Answer>(AGGREGATE, { parent: '75', period: '2024' });
      expect(aggregate.groups[0]).toMatchObject({ weightedMean: null, weightMissingCodes: ['75.01'] });
      expect(aggregate.groups[0]!.notes).toEqual([
        {
          statistic: 'weightedMean',
          reasonId: 'Penimbang (Jumlah Penduduk) belum ada untuk 1 wilayah yang bernilai.',
          reasonEn: 'The weight (Population) is missing for 1 region(s) with a value.',
        },
      ]);
    });

    it('weights a round by the population of its year', async () => {
      const { aggregate } = await api.query<Answer>(AGGREGATE, { period: 'Maret 2024', groupBy: 'LEVEL' });
      expect(aggregate).toMatchObject({ weightPeriod: '2024' });
      // The 38 provinces' P0 of March 2024 weighted by their 2024 population (BPS projection) is 9.14, beside
      // Indonesia's published 9.03%: BPS weights Susenas households, not the projection, so the two differ.
      expect(aggregate.groups[0]).toMatchObject({ count: 38, publishedValue: 9.03 });
      expect(aggregate.groups[0]!.weightedMean).toBeCloseTo(9.143795, 5);
    });

    it('groups the kabupaten/kota of Indonesia by province, saying which have no value', async () => {
      const { aggregate } = await api.query<Answer>(AGGREGATE, { level: 'REGENCY_CITY', period: '2024' }, { viewer: VIEWER });
      expect(aggregate.groups).toHaveLength(38);
      expect(aggregate.partial).toBe(true);
      const withData = aggregate.groups.filter((g) => g.count > 0).map((g) => g.groupCode);
      expect(withData).toEqual(['21', '64', '72', '75']);
      const aceh = aggregate.groups.find((g) => g.groupCode === '11')!;
      expect(aceh).toMatchObject({ regionCount: 23, count: 0, partial: true, mean: null, median: null });
      expect(aceh.missingCodes).toHaveLength(23);
      expect(aggregate.groups.find((g) => g.groupCode === '75')).toMatchObject({ mean: 14.795, partial: false });
    });

    it('counts only the provinces that existed in the year', async () => {
      const { aggregate } = await api.query<Answer>(AGGREGATE, { period: '2019-03', groupBy: 'LEVEL' });
      expect(aggregate.groups).toHaveLength(1);
      expect(aggregate.groups[0]).toMatchObject({ groupCode: 'ID', regionCount: 34, count: 34, partial: false });
      expect(aggregate.groups[0]!.notYetFormedCodes).toEqual(['93', '94', '95', '96']);
      // BPS, March 2019: Indonesia 9.41%, the highest province Papua (27.53%), the lowest DKI Jakarta (3.47%).
      expect(aggregate.groups[0]).toMatchObject({ publishedValue: 9.41, max: 27.53, maxRegionCodes: ['91'] });
      expect(aggregate.groups[0]!.minRegionCodes).toEqual(['31']);
    });

    it('adds up counts: the poor of Gorontalo’s kabupaten/kota beside the province’s figure', async () => {
      const query = `{ aggregate(indicatorCode: "poor_population", parentCode: "75", period: "2024") {
        weightIndicatorCode groups { sum publishedValue count } } }`;
      const { aggregate } = await api.query<{
        aggregate: { weightIndicatorCode: string | null; groups: { sum: number; publishedValue: number; count: number }[] };
      }>(query);
      expect(aggregate.weightIndicatorCode).toBeNull();
      expect(aggregate.groups[0]!.count).toBe(6);
      expect(aggregate.groups[0]!.sum).toBeGreaterThan(0);
      expect(Math.abs(aggregate.groups[0]!.sum - aggregate.groups[0]!.publishedValue)).toBeLessThan(0.1);
    });

    it('refuses a sum of percentages and a weighted mean of counts, with a sentence in the asker’s language', async () => {
      const sum =
        await api.execute(`{ aggregate(indicatorCode: "poverty_rate_p0", parentCode: "75", period: "2024") { groups { ...s } } }
        fragment s on AggregateGroup { sum }`);
      expect(sum.data).toBeNull();
      expect(sum.errors?.[0]).toMatchObject({
        message:
          'The values of Poverty Rate (P0) (percent) cannot be added up: a sum of percent across regions means nothing. Ask for mean, median or weightedMean instead.',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      const weighted = await api.execute(
        `{ aggregate(indicatorCode: "poor_population", parentCode: "75", period: "2024") { groups { weightedMean } } }`,
        {},
        { language: 'id' },
      );
      expect(weighted.errors?.[0]?.message).toMatch(/^Jumlah Penduduk Miskin berupa jumlah \(ribu jiwa\)/);
      const rateAsWeight = await api.execute(
        `{ aggregate(indicatorCode: "human_development_index_ipm", period: "2023", weightIndicatorCode: "poverty_rate_p0") { groups { weightedMean } } }`,
      );
      expect(rateAsWeight.errors?.[0]?.message).toMatch(/cannot weight a mean: a weight must be a count/);
    });

    it('refuses a period the indicator cannot have, and a level that is not below the parent', async () => {
      const june = await api.execute(AGGREGATE, { period: '2025-06' });
      expect(june.errors?.[0]?.message).toMatch(/^period “2025-06” cannot exist for poverty_rate_p0/);
      const level = await api.execute(AGGREGATE, { parent: '75', level: 'PROVINCE', period: '2024' });
      expect(level.errors?.[0]?.message).toMatch(/^level PROVINCE is not below 75/);
    });

    it("answers the explorer's example with its default variables", async () => {
      const { aggregate } = await api.query<Answer>(readFileSync(EXAMPLE, 'utf8'));
      expect(aggregate.groups[0]).toMatchObject({ region: { name: 'Sulawesi Tengah' }, publishedValue: 11.77 });
      expect(aggregate.groups[0]!.weightedMean).toBeCloseTo(11.772496, 5);
    });

    it('reads values, weights and published figures in one statement, for 38 groups as for one', async () => {
      const readsValues = (sql: string) => /\bobservation\b/.test(sql);
      const one = await api.statementsOf(() => api.query(AGGREGATE, { parent: '75', period: '2024' }));
      const all = await api.statementsOf(() => api.query(AGGREGATE, { level: 'REGENCY_CITY', period: '2024' }));
      // The 38 provinces named as groups come in one statement more; the values in one, as for one group.
      expect(all.length).toBe(one.length + 1);
      for (const statements of [one, all]) expect(statements.filter(readsValues)).toHaveLength(1);
      const held = await api.statementsOf(() => api.query(AGGREGATE, { level: 'REGENCY_CITY', period: '2024' }), 'held');
      expect(held).toHaveLength(1);
    });
  },
  { demoData: true },
);
