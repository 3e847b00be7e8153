import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';
import { SIX_INDICATORS } from '../test-support/key-indicators.js';
import { VIEWER } from '../test-support/viewers.js';

const COMPARISON = `query ($parent: String!, $level: RegionLevel, $period: String) {
  comparison(indicatorCode: "poverty_rate_p0", parentCode: $parent, level: $level, period: $period) {
    period previousPeriod parentValue parentPeriod nationalValue nationalPeriod
    rows { regionCode value rank quartile change changeNotComparable differenceFromParent differenceFromNational
           region { name kind } peers { code } source { title } }
    summary { count min max median }
  }
}`;

interface Row {
  regionCode: string;
  value: number;
  rank: number;
  quartile: number;
  change: number | null;
  changeNotComparable: boolean;
  differenceFromParent: number | null;
  region: { name: string };
}

describeEachDatabase(
  'comparison',
  (use) => {
    let api: Awaited<ReturnType<typeof createTestApi>>;
    beforeAll(async () => {
      api = await createTestApi(use());
    });
    afterAll(() => api.stop());

    it("ranks Gorontalo's kabupaten/kota on P0 in the latest year, against the province and the nation", async () => {
      const { comparison } = await api.query<{ comparison: Record<string, unknown> & { rows: Row[] } }>(COMPARISON, {
        parent: '75',
      });
      expect(comparison).toMatchObject({
        period: '2025',
        previousPeriod: '2024',
        parentValue: 13.24,
        parentPeriod: '2025',
        // Kab/kota poverty is annual from the March round: the national March 2025 figure stands beside it.
        nationalValue: 8.47,
        nationalPeriod: '2025-03',
        summary: { count: 6, min: 5.31, max: 16.37 },
      });
      expect(comparison.rows.map((r) => [r.region.name, r.value, r.rank])).toEqual([
        ['Kota Gorontalo', 5.31, 1],
        ['Kabupaten Bone Bolango', 13.16, 2],
        ['Kabupaten Gorontalo', 14.89, 3],
        ['Kabupaten Pohuwato', 15.24, 4],
        ['Kabupaten Gorontalo Utara', 15.89, 5],
        ['Kabupaten Boalemo', 16.37, 6],
      ]);
      expect(comparison.rows[5]).toMatchObject({ quartile: 4, change: -1.46, differenceFromParent: 3.13 });
    });

    it('compares a seasonal figure with the same round a year earlier: TPT of August with August', async () => {
      const { comparison } = await api.query<{ comparison: { previousPeriod: string; rows: Row[] } }>(
        `{ comparison(indicatorCode: "open_unemployment_rate_tpt", parentCode: "ID", period: "2025-08") {
             previousPeriod rows { regionCode value change } } }`,
      );
      expect(comparison.previousPeriod).toBe('2024-08');
      // Kalimantan Timur: 5.18% in August 2025, 5.14% in August 2024 (5.33% in February 2025).
      expect(comparison.rows.find((r) => r.regionCode === '64')).toMatchObject({ value: 5.18, change: 0.04 });
    });

    it("gives a series' latest change by the comparison's rule: the overview's TPT card speaks of August with August", async () => {
      const { comparison, seriesGrid } = await api.query<{
        comparison: { period: string; previousPeriod: string; rows: (Row & { previousValue: number })[] };
        seriesGrid: { latestChange: Record<string, unknown> }[];
      }>(
        `{ comparison(indicatorCode: "open_unemployment_rate_tpt", parentCode: "ID") {
             period previousPeriod rows { regionCode value previousValue change } }
           seriesGrid(indicatorCodes: ["open_unemployment_rate_tpt"], regionCodes: ["75"]) {
             latestChange { period value previousPeriod previousValue change changeNotComparable } } }`,
      );
      const gorontalo = comparison.rows.find((r) => r.regionCode === '75')!;
      // Gorontalo: 3.42% in August 2025, 3.13% in August 2024 (3.12% in February 2025).
      expect(seriesGrid[0]!.latestChange).toEqual({
        period: '2025-08',
        value: 3.42,
        previousPeriod: '2024-08',
        previousValue: 3.13,
        change: 0.29,
        changeNotComparable: false,
      });
      expect([comparison.period, comparison.previousPeriod, gorontalo.previousValue, gorontalo.change]).toEqual([
        '2025-08',
        '2024-08',
        3.13,
        0.29,
      ]);
    });

    it('does not compute a change across the Papua split', async () => {
      const { comparison } = await api.query<{ comparison: { previousPeriod: string; rows: Row[] } }>(COMPARISON, {
        parent: 'ID',
        period: '2024-03',
      });
      expect(comparison.previousPeriod).toBe('2023-03');
      const papua = comparison.rows.find((r) => r.regionCode === '91');
      expect(papua).toMatchObject({ value: 17.26, change: null, changeNotComparable: true });
      expect(comparison.rows.find((r) => r.regionCode === '75')).toMatchObject({ change: -0.58, changeNotComparable: false });
    });

    it('ranks the 34 provinces of 2019, not the four Papua provinces formed in 2022, and says so', async () => {
      // A value stored under Papua Tengah for 2019 before imports refused such values: Papua's own, as a BPS table
      // printing a back-cast for the new province would give it.
      await use().sql.query(
        `INSERT INTO observation (indicator_code, region_code, period, year, subperiod, value, source_id, status)
         SELECT indicator_code, '94', period, year, subperiod, value, source_id, status FROM observation
         WHERE indicator_code = 'human_development_index_ipm' AND region_code = '91' AND period = '2019'`,
      );
      const { comparison } = await api.query<{
        comparison: { rows: Row[]; notYetFormedCodes: string[]; summary: { count: number } };
      }>(
        `{ comparison(indicatorCode: "human_development_index_ipm", parentCode: "ID", period: "2019") {
             notYetFormedCodes summary { count } rows { regionCode rank } } }`,
      );
      expect(comparison.notYetFormedCodes).toEqual(['93', '94', '95', '96']);
      expect(comparison.summary.count).toBe(34);
      expect(comparison.rows).toHaveLength(34);
      expect(comparison.rows.filter((r) => ['93', '94', '95', '96'].includes(r.regionCode))).toEqual([]);
      // Papua ranks last of the 34, alone: the copy under Papua Tengah does not share its rank.
      expect(comparison.rows.filter((r) => r.rank === 34).map((r) => r.regionCode)).toEqual(['91']);
      // In 2023 the four exist: the list is empty.
      const later = await api.query<{ comparison: { notYetFormedCodes: string[] } }>(
        '{ comparison(indicatorCode: "human_development_index_ipm", parentCode: "ID", period: "2023") { notYetFormedCodes } }',
      );
      expect(later.comparison.notYetFormedCodes).toEqual([]);
      await use().sql.query("DELETE FROM observation WHERE region_code = '94' AND period = '2019'");
    });

    it('costs the same SQL statements for all 514 kabupaten/kota as for the 6 of one province', async () => {
      const six = await api.statementsOf(() => api.query(COMPARISON, { parent: '75' }));
      const all = await api.statementsOf(() => api.query(COMPARISON, { parent: 'ID', level: 'REGENCY_CITY' }));
      // All kab/kota read their values by period and take their regions from the held registry, which this test's
      // server (no notifications) reads again each request: one statement more, whatever the number of regions.
      expect(all.length).toBe(six.length + 1);
      expect(all.length).toBeLessThanOrEqual(9);
      // A viewer, who reads only verified and published values, costs the same.
      const viewer = await api.statementsOf(() =>
        api.query(COMPARISON, { parent: 'ID', level: 'REGENCY_CITY' }, { viewer: VIEWER }),
      );
      expect(viewer.length).toBe(all.length);
    });

    it('compares several indicators under one parent, each exactly as `comparison` does', async () => {
      const shape = `indicatorCode parentCode level period previousPeriod parentValue parentPeriod nationalValue nationalPeriod
        rows { regionCode value rank quartile previousValue change changeNotComparable differenceFromParent differenceFromNational
               peerCodes updatedAt source { title } }
        summary { count min max mean median }`;
      // P0 and the poor population are published for kabupaten/kota, Gini is not: its comparison is empty.
      const indicators = ['poverty_rate_p0', 'gini_ratio', 'poor_population'];
      for (const [parent, period] of [
        ['75', null],
        ['75', '2024'],
        ['ID', null],
      ] as const) {
        const { comparisons } = await api.query<{ comparisons: { indicatorCode: string; rows: unknown[] }[] }>(
          `query ($parent: String!, $period: String) { comparisons(indicatorCodes: ${JSON.stringify(indicators)}, parentCode: $parent, period: $period) { ${shape} } }`,
          { parent, period },
        );
        expect(comparisons.map((c) => c.indicatorCode)).toEqual(indicators);
        for (const [i, indicator] of indicators.entries()) {
          const { comparison } = await api.query<{ comparison: unknown }>(
            `query ($parent: String!, $period: String) { comparison(indicatorCode: "${indicator}", parentCode: $parent, period: $period) { ${shape} } }`,
            { parent, period },
          );
          expect(comparisons[i]).toEqual(comparison);
        }
      }
      const { comparisons } = await api.query<{ comparisons: { period: string | null; rows: unknown[] }[] }>(
        '{ comparisons(indicatorCodes: ["poverty_rate_p0", "gini_ratio"], parentCode: "75") { period rows { regionCode } } }',
      );
      expect(comparisons[0]?.rows).toHaveLength(6);
      expect(comparisons[1]).toEqual({ period: null, rows: [] });
    });

    it('costs the same SQL statements for six indicators over all 514 kabupaten/kota as for one indicator', async () => {
      const q = `query ($indicators: [String!]!, $parent: String!, $level: RegionLevel) {
        comparisons(indicatorCodes: $indicators, parentCode: $parent, level: $level) {
          period nationalValue indicator { nameId } parent { name } summary { count }
          rows { regionCode rank region { name } peers { code } source { title } }
        }
      }`;
      const one = await api.statementsOf(() => api.query(q, { indicators: ['poverty_rate_p0'], parent: '75' }));
      const six = SIX_INDICATORS;
      let all: { comparisons: { rows: unknown[] }[] } = { comparisons: [] };
      const many = await api.statementsOf(async () => {
        all = await api.query(q, { indicators: six, parent: 'ID', level: 'REGENCY_CITY' });
      });
      expect(all.comparisons).toHaveLength(6);
      expect(all.comparisons[0]?.rows.length).toBeGreaterThan(30);
      expect(many.length).toBe(one.length + 1); // the held registry, as above
      expect(many.length).toBeLessThanOrEqual(9);
      const viewer = await api.statementsOf(() =>
        api.query(q, { indicators: six, parent: 'ID', level: 'REGENCY_CITY' }, { viewer: VIEWER }),
      );
      expect(viewer.length).toBe(many.length);
    });

    it('refuses too many indicators, an unknown one and an unknown parent, saying what to change', async () => {
      const codes = Array.from({ length: 11 }, () => 'poverty_rate_p0');
      const tooMany = await api.execute('query ($c: [String!]!) { comparisons(indicatorCodes: $c) { period } }', { c: codes });
      expect(tooMany.errors?.[0]).toMatchObject({
        message: 'comparisons accepts at most 10 indicators at once, got 11: split the request.',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      const unknown = await api.execute('{ comparisons(indicatorCodes: ["poverty_rate_p0", "p0"]) { period } }');
      expect(unknown.errors?.[0]?.message).toBe(
        'Unknown indicator “p0”. The catalogue is in the `indicators` query. Did you mean “poverty_rate_p0”?',
      );
      const region = await api.execute('{ comparisons(indicatorCodes: ["poverty_rate_p0"], parentCode: "7500") { period } }');
      expect(region.errors?.[0]?.message).toMatch(/Unknown region “7500”: no province or kabupaten\/kota has this BPS code/);
    });

    it('reads the period as written elsewhere in the API, and refuses what is not a period', async () => {
      const march = await api.query<{ comparison: { period: string; previousPeriod: string } }>(
        '{ comparison(indicatorCode: "poverty_rate_p0", period: "2024-3") { period previousPeriod } }',
      );
      expect(march.comparison).toEqual({ period: '2024-03', previousPeriod: '2023-03' });
      // A semester is the indicator's round: P0's first is March.
      const semester = await api.query<{ comparison: { period: string } }>(
        '{ comparison(indicatorCode: "poverty_rate_p0", period: "Semester I 2024") { period } }',
      );
      expect(semester.comparison.period).toBe('2024-03');
      const bad = await api.execute('{ comparison(indicatorCode: "poverty_rate_p0", period: "2024-13") { period } }');
      expect(bad.errors?.[0]).toMatchObject({
        message: 'period “2024-13” is not a period: write "2024", "2024-03" or "Maret 2024".',
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });

    it('says what is wrong with an unknown indicator or region', async () => {
      const bad = await api.execute('{ comparison(indicatorCode: "p0") { period } }');
      expect(bad.errors?.[0]).toMatchObject({
        message: 'Unknown indicator “p0”. The catalogue is in the `indicators` query. Did you mean “poverty_rate_p0”?',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      const region = await api.execute('{ comparison(indicatorCode: "poverty_rate_p0", parentCode: "7500") { period } }');
      expect(region.errors?.[0]?.message).toMatch(/Unknown region “7500”: no province or kabupaten\/kota has this BPS code/);
      const level = await api.execute(
        '{ comparison(indicatorCode: "poverty_rate_p0", parentCode: "75", level: PROVINCE) { period } }',
      );
      expect(level.errors?.[0]?.message).toBe(
        'level PROVINCE is not below 75 (PROVINCE): compare REGENCY_CITY under it, or choose a higher parent.',
      );
    });
  },
  { demoData: true },
);
