// pnpm db:migration:create <name> — writes prisma/migrations/<timestamp>_<name>/migration.sql with the
// SQL that takes the committed migrations to the current prisma/schema.prisma.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MIGRATION_LOCK, migrationsDir, pendingSchemaChanges } from '../migrations.js';

const name = (process.argv[2] ?? '')
  .trim()
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, '_')
  .replace(/^_|_$/g, '');
if (!name) {
  console.error('Usage: pnpm db:migration:create <name>   e.g. pnpm db:migration:create add_programme_unit');
  process.exit(2);
}
const sql = await pendingSchemaChanges();
if (!sql.trim()) {
  console.log('prisma/schema.prisma and prisma/migrations already agree: nothing to create.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const folder = join(migrationsDir, `${stamp}_${name}`);
await mkdir(folder, { recursive: true });
await writeFile(join(folder, 'migration.sql'), sql);
const lock = join(migrationsDir, 'migration_lock.toml');
if (!existsSync(lock)) {
  await writeFile(lock, MIGRATION_LOCK);
}
console.log(`Created ${folder}/migration.sql (${sql.split('\n').length} lines). Review it, then run pnpm db:migrate.`);
