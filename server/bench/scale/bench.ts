// The scale bench (issue 18): each operation of the *.cases.ts files at kab/kota, kecamatan and desa size, through the
// compiled server over HTTP (a client in a process of its own, as in ../api.ts) beside ONE SQL statement giving the
// same answer over the same pool, on the synthetic scale data set (generate.ts). The rows of both are checked equal
// before anything is timed. SCALE_DATABASE_URL names the database (default kesra_scale on 127.0.0.1);
// BENCH_SCALE_CASES=<text> times only the cases whose operation or scope contains it; BENCH_SCALE_RUNS the timed runs
// per side (default 200, in rounds of 20).
import { readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Database } from '../../src/db/database.js';
import { readDataset } from '../../src/training/dataset.js';
import { compiledCreateApp } from '../compiled-app.js';
import { HttpClientProcess } from '../http-client.js';
import { benchOperator } from '../operator.js';
import { percentile } from '../stats.js';
import { SCALE_SIZES, type ScaleCase } from './case.js';
import { DEFAULT_SCALE_DATABASE_URL, SYNTHETIC_GENERATOR_VERSION } from './synthetic.js';

/**
 * Requests of each case before any is timed (BENCH_SCALE_WARM_UP). A server that has run for a while has every path
 * compiled by V8's optimising compiler; 60 runs left it half way: `{ __typename }` then took 0.6 ms over HTTP, and
 * 0.32 ms once 20,000 had gone by (0.23 ms for a bare node:http server on this machine).
 */
const WARM_UP_RUNS = Number(process.env.BENCH_SCALE_WARM_UP ?? 2000);
const RUNS_PER_ROUND = 20;

/** Every case of every *.cases.ts file in this folder, by operation and size. */
export async function scaleCases(): Promise<ScaleCase[]> {
  const folder = fileURLToPath(new URL('.', import.meta.url));
  const files = readdirSync(folder)
    .filter((f) => /\.cases\.[jt]s$/.test(f))
    .sort();
  const all: ScaleCase[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(`${folder}/${file}`).href)) as { cases: ScaleCase[] };
    all.push(...module.cases);
  }
  return all.sort((a, b) => a.operation.localeCompare(b.operation) || SCALE_SIZES.indexOf(a.size) - SCALE_SIZES.indexOf(b.size));
}

/** Why the bench cannot run on this database (not generated, or not the synthetic data set); null when it can. */
export async function scaleDatabaseNotReady(db: Database): Promise<string | null> {
  const marker = await readDataset(db.sql);
  if (marker.kind !== 'SYNTHETIC') return `the database is marked ${marker.kind}, not SYNTHETIC`;
  if (marker.generatorVersion !== SYNTHETIC_GENERATOR_VERSION) {
    return `the synthetic data set is ${marker.generatorVersion ?? 'unversioned'}, not ${SYNTHETIC_GENERATOR_VERSION} (run bench:scale:generate)`;
  }
  return null;
}

async function time(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    await work();
    out.push(performance.now() - s);
  }
  return out;
}

const ms = (v: number) => (v < 10 ? v.toFixed(1) : Math.round(v).toString());

export async function benchScale(url = process.env.SCALE_DATABASE_URL ?? DEFAULT_SCALE_DATABASE_URL): Promise<string[]> {
  const { openDatabase } = await import('../../src/db/database.js');
  let db: Database;
  let notReady: string | null;
  try {
    db = await openDatabase({ kind: 'postgres', url });
    notReady = await scaleDatabaseNotReady(db).catch(async (err: Error) => {
      await db.close();
      throw err;
    });
  } catch (err) {
    // pnpm bench runs this when a PostgreSQL server answers; without the data set it says so and goes on.
    return [`Scale bench skipped: ${(err as Error).message} (create the data set with bench:scale:generate).`];
  }
  if (notReady) {
    await db.close();
    return [`Scale bench skipped: ${notReady}.`];
  }
  const only = process.env.BENCH_SCALE_CASES;
  const runs = Number(process.env.BENCH_SCALE_RUNS ?? 200);
  const cases = (await scaleCases()).filter((c) => !only || `${c.operation} ${c.scope}`.includes(only));
  const operator = benchOperator();
  const { handler, apollo } = await (await compiledCreateApp())(db, { production: true, accounts: operator.accounts });
  const server = createServer(handler).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const [count] = await db.sql.query<{ n: number }>('SELECT reltuples::bigint AS n FROM pg_class WHERE relname = $1', [
    'observation',
  ]);
  const lines = [
    `Synthetic scale data set (${url.replace(/\/\/[^@]*@/, '//')}): about ${Number(count?.n ?? 0).toLocaleString('en')} observations.`,
    '| operation | size | scope | rows | statements | API median / p95 | SQL median / p95 | ratio |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const clients: HttpClientProcess[] = [];
  try {
    const prepared = [];
    for (const c of cases) {
      const { variables = {}, params = [] } = (await c.prepare?.(db)) ?? {};
      const body = JSON.stringify({ query: c.query, variables });
      // The answers are checked equal once, before any timing: a fast wrong answer is no answer.
      const ask = async () => {
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: operator.authorization },
          body,
        });
        return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
      };
      // Asked twice: the second time with the reference data held, as nearly every request is, counting its statements.
      await ask();
      let statements = 0;
      const stop = db.onQuery(() => statements++);
      const answer = await ask();
      stop();
      if (answer.errors || !answer.data) throw new Error(`${c.operation}, ${c.scope}: ${JSON.stringify(answer.errors)}`);
      const fromApi = c.fromApi(answer.data);
      const fromSql = c.fromSql(await db.sql.query(c.sql, params));
      if (JSON.stringify(fromApi) !== JSON.stringify(fromSql)) {
        throw new Error(
          `${c.operation}, ${c.scope}: the API and SQL answers differ.\nAPI: ${JSON.stringify(fromApi).slice(0, 600)}\nSQL: ${JSON.stringify(fromSql).slice(0, 600)}`,
        );
      }
      if (!fromApi.length) throw new Error(`${c.operation}, ${c.scope}: no rows (is the data set generated?)`);
      const client = new HttpClientProcess({ url: endpoint, body, authorization: operator.authorization });
      clients.push(client);
      prepared.push({ c, client, params, rows: fromApi.length, statements });
    }
    for (const { c, client, params } of prepared) {
      await client.latency(WARM_UP_RUNS);
      await time(WARM_UP_RUNS, () => db.sql.query(c.sql, params));
    }
    for (const { c, client, params, rows, statements } of prepared) {
      const api: number[] = [];
      const sql: number[] = [];
      // Alternating rounds, so that a busy moment on a shared machine weighs on both sides alike.
      for (let done = 0; done < runs; done += RUNS_PER_ROUND) {
        api.push(...(await client.latency(RUNS_PER_ROUND)));
        sql.push(...(await time(RUNS_PER_ROUND, () => db.sql.query(c.sql, params))));
      }
      api.sort((a, b) => a - b);
      sql.sort((a, b) => a - b);
      const ratio = percentile(api, 50) / percentile(sql, 50);
      lines.push(
        `| ${c.operation} | ${c.size} | ${c.scope} | ${rows} | ${statements} | ${ms(percentile(api, 50))} / ${ms(percentile(api, 95))} ms | ${ms(percentile(sql, 50))} / ${ms(percentile(sql, 95))} ms | ${ratio.toFixed(1)}× |`,
      );
    }
    lines.push(...(await floorOfAnAnswer(endpoint, operator.authorization, runs)));
  } finally {
    for (const client of clients) client.close();
    server.close();
    await apollo.stop();
    await db.close();
  }
  return lines;
}

/**
 * What any answer over HTTP costs whatever it holds, beside which a ratio to a sub-millisecond statement is read:
 * `{ __typename }` through the same server (no statement, no resolver of ours), and a bare node:http server answering
 * the same bytes on this machine, each timed as the cases are.
 */
async function floorOfAnAnswer(endpoint: string, authorization: string, runs: number): Promise<string[]> {
  const bare = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      res.end('{"data":{"__typename":"Query"}}');
    });
  }).listen(0, '127.0.0.1');
  await new Promise((r) => bare.once('listening', r));
  const lines: string[] = [];
  try {
    const body = JSON.stringify({ query: '{ __typename }' });
    const targets = [
      { name: '`{ __typename }` through this server', url: endpoint },
      { name: 'a bare node:http server, same bytes', url: `http://127.0.0.1:${(bare.address() as AddressInfo).port}/graphql` },
    ];
    for (const { name, url } of targets) {
      const client = new HttpClientProcess({ url, body, authorization });
      try {
        await client.latency(WARM_UP_RUNS);
        const times = (await client.latency(runs)).sort((a, b) => a - b);
        lines.push(
          `Floor of an answer over HTTP — ${name}: median ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms.`,
        );
      } finally {
        client.close();
      }
    }
  } finally {
    bare.close();
  }
  return lines;
}
