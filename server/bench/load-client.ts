// The load benchmark's client (autocannon), in a process of its own: at 200 connections the client's own work would
// otherwise be billed to the server it shares an event loop with (see http-client.ts).
import { fork } from 'node:child_process';
import autocannon from 'autocannon';
import { percentile } from './stats.js';

export interface LoadJob {
  url: string;
  body: string;
  authorization?: string;
  connections: number;
  seconds: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Connection errors and time-outs, and answers other than 2xx (a GraphQL error comes with a 4xx/5xx here). */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Requests still waiting for their answer when the time ran out (autocannon counts them nowhere else). */
  unanswered: number;
  /** CPU time the load client itself used (user + system), in ms: on a machine it shares, the server does not get it. */
  clientCpuMs: number;
}

async function run(job: LoadJob): Promise<LoadResult> {
  const cpu = process.cpuUsage();
  const times: number[] = [];
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (job.authorization) headers.authorization = job.authorization;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: job.url,
        method: 'POST',
        headers,
        body: job.body,
        connections: job.connections,
        duration: job.seconds,
        // As long as the server's own time limit for a request (REQUEST_TIME_LIMIT_MS, 10 s), and a little more.
        timeout: 12,
      },
      (err, done) => (err ? reject(err) : resolve(done)),
    );
    // autocannon reports p97.5 but no p95: every response time is kept and the percentiles taken from them.
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      times.push(responseTime);
    });
  });
  times.sort((a, b) => a - b);
  const answered = times.length - result.non2xx;
  return {
    requestsPerSecond: answered / job.seconds,
    p50: times.length ? percentile(times, 50) : Number.NaN,
    p95: times.length ? percentile(times, 95) : Number.NaN,
    p99: times.length ? percentile(times, 99) : Number.NaN,
    errors: result.errors + result.non2xx,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    unanswered: Math.max(0, result.requests.sent - times.length - result.errors),
    clientCpuMs: (({ user, system }) => (user + system) / 1000)(process.cpuUsage(cpu)),
  };
}

if (process.env.KESRA_LOAD_CLIENT && process.send) {
  const send = process.send.bind(process);
  process.once('message', (job: LoadJob) => {
    run(job).then(
      (result) => send(result, () => process.exit(0)),
      (err: Error) => send({ error: err.message }, () => process.exit(1)),
    );
  });
}

/** Runs one load job in a new client process. */
export function load(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL(import.meta.url), {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, KESRA_LOAD_CLIENT: '1' },
    });
    child.once('message', (answer: LoadResult | { error: string }) =>
      'error' in answer ? reject(new Error(answer.error)) : resolve(answer),
    );
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code) reject(new Error(`The load client stopped with code ${code}.`));
    });
    child.send(job);
  });
}
