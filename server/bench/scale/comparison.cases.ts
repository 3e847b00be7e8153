// The comparison (the dashboard's ranking of the regions under a parent) at each size: all kab/kota (the reference),
// all kecamatan of a province, all desa of a kabupaten. The synthetic coverage indicator sintetis_02, latest year.
import { num, type ScaleCase, type ScaleSize, sorted } from './case.js';

const INDICATOR = 'sintetis_02';

/** `regions`: the scope's region codes as a subquery, as a hand-written statement finds them (parent_code is indexed). */
function comparisonCase(size: ScaleSize, scope: string, parent: string, level: string, regions: string): ScaleCase {
  return {
    operation: 'comparison',
    size,
    scope,
    query: `{ comparison(indicatorCode: "${INDICATOR}", parentCode: "${parent}", level: ${level}) {
      period parentValue nationalValue rows { regionCode value previousValue rank quartile change differenceFromNational region { name } } } }`,
    // The latest year with data in the scope, each region's value, the year before, rank and the national value.
    sql: `WITH scope AS (${regions}),
       latest AS (SELECT max(o.year) AS year FROM scope s JOIN observation o ON o.indicator_code = $1 AND o.region_code = s.code)
     SELECT r.code, r.name, c.value::float8 AS value, p.value::float8 AS previous, rank() OVER (ORDER BY c.value DESC)::int AS rank,
            (c.value - n.value)::float8 AS "differenceFromNational"
     FROM scope s CROSS JOIN latest l
       JOIN region r ON r.code = s.code
       JOIN observation c ON c.indicator_code = $1 AND c.region_code = s.code AND c.period = l.year::text
       LEFT JOIN observation p ON p.indicator_code = $1 AND p.region_code = s.code AND p.period = (l.year - 1)::text
       LEFT JOIN observation n ON n.indicator_code = $1 AND n.region_code = 'ID' AND n.period = l.year::text`,
    prepare: async () => ({ params: [INDICATOR] }),
    fromApi: (data) => {
      const rows = (data.comparison as { rows: Record<string, unknown>[] }).rows;
      return sorted(rows.map((r) => [r.regionCode, num(r.value), num(r.previousValue), r.rank, num(r.differenceFromNational)]));
    },
    fromSql: (rows) => sorted(rows.map((r) => [r.code, num(r.value), num(r.previous), r.rank, num(r.differenceFromNational)])),
  };
}

export const cases: ScaleCase[] = [
  comparisonCase(
    'kab/kota',
    'all 514 kab/kota (reference)',
    'ID',
    'REGENCY_CITY',
    "SELECT code FROM region WHERE level = 'REGENCY_CITY'",
  ),
  comparisonCase(
    'kecamatan',
    'all kecamatan of Provinsi Gorontalo (75)',
    '75',
    'DISTRICT',
    "SELECT k.code FROM region k WHERE k.parent_code IN (SELECT code FROM region WHERE parent_code = '75')",
  ),
  comparisonCase(
    'desa',
    'all desa of Kabupaten Gorontalo (75.01)',
    '75.01',
    'VILLAGE',
    "SELECT d.code FROM region d WHERE d.parent_code IN (SELECT code FROM region WHERE parent_code = '75.01')",
  ),
];
