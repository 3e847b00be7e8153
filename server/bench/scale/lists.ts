// List cases of the scale bench: every page of a cursor-paginated `observations` list, an indicator's coverage and
// region lists and trees, on the synthetic scale data set (generate.ts), each beside one SQL statement giving the same
// answer (keyset pagination in SQL for pages), rows checked equal before anything is timed.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from '../../src/db/database.js';
import { encodeCursor } from '../../src/observations/observation-pages.js';
import { compiledCreateApp } from '../compiled-app.js';
import { HttpClientProcess } from '../http-client.js';
import { benchOperator } from '../operator.js';
import { percentile } from '../stats.js';

export interface ListCase {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The answer's rows as keys, from the API's data. */
  apiKeys: (data: unknown) => string[];
  /** One SQL statement giving the same answer, as keys. */
  sql: (db: Database) => Promise<string[]>;
}

const PAGE_COLUMNS = `o.indicator_code, o.region_code, o.period, o.year, o.subperiod, o.value::float8, o.status::text, o.note,
  o.import_batch_id, o.updated_at, o.source_id`;
const DEPTH = `(length(o.region_code) - length(replace(o.region_code, '.', '')))`;
const PAGE_QUERY = `query ($filter: ObservationFilter!, $after: String) { observations(filter: $filter, first: 1000, after: $after) {
  pageInfo { hasNextPage endCursor } edges { node { indicatorCode regionCode period year subperiod value status note importBatchId updatedAt } } } }`;

interface PageData {
  observations: { edges: { node: { indicatorCode: string; regionCode: string; period: string } }[] };
}
const pageKeys = (data: unknown) =>
  (data as PageData).observations.edges.map((e) => `${e.node.indicatorCode}|${e.node.regionCode}|${e.node.period}`);
const rowKeys = (rows: { indicator_code: string; region_code: string; period: string }[]) =>
  rows.map((r) => `${r.indicator_code}|${r.region_code}|${r.period}`);

/**
 * A page of `observations` after the row `at` (null: the first page) beside the same page in SQL: a keyset condition
 * on the primary key's order, the level as the code's depth, as one would write it by hand.
 */
function pageCase(
  name: string,
  filter: Record<string, unknown>,
  where: string,
  at: { indicatorCode: string; regionCode: string; period: string } | null,
): ListCase {
  const after = at ? encodeCursor(at) : null;
  return {
    name,
    query: PAGE_QUERY,
    variables: { filter, after },
    apiKeys: pageKeys,
    sql: async (db) =>
      rowKeys(
        await db.sql.query(
          `SELECT ${PAGE_COLUMNS} FROM observation o WHERE ${where}
           ${at ? `AND (o.indicator_code, o.region_code, o.period) > ($1, $2, $3)` : ''}
           ORDER BY o.indicator_code, o.region_code, o.period LIMIT 1000`,
          at ? [at.indicatorCode, at.regionCode, at.period] : [],
        ),
      ),
  };
}

/** The key of the `n`-th row (0-based) of a list in SQL, to start a page there. */
async function keyAt(db: Database, where: string, n: number) {
  const [row] = await db.sql.query<{ indicator_code: string; region_code: string; period: string }>(
    `SELECT o.indicator_code, o.region_code, o.period FROM observation o WHERE ${where}
     ORDER BY o.indicator_code, o.region_code, o.period OFFSET $1 LIMIT 1`,
    [n],
  );
  if (!row) throw new Error(`no row ${n} for ${where}`);
  return { indicatorCode: row.indicator_code, regionCode: row.region_code, period: row.period };
}

interface TreeNode {
  code: string;
  name?: string;
  children?: TreeNode[];
}

export async function listCases(db: Database): Promise<ListCase[]> {
  const indicator = 'sintetis_01';
  const kabWhere = `o.indicator_code = '${indicator}' AND ${DEPTH} = 1 AND o.period BETWEEN '2019' AND '2025-12'`;
  const kabFilter = { indicatorCodes: [indicator], level: 'REGENCY_CITY', periodFrom: '2019', periodTo: '2025' };
  // The kabupaten with the most desa.
  const [largest] = await db.sql.query<{ code: string; n: number }>(
    `SELECT substr(code, 1, 5) AS code, count(*)::int AS n FROM region WHERE level = 'VILLAGE' GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
  );
  const kab = largest!.code;
  const desaWhere = `o.indicator_code = '${indicator}' AND ${DEPTH} = 3 AND o.region_code > '${kab}.' AND o.region_code < '${kab}/'`;
  const desaFilter = { indicatorCodes: [indicator], parentCode: kab, level: 'VILLAGE' };
  const allDesaWhere = `o.indicator_code = '${indicator}' AND ${DEPTH} = 3`;
  const allDesaFilter = { indicatorCodes: [indicator], level: 'VILLAGE' };
  const [kabRows = 0, desaRows = 0, allDesaRows = 0] = await Promise.all(
    [kabWhere, desaWhere, allDesaWhere].map(async (w) => {
      const [r] = await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM observation o WHERE ${w}`);
      return r!.n;
    }),
  );
  const pagesOf = (rows: number) => Math.ceil(rows / 1000);
  const cases: ListCase[] = [];
  for (let page = 1; page <= pagesOf(kabRows); page++) {
    cases.push(
      pageCase(
        `observations, ${indicator} of all kab/kota 2019–2025, page ${page} of ${pagesOf(kabRows)}`,
        kabFilter,
        kabWhere,
        page === 1 ? null : await keyAt(db, kabWhere, (page - 1) * 1000 - 1),
      ),
    );
  }
  for (const page of [1, pagesOf(desaRows)]) {
    cases.push(
      pageCase(
        `observations, ${indicator} of the desa of ${kab} (${desaRows.toLocaleString('en')} values), page ${page} of ${pagesOf(desaRows)}`,
        desaFilter,
        desaWhere,
        page === 1 ? null : await keyAt(db, desaWhere, (page - 1) * 1000 - 1),
      ),
    );
  }
  const allPages = pagesOf(allDesaRows);
  for (const page of [1, Math.ceil(allPages / 2), allPages]) {
    cases.push(
      pageCase(
        `observations, ${indicator} of all desa (${allDesaRows.toLocaleString('en')} values), page ${page} of ${allPages}`,
        allDesaFilter,
        allDesaWhere,
        page === 1 ? null : await keyAt(db, allDesaWhere, (page - 1) * 1000 - 1),
      ),
    );
  }
  cases.push({
    name: `indicator coverage of ${indicator} (the API holds it between changes; SQL counts the values)`,
    query: `{ indicator(code: "${indicator}") { coverage { observations regions periods } } }`,
    apiKeys: (data) => {
      const c = (data as { indicator: { coverage: { observations: number; regions: number; periods: string[] } } }).indicator
        .coverage;
      return [String(c.observations), String(c.regions), ...c.periods];
    },
    sql: async (db) => {
      const [r] = await db.sql.query<{ n: number; regions: number; periods: string[] }>(
        `SELECT count(*)::int AS n, count(DISTINCT region_code)::int AS regions, array_agg(DISTINCT period ORDER BY period) AS periods
         FROM observation WHERE indicator_code = $1`,
        [indicator],
      );
      return [String(r!.n), String(r!.regions), ...r!.periods];
    },
  });
  cases.push({
    name: 'region list: 5,000 kecamatan (the most one list returns)',
    query: '{ regions(level: DISTRICT, limit: 5000) { code name } }',
    apiKeys: (data) => (data as { regions: TreeNode[] }).regions.map((r) => `${r.code}|${r.name}`),
    sql: async (db) =>
      (
        await db.sql.query<{ code: string; name: string }>(
          `SELECT code, name FROM region WHERE level = 'DISTRICT' ORDER BY code LIMIT 5000`,
        )
      ).map((r) => `${r.code}|${r.name}`),
  });
  const flatten = (nodes: TreeNode[], out: string[] = []) => {
    for (const n of nodes) {
      out.push(n.name === undefined ? n.code : `${n.code}|${n.name}`);
      flatten(n.children ?? [], out);
    }
    return out;
  };
  for (const withName of [false, true]) {
    const f = withName ? 'code name' : 'code';
    cases.push({
      name: `region tree down to desa (${withName ? 'code and name' : 'codes'})`,
      query: `{ regions(level: PROVINCE) { ${f} children { ${f} children { ${f} children { ${f} } } } } }`,
      apiKeys: (data) => flatten((data as { regions: TreeNode[] }).regions),
      // Depth-first order is code order: codes nest.
      sql: async (db) =>
        (
          await db.sql.query<{ code: string; name: string }>(
            `SELECT code, name FROM region WHERE level IN ('PROVINCE', 'REGENCY_CITY', 'DISTRICT', 'VILLAGE') ORDER BY code`,
          )
        ).map((r) => (withName ? `${r.code}|${r.name}` : r.code)),
    });
  }
  return cases;
}

const ROUNDS = 5;
const RUNS_PER_ROUND = 5;

async function time(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    await work();
    out.push(performance.now() - s);
  }
  return out;
}

/** Runs the list cases against an app on `db`; a case whose API answer differs from its SQL stops the bench. */
export async function benchLists(db: Database, only?: string): Promise<string[]> {
  const operator = benchOperator();
  const { handler, apollo } = await (await compiledCreateApp())(db, { production: true, accounts: operator.accounts });
  const server = createServer(handler).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const lines: string[] = [];
  try {
    const cases = (await listCases(db)).filter((c) => !only || c.name.includes(only));
    for (const c of cases) {
      const body = JSON.stringify({ query: c.query, variables: c.variables ?? {} });
      const answer = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: operator.authorization },
        body,
      });
      const json = (await answer.json()) as { data?: unknown; errors?: { message: string }[] };
      if (json.errors?.length) {
        lines.push(`[scale] ${c.name}: refused (HTTP ${answer.status}): ${json.errors[0]!.message}`);
        console.log(lines[lines.length - 1]);
        continue;
      }
      const [apiKeys, sqlKeys] = [c.apiKeys(json.data), await c.sql(db)];
      if (apiKeys.length !== sqlKeys.length || apiKeys.some((k, i) => k !== sqlKeys[i])) {
        throw new Error(`${c.name}: the API's ${apiKeys.length} rows differ from the SQL statement's ${sqlKeys.length}`);
      }
      const client = new HttpClientProcess({ url, body, authorization: operator.authorization });
      try {
        await client.latency(3);
        await time(3, () => c.sql(db));
        const api: number[] = [];
        const sql: number[] = [];
        // Alternating rounds: a busy moment on the shared machine weighs on both sides alike.
        for (let round = 0; round < ROUNDS; round++) {
          api.push(...(await client.latency(RUNS_PER_ROUND)));
          sql.push(...(await time(RUNS_PER_ROUND, () => c.sql(db))));
        }
        api.sort((a, b) => a - b);
        sql.sort((a, b) => a - b);
        lines.push(
          `[scale] ${c.name}: ${apiKeys.length.toLocaleString('en')} rows; API median ${percentile(api, 50).toFixed(1)} ms, p95 ${percentile(api, 95).toFixed(1)} ms; one SQL statement median ${percentile(sql, 50).toFixed(1)} ms; ratio ${(percentile(api, 50) / percentile(sql, 50)).toFixed(2)}x`,
        );
        console.log(lines[lines.length - 1]);
      } finally {
        client.close();
      }
    }
  } finally {
    server.close();
    await apollo.stop();
  }
  return lines;
}
