import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemViewer } from '../accounts/viewer.js';
import { type Database, openDatabase } from '../db/database.js';
import { importFile } from '../imports/import.service.js';
import { readRegistry, upsertRegions } from '../regions/registry.js';
import { createTestDatabase, type TestDatabase } from '../test-support/databases.js';
import { DESA_SCALE_INDEX, desaScaleIndexInFlight, ensureDesaScaleIndex } from './desa-scale-index.js';

// On a PostgreSQL server, what a build does to the imports and servers around it. (When it is built, on both kinds of
// database, is covered by imports/desa-import.test.ts.) Each test holds the build at a known point instead of timing
// it: an open transaction that has written to observation, which CREATE INDEX waits for, concurrently or not.

const HEADER = 'kode_wilayah,indikator,periode,pembilang,penyebut,sumber';
const csv = (...lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);
/** Kecamatan Limboto (Kabupaten Gorontalo) and its desa, as the registry lists them. */
const KECAMATAN = '75.01.01';

describe('the index of values above desa on a PostgreSQL server', () => {
  let test: TestDatabase;
  let db: Database;
  let url: string;
  let desa: string[];
  /** Connections a test opened, ended after it (a held writer's transaction rolled back). */
  const opened: pg.Client[] = [];
  const databases: Database[] = [];

  const connect = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    opened.push(client);
    return client;
  };
  /** Another connection in the middle of a write: it holds a writer's lock on observation, not committed yet. */
  const holdWriter = async () => {
    const writer = await connect();
    await writer.query('BEGIN');
    await writer.query('LOCK TABLE observation IN ROW EXCLUSIVE MODE');
    return writer;
  };
  /** A statement of this database waiting for a lock, whose text starts with `prefix`. */
  const waiting = async (prefix: string) => {
    const [row] = await db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
       WHERE NOT l.granted AND a.datname = current_database() AND a.query ILIKE $1`,
      [`${prefix}%`],
    );
    return row?.n ?? 0;
  };
  /** The builder held at the writer. */
  const untilBuilderWaits = () =>
    vi.waitFor(async () => expect(await waiting('CREATE INDEX')).toBeGreaterThan(0), { timeout: 20_000, interval: 25 });
  const indexState = async () =>
    (
      await db.sql.query<{ valid: boolean; definition: string }>(
        `SELECT i.indisvalid AS valid, pg_get_indexdef(i.indexrelid) AS definition
         FROM pg_index i WHERE i.indexrelid = to_regclass($1)`,
        [DESA_SCALE_INDEX],
      )
    )[0];
  const openAnother = async () => {
    const other = await openDatabase({ kind: 'postgres', url });
    databases.push(other);
    return other;
  };

  beforeAll(async () => {
    test = await createTestDatabase('postgres');
    db = test.db;
    if (!test.url) throw new Error('a PostgreSQL test database has an address');
    url = test.url;
    const rows = readRegistry(['DISTRICT', 'VILLAGE']).filter((r) => r.code === KECAMATAN || r.code.startsWith(`${KECAMATAN}.`));
    await upsertRegions(db.sql, rows);
    desa = rows.filter((r) => r.code.startsWith(`${KECAMATAN}.`)).map((r) => r.code);
    const report = await importFile(db, {
      bytes: csv(HEADER, ...desa.map((code, i) => `${code},pkh_coverage,2024,${i + 1},${10 * (i + 1) + 5},SIKS-NG`)),
      fileName: 'pkh-desa.csv',
      viewer: systemViewer('tester'),
    });
    expect(report).toMatchObject({ status: 'APPLIED', errors: [] });
    await desaScaleIndexInFlight(db);
  });
  beforeEach(async () => {
    await db.sql.query(`DROP INDEX IF EXISTS ${DESA_SCALE_INDEX}`);
  });
  afterEach(async () => {
    // Rolled back even when a test failed half-way, so a build it held can finish.
    for (const client of opened.splice(0)) await client.end().catch(() => {});
    for (const other of databases.splice(0)) await other.close().catch(() => {});
    await desaScaleIndexInFlight(db);
  });
  afterAll(async () => {
    await test?.drop();
  });

  it('holds an import that arrives while it is built, and both finish', async () => {
    // CREATE INDEX CONCURRENTLY would not let it through either: its SHARE UPDATE EXCLUSIVE lock conflicts with the
    // import's SHARE ROW EXCLUSIVE (lockImportTables), and its last phase waits for the snapshot the waiting import
    // holds: PostgreSQL reports a deadlock and ends one of them, the import or the build.
    const writer = await holdWriter();
    const build = ensureDesaScaleIndex(db);
    await untilBuilderWaits();
    const load = importFile(db, {
      bytes: csv(HEADER, ...desa.map((code, i) => `${code},pkh_coverage,2018,${i + 1},${10 * (i + 1) + 5},SIKS-NG`)),
      fileName: 'pkh-desa.csv',
      viewer: systemViewer('tester'),
    });
    await vi.waitFor(async () => expect(await waiting('LOCK TABLE')).toBeGreaterThan(0), { timeout: 20_000, interval: 25 });

    await writer.query('ROLLBACK');
    expect(await build).toBe(true);
    expect(await load).toMatchObject({ status: 'APPLIED', errors: [], counts: { inserted: desa.length } });
    expect(await indexState()).toMatchObject({ valid: true, definition: expect.stringContaining('WHERE') });
  });

  it('is built once when two servers check at once, and the second does not wait for the first', async () => {
    const other = await openAnother();
    const creates: string[] = [];
    for (const d of [db, other])
      d.onQuery((sql) => {
        if (sql.startsWith('CREATE INDEX')) creates.push(sql);
      });
    const writer = await holdWriter();
    const first = ensureDesaScaleIndex(db);
    await untilBuilderWaits();
    // The first still building (held at the writer): the second, a server starting, leaves it to the first instead of
    // waiting minutes before it serves.
    let second: boolean | undefined;
    void ensureDesaScaleIndex(other).then((created) => {
      second = created;
    });
    await vi.waitFor(() => expect(second).toBe(false), { timeout: 10_000, interval: 25 });
    expect(await indexState()).toBeUndefined();

    await writer.query('ROLLBACK');
    expect(await first).toBe(true);
    expect(await ensureDesaScaleIndex(other)).toBe(false);
    expect(creates).toHaveLength(1);
    expect(await indexState()).toMatchObject({ valid: true });
  });

  it('leaves an invalid index of that name alone, and says how to replace it', async () => {
    // A CREATE INDEX CONCURRENTLY cancelled half-way (an administrator's) leaves an index marked invalid: no query
    // uses it, yet it has the name, and every import writes to it. Dropping it in the build's transaction would lock
    // observation against reads for the whole build, so the operator is told.
    const writer = await holdWriter();
    const builder = await connect();
    const pid = (await builder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid;
    const failed = builder.query(`CREATE INDEX CONCURRENTLY ${DESA_SCALE_INDEX} ON observation (period)`).then(
      () => undefined,
      (err: Error) => err,
    );
    await untilBuilderWaits();
    await db.sql.query('SELECT pg_cancel_backend($1)', [pid]);
    expect(await failed).toMatchObject({ message: expect.stringMatching(/cancel/i) });
    await writer.query('ROLLBACK');
    expect(await indexState()).toMatchObject({ valid: false });

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect(await ensureDesaScaleIndex(db)).toBe(false);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(`DROP INDEX CONCURRENTLY ${DESA_SCALE_INDEX}`));
    } finally {
      warn.mockRestore();
    }
    expect(await indexState()).toMatchObject({ valid: false });
    await db.sql.query(`DROP INDEX CONCURRENTLY ${DESA_SCALE_INDEX}`);
    expect(await ensureDesaScaleIndex(db)).toBe(true);
    expect(await indexState()).toMatchObject({ valid: true, definition: expect.stringContaining('WHERE') });
  });
});
