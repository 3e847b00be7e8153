// pnpm db:migrate — applies pending migrations to the configured database (DATABASE_URL, else PGlite).
import { databaseConfigFromEnv } from '../../config.js';
import { openDatabase } from '../database.js';
import { applyPendingMigrations } from '../migrations.js';

const db = await openDatabase(databaseConfigFromEnv());
try {
  const applied = await applyPendingMigrations(db);
  console.log(`${db.description}: ${applied.length ? `applied ${applied.join(', ')}` : 'already up to date'}`);
} catch (err) {
  console.error(`Migration failed on ${db.description}: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
