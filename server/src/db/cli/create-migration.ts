// pnpm db:migration:create <name> — writes prisma/migrations/<timestamp>_<name>/migration.sql with the
// SQL that takes the committed migrations to the current prisma/schema.prisma.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { type Command, EXIT, readCommandLine, usageError } from '../../cli/command.js';
import { repoRoot } from '../../config.js';
import { MIGRATION_LOCK, migrationsDir, pendingSchemaChanges } from '../migrations.js';

export const HELP = `Usage: pnpm db:migration:create <name>

Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL that takes the committed migrations
to the current prisma/schema.prisma, computed on throw-away in-memory databases (no server needed, no
data touched). Review the file, then run pnpm db:migrate. Example:

  pnpm db:migration:create add_programme_unit

Options:
  -h, --help   Show this help.

Exit codes: 0 written, or nothing to write (schema and migrations agree); 2 wrong usage (no name);
4 an unexpected fault of the program (e.g. a schema the engine cannot read).`;

export const createMigrationCommand: Command = async (args, io) => {
  const { positionals, help } = readCommandLine(args, {}, { max: 1 });
  if (help) {
    io.out(HELP);
    return EXIT.ok;
  }
  const name = (positionals[0] ?? '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
  if (!name) throw usageError('Name the migration with letters or digits, e.g. pnpm db:migration:create add_programme_unit');
  const sql = await pendingSchemaChanges();
  if (!sql.trim()) {
    io.out('prisma/schema.prisma and prisma/migrations already agree: nothing to create.');
    return EXIT.ok;
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const folder = join(migrationsDir, `${stamp}_${name}`);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'migration.sql'), sql);
  const lock = join(migrationsDir, 'migration_lock.toml');
  if (!existsSync(lock)) await writeFile(lock, MIGRATION_LOCK);
  io.out(
    `Created ${relative(repoRoot, folder)}/migration.sql (${sql.split('\n').length} lines). Review it, then run pnpm db:migrate.`,
  );
  return EXIT.ok;
};
