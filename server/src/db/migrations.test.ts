import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { applyPendingMigrations, pendingSchemaChanges, readMigrations, schemaPath } from './migrations.js';

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
