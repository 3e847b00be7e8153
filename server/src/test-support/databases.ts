import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { bootstrapDatabase } from '../db/bootstrap.js';
import { type Database, openDatabase } from '../db/database.js';

/** Both databases the product supports; every data-layer suite runs against each. */
export const DATABASE_KINDS = ['pglite', 'postgres'] as const;
export type DatabaseKind = (typeof DATABASE_KINDS)[number];

/** Server on which throw-away test databases are created (CI starts one; see .ci/run). */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

function urlFor(database: string): string {
  const u = new URL(TEST_SERVER_URL);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_SERVER_URL });
  await client.connect().catch((err: Error) => {
    throw new Error(
      `The tests need a PostgreSQL server at ${TEST_SERVER_URL} (set TEST_DATABASE_URL, or run .ci/run which starts one): ${err.message}`,
    );
  });
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  db: Database;
  drop(): Promise<void>;
}

/** A fresh, migrated database holding the region registry. */
export async function createTestDatabase(
  kind: DatabaseKind,
  options: { bootstrap?: boolean; demoData?: boolean } = {},
): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const db = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    if (options.bootstrap !== false) await bootstrapDatabase(db, { demoData: options.demoData ?? false });
    return { db, drop: () => db.close() };
  }
  const name = `kesra_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const db = await openDatabase({ kind: 'postgres', url: urlFor(name) });
  if (options.bootstrap !== false) await bootstrapDatabase(db, { demoData: options.demoData ?? false });
  return {
    db,
    async drop() {
      await db.close();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/**
 * Declares a suite once per database kind; `use()` returns that kind's database inside tests.
 * The database is created before the suite and dropped after it.
 */
export function describeEachDatabase(
  name: string,
  body: (use: () => Database, kind: DatabaseKind) => void,
  options: { demoData?: boolean } = {},
): void {
  for (const kind of DATABASE_KINDS) {
    describe(`${name} [${kind}]`, () => {
      let test: TestDatabase | undefined;
      beforeAll(async () => {
        test = await createTestDatabase(kind, options);
      });
      afterAll(async () => {
        await test?.drop();
      });
      body(() => {
        if (!test) throw new Error('test database not ready');
        return test.db;
      }, kind);
    });
  }
}

/** Drops test databases left behind by an interrupted run. */
export async function dropStaleTestDatabases(): Promise<void> {
  await admin(async (c) => {
    const { rows } = await c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'kesra\\_test\\_%'");
    for (const { datname } of rows) {
      const pid = Number(datname.split('_')[2]);
      let alive = false;
      try {
        process.kill(pid, 0);
        alive = true;
      } catch {}
      if (!alive) await c.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
  });
}
