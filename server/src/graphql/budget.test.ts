import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapDatabase } from '../db/bootstrap.js';
import type { Database } from '../db/database.js';
import { openDatabase } from '../db/database.js';
import { MAX_UPLOAD_BYTES } from '../imports/imports.resolver.js';
import { createTestDatabase, type TestDatabase } from '../test-support/databases.js';
import { createTestApi, TEST_ADMINISTRATOR } from '../test-support/graphql.js';
import { budgetedDatabase, LIGHTER, PAUSE_MS, RequestBudget, SLICE_MS } from './budget.js';
import { removeStaleUploadDirs } from './upload-temp.js';

describe('a request’s budget', () => {
  it('lets a request run only its share of statements at once', async () => {
    const budget = new RequestBudget('t', 10_000, 2);
    expect(budget.acquire()).toBeUndefined();
    expect(budget.acquire()).toBeUndefined();
    let third = false;
    const waiting = budget.acquire()?.then(() => {
      third = true;
    });
    expect(waiting).toBeInstanceOf(Promise);
    await new Promise((r) => setImmediate(r));
    expect(third).toBe(false);
    budget.release();
    await waiting;
    expect(third).toBe(true);
  });

  it('yields the event loop once it held it for a slice, and stops at the deadline', async () => {
    const budget = new RequestBudget('t', 10_000, 1);
    expect(budget.pace(1)).toBe(1);
    const start = performance.now();
    while (performance.now() - start < SLICE_MS + 2) {}
    const later = budget.pace(2);
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toBe(2);
    budget.extend(1);
    await new Promise((r) => setTimeout(r, 5));
    expect(() => budget.pace(3)).toThrow(/ran longer than the limit of 0 s and was stopped/);
    expect(budget.expired).toBe(true);
  });

  const busy = (ms: number) => {
    const start = performance.now();
    while (performance.now() - start < ms) {}
  };

  it('makes way for lighter requests in flight: a heavy one waits until they finish, never longer than a pause', async () => {
    const heavy = new RequestBudget('heavy', 10_000);
    heavy.weigh(100_000);
    const light = new RequestBudget('light', 10_000);
    light.weigh(100_000 / LIGHTER);
    const equal = new RequestBudget('equal', 10_000);
    equal.weigh(100_000 / LIGHTER + 1);
    try {
      let waited = false;
      const way = heavy.makeWay().then(() => {
        waited = true;
      });
      await new Promise((r) => setTimeout(r, 5));
      expect(waited).toBe(false);
      light.finish();
      await way;
      // Nearly as heavy (over a quarter of its cost) is not waited for; nor is the lighter one by the light one.
      const start = performance.now();
      await heavy.makeWay();
      expect(performance.now() - start).toBeLessThan(5);

      const stuck = new RequestBudget('stuck', 10_000);
      stuck.weigh(10);
      const before = performance.now();
      await heavy.makeWay();
      const paused = performance.now() - before;
      expect(paused).toBeGreaterThanOrEqual(PAUSE_MS - 2);
      expect(paused).toBeLessThan(PAUSE_MS + 40);
      // One whose cost is not known yet (still being parsed) counts as light.
      const arriving = new RequestBudget('arriving', 10_000);
      arriving.arrive();
      const waiting = heavy.makeWay();
      let went = false;
      void waiting.then(() => {
        went = true;
      });
      await new Promise((r) => setTimeout(r, 5));
      expect(went).toBe(false);
      arriving.finish();
      await waiting;
      // One that ran out of time without finishing is not waited for again.
      stuck.extend(1);
      await new Promise((r) => setTimeout(r, 3));
      const after = performance.now();
      await heavy.makeWay();
      expect(performance.now() - after).toBeLessThan(5);
      stuck.finish();
    } finally {
      for (const b of [heavy, light, equal]) b.finish();
    }
  });

  it('runs one statement at a time while a lighter request is in flight, its full share otherwise', async () => {
    const heavy = new RequestBudget('heavy', 10_000, 3);
    heavy.weigh(100_000);
    const light = new RequestBudget('light', 10_000);
    light.weigh(1_000);
    try {
      expect(heavy.acquire()).toBeUndefined();
      const second = heavy.acquire();
      expect(second).toBeInstanceOf(Promise);
      light.finish();
      // The lighter one finished: the first statement's end hands its slot on, and the share is three again.
      heavy.release();
      await second;
      expect(heavy.acquire()).toBeUndefined();
      expect(heavy.acquire()).toBeUndefined();
      expect(heavy.acquire()).toBeInstanceOf(Promise);
    } finally {
      heavy.finish();
      light.finish();
    }
  });

  it('gives other requests a turn between the statements of a request on the embedded database', async () => {
    // The embedded database works in this thread: a request whose statements follow one another in microtasks
    // would hold the event loop for all of them.
    const order: string[] = [];
    const db = {
      kind: 'pglite',
      sql: {
        async query() {
          busy(SLICE_MS + 1);
          order.push('statement');
          return [];
        },
      },
    } as unknown as Database;
    const budget = new RequestBudget('t', 10_000, 1);
    const limited = budgetedDatabase(db, budget);
    const other = new Promise<void>((resolve) =>
      setImmediate(() => {
        order.push('other request');
        resolve();
      }),
    );
    await Promise.all([limited.sql.query('SELECT 1', []), limited.sql.query('SELECT 2', [])]);
    await other;
    expect(order).toEqual(['statement', 'other request', 'statement']);
  });
});

describe('time limit, request ids, uploads', () => {
  let test: TestDatabase;
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let app: Awaited<ReturnType<typeof import('../app.js').createApp>>;
  beforeAll(async () => {
    test = await createTestDatabase('pglite');
    api = await createTestApi(test.db, { production: true });
    app = await (await import('../app.js')).createApp(test.db, { production: true });
  });
  afterAll(async () => {
    await app.apollo.stop();
    await api.stop();
    await test.drop();
  });

  it('stops a request past its time limit with one 503 error saying so, and answers the next one', async () => {
    const context = app.context({ requestId: 'slow-one', viewer: TEST_ADMINISTRATOR });
    context.budget.extend(1);
    await new Promise((r) => setTimeout(r, 5));
    const aliases = Array.from({ length: 20 }, (_, i) => `r${i}: regions(level: PROVINCE) { code children { code } }`).join(' ');
    const response = await app.apollo.executeOperation({ query: `{ ${aliases} }` }, { contextValue: context });
    expect(response.http.status).toBe(503);
    expect(response.body.kind === 'single' && response.body.singleResult).toEqual({
      data: null,
      errors: [
        {
          message: expect.stringMatching(/^This request ran longer than the limit of 0 s and was stopped\. Ask for less at once/),
          extensions: { code: 'TIME_LIMIT_EXCEEDED', limitMs: 1, requestId: 'slow-one' },
        },
      ],
    });
    expect((await api.execute('{ region(code: "75") { name } }')).data).toEqual({ region: { name: 'Gorontalo' } });
  });

  it('gives every response a request id, keeps a sane one sent in, and puts it in errors', async () => {
    const ok = await request(api.http).post('/graphql').send({ query: '{ region(code: "75") { name } }' });
    expect(ok.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await request(api.http)
      .post('/graphql')
      .set('x-request-id', 'proxy-42.abc')
      .send({ query: '{ region(code: 75) { name } }' });
    expect(given.status).toBe(400);
    expect(given.headers['x-request-id']).toBe('proxy-42.abc');
    expect(given.body.errors[0].extensions.requestId).toBe('proxy-42.abc');
    const odd = await request(api.http)
      .post('/graphql')
      .set('x-request-id', `a b ${'x'.repeat(300)}`)
      .send({ query: '{ __typename }' });
    expect(odd.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const health = await request(api.http).get('/health');
    expect(health.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses an upload over the limit with 413 and a sentence naming the limit, leaving no temporary file', async () => {
    const res = await request(api.http)
      .post('/graphql')
      .set('apollo-require-preflight', 'true')
      .field(
        'operations',
        JSON.stringify({
          query: 'mutation ($file: Upload!) { importFile(file: $file, dryRun: true) { status } }',
          variables: { file: null },
        }),
      )
      .field('map', JSON.stringify({ 0: ['variables.file'] }))
      .attach('0', Buffer.alloc(MAX_UPLOAD_BYTES + 1024, 'a'), 'besar.csv');
    expect(res.status).toBe(413);
    expect(res.body.errors[0]).toMatchObject({ extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes: MAX_UPLOAD_BYTES } });
    expect(res.body.errors[0].message).toMatch(
      /^The file “besar\.csv” is larger than the limit of 50 MB and was not imported\. Split it/,
    );
    expect(tmpdir()).toMatch(new RegExp(`kesra-uploads-${process.pid}$`));
    await new Promise((r) => setTimeout(r, 200));
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith('capacitor-'))).toEqual([]);
  });

  it('removes the upload folders of processes that are gone, and only those', () => {
    const base = mkdtempSync(join(process.env.TMPDIR ?? '/tmp', 'base-'));
    mkdirSync(join(base, 'kesra-uploads-999999999'));
    writeFileSync(join(base, 'kesra-uploads-999999999', 'capacitor-1.tmp'), 'x');
    mkdirSync(join(base, `kesra-uploads-${process.pid}`));
    mkdirSync(join(base, 'other'));
    expect(removeStaleUploadDirs(base)).toBe(1);
    expect(readdirSync(base).sort()).toEqual([`kesra-uploads-${process.pid}`, 'other']);
    rmSync(base, { recursive: true, force: true });
  });
});

/** A PostgreSQL server of the test's own, to freeze with SIGSTOP. */
async function startThrowAwayServer(): Promise<{ url: string; pids: () => number[]; stop: () => void }> {
  const bin = '/usr/lib/postgresql/15/bin';
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
  const dir = mkdtempSync('/tmp/kesra-frozen-');
  execFileSync('chown', ['postgres', dir]);
  // The server's output goes to a log file: a server holding this process's pipe would keep execFileSync waiting.
  const asPostgres = (cmd: string, args: string[]) =>
    execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'ignore', timeout: 60_000 });
  asPostgres(`${bin}/initdb`, ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres']);
  asPostgres(`${bin}/pg_ctl`, [
    '-D',
    join(dir, 'data'),
    '-l',
    join(dir, 'log'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
    '-w',
    'start',
  ]);
  const postmaster = () =>
    Number(
      execFileSync('head', ['-1', join(dir, 'data', 'postmaster.pid')])
        .toString()
        .trim(),
    );
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    pids: () => {
      const main = postmaster();
      const children = execFileSync('pgrep', ['-P', String(main)])
        .toString()
        .trim()
        .split('\n')
        .map(Number);
      return [main, ...children];
    },
    stop: () => {
      try {
        asPostgres(`${bin}/pg_ctl`, ['-D', join(dir, 'data'), '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

describe.skipIf(!existsSync('/usr/lib/postgresql/15/bin/initdb') || process.getuid?.() !== 0)(
  'a frozen PostgreSQL server',
  () => {
    it('gets /health answered 503 within its deadline, and a query failed soon after its limit, not hung', async () => {
      const server = await startThrowAwayServer();
      const db = await openDatabase({ kind: 'postgres', url: server.url });
      try {
        await bootstrapDatabase(db, { demoData: false });
        const api = await createTestApi(db, { production: true });
        expect((await request(api.http).get('/health')).status).toBe(200);
        for (const pid of server.pids()) process.kill(pid, 'SIGSTOP');
        try {
          let started = performance.now();
          const health = await request(api.http).get('/health');
          expect(health.status).toBe(503);
          expect(performance.now() - started).toBeLessThan(3000);
          expect(health.body).toMatchObject({ status: 'unavailable', error: 'The database did not answer within 2 s.' });
          // A query with a short limit: refused by the deadline or the driver's timeout, either way promptly.
          started = performance.now();
          const res = await request(api.http).post('/graphql').send({ query: '{ observations(first: 5) { totalCount } }' });
          expect(res.status).toBe(503);
          expect(['DATABASE_UNAVAILABLE', 'TIME_LIMIT_EXCEEDED']).toContain(res.body.errors[0].extensions.code);
          expect(performance.now() - started).toBeLessThan(14_000);
        } finally {
          for (const pid of server.pids()) process.kill(pid, 'SIGCONT');
        }
        await api.stop();
      } finally {
        await db.close().catch(() => {});
        server.stop();
      }
    }, 60_000);
  },
);
