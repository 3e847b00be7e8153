// A province rolled up from desa upwards, one level at a time as rollUp computes (from a parent's direct children):
// a kecamatan from its desa, a kabupaten from its kecamatan, the province from its kab/kota. sintetis_02 is a
// coverage ratio (RATIO_OF_SUMS): Σ served ÷ Σ target group × 100 over the children, never a mean of percentages.
import { num, type ScaleCase, type ScaleSize } from './case.js';

const INDICATOR = 'sintetis_02';
const PERIOD = '2025';

function rollUpCase(size: ScaleSize, scope: string, parent: string): ScaleCase {
  return {
    operation: 'roll-up (RATIO_OF_SUMS)',
    size,
    scope,
    query: `{ rollUp(indicatorCode: "${INDICATOR}", parentCode: "${parent}", period: "${PERIOD}") {
      value method childrenCount childrenWithData missingChildren publishedValue differenceFromPublished } }`,
    sql: `SELECT (sum(o.numerator) * 100 / sum(o.denominator))::float8 AS value, count(*)::int AS children,
            count(o.value)::int AS "withData",
            (SELECT p.value::float8 FROM observation p WHERE p.indicator_code = $1 AND p.region_code = $2 AND p.period = $3) AS published
     FROM region c LEFT JOIN observation o ON o.indicator_code = $1 AND o.region_code = c.code AND o.period = $3
     WHERE c.parent_code = $2`,
    prepare: async () => ({ params: [INDICATOR, parent, PERIOD] }),
    fromApi: (data) => {
      const r = data.rollUp as Record<string, unknown>;
      return [[num(r.value), r.childrenCount, r.childrenWithData, num(r.publishedValue)]];
    },
    fromSql: (rows) => rows.map((r) => [num(r.value), r.children, r.withData, num(r.published)]),
  };
}

export const cases: ScaleCase[] = [
  rollUpCase('kab/kota', 'Provinsi Gorontalo (75) from its kab/kota', '75'),
  rollUpCase('kecamatan', 'Kabupaten Gorontalo (75.01) from its kecamatan', '75.01'),
  rollUpCase('desa', 'Kecamatan Limboto (75.01.01) from its desa', '75.01.01'),
];
