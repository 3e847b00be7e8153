import type { Database } from '../db/database.js';
import { CODE_DEPTH } from './observation-pages.js';

export const DESA_SCALE_INDEX = 'observation_above_village_idx';

/**
 * The index that lets a list of one level above desa (all kab/kota, all kecamatan of a province) read its own rows:
 * in the primary key's order a kabupaten's kecamatan and desa sit between it and the next kabupaten, and a page of
 * kab/kota would walk them all. Without kecamatan or desa values nothing sits between, and the index would only be a
 * second copy of every row for each import to write (200,000 new rows: 1.9–2.2 s without it, 3.0–5.1 s with it), so
 * it exists only in a database that holds values below kab/kota. The expression is CODE_DEPTH, as the pages write it.
 */
const CREATE = `CREATE INDEX ${DESA_SCALE_INDEX} ON observation (
  indicator_code, ${CODE_DEPTH.replaceAll('o.', '')}, region_code, period
) WHERE ${CODE_DEPTH.replaceAll('o.', '')} < 3`;

/** The advisory lock of the builder (two servers, or a server and the import command, at once: one builds). */
const BUILD_LOCK = 4_716_001_201;

/**
 * The index's row in pg_index (none: absent), read from pg_class with this statement's snapshot: to_regclass answers
 * from the session's catalogue cache, which an advisory lock does not refresh, and would still say "absent".
 */
const STATE = `SELECT i.indisvalid AS valid FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_index i ON i.indexrelid = c.oid
  WHERE c.relname = $1 AND n.nspname = current_schema()`;

/**
 * Creates the index once the database holds a value below kab/kota (read from the coverage tallies, a few thousand
 * rows at most at kab/kota scale): at start, and after an import that stored such values (ensureDesaScaleIndexSoon).
 * Returns whether it was created now. Building it reads every value: minutes at 17 million, hence no statement
 * timeout. A plain CREATE INDEX takes a SHARE lock: it waits for an import in progress and holds the next until built.
 * CONCURRENTLY would not spare imports that: they lock observation in SHARE ROW EXCLUSIVE mode (lockImportTables),
 * which conflicts with its lock too, and an import waiting there holds a snapshot its last phase waits for: a deadlock
 * that ends the import or the build (the PostgreSQL tests of desa-scale-index.test.ts).
 */
export async function ensureDesaScaleIndex(db: Database): Promise<boolean> {
  const [state] = await db.sql.query<{ valid: boolean; deep: boolean }>(
    `SELECT coalesce((${STATE}), false) AS valid,
            EXISTS (SELECT 1 FROM observation_tally_region WHERE all_rows > 0 AND region_code LIKE '%.%.%') AS deep`,
    [DESA_SCALE_INDEX],
  );
  if (!state || state.valid || !state.deep) return false;
  return db.transaction(async (tx) => {
    await tx.query('SET LOCAL statement_timeout = 0');
    // Another session building it now (another server's start, the import command) has it in hand: this one leaves it,
    // rather than wait minutes (a start would not serve meanwhile) to find it built. Embedded, PGlite runs one
    // transaction at a time, so a second check waits here for the first and finds the index.
    const [lock] = await tx.query<{ got: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS got', [BUILD_LOCK]);
    if (!lock?.got) return false;
    const [index] = await tx.query<{ valid: boolean }>(STATE, [DESA_SCALE_INDEX]);
    if (index?.valid === false) {
      // Not one of these builds, which are all or nothing, but a CREATE INDEX CONCURRENTLY that failed or still runs
      // (an administrator's): dropping it here would lock observation against reads for the whole build.
      console.warn(
        `[kesra] ${DESA_SCALE_INDEX} is invalid (a CREATE INDEX CONCURRENTLY that failed or is running): once no build runs, drop it with DROP INDEX CONCURRENTLY ${DESA_SCALE_INDEX}; the next start, or import of kecamatan or desa values, builds it.`,
      );
      return false;
    }
    if (index) return false;
    await tx.query(CREATE);
    return true;
  });
}

const inFlight = new WeakMap<Database, Promise<boolean>>();

/**
 * ensureDesaScaleIndex after an import that stored values below kab/kota, for a database whose first such values
 * arrive while the server runs: the import's answer does not wait for it. Imports finishing together share one check
 * (the one in flight began after an import of such values committed, so it sees them); the returned promise never
 * rejects — a failure is logged, and the next such import or the next start tries again.
 */
export function ensureDesaScaleIndexSoon(db: Database): Promise<boolean> {
  const running = inFlight.get(db);
  if (running) return running;
  const work = ensureDesaScaleIndex(db)
    .then((created) => {
      if (created) console.log('[kesra] Created the index of values above desa: an import stored kecamatan or desa values.');
      return created;
    })
    .catch((err: unknown) => {
      console.error(`[kesra] Could not create ${DESA_SCALE_INDEX} after an import (tried again at the next):`, err);
      return false;
    })
    .finally(() => inFlight.delete(db));
  inFlight.set(db, work);
  return work;
}

/** The check started by an import, if one is running (the import command waits for it before closing the database). */
export function desaScaleIndexInFlight(db: Database): Promise<boolean> | undefined {
  return inFlight.get(db);
}
