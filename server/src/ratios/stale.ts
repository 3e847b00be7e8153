import type { SqlClient } from '../db/database.js';
import type { ImportIssue } from '../imports/import.types.js';

/**
 * Rows that would change a ratio's value while leaving the stored numerator and denominator behind: a re-import never
 * erases parts the file does not carry, and kept parts that no longer make the value would be wrong, so such a row is
 * refused with its line. One statement, run only when the file has rows of ratio indicators without their parts.
 */
export async function staleRatioParts(tx: SqlClient, limit: number): Promise<ImportIssue[]> {
  const rows = await tx.query<{ line: number; indicator: string; region: string; period: string; old: string; next: string }>(
    `SELECT s.line, s.indicator_code AS indicator, s.region_code AS region, s.period,
            trim_scale(t.value)::text AS old, trim_scale(s.value)::text AS next
     FROM staged_observation s JOIN observation t
       ON t.indicator_code = s.indicator_code AND t.region_code = s.region_code AND t.period = s.period
     WHERE s.numerator IS NULL AND t.numerator IS NOT NULL AND s.value IS DISTINCT FROM t.value
     ORDER BY s.line LIMIT $1`,
    [limit],
  );
  return rows.map((r) => ({
    line: r.line,
    code: 'RATIO_PARTS_NEEDED',
    message:
      `${r.indicator} · ${r.region} · ${r.period} is stored with its numerator and denominator (pembilang/penyebut), which make ${r.old}; ` +
      `the file changes the value to ${r.next} without them. Give the new numerator and denominator in the columns pembilang and penyebut.`,
  }));
}
