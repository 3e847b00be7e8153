import { cp, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBreakdownSets } from '../breakdowns/reference.js';
import { applyPendingMigrations, MIGRATION_LOCK, migrationsDir } from '../db/migrations.js';
import { createTestDatabase, DATABASE_KINDS } from '../test-support/databases.js';

// Activities stored before target groups were PPKS codes: the migration maps each text to its code, empties (and
// audits) a text that names none, and stops, changing nothing, when two activities would become one.

const MIGRATION = '20261205142705_activity_target_group_reports';

/** The committed migrations up to, not including, this one. */
async function migrationsBefore(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kesra-before-'));
  await writeFile(join(dir, 'migration_lock.toml'), MIGRATION_LOCK);
  for (const name of (await readdir(migrationsDir)).sort()) {
    if (name >= MIGRATION || !/^\d{14}_/.test(name)) continue;
    await cp(join(migrationsDir, name), join(dir, name), { recursive: true });
  }
  return dir;
}

async function olderDatabase(kind: (typeof DATABASE_KINDS)[number], groups: string[]) {
  const test = await createTestDatabase(kind, { bootstrap: false });
  await applyPendingMigrations(test.db, await migrationsBefore());
  await test.db.transaction((tx) => applyBreakdownSets(tx));
  await test.db.sql.query(
    `INSERT INTO region (code, name, level, parent_code)
     VALUES ('72', 'Sulawesi Tengah', 'PROVINCE', NULL), ('72.01', 'Banggai', 'REGENCY_CITY', '72')`,
  );
  await test.db.sql.query(
    "INSERT INTO programme (code, scope, name_id, name_en) VALUES ('P', 'REGIONAL', 'Program', 'Programme')",
  );
  for (const [i, group] of groups.entries()) {
    await test.db.sql.query(
      `INSERT INTO activity (year, status, programme_code, implementer_code, location_code, district, funding_source, target_group)
       VALUES (2024, 'REALISATION', 'P', '72.01', '72.01', $1, 'APBD', $2)`,
      [i < 6 ? `Kec ${i}` : 'Kec 0', group],
    );
  }
  return test;
}

describe.each(DATABASE_KINDS)('migration of activity target groups [%s]', (kind) => {
  it('stops when two activities would become one; then maps texts to PPKS codes, empties and audits one that names none', async () => {
    // The last row differs from the first only in how its target group is written (both in "Kec 0").
    const test = await olderDatabase(kind, [
      'Lanjut usia terlantar',
      'lansia  telantar',
      'PPKS 24',
      'ABH',
      'Petani',
      '',
      'LANJUT USIA TERLANTAR',
    ]);
    try {
      await expect(applyPendingMigrations(test.db)).rejects.toThrow(/Kegiatan 1, 7 menjadi satu kegiatan/);
      const untouched = await test.db.sql.query<{ target_group: string }>('SELECT target_group FROM activity ORDER BY id');
      expect(untouched[0]!.target_group).toBe('Lanjut usia terlantar');
      // The operator merges the two; the migration then applies.
      await test.db.sql.query('DELETE FROM activity WHERE id = 7');
      await test.db.sql.query('DELETE FROM _prisma_migrations WHERE finished_at IS NULL');
      await applyPendingMigrations(test.db);
      const rows = await test.db.sql.query<{ target_group: string }>('SELECT target_group FROM activity ORDER BY id');
      expect(rows.map((r) => r.target_group)).toEqual(['PPKS08', 'PPKS08', 'PPKS24', 'PPKS03', '', '']);
      const audit = await test.db.sql.query<{ old_value: string; new_value: string | null }>(
        "SELECT old_value, new_value FROM audit_entry WHERE entity = 'activity' AND field = 'target_group' ORDER BY old_value",
      );
      expect(audit).toEqual([
        { old_value: 'ABH', new_value: 'PPKS03' },
        { old_value: 'Lanjut usia terlantar', new_value: 'PPKS08' },
        { old_value: 'PPKS 24', new_value: 'PPKS24' },
        { old_value: 'Petani', new_value: null },
        { old_value: 'lansia  telantar', new_value: 'PPKS08' },
      ]);
    } finally {
      await test.drop();
    }
  });
});
