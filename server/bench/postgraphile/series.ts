// The 10-year series of ../scale/series.cases.ts as plain lists (issue 18: "or of PostGraphile on the same database,
// for plain lists"): our API gets the scale bench's own `series` operation, PostGraphile the same observations as one
// `allObservations` connection, SQL the scale bench's statement. All three are read back as the same keys.
import type { Database } from '../../src/db/database.js';
import { num } from '../scale/case.js';
import type { ListCase } from '../scale/lists.js';
import { INDICATOR, cases as seriesCases } from '../scale/series.cases.js';

export const SERIES_PREFIX = 'series, ';

/** region|period|value, sorted: our API groups points by region, PostGraphile and SQL give rows. */
const seriesKeys = (rows: unknown[]) => rows.map((r) => (r as unknown[]).join('|')).sort();

/** The scale bench's series cases in the list bench's form, their region codes read from the registry. */
export async function seriesListCases(db: Database): Promise<ListCase[]> {
  const out: ListCase[] = [];
  for (const c of seriesCases) {
    const { variables = {}, params = [] } = (await c.prepare?.(db)) ?? {};
    out.push({
      name: `${SERIES_PREFIX}${c.operation}: ${c.scope}`,
      query: c.query,
      variables,
      apiKeys: (data) => seriesKeys(c.fromApi(data as Record<string, unknown>)),
      sql: async (d) => seriesKeys(c.fromSql(await d.sql.query(c.sql, params))),
    });
  }
  return out;
}

// Every row in one request: the largest series (205 desa × 10 years) is 2,050 rows.
const SERIES_QUERY = `query ($filter: ObservationFilter!) {
  allObservations(filter: $filter, orderBy: PRIMARY_KEY_ASC, first: 5000) { nodes { regionCode period value } } }`;

interface SeriesData {
  allObservations: { nodes: { regionCode: string; period: string; value: string }[] };
}

/** The same series as a PostGraphile client would ask: indicator, region (or regions: `in`), years 2016–2025. */
export function seriesPostGraphileCase(c: ListCase) {
  const codes = (c.variables as { codes: string[] }).codes;
  const filter = {
    indicatorCode: { equalTo: INDICATOR },
    regionCode: codes.length === 1 ? { equalTo: codes[0] } : { in: codes },
    year: { greaterThanOrEqualTo: 2016, lessThanOrEqualTo: 2025 },
  };
  return {
    query: SERIES_QUERY,
    variables: { filter },
    keys: (data: unknown) =>
      seriesKeys((data as SeriesData).allObservations.nodes.map((n) => [n.regionCode, n.period, num(n.value)])),
  };
}
