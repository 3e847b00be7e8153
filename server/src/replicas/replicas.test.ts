import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { databaseConfigFromEnv } from '../config.js';
import { bootstrapDatabase } from '../db/bootstrap.js';
import { type Database, openDatabase } from '../db/database.js';
import { signedIn } from '../test-support/accounts.js';
import { createTestApi } from '../test-support/graphql.js';
import { formatLsn, parseLsn } from './lsn.js';
import { DEFAULT_REPLICA_SETTINGS, ReadReplicas } from './replicas.js';
import { clusterUnavailable, TestCluster } from './test-cluster.js';

describe('replica settings', () => {
  it('reads DATABASE_REPLICA_URL, comma-separated, beside DATABASE_URL only', () => {
    expect(
      databaseConfigFromEnv({
        DATABASE_URL: 'postgresql://p/kesra',
        DATABASE_REPLICA_URL: ' postgresql://r1/kesra, postgresql://r2/kesra ,',
      }),
    ).toEqual({ kind: 'postgres', url: 'postgresql://p/kesra', replicaUrls: ['postgresql://r1/kesra', 'postgresql://r2/kesra'] });
    expect(databaseConfigFromEnv({ DATABASE_URL: 'postgresql://p/kesra' })).toEqual({
      kind: 'postgres',
      url: 'postgresql://p/kesra',
    });
    // The embedded database has no replicas: the variable alone changes nothing.
    expect(databaseConfigFromEnv({ DATABASE_REPLICA_URL: 'postgresql://r1/kesra', DATA_DIR: '/tmp/x' })).toEqual({
      kind: 'pglite',
      dataDir: '/tmp/x',
    });
  });

  it('compares WAL positions as numbers, not text', () => {
    expect(parseLsn('0/3000000')).toBe(0x3000000n);
    expect((parseLsn('1/0') ?? 0n) > (parseLsn('0/FFFFFFFF') ?? 0n)).toBe(true);
    expect(formatLsn(parseLsn('16/B374D848') ?? 0n)).toBe('16/B374D848');
    expect(parseLsn(null)).toBeUndefined();
  });
});

const unavailable = clusterUnavailable();
// CI installs the server programs (.ci/run): there a missing one is a failure, not a reason to skip.
if (unavailable && process.env.CI) throw new Error(`The read-replica tests must run in CI: ${unavailable}.`);
if (unavailable) console.warn(`[kesra] Read-replica tests skipped: ${unavailable}.`);

const IMPORT = `mutation Import($file: Upload!) {
  importFile(file: $file, dryRun: false, indicator: "poverty_rate_p0") { status counts { inserted } }
}`;
const BATCHES = '{ importBatches { totalCount nodes { fileName inserted } } }';
const P0 = ['Kabupaten/Kota,2023,2024', 'Boalemo,18.38,17.83', 'Gorontalo,17.48,16.43', 'Kota Gorontalo,5.64,5.30'].join('\n');
const ADMIN = [{ role: 'ADMINISTRATOR' as const, regionCode: 'ID' }];
const MAX_LAG_MS = 1_500;

describe.skipIf(unavailable)('read replicas: a primary and a streaming replica started by the test', () => {
  let cluster: TestCluster;
  let db: Database;
  let replicas: ReadReplicas;
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let importer: string;
  let reader: string;
  const logged: string[] = [];

  beforeAll(async () => {
    cluster = await TestCluster.start();
    vi.spyOn(console, 'warn').mockImplementation((line: string) => void logged.push(String(line)));
    db = await openDatabase(
      { kind: 'postgres', url: cluster.primaryUrl, replicaUrls: [cluster.replicaUrl] },
      { replicas: { probeMs: 50, maxLagMs: MAX_LAG_MS } },
    );
    replicas = db.replicas as ReadReplicas;
    await bootstrapDatabase(db, { demoData: false });
    api = await createTestApi(db);
    importer = await signedIn(db, api.http, 'pengimpor', ADMIN);
    reader = await signedIn(db, api.http, 'pembaca', ADMIN);
    await until(() => state() === 'serving');
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await api?.stop();
    await db?.close();
    await cluster?.stop();
  });

  const state = () => replicas.status()[0]?.state;
  const replicaSql = (sql: string) =>
    // Straight to the replica, as an operator would (pausing replay cannot go through the router).
    import('pg').then(async ({ default: pg }) => {
      const client = new pg.Client(cluster.replicaUrl);
      await client.connect();
      try {
        return (await client.query(sql)).rows;
      } finally {
        await client.end();
      }
    });
  const graphql = (cookie: string, query: string) =>
    request(api.http).post('/graphql').set('content-type', 'application/json').set('cookie', cookie).send({ query });
  const batches = async (cookie: string) => {
    const res = await graphql(cookie, BATCHES);
    expect(res.body.errors).toBeUndefined();
    return res.body.data.importBatches.totalCount as number;
  };
  const upload = (content: string, fileName: string) =>
    request(api.http)
      .post('/graphql')
      .set('apollo-require-preflight', 'true')
      .set('cookie', importer)
      .field('operations', JSON.stringify({ query: IMPORT, variables: { file: null } }))
      .field('map', JSON.stringify({ 0: ['variables.file'] }))
      .attach('0', Buffer.from(content), fileName);
  const counted = async (work: () => Promise<unknown>) => {
    const before = { ...replicas.counts };
    await work();
    return {
      replica: replicas.counts.replica - before.replica,
      primary: replicas.counts.primary - before.primary,
      fallbacks: replicas.counts.fallbacks - before.fallbacks,
    };
  };

  it('sends queries and exports to the replica, and imports to the primary', async () => {
    const read = await counted(() => batches(reader));
    expect(read.replica).toBeGreaterThan(0);
    expect(read.primary).toBe(0);
    const exported = await counted(async () => {
      const res = await request(api.http).get('/export/observations.csv?indicator=poverty_rate_p0').set('cookie', reader);
      expect(res.status).toBe(200);
    });
    expect(exported.replica).toBeGreaterThan(0);
    expect(exported.primary).toBe(0);
    const health = await request(api.http).get('/health');
    expect(health.body.replicas).toEqual([
      { name: expect.stringContaining(`:${cluster.replicaPort}/`), state: 'serving', lagMs: expect.any(Number) },
    ]);
    const written = await counted(async () => {
      const res = await upload(P0, 'p0-2023.csv');
      expect(res.body.data.importFile).toEqual({ status: 'APPLIED', counts: { inserted: 6 } });
    });
    expect(written.replica).toBe(0);
    // Once replayed, the replica has the import too.
    await until(async () => (await replicaSql('SELECT count(*)::int AS n FROM import_batch'))[0]?.n === 1);
  });

  it("shows an import's result page to its importer at once, from the primary while the replica has not replayed it", async () => {
    await replicaSql('SELECT pg_wal_replay_pause()');
    try {
      const res = await upload(P0.replace('5.30', '5.31'), 'p0-2024-revisi.csv');
      expect(res.body.data.importFile.status).toBe('APPLIED');
      // The importer's own session: the primary answers, with the new batch.
      const own = await counted(async () => expect(await batches(importer)).toBe(2));
      expect(own.replica).toBe(0);
      // Another session reads the replica, which has not replayed it yet (it is within MAX_LAG_MS).
      const other = await counted(async () => expect(await batches(reader)).toBe(1));
      expect(other.replica).toBeGreaterThan(0);
    } finally {
      await replicaSql('SELECT pg_wal_replay_resume()');
    }
    // Replayed: the importer reads the replica again.
    await until(async () => (await counted(() => batches(importer))).replica > 0);
  });

  it('shows a write made through one instance to the same session on another instance (the position travels in a cookie)', async () => {
    // A second API instance with its own connections and its own knowledge of writes: none of the first one's.
    const other = await openDatabase(
      { kind: 'postgres', url: cluster.primaryUrl, replicaUrls: [cluster.replicaUrl] },
      { replicas: { probeMs: 50, maxLagMs: MAX_LAG_MS } },
    );
    const second = await createTestApi(other);
    try {
      await until(() => other.replicas?.status()[0]?.state === 'serving');
      await replicaSql('SELECT pg_wal_replay_pause()');
      const res = await upload(P0.replace('5.30', '5.29'), 'p0-2024-revisi-lain.csv');
      expect(res.body.data.importFile.status).toBe('APPLIED');
      const written = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('kesra_wal='));
      expect(written).toMatch(/^kesra_wal=[0-9A-F]+\/[0-9A-F]+; Path=\/; Max-Age=300; HttpOnly; SameSite=Lax$/);
      const read = (cookie: string) =>
        request(second.http)
          .post('/graphql')
          .set('content-type', 'application/json')
          .set('cookie', cookie)
          .send({ query: BATCHES });
      // With the position: the primary answers, with the new batch.
      const withPosition = await read(`${importer}; ${written?.split(';')[0]}`);
      expect(withPosition.body.data.importBatches.totalCount).toBe(3);
      // Without it, the other instance reads the replica, which has not replayed the import yet.
      const without = await read(importer);
      expect(without.body.data.importBatches.totalCount).toBe(2);
    } finally {
      await replicaSql('SELECT pg_wal_replay_resume()');
      await second.stop();
      await other.close();
    }
  });

  it('sends every read to the primary, with a log line, while the replica falls behind', async () => {
    await replicaSql('SELECT pg_wal_replay_pause()');
    try {
      const res = await upload(P0.replace('5.30', '5.32'), 'p0-2024-revisi-2.csv');
      expect(res.body.data.importFile.status).toBe('APPLIED');
      await until(() => state() === 'behind');
      expect(logged.some((l) => /Reads go to the primary instead of the replica .*behind the primary/.test(l))).toBe(true);
      const read = await counted(async () => expect(await batches(reader)).toBe(4));
      expect(read).toMatchObject({ replica: 0, fallbacks: 0 });
      expect(read.primary).toBeGreaterThan(0);
    } finally {
      await replicaSql('SELECT pg_wal_replay_resume()');
    }
    await until(() => state() === 'serving');
    expect(logged.some((l) => /serves reads again/.test(l))).toBe(true);
  });

  it('answers every read from the primary when the replica goes away, and returns to it when it is back', async () => {
    // A router that probes once only: its statements find the replica gone before any probe has noticed.
    const unprobed = new ReadReplicas(cluster.primaryUrl, [cluster.replicaUrl], (s, p, o) => db.sql.query(s, p, o), {
      ...DEFAULT_REPLICA_SETTINGS,
      probeMs: 600_000,
    });
    await unprobed.start();
    expect(unprobed.status()[0]?.state).toBe('serving');
    await cluster.stopReplica();
    try {
      const rows = await unprobed.query<{ n: number }>('SELECT count(*)::int AS n FROM import_batch', [], undefined);
      expect(rows).toEqual([{ n: 4 }]);
      expect(unprobed.counts).toEqual({ replica: 0, primary: 1, fallbacks: 1 });
      expect(unprobed.status()[0]?.state).toBe('down');
    } finally {
      await unprobed.close();
    }
    for (let i = 0; i < 5; i++) expect(await batches(reader)).toBe(4);
    await until(() => state() === 'down');
    expect(logged.some((l) => /Reads go to the primary instead of the replica/.test(l))).toBe(true);
    const meanwhile = await counted(async () => expect(await batches(reader)).toBe(4));
    expect(meanwhile.replica).toBe(0);
    await cluster.startReplica();
    await until(() => state() === 'serving');
    const after = await counted(async () => expect(await batches(reader)).toBe(4));
    expect(after.replica).toBeGreaterThan(0);
  });

  it('listens for reference-data notifications on the primary (a replica cannot send or relay them)', async () => {
    const heard: string[] = [];
    const stop = await db.listen('kesra_replica_test', { message: (p) => heard.push(p), listening() {}, lost() {} });
    try {
      await db.sql.query("SELECT pg_notify('kesra_replica_test', 'dari primer')");
      await until(() => heard.length > 0);
      expect(heard).toEqual(['dari primer']);
    } finally {
      await stop();
    }
  });

  // Last: the primary does not come back.
  it('keeps answering reads from the replica while the primary is down', async () => {
    await cluster.stopPrimary();
    // Longer than the lag allowed: a replica measured against a primary that stopped answering would seem behind.
    await new Promise((resolve) => setTimeout(resolve, MAX_LAG_MS + 300));
    await replicas.probe();
    expect(state()).toBe('serving');
    const rows = await replicas.query<{ n: number }>('SELECT count(*)::int AS n FROM import_batch', [], undefined);
    expect(rows).toEqual([{ n: 4 }]);
  });
});

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error('timed out waiting for the replica');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
