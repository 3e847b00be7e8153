// Load: the dashboard's operations at 50 and 200 concurrent clients for a fixed time (autocannon, in a process of its
// own) against the compiled server on a local listener, on PostgreSQL and on the embedded database (PGlite), each with
// the demo data set. BENCH_LOAD_SECONDS sets the time per case (default 10), BENCH_LOAD_CLIENTS the client counts,
// BENCH_LOAD_CASES (e.g. "comparison") and BENCH_LOAD_DATABASES (e.g. "pglite") pick a part.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestDatabase, type DatabaseKind } from '../src/test-support/databases.js';
import { API_CASES } from './api.js';
import { compiledCreateApp } from './compiled-app.js';
import { load } from './load-client.js';
import { benchOperator } from './operator.js';

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

const DATABASES = (process.env.BENCH_LOAD_DATABASES ?? 'postgres,pglite').split(',') as DatabaseKind[];

export async function benchLoad(kinds: readonly DatabaseKind[] = DATABASES): Promise<string[]> {
  const lines: string[] = [];
  for (const kind of kinds) {
    const test = await createTestDatabase(kind, { demoData: true });
    // The cases are the benchmark's own documents, not the dashboard's persisted operations: sent as the operator.
    const operator = benchOperator();
    const { handler, apollo } = await (await compiledCreateApp())(test.db, { production: true, accounts: operator.accounts });
    const server = createServer(handler).listen(0, '127.0.0.1');
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
          const r = await load({ url, body: body(c), authorization: operator.authorization, connections, seconds: SECONDS });
          lines.push(
            `[${kind}] ${c.name} — ${connections} clients, ${SECONDS} s: ${Math.round(r.requestsPerSecond)} requests/s, p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, p99 ${ms(r.p99)}, errors ${r.errors} (time-outs ${r.timeouts}, non-2xx ${r.non2xx}), ${r.unanswered} in flight when the time ran out`,
          );
        }
      }
    } finally {
      server.close();
      server.closeAllConnections();
      await apollo.stop();
      await test.drop();
    }
  }
  return lines;
}
