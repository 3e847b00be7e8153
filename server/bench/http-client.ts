// The benchmark's HTTP client, in a process of its own. A dashboard's requests come from another program:
// a client sharing the server's event loop would bill its own work to the API, and Node's fetch alone
// costs 1–2 ms per request on these machines (measured against node:http on the same server).

import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Job = { kind: 'latency'; runs: number } | { kind: 'throughput'; clients: number; seconds: number };
type Answer = { times: number[] } | { perSecond: number } | { error: string };

interface Target {
  url: string;
  body: string;
  /** The request is meant to be refused: a 4xx with errors is its expected answer (anything else stops the benchmark). */
  refused?: boolean;
}

/** One POST, answered in full and parsed, as a client would; a GraphQL error stops the benchmark. */
function post(agent: http.Agent, { url, body, refused }: Target): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const answer = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { errors?: unknown };
          const status = response.statusCode ?? 0;
          const ok = refused ? status >= 400 && status < 500 && answer.errors : !answer.errors && status === 200;
          if (!ok) reject(new Error(`HTTP ${status}: ${JSON.stringify(answer.errors ?? answer).slice(0, 500)}`));
          else resolve();
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

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
  process.on('message', (job: Job) => {
    run(JSON.parse(childTarget) as Target, job).then(
      (answer) => send(answer),
      (err: Error) => send({ error: err.message }),
    );
  });
}

/** A client process sending one GraphQL request body to one URL. */
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

  close(): void {
    this.child.kill();
    rmSync(this.targetDir, { recursive: true, force: true });
  }
}
