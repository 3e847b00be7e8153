// A 10-year series (2016–2025) of one region and of a list of regions, at each size. sintetis_01 is a count.
import type { Database } from '../../src/db/database.js';
import { num, type ScaleCase, type ScaleSize } from './case.js';

export const INDICATOR = 'sintetis_01';

/** `codes`: the regions, as a statement on the registry (a list) or one code. */
function seriesCase(size: ScaleSize, scope: string, operation: string, codes: (db: Database) => Promise<string[]>): ScaleCase {
  return {
    operation,
    size,
    scope,
    query: `query ($codes: [String!]!) { series(indicatorCode: "${INDICATOR}", regionCodes: $codes, periodFrom: "2016", periodTo: "2025") {
      regionCode points { period value } } }`,
    sql: `SELECT o.region_code, o.period, o.value::float8 AS value FROM observation o
     WHERE o.indicator_code = $1 AND o.region_code = ANY($2::text[]) AND o.year BETWEEN 2016 AND 2025
     ORDER BY o.region_code, o.year, o.subperiod`,
    prepare: async (db) => {
      const list = await codes(db);
      return { variables: { codes: list }, params: [INDICATOR, list] };
    },
    fromApi: (data) =>
      (data.series as { regionCode: string; points: { period: string; value: number | null }[] }[])
        .flatMap((s) => s.points.filter((p) => p.value !== null).map((p) => [s.regionCode, p.period, num(p.value)]))
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1]))),
    fromSql: (rows) => rows.map((r) => [r.region_code, r.period, num(r.value)]),
  };
}

const childrenOf =
  (parent: string, depth: 1 | 2) =>
  async (db: Database): Promise<string[]> => {
    const inner = depth === 1 ? '$1::text' : 'SELECT code FROM region WHERE parent_code = $1';
    const rows = await db.sql.query<{ code: string }>(`SELECT code FROM region WHERE parent_code IN (${inner}) ORDER BY code`, [
      parent,
    ]);
    return rows.map((r) => r.code);
  };

export const cases: ScaleCase[] = [
  seriesCase('kab/kota', 'Kabupaten Gorontalo (75.01)', '10-year series, one region', async () => ['75.01']),
  seriesCase('kecamatan', 'Kecamatan Limboto (75.01.01)', '10-year series, one region', async () => ['75.01.01']),
  seriesCase('desa', 'Kelurahan Kayubulan, Limboto (75.01.01.1001)', '10-year series, one region', async () => ['75.01.01.1001']),
  seriesCase('kab/kota', 'the 6 kab/kota of Provinsi Gorontalo', '10-year series, a list', childrenOf('75', 1)),
  seriesCase('kecamatan', 'the kecamatan of Provinsi Gorontalo', '10-year series, a list', childrenOf('75', 2)),
  seriesCase('desa', 'the desa of Kabupaten Gorontalo', '10-year series, a list', childrenOf('75.01', 2)),
];
