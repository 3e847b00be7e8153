import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';
import { decodeCursor, encodeCursor, periodKeys } from './observation-pages.js';

describe('observation cursors and period keys', () => {
  it('reads a cursor written before periods were keys as the same position', () => {
    const old = Buffer.from(JSON.stringify({ i: 'poverty_rate_p0', r: '75.01', y: 2024, s: 3 })).toString('base64url');
    expect(decodeCursor(old)).toEqual({ i: 'poverty_rate_p0', r: '75.01', p: '2024-03' });
    const annual = Buffer.from(JSON.stringify({ i: 'gini_ratio', r: '75', y: 2024, s: 0 })).toString('base64url');
    expect(decodeCursor(annual)).toEqual({ i: 'gini_ratio', r: '75', p: '2024' });
    const cursor = encodeCursor({ indicatorCode: 'gini_ratio', regionCode: '75.01', period: '2025' });
    expect(decodeCursor(cursor)).toEqual({ i: 'gini_ratio', r: '75.01', p: '2025' });
    expect(() => decodeCursor(Buffer.from('{"i":"x","r":"y"}').toString('base64url'))).toThrow(/not a cursor/);
  });

  it('turns a period range into canonical keys: a year from its start, a semester over its months', () => {
    expect(periodKeys({ periodFrom: '2019', periodTo: '2025' })).toEqual({ from: '2019', to: '2025-12' });
    expect(periodKeys({ periodFrom: 'Semester II 2024', periodTo: 'Semester I 2025' })).toEqual({
      from: '2024-07',
      to: '2025-06',
    });
    expect(periodKeys({ periodFrom: 'Maret 2024', periodTo: null })).toEqual({ from: '2024-03', to: null });
  });
});

interface Edge {
  cursor: string;
  node: { indicatorCode: string; regionCode: string; period: string };
}
interface Connection {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Edge[];
}
const PAGE = `query ($filter: ObservationFilter!, $first: Int!, $after: String) {
  observations(filter: $filter, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor } edges { cursor node { indicatorCode regionCode period } }
  }
}`;
const key = (e: Edge) => `${e.node.indicatorCode}|${e.node.regionCode}|${e.node.period}`;

/** The same answer read another way: the level from the region registry, periods by year and month. */
async function expected(db: Database, where: string, params: unknown[]): Promise<string[]> {
  const rows = await db.sql.query<{ k: string }>(
    `SELECT o.indicator_code || '|' || o.region_code || '|' || o.period AS k FROM observation o JOIN region r ON r.code = o.region_code
     WHERE ${where} ORDER BY o.indicator_code, o.region_code, o.year, o.subperiod`,
    params,
  );
  return rows.map((r) => r.k);
}

describeEachDatabase(
  'observation pages',
  (use) => {
    let api: Awaited<ReturnType<typeof createTestApi>>;
    beforeAll(async () => {
      api = await createTestApi(use());
    });
    afterAll(() => api.stop());

    async function pages(filter: Record<string, unknown>, first: number, between?: (n: number) => Promise<void>) {
      const seen: Edge[] = [];
      let after: string | null = null;
      let n = 0;
      do {
        const page: Connection = (await api.query<{ observations: Connection }>(PAGE, { filter, first, after })).observations;
        seen.push(...page.edges);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        if (between && after) await between(++n);
      } while (after);
      return seen;
    }

    const cases: [string, Record<string, unknown>, string, unknown[]][] = [
      [
        'all kab/kota, two indicators, a period range',
        { indicatorCodes: ['poverty_rate_p0', 'poor_population'], level: 'REGENCY_CITY', periodFrom: '2021', periodTo: '2024' },
        `o.indicator_code IN ('poverty_rate_p0', 'poor_population') AND r.level = 'REGENCY_CITY' AND o.year BETWEEN 2021 AND 2024`,
        [],
      ],
      [
        'the provinces, every indicator',
        { level: 'PROVINCE', periodFrom: '2024' },
        `r.level = 'PROVINCE' AND o.year >= 2024`,
        [],
      ],
      [
        'under a province, every level, from a round on',
        { parentCode: '75', indicatorCodes: ['poverty_rate_p0', 'gini_ratio'], periodFrom: 'Maret 2023' },
        `o.indicator_code IN ('poverty_rate_p0', 'gini_ratio') AND o.region_code LIKE '75.%' AND (o.year, o.subperiod) >= (2023, 3)`,
        [],
      ],
      [
        'the country',
        { regionCodes: ['ID'], periodTo: 'Semester I 2024' },
        `o.region_code = 'ID' AND (o.year, o.subperiod) <= (2024, 6)`,
        [],
      ],
    ];
    for (const [name, filter, where, params] of cases) {
      it(`pages through ${name}: small pages add up to the whole answer, in order`, async () => {
        const want = await expected(use(), where, params);
        expect(want.length).toBeGreaterThan(10);
        for (const first of [7, 1000]) expect((await pages(filter, first)).map(key)).toEqual(want);
      });
    }

    it('misses and repeats nothing when values are written between pages', async () => {
      const filter = { indicatorCodes: ['poverty_rate_p0'], level: 'REGENCY_CITY', parentCode: '75' };
      const before = await expected(
        use(),
        `o.indicator_code = 'poverty_rate_p0' AND r.level = 'REGENCY_CITY' AND o.region_code LIKE '75.%'`,
        [],
      );
      const insert = (region: string, period: string) =>
        use().sql.query(
          `INSERT INTO observation (region_code, indicator_code, period, year, subperiod, value) VALUES ($1, 'poverty_rate_p0', $2, $3, 0, 1)`,
          [region, period, Number(period)],
        );
      try {
        const seen = await pages(filter, 5, async (n) => {
          if (n !== 2) return;
          // Behind the cursor (never shown: the pages already passed 75.01) and ahead of it (shown in its place, last).
          await insert('75.01', '2031');
          await insert('75.71', '2031');
        });
        const keys = seen.map(key);
        expect(new Set(keys).size).toBe(keys.length);
        expect(keys).toEqual([...before, 'poverty_rate_p0|75.71|2031']);
        expect(keys).not.toContain('poverty_rate_p0|75.01|2031');
      } finally {
        await use().sql.query(`DELETE FROM observation WHERE period = '2031'`, []);
      }
    });

    it('reads every page, the last as the first, in one statement', async () => {
      const filter = { indicatorCodes: ['poverty_rate_p0', 'poor_population'], level: 'REGENCY_CITY' };
      const first = (await api.query<{ observations: Connection }>(PAGE, { filter, first: 50 })).observations;
      let after = first.pageInfo.endCursor;
      for (let page = 0; page < 3 && after; page++) {
        let next: Connection | undefined;
        const statements = await api.statementsOf(async () => {
          next = (await api.query<{ observations: Connection }>(PAGE, { filter, first: 50, after })).observations;
        }, 'held');
        expect(statements.filter((s) => /\bobservation\b/.test(s))).toHaveLength(1);
        after = next?.pageInfo.endCursor ?? null;
      }
    });
  },
  { demoData: true },
);
