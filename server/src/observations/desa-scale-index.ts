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
const CREATE = `CREATE INDEX IF NOT EXISTS ${DESA_SCALE_INDEX} ON observation (
  indicator_code, ${CODE_DEPTH.replaceAll('o.', '')}, region_code, period
) WHERE ${CODE_DEPTH.replaceAll('o.', '')} < 3`;

/**
 * Creates the index once the database holds a value below kab/kota (read from the coverage tallies, a few thousand
 * rows at most at kab/kota scale), at start; a database that gains such values gets it at its next start. Returns
 * whether it was created now. Building it reads every value: minutes at 17 million, hence no statement timeout.
 */
export async function ensureDesaScaleIndex(db: Database): Promise<boolean> {
  const [state] = await db.sql.query<{ exists: boolean; deep: boolean }>(
    `SELECT to_regclass($1) IS NOT NULL AS exists,
            EXISTS (SELECT 1 FROM observation_tally_region WHERE all_rows > 0 AND region_code LIKE '%.%.%') AS deep`,
    [DESA_SCALE_INDEX],
  );
  if (!state || state.exists || !state.deep) return false;
  await db.transaction(async (tx) => {
    await tx.query('SET LOCAL statement_timeout = 0');
    await tx.query(CREATE);
  });
  return true;
}
