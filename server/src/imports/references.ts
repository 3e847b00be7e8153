import type { SqlClient } from '../db/database.js';
import type { Reference, TableSpec } from './table-spec.js';

// PostgreSQL checks a foreign key with a trigger that looks the referenced row up once per written
// row: for a million observations, four million lookups of the same 514 regions and 36 indicators,
// which cost more than writing the rows. An import can check each distinct value once instead —
// and lock it against deletion (FOR KEY SHARE, the lock the trigger itself takes) until the
// transaction ends — then write with the triggers switched off, as pg_restore --disable-triggers
// does. Switching them off needs a role allowed to set session_replication_role (a superuser, or
// GRANT SET ON PARAMETER since PostgreSQL 15); any other role keeps the per-row triggers.

export type ForeignKeyChecks = 'per-value' | 'per-row';

/** Locks every referenced row the staged rows use; fails if one has disappeared since validation. */
export async function lockReferences(tx: SqlClient, spec: TableSpec, stagingTable: string): Promise<void> {
  for (const ref of spec.references) {
    await lockReferenced(tx, ref, `SELECT DISTINCT ${ref.column} AS value FROM ${stagingTable} WHERE ${ref.column} IS NOT NULL`);
  }
}

/** The same for values gathered while the rows were written straight into their table. */
export async function lockReferenceValues(tx: SqlClient, ref: Reference, values: readonly string[]): Promise<void> {
  if (values.length) await lockReferenced(tx, ref, 'SELECT DISTINCT unnest($1::text[]) AS value', [values]);
}

async function lockReferenced(tx: SqlClient, ref: Reference, wanted: string, params?: unknown[]): Promise<void> {
  const [found] = await tx.query<{ missing: string[] }>(
    `WITH wanted AS (${wanted}),
          locked AS (SELECT r.${ref.key} AS value FROM ${ref.table} r JOIN wanted w ON r.${ref.key} = w.value FOR KEY SHARE OF r)
     SELECT ARRAY(SELECT w.value::text FROM wanted w WHERE w.value NOT IN (SELECT value FROM locked) ORDER BY 1) AS missing`,
    params,
  );
  if (found!.missing.length) {
    throw new Error(
      `${ref.table} ${found!.missing.join(', ')} no longer exists (removed while the file was being imported); nothing was written`,
    );
  }
}

/**
 * Switches foreign-key triggers off for the rest of the transaction when the role may do so (the
 * caller then locks every referenced value itself), and says how keys are checked.
 */
export async function switchOffRowTriggers(tx: SqlClient): Promise<ForeignKeyChecks> {
  await tx.query('SAVEPOINT foreign_key_checks');
  try {
    await tx.query('SET LOCAL session_replication_role = replica');
  } catch {
    await tx.query('ROLLBACK TO SAVEPOINT foreign_key_checks');
    return 'per-row';
  }
  await tx.query('RELEASE SAVEPOINT foreign_key_checks');
  return 'per-value';
}

/** Only needed on success: after an error the transaction is aborted and rolls the setting back itself. */
export async function restoreRowTriggers(tx: SqlClient, checks: ForeignKeyChecks): Promise<void> {
  if (checks === 'per-value') await tx.query('SET LOCAL session_replication_role = origin');
}

/** Runs the work with foreign-key triggers off when the role may do so (see switchOffRowTriggers). */
export async function withoutRowTriggers(tx: SqlClient, work: () => Promise<void>): Promise<ForeignKeyChecks> {
  const checks = await switchOffRowTriggers(tx);
  await work();
  await restoreRowTriggers(tx, checks);
  return checks;
}
