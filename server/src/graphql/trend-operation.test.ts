import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type DocumentNode, print } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';
import { VIEWER } from '../test-support/viewers.js';

const GQL = fileURLToPath(new URL('../../../web/src/gql/graphql.ts', import.meta.url));

/** The dashboard's Trend operation, as GraphQL Code Generator wrote it (what Tren dan target sends). */
function trendOperation(): string {
  const text = readFileSync(GQL, 'utf8');
  const json = /export const TrendDocument = (\{.*?\}) as unknown/.exec(text)?.[1];
  if (!json) throw new Error('TrendDocument not found in web/src/gql/graphql.ts');
  const { __meta__: _meta, ...document } = JSON.parse(json) as DocumentNode & { __meta__?: unknown };
  return print(document as DocumentNode);
}

interface Trend {
  series: { regionCode: string; points: { period: string }[] }[];
  scorecard: { cells: { regionCode: string; status: string }[] } | null;
}

describeEachDatabase(
  'Tren dan target at its most regions',
  (use) => {
    let api: Awaited<ReturnType<typeof createTestApi>>;
    let sulawesiTengah: string[];
    beforeAll(async () => {
      api = await createTestApi(use());
      const rows = await use().sql.query<{ code: string }>(
        "SELECT code FROM region WHERE level = 'REGENCY_CITY' AND code LIKE '72.%' ORDER BY code",
      );
      sulawesiTengah = rows.map((r) => r.code);
    });
    afterAll(() => api.stop());

    const variables = (regions: string[]) => ({
      indicator: 'poverty_rate_p0',
      regions,
      document: 'RPJMN-2025-2029',
      withTargets: true,
    });

    it('draws a province with all its kabupaten/kota in as many statements as one region, for a viewer too', async () => {
      const query = trendOperation();
      // Sulawesi Tengah, its 13 kabupaten/kota and Indonesia: the demo data's largest province.
      const province = ['72', 'ID', ...sulawesiTengah];
      expect(province).toHaveLength(15);
      // Forty, the most the dashboard sends: a province with Jawa Timur's 38 kabupaten/kota and Indonesia.
      const forty = [
        'ID',
        ...(await use().sql.query<{ code: string }>("SELECT code FROM region WHERE code LIKE '35.%' ORDER BY code")).map(
          (r) => r.code,
        ),
        '35',
      ];
      expect(forty).toHaveLength(40);
      for (const as of [{}, { viewer: VIEWER }]) {
        const one = await api.statementsOf(() => api.query<Trend>(query, variables(['72']), as));
        let result: Trend | null = null;
        const many = await api.statementsOf(async () => {
          result = await api.query<Trend>(query, variables(province), as);
        });
        const most = await api.statementsOf(() => api.query<Trend>(query, variables(forty), as));
        expect(many.length).toBe(one.length);
        expect(most.length).toBe(one.length);
        const trend = result as unknown as Trend;
        expect(trend.series.map((s) => s.regionCode)).toEqual(province);
        expect(trend.series.every((s) => s.points.length > 0)).toBe(true);
        expect(trend.scorecard!.cells.map((c) => c.regionCode).sort()).toEqual([...province].sort());
      }
    });
  },
  { demoData: true },
);
