// PostGraphile v5 on the same database as the yardstick for plain lists (issue 18): each plain list of
// ../scale/lists.ts through our API, through PostGraphile (serve.ts, a process of its own) and as one SQL statement,
// rows checked equal on all three before anything is timed, then timed in alternating rounds.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../src/db/database.js';
import { compiledCreateApp } from '../compiled-app.js';
import { HttpClientProcess } from '../http-client.js';
import { benchOperator } from '../operator.js';
import { listCases } from '../scale/lists.js';
import { DEFAULT_SCALE_DATABASE_URL, scaleDatabaseProblem } from '../scale/synthetic.js';
import { percentile } from '../stats.js';
import { endCursorOf, postGraphileCase } from './cases.js';
import { seriesListCases } from './series.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const RUNS_PER_ROUND = 5;
const SLOW_MS = 1000;
const SLOW_ROUNDS = 5;

/** Starts serve.ts with the same tsx and Node, and resolves with its URL. */
function startPostGraphile(url: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./serve.ts', import.meta.url))], {
    env: { ...process.env, SCALE_DATABASE_URL: url, GRAPHILE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`PostGraphile exited (${code})`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      const line = chunk
        .toString()
        .split('\n')
        .find((l) => l.startsWith('http://'));
      if (line) resolve({ child, url: line.trim() });
    });
  });
}

async function post(url: string, query: string, variables: Record<string, unknown>, authorization?: string) {
  const answer = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization && { authorization }) },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await answer.json()) as { data?: unknown; errors?: { message: string }[] };
  if (json.errors?.length) throw new Error(`HTTP ${answer.status} from ${url}: ${json.errors[0]!.message}`);
  return json.data;
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((k, i) => k === b[i]);
const ms = (sorted: number[], p: number) => percentile(sorted, p).toFixed(1);

const dbUrl = process.env.SCALE_DATABASE_URL ?? DEFAULT_SCALE_DATABASE_URL;
const problem = scaleDatabaseProblem(dbUrl);
if (problem) {
  console.error(problem);
  process.exit(1);
}
const db = await openDatabase({ kind: 'postgres', url: dbUrl });
const operator = benchOperator();
const { handler, apollo } = await (await compiledCreateApp())(db, { production: true, accounts: operator.accounts });
const ours = createServer(handler).listen(0, '127.0.0.1');
await new Promise((r) => ours.once('listening', r));
const oursUrl = `http://127.0.0.1:${(ours.address() as AddressInfo).port}/graphql`;
const pgl = await startPostGraphile(dbUrl);
const clients: HttpClientProcess[] = [];
try {
  const only = process.env.BENCH_SCALE_CASES;
  const cases = [...(await listCases(db)), ...(await seriesListCases(db))].filter((c) => !only || c.name.includes(only));
  const firstCursor = async (query: string, variables: Record<string, unknown>) =>
    endCursorOf(await post(pgl.url, query, variables));
  for (const c of cases) {
    const p = await postGraphileCase(c, firstCursor);
    if (!p) continue;
    const expected = await c.sql(db);
    // Our API may refuse a list over its cost limit (the tree with names); PostGraphile has no such limit and is
    // still timed beside the SQL statement.
    const refusal = await post(oursUrl, c.query, c.variables ?? {}, operator.authorization).then(
      (data) => ({ data, refused: null }),
      (err: Error) => ({ data: null, refused: err.message }),
    );
    const ourKeys = refusal.refused ? expected : c.apiKeys(refusal.data);
    const pglKeys = p.keys(await post(pgl.url, p.query, p.variables));
    if (!same(ourKeys, expected) || !same(pglKeys, expected)) {
      throw new Error(
        `${c.name}: SQL ${expected.length} rows, ours ${ourKeys.length}, PostGraphile ${pglKeys.length}: not the same`,
      );
    }
    const plainRows = p.plain ? p.keys(await post(pgl.url, p.plain.query, p.plain.variables)).length : 0;
    const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
    const ourClient = refusal.refused
      ? null
      : new HttpClientProcess({
          url: oursUrl,
          body: body(c.query, c.variables ?? {}),
          authorization: operator.authorization,
        });
    const pglClient = new HttpClientProcess({ url: pgl.url, body: body(p.query, p.variables) });
    const plainClient = p.plain && new HttpClientProcess({ url: pgl.url, body: body(p.plain.query, p.plain.variables) });
    clients.push(...[ourClient, pglClient, plainClient].filter((x) => x !== null && x !== undefined));
    const times = { ours: [] as number[], pgl: [] as number[], plain: [] as number[], sql: [] as number[] };
    const sqlRuns = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const s = performance.now();
        await c.sql(db);
        times.sql.push(performance.now() - s);
      }
    };
    // Warm-up, then alternating rounds: a busy moment on the shared machine weighs on every side alike. A list that
    // takes PostGraphile over SLOW_MS is timed fewer times there (the bench would run for hours), and says so.
    const [firstPgl = 0] = await pglClient.latency(1);
    const slow = firstPgl > SLOW_MS;
    await ourClient?.latency(5);
    await pglClient.latency(slow ? 1 : 5);
    await plainClient?.latency(5);
    await sqlRuns(3);
    times.sql.length = 0;
    for (let round = 0; round < (slow ? SLOW_ROUNDS : ROUNDS); round++) {
      if (ourClient) times.ours.push(...(await ourClient.latency(RUNS_PER_ROUND)));
      times.pgl.push(...(await pglClient.latency(slow ? 1 : RUNS_PER_ROUND)));
      if (plainClient) times.plain.push(...(await plainClient.latency(RUNS_PER_ROUND)));
      await sqlRuns(RUNS_PER_ROUND);
    }
    for (const t of Object.values(times)) t.sort((a, b) => a - b);
    console.log(
      `[postgraphile] ${c.name}: ${expected.length.toLocaleString('en')} rows (first ${expected[0]}, last ${expected.at(-1)}); ` +
        (refusal.refused
          ? `ours refused: ${refusal.refused.slice(0, 120)}; PostGraphile`
          : `ours median ${ms(times.ours, 50)} ms, p95 ${ms(times.ours, 95)}; PostGraphile`) +
        ` median ${ms(times.pgl, 50)} ms, p95 ${ms(times.pgl, 95)} (${times.pgl.length} runs, ours ${times.ours.length}); ` +
        `SQL median ${ms(times.sql, 50)} ms` +
        (ourClient ? `; ours/PostGraphile ${(percentile(times.ours, 50) / percentile(times.pgl, 50)).toFixed(2)}x` : '') +
        (p.plain
          ? `; amber's condition alone (${plainRows} rows: ${p.plain.note}) median ${ms(times.plain, 50)} ms, p95 ${ms(times.plain, 95)}`
          : '') +
        `; load ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}`,
    );
    for (const client of [ourClient, pglClient, plainClient]) client?.close();
    clients.length = 0;
  }
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  for (const client of clients) client.close();
  pgl.child.removeAllListeners('exit');
  pgl.child.kill('SIGTERM');
  ours.close();
  await apollo.stop();
  await db.close();
}
