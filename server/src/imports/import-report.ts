import type { Viewer } from '../accounts/viewer.js';
import type { ImportIssue, Layout, ParseOptions } from './import.types.js';
import type { ForeignKeyChecks } from './references.js';

// What an import is asked to do and what it answers, for every kind of file (data, catalogue, activities, methodology).

export interface ImportRequest {
  bytes: Uint8Array;
  fileName: string;
  /** Who imports: the batch and audit trail record its name; its roles decide what it may write (see authorizeImport). */
  viewer: Viewer;
  /**
   * Published statistics (a BPS release): the rows are written as PUBLISHED, with no verification round, and may
   * replace earlier published values. Administrators only.
   */
  publish?: boolean;
  /**
   * Save as drafts: new and changed values (and revisions of verified ones) wait in the region until its editor
   * submits them (submitDrafts); the verifier does not see them before. Not with publish.
   */
  draft?: boolean;
  dryRun?: boolean;
  /** Why the figures change; goes to the audit trail. */
  reason?: string;
  options?: ParseOptions;
  /** Rows sent to the database at a time while the file is read (default CHUNK_ROWS; small in tests). */
  chunkRows?: number;
}

export interface ImportCounts {
  /** Records read from the file (for wide tables: cells). */
  records: number;
  inserted: number;
  /** Existing rows that change: valueChanges + metadataChanges. */
  updated: number;
  /** Of those, rows whose figures change (a revision). */
  valueChanges: number;
  /** Of those, rows where only the source, note or other description changes (a re-labelling). */
  metadataChanges: number;
  unchanged: number;
  /** Changes to verified values, stored as revisions for a verifier; the verified values stay until then. */
  revisions: number;
  /** Cells marked missing ("-", "...") or empty: not stored. */
  missing: number;
}

export interface ImportReport {
  fileName: string;
  checksum: string;
  layout: Layout | null;
  status: 'APPLIED' | 'DRY_RUN' | 'REJECTED';
  importBatchId: number | null;
  counts: ImportCounts;
  /** Every problem found (the first MAX_LISTED_ISSUES, then one saying how many more); an import with any error writes nothing. */
  errors: ImportIssue[];
  /** Worth knowing, not errors: a source taken from a table's title, a file with nothing to write. */
  notices: ImportIssue[];
  /** Earlier applied imports of a file with the same checksum. */
  previousImports: { id: number; fileName: string; importedBy: string; startedAt: string }[];
  /**
   * How foreign keys were checked when writing: once per distinct value ("per-value"), or by
   * PostgreSQL's per-row triggers when the database role may not switch them off. Null when nothing was written.
   */
  foreignKeyChecks: ForeignKeyChecks | null;
  durationMs: number;
}

export const emptyCounts = (): ImportCounts => ({
  records: 0,
  inserted: 0,
  updated: 0,
  valueChanges: 0,
  metadataChanges: 0,
  unchanged: 0,
  revisions: 0,
  missing: 0,
});
