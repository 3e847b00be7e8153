// Load: the dashboard's operations at 50 and 200 concurrent clients for a fixed time (autocannon, in a process of its
// own) against the compiled server on a local listener, on PostgreSQL and on the embedded database (PGlite), each with
// the demo data set. BENCH_LOAD_SECONDS sets the time per case (default 10), BENCH_LOAD_CLIENTS the client counts,
// BENCH_LOAD_CASES (e.g. "comparison") and BENCH_LOAD_DATABASES (e.g. "pglite") pick a part; "replica" among the
// databases adds PostgreSQL with a streaming replica started on this machine (reads on the replica).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { readDashboardOperations } from '../src/accounts/anonymous-access.js';
import { bootstrapDatabase } from '../src/db/bootstrap.js';
import { type Database, openDatabase } from '../src/db/database.js';
import { TestCluster } from '../src/replicas/test-cluster.js';
import { createTestDatabase, type DatabaseKind } from '../src/test-support/databases.js';
import { API_CASES } from './api.js';
import { compiledCreateApp } from './compiled-app.js';
import { load } from './load-client.js';
import { benchOperator } from './operator.js';
import { postgresCpuSince } from './process-cpu.js';

/** The dashboard's comparison first, then the series chart and the scorecard. */
const LOAD_CASES = (process.env.BENCH_LOAD_CASES ?? 'comparison,series,scorecard').split(',').map((prefix) => {
  const found = API_CASES.find((c) => c.name.startsWith(prefix));
  if (!found) throw new Error(`No API case named ${prefix}…`);
  return found;
});

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const CLIENTS = (process.env.BENCH_LOAD_CLIENTS ?? '50,200').split(',').map(Number);
/** Before the first timed case: the JIT compiles the server's shared paths over the first few thousand requests. */
const WARM_UP_SECONDS = 3;

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : '–');

function summary(name: string, connections: number, r: Awaited<ReturnType<typeof load>>): string {
  return `${name} — ${connections} clients, ${SECONDS} s: ${Math.round(r.requestsPerSecond)} requests/s, p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, p99 ${ms(r.p99)}, errors ${r.errors} (time-outs ${r.timeouts}, non-2xx ${r.non2xx}), ${r.unanswered} in flight when the time ran out`;
}

type LoadDatabase = DatabaseKind | 'replica';

/**
 * The CPU time a request cost on this machine, where the server, PostgreSQL and the load client share its cores: a
 * steadier figure than requests/s on a machine whose neighbours take turns, and the ceiling it sets (all cores busy).
 * The server's CPU includes PGlite's, which runs in its thread.
 */
async function cpuPerRequest(
  handled: () => number,
  run: () => Promise<Awaited<ReturnType<typeof load>>>,
): Promise<{ result: Awaited<ReturnType<typeof load>>; line: string }> {
  const before = handled();
  const cpu = process.cpuUsage();
  const postgresSince = postgresCpuSince();
  const result = await run();
  // The requests in flight when the client stopped are carried through: their CPU counts, and so do they.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const requests = handled() - before;
  const server = (({ user, system }) => (user + system) / 1000)(process.cpuUsage(cpu)) / requests;
  const postgres = postgresSince() / requests;
  const client = result.clientCpuMs / requests;
  const total = server + postgres + client;
  const ceiling = Math.round((availableParallelism() * 1000) / total);
  return {
    result,
    line: `; CPU per request ${total.toFixed(2)} ms (server ${server.toFixed(2)}, PostgreSQL ${postgres.toFixed(2)}, client ${client.toFixed(2)}): at most ${ceiling} requests/s on ${availableParallelism()} cores`,
  };
}

/**
 * The dashboard's own comparison as a visitor who is not signed in sends it (its persisted hash, no credentials): the
 * answers kept for visitors (graphql/visitor-answers.ts) serve it while the data does not change. BENCH_LOAD_VISITOR=off
 * leaves it out.
 */
const VISITOR_CASE = {
  name: "comparison as a visitor (the dashboard's persisted Comparison of the 38 provinces, P0)",
  operation: 'query Comparison(',
  variables: { indicator: 'poverty_rate_p0', parent: 'ID' },
};
const WITH_VISITOR = process.env.BENCH_LOAD_VISITOR !== 'off';

function visitorBody(): string {
  const hash = [...readDashboardOperations()].find(([, text]) => text.includes(VISITOR_CASE.operation))?.[0];
  if (!hash) throw new Error(`The dashboard has no persisted operation with ${VISITOR_CASE.operation}`);
  return JSON.stringify({ variables: VISITOR_CASE.variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
}
const DATABASES = (process.env.BENCH_LOAD_DATABASES ?? 'postgres,pglite').split(',') as LoadDatabase[];

/** A primary and a streaming replica on this machine, with the demo data: queries read the replica. */
async function withReplica(): Promise<{ db: Database; drop(): Promise<void> }> {
  const cluster = await TestCluster.start();
  const db = await openDatabase({ kind: 'postgres', url: cluster.primaryUrl, replicaUrls: [cluster.replicaUrl] });
  await bootstrapDatabase(db, { demoData: true });
  return {
    db,
    async drop() {
      await db.close();
      await cluster.stop();
    },
  };
}

export async function benchLoad(kinds: readonly LoadDatabase[] = DATABASES): Promise<string[]> {
  const lines: string[] = [];
  for (const kind of kinds) {
    const test = kind === 'replica' ? await withReplica() : await createTestDatabase(kind, { demoData: true });
    // The cases are the benchmark's own documents, not the dashboard's persisted operations: sent as the operator.
    const operator = benchOperator();
    const { handler, apollo } = await (await compiledCreateApp())(test.db, { production: true, accounts: operator.accounts });
    let handledCount = 0;
    const handled = () => handledCount;
    const server = createServer((req, res) => {
      handledCount++;
      handler(req, res);
    }).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const codes = (
      await test.db.sql.query<{ code: string }>("SELECT code FROM region WHERE level = 'PROVINCE' ORDER BY code")
    ).map((r) => r.code);
    try {
      const body = (c: (typeof LOAD_CASES)[number]) => JSON.stringify({ query: c.query, variables: { codes, ...c.variables } });
      for (const c of LOAD_CASES) {
        await load({ url, body: body(c), authorization: operator.authorization, connections: 10, seconds: WARM_UP_SECONDS });
      }
      for (const c of LOAD_CASES) {
        for (const connections of CLIENTS) {
          const { result, line } = await cpuPerRequest(handled, () =>
            load({ url, body: body(c), authorization: operator.authorization, connections, seconds: SECONDS }),
          );
          const where = test.db.replicas ? `; statements so far ${JSON.stringify(test.db.replicas.counts)}` : '';
          lines.push(`${summary(`[${kind}] ${c.name}`, connections, result)}${line}${where}`);
        }
      }
      if (WITH_VISITOR) {
        const body = visitorBody();
        await load({ url, body, connections: 10, seconds: WARM_UP_SECONDS });
        for (const connections of CLIENTS) {
          const { result, line } = await cpuPerRequest(handled, () => load({ url, body, connections, seconds: SECONDS }));
          lines.push(`${summary(`[${kind}] ${VISITOR_CASE.name}`, connections, result)}${line}`);
        }
      }
    } finally {
      // The client hung up on the requests still in flight, but the server carries them through: the database is closed
      // only once they have had their turn (one health check queued behind them, and a moment for their last statements).
      await fetch(url.replace('/graphql', '/health')).catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      server.close();
      server.closeAllConnections();
      await apollo.stop();
      await test.drop();
    }
  }
  return lines;
}
