// API latency next to plain SQL for the same data, over the same connection pool, on PostgreSQL,
// and throughput at 1, 10 and 50 concurrent clients. Requests go over HTTP to a real listener, from a
// client in another process (see http-client.ts).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from '../src/db/database.js';
import { createTestDatabase } from '../src/test-support/databases.js';
import { compiledCreateApp } from './compiled-app.js';
import { HttpClientProcess } from './http-client.js';
import { benchOperator } from './operator.js';
import { percentile } from './stats.js';
import { TABLE_CASE } from './table.js';

export interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The same answer with one hand-written statement: what the ratio compares against. */
  sql: (db: Database) => Promise<unknown>;
  /** Only the values, for periods named in advance: the least any client would fetch. */
  minimal: (db: Database) => Promise<unknown>;
}

const PROVINCES = (db: Database) =>
  db.sql.query<{ code: string }>("SELECT code FROM region WHERE level = 'PROVINCE' ORDER BY code");

/** The dashboard's comparison of all kab/kota: also the normal query timed beside abusive ones (beside-abuse.ts). */
export const COMPARISON_QUERY = `{ comparison(indicatorCode: "poverty_rate_p0", parentCode: "ID", level: REGENCY_CITY) {
      period parentValue nationalValue rows { regionCode value rank quartile change differenceFromNational region { name } } } }`;

export const API_CASES: Case[] = [
  {
    // All 514 kab/kota are in scope; the demo data has P0 for the 36 of four provinces, so 36 rows come back.
    name: 'comparison, all kab/kota (P0, latest year; 36 with data)',
    query: COMPARISON_QUERY,
    // The latest period with data, the previous comparable one, the national value (or the March
    // round standing in for the year), rank, quartile, change and difference — what the API answers,
    // less peers and series breaks.
    sql: (db) =>
      db.sql.query(
        `WITH periods AS (
           SELECT DISTINCT o.period, o.year, o.subperiod FROM observation o JOIN region r ON r.code = o.region_code
           WHERE o.indicator_code = 'poverty_rate_p0' AND r.level = 'REGENCY_CITY'),
         latest AS (SELECT * FROM periods ORDER BY year DESC, subperiod DESC LIMIT 1),
         previous AS (
           SELECT p.period FROM periods p, latest l
           WHERE (p.year, p.subperiod) < (l.year, l.subperiod) AND (p.subperiod = 0) = (l.subperiod = 0)
           ORDER BY p.year DESC, p.subperiod DESC LIMIT 1),
         national AS (
           SELECT o.value FROM observation o, latest l
           WHERE o.indicator_code = 'poverty_rate_p0' AND o.region_code = 'ID' AND o.period IN (l.period, l.year || '-03')
           ORDER BY o.period = l.period DESC LIMIT 1),
         current AS (
           SELECT r.code, r.name, o.value FROM observation o JOIN region r ON r.code = o.region_code JOIN latest l ON o.period = l.period
           WHERE o.indicator_code = 'poverty_rate_p0' AND r.level = 'REGENCY_CITY')
         SELECT l.period, c.code, c.name, c.value::float8, rank() OVER (ORDER BY c.value) AS rank,
                ntile(4) OVER (ORDER BY c.value) AS quartile, (c.value - p.value)::float8 AS change,
                (c.value - n.value)::float8 AS "differenceFromNational", n.value::float8 AS "nationalValue"
         FROM current c CROSS JOIN latest l LEFT JOIN national n ON true LEFT JOIN previous pp ON true
           LEFT JOIN observation p ON p.indicator_code = 'poverty_rate_p0' AND p.region_code = c.code AND p.period = pp.period
         ORDER BY rank`,
      ),
    minimal: (db) =>
      db.sql.query(
        `SELECT r.code, r.name, o.value::float8, p.value::float8 AS previous FROM observation o JOIN region r ON r.code = o.region_code
         LEFT JOIN observation p ON p.indicator_code = o.indicator_code AND p.region_code = o.region_code AND p.period = '2024'
         WHERE o.indicator_code = 'poverty_rate_p0' AND r.level = 'REGENCY_CITY' AND o.period = '2025' ORDER BY o.value`,
      ),
  },
  {
    name: 'series, 38 provinces, 2016–2025 (P0)',
    query: `query ($codes: [String!]!) { series(indicatorCode: "poverty_rate_p0", regionCodes: $codes, periodFrom: "2016") {
      regionCode points { period value breakBefore } } }`,
    // The points with the series breaks marked, as the API answers.
    sql: (db) =>
      db.sql.query(
        `SELECT o.region_code, o.period, o.value::float8,
                EXISTS (SELECT 1 FROM series_break b WHERE (b.indicator_code IS NULL OR b.indicator_code = o.indicator_code)
                          AND (b.region_code IS NULL OR b.region_code = o.region_code) AND b.starts_at = o.period) AS "breakBefore"
         FROM observation o WHERE o.indicator_code = 'poverty_rate_p0'
         AND o.region_code IN (SELECT code FROM region WHERE level = 'PROVINCE') AND o.year >= 2016 AND o.subperiod > 0
         ORDER BY o.region_code, o.year, o.subperiod`,
      ),
    minimal: (db) =>
      db.sql.query(
        `SELECT region_code, period, value::float8 FROM observation WHERE indicator_code = 'poverty_rate_p0'
         AND region_code IN (SELECT code FROM region WHERE level = 'PROVINCE') AND year >= 2016 AND subperiod > 0 ORDER BY region_code, year, subperiod`,
      ),
  },
  {
    name: 'aggregate, 514 kab/kota by province (P0 2024: mean, population-weighted mean, median, min, max)',
    query: `{ aggregate(indicatorCode: "poverty_rate_p0", parentCode: "ID", level: REGENCY_CITY, period: "2024") {
      groups { groupCode count mean weightedMean median min max publishedValue missingCodes weightMissingCodes } } }`,
    // The same statistics per province in SQL, the province's own value beside them.
    sql: (db) =>
      db.sql.query(
        `SELECT r.parent_code, count(o.value) AS n, avg(o.value)::float8 AS mean,
                (sum(o.value * w.value) / nullif(sum(w.value) FILTER (WHERE o.value IS NOT NULL), 0))::float8 AS weighted,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY o.value)::float8 AS median, min(o.value)::float8, max(o.value)::float8,
                (SELECT p.value::float8 FROM observation p WHERE p.region_code = r.parent_code AND p.indicator_code = 'poverty_rate_p0' AND p.period = '2024') AS published,
                array_agg(r.code) FILTER (WHERE o.value IS NULL) AS missing
         FROM region r
           LEFT JOIN observation o ON o.region_code = r.code AND o.indicator_code = 'poverty_rate_p0' AND o.period = '2024'
           LEFT JOIN observation w ON w.region_code = r.code AND w.indicator_code = 'population' AND w.period = '2024'
         WHERE r.level = 'REGENCY_CITY' AND r.valid_until IS NULL GROUP BY r.parent_code ORDER BY r.parent_code`,
      ),
    minimal: (db) =>
      db.sql.query(
        `SELECT r.parent_code, avg(o.value)::float8 FROM observation o JOIN region r ON r.code = o.region_code
         WHERE o.indicator_code = 'poverty_rate_p0' AND o.period = '2024' AND r.level = 'REGENCY_CITY' GROUP BY r.parent_code`,
      ),
  },
  {
    name: 'scorecard, 38 provinces × 4 RKP 2026 targets',
    query: `{ scorecard(documentCode: "RKP-2026", parentCode: "ID") { cells { regionCode indicatorCode status gapScore latest { period value } } } }`,
    // The targets and every value they are measured against; the status rule runs on these in the API.
    sql: (db) =>
      db.sql.query(
        `SELECT t.indicator_code, o.region_code, o.period, o.value::float8, t.lower_bound, t.upper_bound FROM target t
         JOIN observation o ON o.indicator_code = t.indicator_code JOIN region r ON r.code = o.region_code AND r.level = 'PROVINCE'
         WHERE t.document_code = 'RKP-2026' ORDER BY t.indicator_code, o.region_code, o.year, o.subperiod`,
      ),
    minimal: (db) =>
      db.sql.query(
        `SELECT t.indicator_code, o.region_code, o.period, o.value::float8, t.lower_bound, t.upper_bound FROM target t
         JOIN observation o ON o.indicator_code = t.indicator_code JOIN region r ON r.code = o.region_code AND r.level = 'PROVINCE'
         WHERE t.document_code = 'RKP-2026' ORDER BY t.indicator_code, o.region_code, o.year, o.subperiod`,
      ),
  },
  TABLE_CASE,
];

/** Milliseconds per run of `work`, `runs` times in a row. */
async function time(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    await work();
    out.push(performance.now() - s);
  }
  return out;
}

const WARM_UP_RUNS = 300;
const ROUNDS = 20;
const RUNS_PER_ROUND = 20;

export async function benchApi(): Promise<string[]> {
  // BENCH_API_CASES=table times only the cases whose name contains it (a quick look at one of them).
  const only = process.env.BENCH_API_CASES;
  const CASES = only ? API_CASES.filter((c) => c.name.includes(only)) : API_CASES;
  const test = await createTestDatabase('postgres', { demoData: true });
  // The cases are the benchmark's own documents, not the dashboard's persisted operations: sent as the operator.
  const operator = benchOperator();
  const { handler, apollo } = await (await compiledCreateApp())(test.db, { production: true, accounts: operator.accounts });
  const server = createServer(handler).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const codes = (await PROVINCES(test.db)).map((r) => r.code);
  const lines: string[] = [];
  const clients = CASES.map(
    (c) =>
      new HttpClientProcess({
        url,
        body: JSON.stringify({ query: c.query, variables: { codes, ...c.variables } }),
        authorization: operator.authorization,
      }),
  );
  try {
    // Every operation is warmed up before any is timed: the JIT compiles the server's shared paths (HTTP, Apollo,
    // graphql-js) over the first few hundred requests, which would otherwise weigh on the first operation alone.
    for (const [i, c] of CASES.entries()) {
      await clients[i]!.latency(WARM_UP_RUNS);
      await time(WARM_UP_RUNS, () => c.sql(test.db));
      await time(WARM_UP_RUNS, () => c.minimal(test.db));
    }
    for (const [i, c] of CASES.entries()) {
      const client = clients[i]!;
      const api: number[] = [];
      const sql: number[] = [];
      const minimal: number[] = [];
      // Taken in alternating rounds, so that a busy moment on a shared machine weighs on both sides alike.
      for (let round = 0; round < ROUNDS; round++) {
        api.push(...(await client.latency(RUNS_PER_ROUND)));
        sql.push(...(await time(RUNS_PER_ROUND, () => c.sql(test.db))));
        minimal.push(...(await time(RUNS_PER_ROUND, () => c.minimal(test.db))));
      }
      for (const list of [api, sql, minimal]) list.sort((a, b) => a - b);
      const rps = [];
      for (const concurrent of [1, 10, 50]) rps.push(`${concurrent}: ${Math.round(await client.throughput(concurrent, 3))}/s`);
      lines.push(
        `[postgres] ${c.name}: API median ${percentile(api, 50).toFixed(1)} ms, p95 ${percentile(api, 95).toFixed(1)} ms; plain SQL for the same answer median ${percentile(sql, 50).toFixed(1)} ms, p95 ${percentile(sql, 95).toFixed(1)} ms; ratio ${(percentile(api, 50) / percentile(sql, 50)).toFixed(1)}x (values only: ${percentile(minimal, 50).toFixed(1)} ms, ${(percentile(api, 50) / percentile(minimal, 50)).toFixed(1)}x); requests/s at ${rps.join(', ')}`,
      );
    }
  } finally {
    for (const client of clients) client.close();
    server.close();
    await apollo.stop();
    await test.drop();
  }
  return lines;
}
