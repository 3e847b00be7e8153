// Where the server's time goes for one operation: the compiled server in production mode on the demo data (PostgreSQL),
// a client in a process of its own sending the request back to back (or under load), and V8's sampling profiler on
// the server's thread only while timed requests run. Writes a .cpuprofile (open it in Chrome's DevTools) and prints
// the functions and packages with the most self time, and the server's CPU time per request (user + system, this
// process only: on a shared machine a steadier figure than requests/s, which other people's work moves). PROFILE=0
// skips the profiler, whose sampling costs a little of its own.
//   pnpm --filter @kesra/server build && pnpm --filter @kesra/server exec tsx bench/profile.ts page|comparison [clients]
// PROFILE_QUERY='{ __typename }' profiles that document instead (named by the first argument): the fixed cost of any answer.
import './server-flags.js';
import './production-mode.js';
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { createTestDatabase } from '../src/test-support/databases.js';
import { COMPARISON_QUERY } from './api.js';
import { compiledCreateApp } from './compiled-app.js';
import { HttpClientProcess } from './http-client.js';
import { load } from './load-client.js';
import { benchOperator } from './operator.js';
import { postgresCpuSince } from './process-cpu.js';
import { percentile } from './stats.js';

const PAGE_QUERY = `query ($filter: ObservationFilter!, $after: String) { observations(filter: $filter, first: 1000, after: $after) {
  pageInfo { hasNextPage endCursor } edges { node { indicatorCode regionCode period year subperiod value status note importBatchId updatedAt } } } }`;

const which = process.argv[2] ?? 'page';
const clients = Number(process.argv[3] ?? 0);
const query = process.env.PROFILE_QUERY ?? (which === 'comparison' ? COMPARISON_QUERY : PAGE_QUERY);
const body = JSON.stringify({ query, variables: which === 'page' && !process.env.PROFILE_QUERY ? { filter: {} } : {} });

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time by function and by package, in per cent of the samples. */
function summarise(profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (const [i, id] of profile.samples.entries()) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const fns = new Map<string, number>();
  const packages = new Map<string, number>();
  for (const [id, t] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const file = url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/server\//, '');
    fns.set(
      `${functionName || '(anon)'} ${file}:${lineNumber + 1}`,
      (fns.get(`${functionName || '(anon)'} ${file}:${lineNumber + 1}`) ?? 0) + t,
    );
    const pkg = url.includes('node_modules/')
      ? url
          .replace(/^.*node_modules\//, '')
          .split('/')
          .slice(0, url.includes('node_modules/@') ? 2 : 1)
          .join('/')
      : url.includes('/dist/')
        ? `app ${url.replace(/^.*\/dist\//, '').split('/')[0]}`
        : url || functionName;
    packages.set(pkg, (packages.get(pkg) ?? 0) + t);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, t]) => `${((t / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
  console.log('--- self time by package');
  console.log(top(packages, 25).join('\n'));
  console.log('--- self time by function');
  console.log(top(fns, 45).join('\n'));
}

const test = await createTestDatabase('postgres', { demoData: true });
const operator = benchOperator();
const { handler, apollo } = await (await compiledCreateApp())(test.db, { production: true, accounts: operator.accounts });
let handled = 0;
const server = createServer((req, res) => {
  handled++;
  handler(req, res);
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
const client = new HttpClientProcess({ url, body, authorization: operator.authorization });
const session = new Session();
session.connect();
try {
  await client.latency(300);
  const profiling = process.env.PROFILE !== '0';
  if (profiling) {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: Number(process.env.PROFILE_INTERVAL_US ?? 100) });
    await session.post('Profiler.start');
  }
  const cpu = process.cpuUsage();
  const postgresSince = postgresCpuSince();
  let clientCpuMs = 0;
  const before = handled;
  if (clients) {
    const r = await load({ url, body, authorization: operator.authorization, connections: clients, seconds: 5 });
    console.log(`${which}, ${clients} clients: ${Math.round(r.requestsPerSecond)} requests/s, p50 ${r.p50} ms`);
    clientCpuMs = r.clientCpuMs;
    // The requests still in flight when the client stopped are carried through: their time counts, and so do they.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
  } else {
    const times = (await client.latency(300)).sort((a, b) => a - b);
    console.log(`${which}: median ${percentile(times, 50).toFixed(1)} ms`);
  }
  const used = process.cpuUsage(cpu);
  const postgresMs = postgresSince();
  const requests = handled - before;
  console.log(
    `server CPU per request: ${((used.user + used.system) / requests / 1000).toFixed(3)} ms (user ${(used.user / requests / 1000).toFixed(3)}, system ${(used.system / requests / 1000).toFixed(3)})${profiling ? ', profiled' : ''}`,
  );
  // Beside it on the same machine: PostgreSQL's processes, and the load client (under load only).
  console.log(
    `PostgreSQL CPU per request: ${(postgresMs / requests).toFixed(3)} ms${clients ? `; load client: ${(clientCpuMs / requests).toFixed(3)} ms` : ''}`,
  );
  if (profiling) {
    const { profile } = await session.post('Profiler.stop');
    const file = `/tmp/kesra-${which}-${clients || 1}.cpuprofile`;
    writeFileSync(file, JSON.stringify(profile));
    console.log(`profile: ${file}`);
    summarise(profile as unknown as Profile);
  }
} finally {
  session.disconnect();
  client.close();
  server.close();
  await apollo.stop();
  await test.drop();
}
