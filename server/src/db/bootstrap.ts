import { loadRegionRegistry } from '../regions/registry.js';
import type { Database } from './database.js';
import { applyPendingMigrations } from './migrations.js';

export interface BootstrapReport {
  migrationsApplied: string[];
  regionsLoaded: number;
}

/**
 * Brings any database to a usable state: pending migrations applied, the region registry
 * loaded if the database has none. Idempotent, so it runs on every start.
 */
export async function bootstrapDatabase(db: Database, log: (line: string) => void = () => {}): Promise<BootstrapReport> {
  const migrationsApplied = await applyPendingMigrations(db);
  if (migrationsApplied.length) log(`Applied ${migrationsApplied.length} migration(s): ${migrationsApplied.join(', ')}`);
  let regionsLoaded = 0;
  const [row] = await db.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM region WHERE level = 'PROVINCE'");
  if ((row?.n ?? 0) === 0) {
    regionsLoaded = await loadRegionRegistry(db);
    log(`Loaded the region registry: ${regionsLoaded} regions (Indonesia, provinsi, kabupaten/kota).`);
  }
  return { migrationsApplied, regionsLoaded };
}
