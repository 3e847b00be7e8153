import type { Database, SqlClient } from '../db/database.js';
import { CODE_DEPTH } from './observation-pages.js';

export const DESA_SCALE_INDEX = 'observation_above_village_idx';

/**
 * The index that lets a list of one level above desa (all kab/kota, all kecamatan of a province) read its own rows:
 * in the primary key's order a kabupaten's kecamatan and desa sit between it and the next kabupaten, and a page of
 * kab/kota would walk them all. Without kecamatan or desa values nothing sits between, and the index would only be a
 * second copy of every row for each import to write (200,000 new rows: 1.9–2.2 s without it, 3.0–5.1 s with it), so
 * it exists only in a database that holds values below kab/kota. The expression is CODE_DEPTH, as the pages write it.
 */
const COLUMNS = `(indicator_code, ${CODE_DEPTH.replaceAll('o.', '')}, region_code, period)
  WHERE ${CODE_DEPTH.replaceAll('o.', '')} < 3`;

/** The advisory lock of the builder (two servers, or a server and the import command, at once: one builds). */
const BUILD_LOCK = 4_716_001_201;

/**
 * Whether the index is usable (no row: absent), read from pg_class with this statement's snapshot: to_regclass answers
 * from the session's catalogue cache, which an advisory lock does not refresh. While a CONCURRENTLY build runs, and
 * after one failed, the index is there but not valid.
 */
const STATE = `SELECT i.indisvalid AS valid FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_index i ON i.indexrelid = c.oid
  WHERE c.relname = $1 AND n.nspname = current_schema()`;

async function indexState(sql: SqlClient): Promise<'absent' | 'valid' | 'invalid'> {
  const [row] = await sql.query<{ valid: boolean }>(STATE, [DESA_SCALE_INDEX]);
  return row ? (row.valid ? 'valid' : 'invalid') : 'absent';
}

/**
 * Creates the index once the database holds a value below kab/kota (read from the coverage tallies, a few thousand
 * rows at most at kab/kota scale): at start, and after an import that stored such values (ensureDesaScaleIndexSoon).
 * Returns whether it was created now. Building it reads every value: minutes at 17 million, hence no statement
 * timeout. On a PostgreSQL server it is built CONCURRENTLY, so imports go on writing meanwhile (see buildOnServer).
 */
export async function ensureDesaScaleIndex(db: Database): Promise<boolean> {
  const [state] = await db.sql.query<{ valid: boolean; deep: boolean }>(
    `SELECT coalesce((${STATE}), false) AS valid,
            EXISTS (SELECT 1 FROM observation_tally_region WHERE all_rows > 0 AND region_code LIKE '%.%.%') AS deep`,
    [DESA_SCALE_INDEX],
  );
  if (!state || state.valid || !state.deep) return false;
  return db.session ? db.session(buildOnServer) : buildEmbedded(db);
}

/**
 * A plain CREATE INDEX takes a SHARE lock on observation: every import would wait minutes for the build, and the build
 * for an import in progress. CONCURRENTLY takes a lock writers pass, but cannot run in a transaction block, hence a
 * session of its own (Database.session). The lock is the session's, held across the build's own transactions; a second
 * builder finding it taken leaves the work to the first (a start is not held up by another server's build).
 */
async function buildOnServer(session: SqlClient): Promise<boolean> {
  const [lock] = await session.query<{ got: boolean }>('SELECT pg_try_advisory_lock($1) AS got', [BUILD_LOCK]);
  if (!lock?.got) return false;
  try {
    const state = await indexState(session);
    if (state === 'valid') return false;
    // Under the lock an invalid index is no build in progress but one that failed or was cancelled (a server stopped
    // mid-build): unused by queries yet written by every import, and IF NOT EXISTS would take it for the index.
    if (state === 'invalid') {
      console.warn(`[kesra] ${DESA_SCALE_INDEX} was left unfinished by an earlier build: dropped and built again.`);
      await session.query(`DROP INDEX CONCURRENTLY IF EXISTS ${DESA_SCALE_INDEX}`);
    }
    await session.query(`CREATE INDEX CONCURRENTLY ${DESA_SCALE_INDEX} ON observation ${COLUMNS}`);
    return true;
  } finally {
    // Closing the session would release it too; unlocked here so the next builder never finds it still held.
    await session.query('SELECT pg_advisory_unlock($1)', [BUILD_LOCK]).catch(() => {});
  }
}

/**
 * Embedded: one connection, whose transactions PGlite runs one at a time, and no other process writing, so a plain
 * CREATE INDEX holds nobody up (PGlite accepts CONCURRENTLY, but it would only add its waits and passes).
 */
function buildEmbedded(db: Database): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Two checks at once (a start and an import's) wait for each other here: the second finds the index built.
    const state = await indexState(tx);
    if (state === 'valid') return false;
    if (state === 'invalid') await tx.query(`DROP INDEX ${DESA_SCALE_INDEX}`);
    await tx.query(`CREATE INDEX ${DESA_SCALE_INDEX} ON observation ${COLUMNS}`);
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
