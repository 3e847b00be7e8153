import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { bootstrapDatabase } from '../db/bootstrap.js';
import { type Database, openDatabase } from '../db/database.js';
import { pgliteArchive, providedTemplates, templateVariant } from './templates.js';

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
  /** PostgreSQL: the database's address, for connections a test opens beside `db`'s. */
  url?: string;
  drop(): Promise<void>;
}

/** Names and creates an empty database on the test server; the name carries this process's id (see below). */
export async function createServerDatabase(
  suffix = randomBytes(4).toString('hex'),
  template?: string,
): Promise<{ name: string; url: string }> {
  const name = `kesra_test_${process.pid}_${suffix}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`));
  return { name, url: urlFor(name) };
}

export async function dropServerDatabase(name: string): Promise<void> {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/**
 * A fresh, migrated database holding the region registry (and the demo data when asked): a copy of the run's template
 * when the global setup made one, else bootstrapped here. `bootstrap: false` gives an empty database.
 */
export async function createTestDatabase(
  kind: DatabaseKind,
  options: { bootstrap?: boolean; demoData?: boolean } = {},
): Promise<TestDatabase> {
  const bootstrap = options.bootstrap !== false;
  const demoData = options.demoData ?? false;
  const templates = bootstrap ? providedTemplates() : undefined;
  if (kind === 'pglite') {
    const archive = templates && (await pgliteArchive(templates.pglite[templateVariant(demoData)]));
    const db = await openDatabase({ kind: 'pglite', dataDir: 'memory://', loadDataDir: archive });
    if (bootstrap && !archive) await bootstrapDatabase(db, { demoData });
    return { db, drop: () => db.close() };
  }
  const template = templates?.postgres[templateVariant(demoData)];
  const { name, url } = await createServerDatabase(undefined, template);
  const db = await openDatabase({ kind: 'postgres', url });
  if (bootstrap && !template) await bootstrapDatabase(db, { demoData });
  return {
    db,
    url,
    async drop() {
      await db.close();
      await dropServerDatabase(name);
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
