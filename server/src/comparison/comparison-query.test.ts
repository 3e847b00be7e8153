import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';
import { VIEWER } from '../test-support/viewers.js';

const EXAMPLE = new URL('../../../web/src/explorer/examples/14-lima-teratas-dengan-perubahan.graphql', import.meta.url);

const ROWS = `query ($parent: String! = "72", $level: RegionLevel, $where: ComparisonRowFilter, $orderBy: [ComparisonOrder!], $first: Int) {
  comparison(indicatorCode: "poverty_rate_p0", parentCode: $parent, level: $level, where: $where, orderBy: $orderBy, first: $first) {
    period matchedCount summary { count } rows { regionCode value rank change region { name } }
  }
}`;

interface Row {
  regionCode: string;
  value: number;
  rank: number;
  previousValue: number | null;
  change: number | null;
  changeNotComparable: boolean;
  region: { code: string; name: string };
}
interface Answer {
  comparison: {
    period: string;
    previousPeriod: string;
    matchedCount: number;
    missingCodes: string[];
    partial: boolean;
    summary: { count: number };
    rows: Row[];
  };
}

describeEachDatabase(
  'comparison: where, orderBy, first and what is missing',
  (use) => {
    let api: Awaited<ReturnType<typeof createTestApi>>;
    beforeAll(async () => {
      api = await createTestApi(use());
    });
    afterAll(() => api.stop());

    it('answers in one query: the 5 kabupaten/kota of Sulawesi Tengah with the highest P0 in 2025, with the change since 2024', async () => {
      const { comparison } = await api.query<Answer>(readFileSync(EXAMPLE, 'utf8'));
      expect(comparison).toMatchObject({
        period: '2025',
        previousPeriod: '2024',
        matchedCount: 13,
        missingCodes: [],
        partial: false,
      });
      // BPS, P0 by kabupaten/kota (March, annual): 2025 and 2024.
      expect(comparison.rows.map((r) => [r.region.name, r.value, r.previousValue, r.change, r.rank])).toEqual([
        ['Kabupaten Tojo Una Una', 14.67, 16.36, -1.69, 13],
        ['Kabupaten Donggala', 14.66, 15.3, -0.64, 12],
        ['Kabupaten Parigi Moutong', 13.51, 14.2, -0.69, 11],
        ['Kabupaten Poso', 12.9, 14.23, -1.33, 10],
        ['Kabupaten Banggai Laut', 12.71, 13.78, -1.07, 9],
      ]);
    });

    it('filters with operators, and/or/not, keeping ranks and the summary of all regions', async () => {
      const high = await api.query<Answer>(ROWS, { where: { value: { gte: 12 }, change: { lt: -1 } } });
      expect(high.comparison.rows.map((r) => [r.regionCode, r.rank])).toEqual([
        ['72.11', 9],
        ['72.02', 10],
        ['72.09', 13],
      ]);
      expect(high.comparison).toMatchObject({ matchedCount: 3, summary: { count: 13 } });
      const ends = await api.query<Answer>(ROWS, {
        where: { or: [{ value: { gte: 14.5 } }, { value: { between: [5, 6] } }] },
        orderBy: [{ field: 'REGION_NAME' }],
      });
      expect(ends.comparison.rows.map((r) => r.region.name)).toEqual([
        'Kabupaten Donggala',
        'Kabupaten Tojo Una Una',
        'Kota Palu',
      ]);
      const named = await api.query<Answer>(ROWS, {
        where: { regionName: { contains: 'BANGGAI' }, not: { regionCode: { in: ['72.07'] } } },
      });
      expect(named.comparison.rows.map((r) => r.region.name)).toEqual(['Kabupaten Banggai', 'Kabupaten Banggai Laut']);
      const none = await api.query<Answer>(ROWS, { where: { change: { isNull: true } }, first: 0 });
      expect(none.comparison).toMatchObject({ matchedCount: 0, rows: [] });
    });

    it('says which regions have no value for the period and which period the national value comes from', async () => {
      const { comparisons } = await api.query<{
        comparisons: {
          indicatorCode: string;
          matchedCount: number;
          missingCodes: string[];
          partial: boolean;
          nationalPeriod: string | null;
        }[];
      }>(
        `{ comparisons(indicatorCodes: ["poverty_rate_p0", "gini_ratio"], parentCode: "ID", period: "2024") {
             indicatorCode matchedCount missingCodes partial nationalPeriod } }`,
      );
      // Only the four provinces whose kabupaten/kota table carries a province row have an annual P0 for 2024.
      expect(comparisons[0]).toMatchObject({ matchedCount: 4, partial: true, nationalPeriod: '2024-03' });
      expect(comparisons[0]!.missingCodes).toHaveLength(34);
      expect(comparisons[0]!.missingCodes).not.toContain('72');
      expect(comparisons[1]).toMatchObject({ matchedCount: 0, partial: true });
      expect(comparisons[1]!.missingCodes).toHaveLength(38);
      // In 2019 the four Papua provinces formed in 2022 are not missing: they did not exist (notYetFormedCodes).
      const ipm = await api.query<{ comparison: { missingCodes: string[]; notYetFormedCodes: string[]; partial: boolean } }>(
        '{ comparison(indicatorCode: "human_development_index_ipm", parentCode: "ID", period: "2019") { missingCodes notYetFormedCodes partial } }',
      );
      expect(ipm.comparison).toEqual({ missingCodes: [], notYetFormedCodes: ['93', '94', '95', '96'], partial: false });
      // P0 is not published for kecamatan: no period, every kecamatan of Kabupaten Gorontalo missing.
      const districts = await api.query<{ comparison: { period: string | null; missingCodes: string[]; partial: boolean } }>(
        '{ comparison(indicatorCode: "poverty_rate_p0", parentCode: "75.01") { period missingCodes partial } }',
      );
      const registry = await api.query<{ regions: { code: string }[] }>('{ regions(parentCode: "75.01") { code } }');
      expect(districts.comparison).toMatchObject({ period: null, partial: true });
      expect(districts.comparison.missingCodes).toEqual(registry.regions.map((r) => r.code));
    });

    it('refuses a malformed range, a first above the maximum and a field that does not apply, in Bahasa Indonesia on request', async () => {
      const refusal = async (variables: Record<string, unknown>, language: 'en' | 'id' = 'en') =>
        (await api.execute(ROWS, variables, { language })).errors?.[0];
      expect(await refusal({ first: 601 })).toMatchObject({
        message: 'first 601 is more than the maximum of 600 rows: ask for at most 600, or leave first out to get every row.',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      expect((await refusal({ first: 601 }, 'id'))?.message).toBe(
        'first 601 melebihi batas 600 baris: minta paling banyak 600, atau hapus first untuk mendapatkan semua baris.',
      );
      expect((await refusal({ where: { value: { between: [15, 10] } } }))?.message).toBe(
        'where.value.between [15, 10] has the larger number first: write [10, 15].',
      );
      expect((await refusal({ where: { and: [{ change: { between: [1] } }] } }))?.message).toBe(
        'where.and[0].change.between needs exactly two numbers, [low, high]; it has 1.',
      );
      expect((await refusal({ where: { value: { gt: 10, lt: 5 } } }, 'id'))?.message).toBe(
        'where.value meminta angka di atas 10 sekaligus di bawah 5: tidak ada angka seperti itu. Periksa batasnya (gt/gte batas bawah, lt/lte batas atas).',
      );
      expect((await refusal({ orderBy: [{ field: 'VALUE' }, { field: 'VALUE', direction: 'DESC' }] }))?.message).toBe(
        'orderBy names VALUE twice: name each field once.',
      );
      const deep = { not: { not: { not: { not: { value: { gt: 1 } } } } } };
      expect((await refusal({ where: deep }))?.message).toMatch(/^where nests and\/or\/not more than 4 levels deep/);
      // A comparison's rows have no gap score: the scorecard's cells do.
      expect((await refusal({ where: { gapScore: { lt: 50 } } }, 'id'))?.message).toBe(
        'Variabel "$where": "gapScore" bukan kolom ComparisonRowFilter: tulis salah satu dari value, change, previousValue, rank, quartile, differenceFromParent, differenceFromNational, regionCode, regionName, status, changeNotComparable, and, or, not.',
      );
      const inQuery = await api.execute('{ comparison(indicatorCode: "poverty_rate_p0", where: {valeu: {gt: 1}}) { period } }');
      expect(inQuery.errors?.[0]?.message).toMatch(
        /^"valeu" is not a field of ComparisonRowFilter: write one of value, .* Did you mean "value"\?$/,
      );
    });

    it('costs the same statements filtered over 514 kabupaten/kota as unfiltered over 6, missing regions included', async () => {
      const q = `query ($parent: String!, $level: RegionLevel, $where: ComparisonRowFilter, $first: Int) {
        comparisons(indicatorCodes: ["poverty_rate_p0", "poor_population"], parentCode: $parent, level: $level, where: $where,
                    orderBy: [{field: CHANGE}], first: $first) {
          matchedCount missingCodes partial rows { regionCode region { name } } } }`;
      const six = await api.statementsOf(() => api.query(q, { parent: '75' }));
      const filtered = { where: { or: [{ value: { gt: 10 } }, { regionName: { contains: 'kota' } }] }, first: 20 };
      let all: { comparisons: { matchedCount: number; rows: unknown[] }[] } = { comparisons: [] };
      const many = await api.statementsOf(async () => {
        all = await api.query(q, { parent: 'ID', level: 'REGENCY_CITY', ...filtered });
      });
      expect(all.comparisons[0]!.rows).toHaveLength(20);
      expect(all.comparisons[0]!.matchedCount).toBeGreaterThan(20);
      expect(many.length).toBe(six.length);
      const viewer = await api.statementsOf(() =>
        api.query(q, { parent: 'ID', level: 'REGENCY_CITY', ...filtered }, { viewer: VIEWER }),
      );
      expect(viewer.length).toBe(six.length);
      // Held reference data (the region index among it): the missing regions cost no statement of their own.
      const plain = await api.statementsOf(
        () => api.query(q.replace('missingCodes partial ', ''), { parent: 'ID', level: 'REGENCY_CITY' }),
        'held',
      );
      const held = await api.statementsOf(() => api.query(q, { parent: 'ID', level: 'REGENCY_CITY' }), 'held');
      expect(held.length).toBe(plain.length);
    });
  },
  { demoData: true },
);
