// pnpm db:migrate — applies pending migrations to the configured database (DATABASE_URL, else PGlite).
import { type Command, CommandError, EXIT, openDatabaseFor, readCommandLine } from '../../cli/command.js';
import { databaseConfigFromEnv } from '../../config.js';
import { describeThisProcess } from '../data-dir-lock.js';
import { applyPendingMigrations } from '../migrations.js';

export const HELP = `Usage: pnpm db:migrate

Applies the migrations in prisma/migrations that the database does not have yet: the PostgreSQL
server in DATABASE_URL, else the embedded database in DATA_DIR (default .data/pglite). pnpm start
applies them by itself; run this to migrate a PostgreSQL database ahead of a deployment.

Options:
  -h, --help   Show this help.

Exit codes: 0 migrated, or already up to date; 1 a migration failed (it is not recorded as applied,
and its SQL error is shown); 2 wrong usage; 3 the database cannot be reached, or its folder is in
use by another process (stop the server first); 4 an unexpected fault of the program.`;

export const migrateCommand: Command = async (args, io) => {
  if (readCommandLine(args, {}, { max: 0 }).help) {
    io.out(HELP);
    return EXIT.ok;
  }
  describeThisProcess({ command: 'pnpm db:migrate' });
  const db = await openDatabaseFor(databaseConfigFromEnv(io.env));
  try {
    const applied = await applyPendingMigrations(db).catch((err: Error) => {
      throw new CommandError(`Migration failed on ${db.description}: ${err.message}`, EXIT.failed);
    });
    io.out(`${db.description}: ${applied.length ? `applied ${applied.join(', ')}` : 'already up to date'}`);
    return EXIT.ok;
  } finally {
    await db.close();
  }
};
