import { applyBreakdownSets } from '../breakdowns/reference.js';
import { applySeedCatalogue } from '../catalogue/seed.js';
import { storeExampleMethodologies } from '../composites/composites.service.js';
import { readIndicatorCatalogue, readSeriesBreaks, replaceSeriesBreaks } from '../indicators/catalogue.js';
import { ensureDesaScaleIndex } from '../observations/desa-scale-index.js';
import { readProgrammeCatalogue } from '../programmes/catalogue.js';
import { regionSeriesBreaks } from '../regions/region-history.js';
import { applyRegionChanges, loadRegionRegistry } from '../regions/registry.js';
import { loadDemoData } from '../seed/demo.js';
import { readDataset, writeDataset } from '../training/dataset.js';
import type { Database } from './database.js';
import { applyPendingMigrations } from './migrations.js';

export interface BootstrapReport {
  migrationsApplied: string[];
  regionsLoaded: number;
  demoRecords: number;
}

export interface BootstrapOptions {
  /** Load the demo data set into a database that has never had an import. */
  demoData?: boolean;
  log?: (line: string) => void;
}

/**
 * Brings any database to a usable state: pending migrations applied, the region registry
 * loaded if the database has none. Idempotent, so it runs on every start.
 */
export async function bootstrapDatabase(db: Database, options: BootstrapOptions = {}): Promise<BootstrapReport> {
  const log = options.log ?? (() => {});
  const migrationsApplied = await applyPendingMigrations(db);
  if (migrationsApplied.length) log(`Applied ${migrationsApplied.length} migration(s): ${migrationsApplied.join(', ')}`);
  let regionsLoaded = 0;
  const [row] = await db.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM region WHERE level = 'PROVINCE'");
  if ((row?.n ?? 0) === 0) {
    regionsLoaded = await loadRegionRegistry(db);
    log(`Loaded the region registry: ${regionsLoaded} regions (Indonesia, provinsi, kabupaten/kota).`);
  }
  // The catalogues shipped with the code are the starting point: every start applies what their files changed since
  // the last (nothing when they did not change, so administrators' revisions stay), in one transaction.
  await db.transaction(async (tx) => {
    // A registry loaded before a boundary change was recorded learns it here (nothing is written when none is new).
    if (regionsLoaded === 0) await applyRegionChanges(tx);
    await applySeedCatalogue(tx, 'indicator', readIndicatorCatalogue());
    await replaceSeriesBreaks(tx, await regionSeriesBreaks(tx, readSeriesBreaks()));
    await applySeedCatalogue(
      tx,
      'programme',
      readProgrammeCatalogue().map((p) => ({ ...p, regionCode: p.regionCode ?? null })),
    );
    await storeExampleMethodologies(tx);
    // After the indicators: the category sets name the indicators they break down.
    await applyBreakdownSets(tx);
  });
  if (await ensureDesaScaleIndex(db))
    log('Created the index of values above desa: this database holds kecamatan or desa values.');
  let demoRecords = 0;
  // A training or synthetic database never gets the demo data set, which is official (real BPS figures).
  if (options.demoData && (await readDataset(db.sql)).kind === 'OFFICIAL') {
    const [imports] = await db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM import_batch');
    if ((imports?.n ?? 0) === 0) {
      await writeDataset(db.sql, { kind: 'OFFICIAL' });
      const started = performance.now();
      const reports = await loadDemoData(db);
      demoRecords = reports.reduce((n, r) => n + r.counts.inserted + r.counts.updated, 0);
      log(
        `Loaded the demo data set: ${reports.length} files, ${demoRecords} values in ${Math.round(performance.now() - started)} ms.`,
      );
    }
  }
  return { migrationsApplied, regionsLoaded, demoRecords };
}
