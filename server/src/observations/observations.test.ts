import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';
import { SIX_INDICATORS } from '../test-support/key-indicators.js';
import { VIEWER } from '../test-support/viewers.js';

interface Page {
  observations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { regionCode: string; period: string; value: number } }[];
  };
}
const PAGE = `query ($after: String, $first: Int!) {
  observations(filter: { indicatorCodes: ["poverty_rate_p0"], parentCode: "75", periodFrom: "2023" }, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { regionCode period value } }
  }
}`;

describeEachDatabase(
  'observations and series',
  (use) => {
    let api: Awaited<ReturnType<typeof createTestApi>>;
    beforeAll(async () => {
      api = await createTestApi(use());
    });
    afterAll(() => api.stop());

    it('pages through a filter with stable cursors: small pages add up to one big page', async () => {
      const all = (await api.query<Page>(PAGE, { first: 1000 })).observations;
      expect(all.totalCount).toBe(18); // 6 kab/kota × 2023–2025
      const seen: Page['observations']['edges'] = [];
      let after: string | null = null;
      do {
        const page: Page['observations'] = (await api.query<Page>(PAGE, { first: 5, after })).observations;
        seen.push(...page.edges);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual(all.edges);
    });

    it('reads a period range as analysts write it: a semester covers its months', async () => {
      const periods = async (from: string, to: string) => {
        const { observations } = await api.query<Page>(
          `query ($from: String, $to: String) { observations(filter: { indicatorCodes: ["poverty_rate_p0"], regionCodes: ["ID"], periodFrom: $from, periodTo: $to }) {
             totalCount pageInfo { hasNextPage endCursor } edges { node { regionCode period value } } } }`,
          { from, to },
        );
        return observations.edges.map((e) => e.node.period);
      };
      expect(await periods('Semester I 2024', 'Semester I 2024')).toEqual(['2024-03']);
      expect(await periods('Semester II 2024', 'Maret 2025')).toEqual(['2024-09', '2025-03']);
      const bad = await api.execute('{ observations(filter: { periodFrom: "2024-13" }) { totalCount } }');
      expect(bad.errors?.[0]?.message).toBe(
        'periodFrom “2024-13” is not a period: write "2020", "2020-03", "Maret 2020" or "Semester I 2020".',
      );
    });

    it('refuses oversized pages and foreign cursors with a clear message', async () => {
      expect((await api.execute(PAGE, { first: 5000 })).errors?.[0]?.message).toBe('first must be between 1 and 1000, got 5000.');
      expect((await api.execute(PAGE, { first: 5, after: 'abc' })).errors?.[0]?.message).toMatch(
        /not a cursor returned by this API/,
      );
    });

    it('gives series with breaks marked, one frequency per series, in constant statements', async () => {
      const q = `query ($codes: [String!]!) { series(indicatorCode: "poverty_rate_p0", regionCodes: $codes) {
        regionCode frequency region { name } points { period value breakBefore breakReasonEn source { title } } } }`;
      const { series } = await api.query<{
        series: { regionCode: string; frequency: string; points: { period: string; breakBefore: boolean }[] }[];
      }>(q, {
        codes: ['91', '75.02'],
      });
      expect(series[0]?.frequency).toBe('SUBANNUAL');
      expect(series[0]?.points.filter((p) => p.breakBefore).map((p) => p.period)).toEqual(['2024-03']);
      expect(series[1]).toMatchObject({ regionCode: '75.02', frequency: 'ANNUAL' });
      expect(series[1]?.points.map((p) => p.period)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);
      const few = await api.statementsOf(() => api.query(q, { codes: ['11'] }));
      const many = await api.statementsOf(() =>
        api.query(q, {
          codes: [
            '11',
            '12',
            '13',
            '14',
            '15',
            '16',
            '17',
            '18',
            '19',
            '21',
            '31',
            '32',
            '33',
            '34',
            '35',
            '36',
            '51',
            '52',
            '53',
            '61',
            '62',
            '63',
            '64',
            '65',
            '71',
            '72',
            '73',
            '74',
            '75',
            '76',
            '81',
            '82',
            '91',
            '92',
            '93',
            '94',
            '95',
            '96',
          ],
        }),
      );
      expect(many.length).toBe(few.length);
      // A viewer, who reads only verified and published values, costs the same.
      const viewer = await api.statementsOf(() => api.query(q, { codes: ['11', '12', '13'] }, { viewer: VIEWER }));
      expect(viewer.length).toBe(few.length);
    });

    it('gives a grid of series, indicator by indicator, the same as one series per indicator', async () => {
      const shape = 'indicatorCode regionCode frequency points { period value breakBefore breakReasonId updatedAt }';
      type Shape = { indicatorCode: string; regionCode: string; frequency: string; points: { period: string }[] };
      const { seriesGrid } = await api.query<{ seriesGrid: Shape[] }>(
        `{ seriesGrid(indicatorCodes: ["poverty_rate_p0", "gini_ratio"], regionCodes: ["91", "75.02"]) { ${shape} } }`,
      );
      expect(seriesGrid.map((s) => [s.indicatorCode, s.regionCode])).toEqual([
        ['poverty_rate_p0', '91'],
        ['poverty_rate_p0', '75.02'],
        ['gini_ratio', '91'],
        ['gini_ratio', '75.02'],
      ]);
      // No Gini for kabupaten/kota: an empty series, not a missing one.
      expect(seriesGrid[3]?.points).toEqual([]);
      for (const indicator of ['poverty_rate_p0', 'gini_ratio']) {
        const { series } = await api.query<{ series: Shape[] }>(
          `{ series(indicatorCode: "${indicator}", regionCodes: ["91", "75.02"]) { ${shape} } }`,
        );
        expect(seriesGrid.filter((s) => s.indicatorCode === indicator)).toEqual(series);
      }
    });

    it('costs the same SQL statements for a grid of 6 indicators × 38 provinces as for one series', async () => {
      const { regions } = await api.query<{ regions: { code: string }[] }>('{ regions(level: PROVINCE) { code } }');
      expect(regions).toHaveLength(38);
      const q = `query ($indicators: [String!]!, $codes: [String!]!) { seriesGrid(indicatorCodes: $indicators, regionCodes: $codes) {
        indicatorCode region { name } indicator { nameId } points { period value source { title } } } }`;
      const one = await api.statementsOf(() => api.query(q, { indicators: ['poverty_rate_p0'], codes: ['75'] }));
      let grid: { seriesGrid: unknown[] } = { seriesGrid: [] };
      const many = await api.statementsOf(async () => {
        grid = await api.query(q, {
          indicators: SIX_INDICATORS,
          codes: regions.map((r) => r.code),
        });
      });
      expect(grid.seriesGrid).toHaveLength(6 * 38);
      expect(many.length).toBe(one.length);
      const viewer = await api.statementsOf(() =>
        api.query(q, { indicators: SIX_INDICATORS, codes: regions.map((r) => r.code) }, { viewer: VIEWER }),
      );
      expect(viewer.length).toBe(one.length);
    });

    it('refuses an unknown indicator and an oversized grid, saying what to change', async () => {
      const unknown = await api.execute('{ seriesGrid(indicatorCodes: ["p0"], regionCodes: ["75"]) { regionCode } }');
      expect(unknown.errors?.[0]).toMatchObject({
        message: 'Unknown indicator “p0”. The catalogue is in the `indicators` query. Did you mean “poverty_rate_p0”?',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      const q =
        'query ($indicators: [String!]!, $codes: [String!]!) { seriesGrid(indicatorCodes: $indicators, regionCodes: $codes) { regionCode } }';
      const codes = (n: number) => Array.from({ length: n }, (_, i) => `99.${i}`);
      const tooMany = await api.execute(q, { indicators: ['poverty_rate_p0'], codes: codes(601) });
      expect(tooMany.errors?.[0]?.message).toBe('seriesGrid accepts at most 600 regions at once, got 601.');
      const tooLarge = await api.execute(q, {
        indicators: ['poverty_rate_p0', 'poor_population', 'gini_ratio', 'open_unemployment_rate_tpt'],
        codes: codes(501),
      });
      expect(tooLarge.errors?.[0]?.message).toBe(
        'seriesGrid returns at most 2000 series (indicatorCodes × regionCodes), got 4 × 501 = 2004: ask for fewer indicators or regions at once.',
      );
    });

    it('describes the catalogue with coverage and series breaks', async () => {
      const { indicator } = await api.query<{
        indicator: { unitId: string; direction: string; coverage: { periods: string[] }; seriesBreaks: { startsAt: string }[] };
      }>(
        '{ indicator(code: "human_development_index_ipm") { unitId direction coverage { regions periods } seriesBreaks { regionCode startsAt } } }',
      );
      expect(indicator.direction).toBe('HIGHER_IS_BETTER');
      expect(indicator.coverage.periods).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);
      expect(indicator.seriesBreaks).toContainEqual({ regionCode: null, startsAt: '2021' });
    });
  },
  { demoData: true },
);
