import { BREAKDOWN_COUNTS } from '../breakdowns/breakdown-table.js';
import type { ImportRecord, Layout } from './import.types.js';
import type { ImportCounts } from './import-report.js';
import type { ImportWriter } from './import-writer.js';
import type { StagedRow, TableSpec } from './table-spec.js';
import { OBSERVATIONS, PLANNING_DOCUMENTS, PROGRAMME_FIGURES, TARGETS } from './tables.js';
import type { RecordValidator } from './validate.types.js';

// A file's records on their way to the staging tables: checked one at a time and sent in chunks, never all held.

/** Every layout holds one kind of row. */
export const TABLE_OF_LAYOUT: Record<
  Exclude<Layout, 'indicator_catalogue' | 'programme_catalogue' | 'activities' | 'composite_methodology'>,
  TableSpec
> = {
  long: OBSERVATIONS,
  wide: OBSERVATIONS,
  targets: TARGETS,
  programmes: PROGRAMME_FIGURES,
  documents: PLANNING_DOCUMENTS,
  breakdown: BREAKDOWN_COUNTS,
};

/**
 * Checks each record as it is read and yields the valid ones as staging rows (see `stage` in
 * tables.ts), so a million-row file is never held as rows.
 */
export function* stagedRowsOf(
  records: Iterable<ImportRecord>,
  check: RecordValidator,
  sources: Pick<ImportWriter, 'sourceNumber'>,
  counts: ImportCounts,
): Generator<StagedRow | null> {
  // A record that is missing or has a problem yields null: nothing to stage, but the reader may give way.
  for (const record of records) {
    counts.records++;
    switch (record.kind) {
      case 'observation': {
        const o = check.observation(record);
        yield o && OBSERVATIONS.stage(o, sources.sourceNumber(o.source));
        break;
      }
      case 'breakdown': {
        const b = check.breakdown(record);
        yield b && BREAKDOWN_COUNTS.stage(b, sources.sourceNumber(b.source));
        break;
      }
      case 'target': {
        const t = check.target(record);
        yield t && TARGETS.stage(t, sources.sourceNumber(t.source));
        break;
      }
      case 'programme': {
        const p = check.programme(record);
        yield p && PROGRAMME_FIGURES.stage(p, sources.sourceNumber(p.source));
        break;
      }
      case 'document': {
        const d = check.document(record);
        yield d && PLANNING_DOCUMENTS.stage(d, null);
        break;
      }
    }
  }
}

/** Records between two moments where reading gives way to pending I/O, so chunks already sent keep flowing. */
const GIVE_WAY_EVERY = 2_000;
/** Bytes of workbook XML read between two such moments, however few records they held. */
const GIVE_WAY_WORK = 4 * 1024 * 1024;

/**
 * The rows in arrays of `size`, read in pieces with a pause for I/O (and other requests) after each:
 * every GIVE_WAY_EVERY records, rejected ones included, and every GIVE_WAY_WORK of reading work.
 */
export async function* chunks<T>(rows: Iterable<T | null>, size: number, work?: () => number): AsyncGenerator<T[]> {
  let chunk: T[] = [];
  let since = 0;
  let workAt = work?.() ?? 0;
  for (const row of rows) {
    if (row !== null) chunk.push(row);
    if (++since >= GIVE_WAY_EVERY || (work && work() - workAt >= GIVE_WAY_WORK)) {
      since = 0;
      workAt = work?.() ?? 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}
