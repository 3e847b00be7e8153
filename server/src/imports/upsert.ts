import type { CopyValue, SqlClient, TransactionClient } from '../db/database.js';
import { type ForeignKeyChecks, lockReferences, withoutRowTriggers } from './references.js';

// One mechanism writes every kind of imported row. The file's rows are copied (COPY, the fastest
// way in) into a temporary staging table inside the import's transaction; from there set-based
// statements compare them with what exists, count and report, write the audit entries for changed
// values, update, and insert. No statement per row, and the data crosses the wire once.

/** Also the column's PostgreSQL type in the staging table. */
export type ColumnType = 'text' | 'int' | 'numeric';

export interface Column {
  name: string;
  type: ColumnType;
  /** PostgreSQL type to cast text into when writing, for enum columns. */
  cast?: string;
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
  /** Whether the table has the verification status column that protects verified values. */
  verifiable?: boolean;
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

export interface VerifiedConflict {
  line: number;
  keys: string[];
  old: (string | null)[];
  next: (string | null)[];
  /** Indexes into spec.fields of the fields that would change. */
  changedFields: number[];
}

export interface UpsertPlan {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Rows whose existing value is verified and would change: the import must not apply. */
  verifiedConflicts: VerifiedConflict[];
}

export interface WriteContext {
  importBatchId: number;
  changedBy: string;
  reason: string | null;
}

const columnsOf = (spec: TableSpec) => [...spec.keys, ...spec.fields, ...(spec.derived ?? [])];
const stagingTable = (spec: TableSpec) => `staged_${spec.table}`;
const tracksBatch = (spec: TableSpec) => spec.tracksBatch !== false;

/** A field as text in the audit trail: numbers without trailing zeros ("16.37", not "16.370000"). */
const asText = (alias: string, c: Column) =>
  c.type === 'numeric'
    ? `trim_scale(${alias}.${c.name})::text`
    : c.type === 'int' || c.cast
      ? `${alias}.${c.name}::text`
      : `${alias}.${c.name}`;

/** The staged value as the target column's type. */
const staged = (c: Column) => (c.cast ? `s.${c.name}::"${c.cast}"` : `s.${c.name}`);

const keyJoin = (spec: TableSpec) => spec.keys.map((k) => `t.${k.name} = s.${k.name}`).join(' AND ');

/** True when any compared field of the existing row `t` differs from the staged row `s`. */
const differs = (spec: TableSpec) =>
  `(${spec.fields.map((f) => (f.cast ? `t.${f.name}::text` : `t.${f.name}`)).join(', ')}) IS DISTINCT FROM (${spec.fields
    .map((f) => `s.${f.name}`)
    .join(', ')})`;

/** Copies the file's rows into a staging table that disappears with the transaction. */
export async function stageRows(tx: TransactionClient, spec: TableSpec, rows: Iterable<StagedRow>): Promise<void> {
  const columns = columnsOf(spec);
  await tx.query(
    `CREATE TEMP TABLE ${stagingTable(spec)} (line int NOT NULL, ${columns
      .map((c) => `${c.name} ${c.type}`)
      .join(', ')}) ON COMMIT DROP`,
  );
  await tx.copyRows(stagingTable(spec), ['line', ...columns.map((c) => c.name)], rows);
  // The planner needs the staging table's size to choose hash joins over nested loops.
  await tx.query(`ANALYZE ${stagingTable(spec)}`);
}

/** Counts what the staged rows would insert, update and leave unchanged, and finds verified conflicts. */
export async function planUpsert(tx: SqlClient, spec: TableSpec): Promise<UpsertPlan> {
  const firstKey = `t.${spec.keys[0]!.name}`;
  const [counts] = await tx.query<{ inserted: number; changed: number; unchanged: number }>(
    `SELECT count(*) FILTER (WHERE ${firstKey} IS NULL)::int AS inserted,
            count(*) FILTER (WHERE ${firstKey} IS NOT NULL AND ${differs(spec)})::int AS changed,
            count(*) FILTER (WHERE ${firstKey} IS NOT NULL AND NOT ${differs(spec)})::int AS unchanged
     FROM ${stagingTable(spec)} s LEFT JOIN ${spec.table} t ON ${keyJoin(spec)}`,
  );
  const verifiedConflicts = spec.verifiable ? await findVerifiedConflicts(tx, spec) : [];
  return {
    inserted: counts!.inserted,
    updated: counts!.changed - verifiedConflicts.length,
    unchanged: counts!.unchanged,
    verifiedConflicts,
  };
}

async function findVerifiedConflicts(tx: SqlClient, spec: TableSpec): Promise<VerifiedConflict[]> {
  const rows = await tx.query<{ line: number; keys: string[]; old: (string | null)[]; next: (string | null)[] }>(
    `SELECT s.line, ARRAY[${spec.keys.map((k) => asText('s', k)).join(', ')}] AS keys,
            ARRAY[${spec.fields.map((f) => asText('t', f)).join(', ')}] AS old,
            ARRAY[${spec.fields.map((f) => asText('s', f)).join(', ')}] AS next
     FROM ${stagingTable(spec)} s JOIN ${spec.table} t ON ${keyJoin(spec)}
     WHERE t.status = 'VERIFIED' AND ${differs(spec)}
     ORDER BY s.line`,
  );
  return rows.map((r) => ({
    ...r,
    changedFields: spec.fields.flatMap((_, i) => (r.old[i] === r.next[i] ? [] : [i])),
  }));
}

/**
 * Writes the staged rows: audit entries for changed values, then updates, then new rows. Says how
 * foreign keys were checked (see references.ts).
 */
export async function applyUpsert(
  tx: TransactionClient,
  spec: TableSpec,
  plan: UpsertPlan,
  ctx: WriteContext,
): Promise<ForeignKeyChecks | null> {
  if (plan.inserted === 0 && plan.updated === 0) return null;
  const stage = stagingTable(spec);
  const batch = tracksBatch(spec);
  const auditEntries = (from: string, old: (f: Column) => string, condition = 'true') =>
    tx.query(
      `INSERT INTO audit_entry (entity, entity_key, field, old_value, new_value, changed_by, reason, import_batch_id)
       SELECT $1, concat_ws('|', ${spec.keys.map((k) => asText('s', k)).join(', ')}), c.field, c.old, c.new, $2, $3, $4
       FROM ${from}
       CROSS JOIN LATERAL (VALUES ${spec.fields
         .map((f) => `('${f.name}', ${old(f)}, ${asText('s', f)})`)
         .join(', ')}) AS c(field, old, new)
       WHERE ${condition} AND c.old IS DISTINCT FROM c.new`,
      [spec.entity, ctx.changedBy, ctx.reason, batch ? ctx.importBatchId : null],
    );

  // Old values must be read before the update overwrites them.
  if (plan.updated > 0) await auditEntries(`${stage} s JOIN ${spec.table} t ON ${keyJoin(spec)}`, (f) => asText('t', f));
  if (!batch && plan.inserted > 0) {
    await auditEntries(`${stage} s`, () => 'NULL::text', `NOT EXISTS (SELECT 1 FROM ${spec.table} t WHERE ${keyJoin(spec)})`);
  }

  await lockReferences(tx, spec, stage);
  return withoutRowTriggers(tx, () => writeRows(tx, spec, plan, ctx));
}

async function writeRows(tx: SqlClient, spec: TableSpec, plan: UpsertPlan, ctx: WriteContext): Promise<void> {
  const stage = stagingTable(spec);
  const batch = tracksBatch(spec);
  const assignments = [...spec.fields, ...(spec.derived ?? [])].map((c) => `${c.name} = ${staged(c)}`);
  if (batch) assignments.push(`import_batch_id = ${ctx.importBatchId}`);
  if (spec.timestamps) assignments.push('updated_at = now()');
  if (plan.updated > 0) {
    await tx.query(
      `UPDATE ${spec.table} t SET ${assignments.join(', ')} FROM ${stage} s WHERE ${keyJoin(spec)} AND ${differs(spec)}`,
    );
  }
  if (plan.inserted === 0) return;

  const columns = columnsOf(spec);
  const names = [...columns.map((c) => c.name), ...(batch ? ['import_batch_id', 'created_import_batch_id'] : [])];
  const values = [...columns.map(staged), ...(batch ? [String(ctx.importBatchId), String(ctx.importBatchId)] : [])];
  // In key order: consecutive index entries land on the same pages.
  await tx.query(
    `INSERT INTO ${spec.table} (${names.join(', ')})
     SELECT ${values.join(', ')} FROM ${stage} s
     WHERE NOT EXISTS (SELECT 1 FROM ${spec.table} t WHERE ${keyJoin(spec)})
     ORDER BY ${spec.keys.map((k) => `s.${k.name}`).join(', ')}`,
  );
}

/**
 * Imports run one at a time: between reading the existing values and writing the changes nobody
 * else may write them. One table lock does that; row locks (SELECT … FOR UPDATE) would write a
 * lock into every existing row a large file touches. Readers are not blocked.
 */
export async function lockImportTables(tx: SqlClient): Promise<void> {
  await tx.query('LOCK TABLE planning_document, observation, target, programme_figure IN SHARE ROW EXCLUSIVE MODE');
}
