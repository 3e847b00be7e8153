// The benchmark's HTTP client, in a process of its own. A dashboard's requests come from another program:
// a client sharing the server's event loop would bill its own work to the API, and Node's fetch alone
// costs 1–2 ms per request on these machines (measured against node:http on the same server).

import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Job =
  | { kind: 'latency'; runs: number }
  | { kind: 'throughput'; clients: number; seconds: number }
  | { kind: 'untilStopped' };
type Answer = { times: number[] } | { perSecond: number } | { error: string };
/** Ends an `untilStopped` job (and a request it has in flight). */
type Stop = { kind: 'stop' };

interface Target {
  url: string;
  /** A GraphQL request body to POST; without one, the URL is fetched with GET and its answer (a CSV file) read in full. */
  body?: string;
  /** The request is meant to be refused: a 4xx with errors is its expected answer (anything else stops the benchmark). */
  refused?: boolean;
  /** The HTTP status expected instead of 200 (or a 4xx when `refused`), with errors: 503 for a request stopped at its time limit. */
  status?: number;
  /** The Authorization header to send (see operator.ts); without one, the request is an anonymous visitor's. */
  authorization?: string;
}

/** One request, answered in full and parsed, as a client would; an unexpected answer stops the benchmark. */
function post(agent: http.Agent, { url, body, refused, status: expected, authorization }: Target): Promise<void> {
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders =
      body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
    if (authorization) headers.authorization = authorization;
    const request = http.request(url, { method: body === undefined ? 'GET' : 'POST', agent, headers }, (response) => {
      const status = response.statusCode ?? 0;
      if (body === undefined) {
        response.resume();
        response.on('end', () => (status === 200 ? resolve() : reject(new Error(`HTTP ${status} for ${url}`))));
        response.on('error', reject);
        return;
      }
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const answer = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { errors?: unknown };
        const ok = expected
          ? status === expected && answer.errors
          : refused
            ? status >= 400 && status < 500 && answer.errors
            : !answer.errors && status === 200;
        if (!ok) reject(new Error(`HTTP ${status}: ${JSON.stringify(answer.errors ?? answer).slice(0, 500)}`));
        else resolve();
      });
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

let stopRequested: (() => void) | null = null;

async function run(target: Target, job: Job): Promise<Answer> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.kind === 'throughput' ? job.clients : 1 });
  try {
    if (job.kind === 'latency') {
      const times: number[] = [];
      for (let i = 0; i < job.runs; i++) {
        const start = performance.now();
        await post(agent, target);
        times.push(performance.now() - start);
      }
      return { times };
    }
    if (job.kind === 'untilStopped') {
      // One client sending the request back to back until told to stop; the request in flight is then abandoned.
      let stopped = false;
      stopRequested = () => {
        stopped = true;
        agent.destroy();
      };
      let done = 0;
      const started = performance.now();
      while (!stopped) {
        try {
          await post(agent, target);
          done++;
        } catch (err) {
          if (!stopped) throw err;
        }
      }
      return { perSecond: (done * 1000) / (performance.now() - started) };
    }
    let done = 0;
    const until = performance.now() + job.seconds * 1000;
    await Promise.all(
      Array.from({ length: job.clients }, async () => {
        while (performance.now() < until) {
          await post(agent, target);
          done++;
        }
      }),
    );
    return { perSecond: done / job.seconds };
  } finally {
    agent.destroy();
  }
}

const CHILD_ENV = 'KESRA_BENCH_HTTP_TARGET';

// The target travels in a file: an abusive request's body is larger than an environment variable may be.
const childTargetFile = process.env[CHILD_ENV];
const childTarget = childTargetFile ? readFileSync(childTargetFile, 'utf8') : undefined;
if (childTarget && process.send) {
  const send = process.send.bind(process);
  process.on('message', (job: Job | Stop) => {
    if (job.kind === 'stop') {
      stopRequested?.();
      stopRequested = null;
      return;
    }
    run(JSON.parse(childTarget) as Target, job).then(
      (answer) => send(answer),
      (err: Error) => send({ error: err.message }),
    );
  });
}

/** A client process sending one GraphQL request body to one URL (or fetching one URL). */
export class HttpClientProcess {
  private readonly child: ChildProcess;
  private readonly targetDir: string;
  private pending: { resolve(answer: Answer): void; reject(err: Error): void } | null = null;

  constructor(target: Target) {
    this.targetDir = mkdtempSync(join(tmpdir(), 'kesra-bench-'));
    const file = join(this.targetDir, 'target.json');
    writeFileSync(file, JSON.stringify(target));
    this.child = fork(new URL(import.meta.url), {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, [CHILD_ENV]: file },
    });
    this.child.on('message', (answer: Answer) => {
      if ('error' in answer) this.pending?.reject(new Error(`The API answered with an error: ${answer.error}`));
      else this.pending?.resolve(answer);
      this.pending = null;
    });
    this.child.on('error', (err) => {
      this.pending?.reject(err);
      this.pending = null;
    });
  }

  private ask(job: Job): Promise<Answer> {
    if (this.pending) throw new Error('One job at a time: wait for the previous one.');
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.child.send(job);
    });
  }

  /** Milliseconds of each of `runs` requests sent one after another. */
  async latency(runs: number): Promise<number[]> {
    return ((await this.ask({ kind: 'latency', runs })) as { times: number[] }).times;
  }

  /** Requests answered per second with `clients` sending concurrently. */
  async throughput(clients: number, seconds: number): Promise<number> {
    return ((await this.ask({ kind: 'throughput', clients, seconds })) as { perSecond: number }).perSecond;
  }

  /**
   * Starts sending the request back to back, one at a time, until `stop()`; resolves with the requests answered per
   * second by then.
   */
  untilStopped(): Promise<number> {
    return this.ask({ kind: 'untilStopped' }).then((answer) => (answer as { perSecond: number }).perSecond);
  }

  /** Ends the job `untilStopped` started. */
  stop(): void {
    this.child.send({ kind: 'stop' } satisfies Stop);
  }

  close(): void {
    this.child.kill();
    rmSync(this.targetDir, { recursive: true, force: true });
  }
}
