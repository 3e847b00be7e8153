import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, DATABASE_KINDS, describeEachDatabase } from '../test-support/databases.js';
import { applyPendingMigrations, MIGRATION_LOCK, pendingSchemaChanges, readMigrations, schemaPath } from './migrations.js';

describe('prisma/migrations', () => {
  it('agree with prisma/schema.prisma (run `pnpm db:migration:create <name>` after a schema change)', async () => {
    expect(await pendingSchemaChanges()).toBe('');
  });

  it('would notice a schema change that has no migration', async () => {
    const schema = await readFile(schemaPath, 'utf8');
    const changed = schema.replace('model Region {\n', 'model Region {\n  population Int?\n');
    expect(changed).not.toBe(schema);
    expect(await pendingSchemaChanges(changed)).toMatch(/ALTER TABLE "region" ADD COLUMN\s+"population" INTEGER/);
  });
});

describeEachDatabase('migration history', (use) => {
  it('records every committed migration and applies nothing on a second run', async () => {
    const db = use();
    const committed = (await readMigrations()).migrationDirectories.map((m) => m.path);
    const rows = await db.sql.query<{ migration_name: string; finished: boolean }>(
      'SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(rows).toEqual(committed.map((migration_name) => ({ migration_name, finished: true })));
    expect(await applyPendingMigrations(db)).toEqual([]);
  });
});

/** A migrations folder holding these scripts, by folder name. */
async function migrationsFolder(scripts: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kesra-migrations-'));
  await writeFile(join(dir, 'migration_lock.toml'), MIGRATION_LOCK);
  for (const [name, sql] of Object.entries(scripts)) {
    await mkdir(join(dir, name));
    await writeFile(join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

const BROKEN = 'CREATE TABLE t (id int);\nSELECT * FROM no_such_table;\n';

describe.each(DATABASE_KINDS)('an up-to-date history [%s]', (kind) => {
  it('applies nothing without the schema engine, and a migration added later still applies', async () => {
    const first = { '20200101000000_first': 'CREATE TABLE first_table (id int);\n' };
    const test = await createTestDatabase(kind, { bootstrap: false });
    try {
      expect(await applyPendingMigrations(test.db, await migrationsFolder(first))).toEqual(['20200101000000_first']);
      const seen: string[] = [];
      const stop = test.db.onQuery((sql) => seen.push(sql));
      expect(await applyPendingMigrations(test.db, await migrationsFolder(first))).toEqual([]);
      stop();
      // One look at the history table, through the client that reports its statements; the engine never started.
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatch(/FROM _prisma_migrations/);
      const both = { ...first, '20200102000000_second': 'CREATE TABLE second_table (id int);\n' };
      expect(await applyPendingMigrations(test.db, await migrationsFolder(both))).toEqual(['20200102000000_second']);
    } finally {
      await test.drop();
    }
  });
});

describe.each(DATABASE_KINDS)('a failing migration [%s]', (kind) => {
  it('stops with the SQL error and is not recorded as applied', async () => {
    const dir = await migrationsFolder({ '20200101000000_broken': BROKEN });
    const test = await createTestDatabase(kind, { bootstrap: false });
    try {
      await expect(applyPendingMigrations(test.db, dir)).rejects.toThrow(/no_such_table/);
      const rows = await test.db.sql.query('SELECT migration_name, finished_at FROM _prisma_migrations');
      expect(rows).toEqual([{ migration_name: '20200101000000_broken', finished_at: null }]);
      await expect(applyPendingMigrations(test.db, dir)).rejects.toThrow(/failed migrations/);
    } finally {
      await test.drop();
    }
  });

  it('runs each script whole: a function body with semicolons, and nothing of a script that failed', async () => {
    const dir = await migrationsFolder({
      '20200101000000_function':
        '-- a comment; with a semicolon\nCREATE FUNCTION answer() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN 42;\nEND\n$$;\n',
      '20200102000000_broken': BROKEN,
    });
    const test = await createTestDatabase(kind, { bootstrap: false });
    try {
      await expect(applyPendingMigrations(test.db, dir)).rejects.toThrow(/no_such_table/);
      expect(await test.db.sql.query('SELECT answer() AS answer')).toEqual([{ answer: 42 }]);
      expect(await test.db.sql.query("SELECT to_regclass('t') AS t")).toEqual([{ t: null }]);
    } finally {
      await test.drop();
    }
  });
});
