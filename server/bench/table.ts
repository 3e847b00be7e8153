// The table query of issue 17's proof — two indicators side by side for all provinces in one year — timed beside
// plain SQL giving the same answer (see api.ts).
import type { Case } from './api.js';

export const TABLE_CASE: Case = {
  name: 'table, 38 provinces × P0 and IPM, 2024 (P0 from March where no annual figure)',
  query: `{ table(indicatorCodes: ["poverty_rate_p0", "human_development_index_ipm"], parentCode: "ID", periods: ["2024"]) {
      columns { indicatorCode unitId decimals }
      rows { regionCode regionName period cells { value status period publisher releaseDate } }
      summary { cells values annualRounds missing complete } } }`,
  // Every province with both values, P0's annual figure or else its March round (saying which), each with its
  // publisher and release date: what the API answers, less the statuses of missing cells.
  sql: (db) =>
    db.sql.query(
      `SELECT r.code, r.name, COALESCE(a.value, m.value)::float8 AS p0, COALESCE(a.period, m.period) AS p0_period,
              s1.publisher AS p0_publisher, to_char(s1.released_on, 'YYYY-MM-DD') AS p0_released,
              i.value::float8 AS ipm, s2.publisher AS ipm_publisher, to_char(s2.released_on, 'YYYY-MM-DD') AS ipm_released
       FROM region r
         LEFT JOIN observation a ON a.region_code = r.code AND a.indicator_code = 'poverty_rate_p0' AND a.period = '2024'
         LEFT JOIN observation m ON m.region_code = r.code AND m.indicator_code = 'poverty_rate_p0' AND m.period = '2024-03'
         LEFT JOIN observation i ON i.region_code = r.code AND i.indicator_code = 'human_development_index_ipm' AND i.period = '2024'
         LEFT JOIN source s1 ON s1.id = COALESCE(a.source_id, m.source_id) LEFT JOIN source s2 ON s2.id = i.source_id
       WHERE r.level = 'PROVINCE' ORDER BY r.code`,
    ),
  minimal: (db) =>
    db.sql.query(
      `SELECT o.region_code, o.indicator_code, o.period, o.value::float8 FROM observation o JOIN region r ON r.code = o.region_code
       WHERE r.level = 'PROVINCE' AND o.indicator_code IN ('poverty_rate_p0', 'human_development_index_ipm')
         AND o.period IN ('2024', '2024-03')`,
    ),
};
