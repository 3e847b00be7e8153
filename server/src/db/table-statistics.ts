import type { SqlClient } from './database.js';

// The planner chooses between index lookups and scans by the statistics ANALYZE gathers. A
// PostgreSQL server's autovacuum refreshes them eventually (unless it is switched off); the
// embedded database has no autovacuum at all. So an import that changed a good part of a table
// refreshes them itself, by autovacuum's own rule: 50 rows plus a tenth of the table.

export async function analyzeIfMuchChanged(db: { sql: SqlClient }, table: string, changedRows: number): Promise<boolean> {
  if (changedRows === 0) return false;
  const [stats] = await db.sql.query<{ rows: number }>(
    'SELECT reltuples::float8 AS rows FROM pg_class WHERE oid = $1::regclass',
    [table],
  );
  // -1: never analysed.
  if (stats && stats.rows >= 0 && changedRows < 50 + 0.1 * stats.rows) return false;
  await db.sql.query(`ANALYZE ${table}`);
  return true;
}
