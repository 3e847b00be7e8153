import { expect, it } from 'vitest';
import type { Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { visibleObservations } from '../observations/visibility.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { TEST_ADMINISTRATOR } from '../test-support/graphql.js';
import { VIEWER } from '../test-support/viewers.js';
import { coverageByIndicator } from './indicators.service.js';

/** Coverage counted from the values themselves, as it was before the tallies. */
async function recount(db: Database, viewer: Viewer, codes: string[]) {
  const rows = await db.sql.query<{ code: string; observations: number; regions: number; periods: string[] }>(
    `SELECT o.indicator_code AS code, count(*)::int AS observations, count(DISTINCT o.region_code)::int AS regions,
            array_agg(DISTINCT o.period ORDER BY o.period) AS periods
     FROM observation o WHERE o.indicator_code = ANY($1::text[]) AND ${visibleObservations(viewer)} GROUP BY 1`,
    [codes],
  );
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return codes.map((c) => {
    const r = byCode.get(c);
    return { observations: r?.observations ?? 0, regions: r?.regions ?? 0, periods: r?.periods ?? [] };
  });
}

describeEachDatabase(
  'indicator coverage from the tallies',
  (use) => {
    it('equals a count of the values after every kind of write, for every kind of reader', async () => {
      const db = use();
      const codes = (await db.sql.query<{ code: string }>('SELECT code FROM indicator ORDER BY code')).map((r) => r.code);
      const check = async (step: string) => {
        for (const [name, viewer] of [
          ['administrator', TEST_ADMINISTRATOR],
          ['viewer', VIEWER],
        ] as const) {
          expect(await coverageByIndicator(db, viewer, codes), `${step}, ${name}`).toEqual(await recount(db, viewer, codes));
        }
      };
      await check('demo data');
      expect((await coverageByIndicator(db, TEST_ADMINISTRATOR, ['poverty_rate_p0']))[0]?.regions).toBeGreaterThan(0);

      // New regions and periods, unverified: only readers of unverified values see them.
      await db.sql.query(
        `INSERT INTO observation (region_code, indicator_code, period, year, subperiod, value)
         SELECT code, 'gini_ratio', '2031', 2031, 0, 0.3 FROM region WHERE level = 'REGENCY_CITY' AND code LIKE '75.%'`,
      );
      await check('insert');
      await db.sql.query(
        `UPDATE observation SET status = 'VERIFIED' WHERE period = '2031' AND region_code IN ('75.01', '75.02')`,
      );
      await check('verify some');
      // Moving values between keys, and an upsert that rewrites some and adds others.
      await db.sql.query(`UPDATE observation SET period = '2032', year = 2032 WHERE period = '2031' AND region_code = '75.01'`);
      await check('rekey');
      await db.sql.query(
        `INSERT INTO observation (region_code, indicator_code, period, year, subperiod, value, status)
         SELECT code, 'gini_ratio', '2031', 2031, 0, 0.4, 'PUBLISHED' FROM region WHERE code LIKE '76.%' AND level = 'REGENCY_CITY'
            OR code IN ('75.02', '75.03')
         ON CONFLICT (indicator_code, region_code, period) DO UPDATE SET value = excluded.value, status = excluded.status`,
      );
      await check('upsert');
      // Deleting every value of a region and of a period: both disappear from the coverage.
      await db.sql.query(
        `DELETE FROM observation WHERE indicator_code = 'gini_ratio' AND (period = '2032' OR region_code = '75.02')`,
      );
      await check('delete');
      await db.sql.query('TRUNCATE observation');
      await check('truncate');
      expect((await coverageByIndicator(db, TEST_ADMINISTRATOR, ['gini_ratio']))[0]).toEqual({
        observations: 0,
        regions: 0,
        periods: [],
      });
    });
  },
  { demoData: true },
);
