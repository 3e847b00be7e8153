import type { CopyValue } from '../db/database.js';

// How an imported table is described to the upsert (see upsert.ts): its natural key, the fields compared and
// audited, and what its rows carry besides.

/** Also the column's PostgreSQL type in the staging table. */
export type ColumnType = 'text' | 'int' | 'numeric';

export interface Column {
  name: string;
  type: ColumnType;
  /** PostgreSQL type to cast text into when writing, for enum columns. */
  cast?: string;
  /**
   * The file columns (layout fields) that carry this field, when it is optional: a file without any
   * of them leaves the field as it is on existing rows. Absent: always carried.
   */
  from?: readonly string[];
  /** Describes a value (its source, a note, a title) rather than being one: counted apart in the report. */
  metadata?: true;
  /** This import leaves the field alone on existing rows (its file has no column for it). */
  keep?: true;
  /** An empty cell leaves the existing row's value as it is (a ratio's parts: a row with the value only keeps them). */
  keepWhenEmpty?: true;
}

/** The fields this import compares, audits and updates: those its file has. */
export const compared = (spec: TableSpec) => spec.fields.filter((f) => !f.keep);

/** The spec for a file with these columns: fields it has no column for are kept as they are. */
export function forFileColumns<T extends TableSpec>(spec: T, fileColumns: ReadonlySet<string>): T {
  return {
    ...spec,
    fields: spec.fields.map((f) => (f.from && !f.from.some((c) => fileColumns.has(c)) ? { ...f, keep: true as const } : f)),
  };
}

/** A foreign key of the imported table, checked once per distinct value instead of once per row. */
export interface Reference {
  column: string;
  table: string;
  key: string;
}

export interface TableSpec {
  table: string;
  /** Entity name in the audit trail. */
  entity: string;
  /** Natural key: the unique constraint the upsert conflicts on. */
  keys: Column[];
  /** Compared and audited. */
  fields: Column[];
  /** Written with the row but not compared (derived columns such as year and subperiod). */
  derived?: Column[];
  /**
   * Foreign keys to rows that exist before the import. The others (import batch, source) point at
   * rows this import's transaction has just written or locked itself.
   */
  references: Reference[];
  /** Whether the table has the verification status column (and reviewer columns) that protects verified values. */
  verifiable?: boolean;
  /**
   * The table where a submission's change to a VERIFIED row becomes a revision waiting for a verifier (observations in
   * observation_revision, counts by category in breakdown_count_revision: see writeRevisions); it has the row's key and
   * fields as columns. Without it such a change is refused, row by row, until the verifier returns the row (targets).
   */
  revisions?: 'observation_revision' | 'breakdown_count_revision';
  /** Whether the table has an updated_at column. */
  timestamps?: boolean;
  /**
   * Whether rows record the import batch that created them and the one that last wrote them
   * (default true). Such rows' creation is on record through the batch; the audit trail holds
   * every change after it. Tables without batch columns audit their new rows' values too.
   */
  tracksBatch?: boolean;
}

export type CellValue = CopyValue;

/** One row of a file, in staging column order: line, then keys, fields and derived columns. */
export type StagedRow = readonly CellValue[];
