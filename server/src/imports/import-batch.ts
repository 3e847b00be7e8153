import type { SqlClient } from '../db/database.js';
import { type ImportIssue, type Layout, MAX_LISTED_ISSUES } from './import.types.js';

// What every import records and reports the same way, whatever its layout: its batch, the problems listed, and the
// notice that it wrote nothing.

/** Why an import wrote nothing and recorded no batch: a file without rows, or one identical to what is stored. */
export function nothingToWrite(counts: { records: number; missing: number }, dryRun: boolean): ImportIssue {
  const would = dryRun ? 'would write nothing and record no import batch' : 'wrote nothing and recorded no import batch';
  if (counts.records === 0) {
    return { line: null, code: 'NO_DATA_ROWS', message: `the file has no data rows below its header: the import ${would}` };
  }
  return {
    line: null,
    code: 'NOTHING_TO_WRITE',
    message: `every value in the file is already stored exactly so${counts.missing ? ' or marked missing' : ''}: the import ${would}`,
  };
}

/** The first MAX_LISTED_ISSUES problems, then one saying how many more there are. */
export function listed(issues: ImportIssue[], omitted: number): ImportIssue[] {
  const more = omitted + Math.max(0, issues.length - MAX_LISTED_ISSUES);
  if (more === 0) return issues;
  const kept = issues.slice(0, MAX_LISTED_ISSUES);
  kept.push({
    line: null,
    code: 'TOO_MANY_ERRORS',
    message: `${more.toLocaleString('en-US')} more problems are not listed (${(kept.length + more).toLocaleString('en-US')} in all): fix these and import again`,
  });
  return kept;
}

/** The import's record, written first so that rows can point at it; its counts are filled in at the end. */
export async function startBatch(
  tx: SqlClient,
  request: { fileName: string; reason?: string },
  importedBy: string,
  checksum: string,
  layout: Layout,
): Promise<number> {
  const [batch] = await tx.query<{ id: number }>(
    `INSERT INTO import_batch (file_name, checksum, layout, imported_by, status, inserted, updated, unchanged, error_count, note)
     VALUES ($1, $2, $3, $4, 'APPLIED', 0, 0, 0, 0, $5) RETURNING id`,
    [request.fileName, checksum, layout, importedBy, request.reason ?? null],
  );
  return batch!.id;
}

/** The batch's counts, known only once its rows are written (see startBatch); marks it finished. */
export async function finishBatch(
  tx: SqlClient,
  batchId: number,
  counts: { inserted: number; updated: number; unchanged: number },
): Promise<void> {
  await tx.query('UPDATE import_batch SET inserted = $2, updated = $3, unchanged = $4, finished_at = now() WHERE id = $1', [
    batchId,
    counts.inserted,
    counts.updated,
    counts.unchanged,
  ]);
}
