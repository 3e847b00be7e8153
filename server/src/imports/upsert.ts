import type { SqlClient } from '../db/database.js';

// One mechanism writes every kind of imported row: read the rows that already exist for the
// file's keys (inside the import's transaction, after lockImportTables), compare field by field, then write only
// what changed, with one audit entry per changed field. Everything is set-based (arrays through
// unnest), a chunk of rows per statement, never a statement per row.

export type ColumnType = 'text' | 'int' | 'numeric';

export interface Column {
  name: string;
  type: ColumnType;
  /** PostgreSQL type to cast text into when writing, for enum columns. */
  cast?: string;
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
  /** Whether the table has the verification status column that protects verified values. */
  verifiable?: boolean;
  /** Whether the table has an updated_at column. */
  timestamps?: boolean;
  /** Whether rows record the import batch that last wrote them (default true). */
  tracksBatch?: boolean;
}

export type CellValue = string | number | null;

export interface PlannedRow {
  /** Where the row came from, for errors. */
  line: number;
  keys: CellValue[];
  fields: CellValue[];
  derived?: CellValue[];
}

export interface RowChange {
  row: PlannedRow;
  kind: 'insert' | 'update';
  /** For updates: the old values of fields, aligned with spec.fields. */
  old: CellValue[] | null;
  /** Indexes of the fields that differ. */
  changedFields: number[];
}

export interface UpsertPlan {
  changes: RowChange[];
  unchanged: number;
  /** Rows whose existing value is verified and would change. */
  verifiedConflicts: { row: PlannedRow; old: CellValue[]; changedFields: number[] }[];
}

const CHUNK = 50_000;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

const keyOf = (values: readonly CellValue[]) => values.map((v) => (v === null ? '\u0000' : String(v))).join('\u0001');

function same(type: ColumnType, a: CellValue, b: CellValue): boolean {
  if (a === null || b === null) return a === b;
  if (type === 'text') return String(a) === String(b);
  return Number(a) === Number(b);
}

const arrayParam = (type: ColumnType) => (type === 'text' ? 'text[]' : type === 'int' ? 'int[]' : 'numeric[]');

/** Reads existing rows for the planned keys and decides, row by row, what would change. */
export async function planUpsert(tx: SqlClient, spec: TableSpec, rows: readonly PlannedRow[]): Promise<UpsertPlan> {
  const existing = new Map<string, { fields: CellValue[]; verified: boolean }>();
  const keyNames = spec.keys.map((k) => k.name);
  for (const chunk of chunks(rows)) {
    const params = spec.keys.map((_, i) => chunk.map((r) => r.keys[i] ?? null));
    const unnest = spec.keys.map((k, i) => `$${i + 1}::${arrayParam(k.type)}`).join(', ');
    const selected = [
      ...keyNames.map((k) => `t.${k}`),
      ...spec.fields.map((f) => `t.${f.name}${f.type === 'numeric' ? '::text' : ''} AS ${f.name}`),
      spec.verifiable ? `(t.status = 'VERIFIED') AS verified` : 'false AS verified',
    ].join(', ');
    const found = await tx.query<Record<string, CellValue | boolean>>(
      `SELECT ${selected} FROM ${spec.table} t
       JOIN unnest(${unnest}) AS k(${keyNames.join(', ')}) USING (${keyNames.join(', ')})`,
      params,
    );
    for (const r of found) {
      existing.set(keyOf(keyNames.map((k) => r[k] as CellValue)), {
        // numeric arrives as text ("8.470000"); keep it comparable and readable in the audit trail.
        fields: spec.fields.map((f) => {
          const v = r[f.name] as CellValue;
          return f.type === 'numeric' && v !== null ? String(Number(v)) : v;
        }),
        verified: r.verified === true,
      });
    }
  }
  const plan: UpsertPlan = { changes: [], unchanged: 0, verifiedConflicts: [] };
  for (const row of rows) {
    const before = existing.get(keyOf(row.keys));
    if (!before) {
      plan.changes.push({ row, kind: 'insert', old: null, changedFields: spec.fields.map((_, i) => i) });
      continue;
    }
    const changedFields = spec.fields.flatMap((f, i) =>
      same(f.type, before.fields[i] ?? null, row.fields[i] ?? null) ? [] : [i],
    );
    if (changedFields.length === 0) plan.unchanged++;
    else if (before.verified) plan.verifiedConflicts.push({ row, old: before.fields, changedFields });
    else plan.changes.push({ row, kind: 'update', old: before.fields, changedFields });
  }
  return plan;
}

export interface WriteContext {
  importBatchId: number;
  changedBy: string;
  reason: string | null;
}

/** Writes the planned changes and their audit entries. */
export async function applyUpsert(
  tx: SqlClient,
  spec: TableSpec,
  changes: readonly RowChange[],
  ctx: WriteContext,
): Promise<void> {
  const columns = [...spec.keys, ...spec.fields, ...(spec.derived ?? [])];
  const names = columns.map((c) => c.name);
  const keyNames = spec.keys.map((k) => k.name);
  const tracksBatch = spec.tracksBatch !== false;
  const updates = [...spec.fields, ...(spec.derived ?? [])].map((c) => `${c.name} = EXCLUDED.${c.name}`);
  if (tracksBatch) updates.push('import_batch_id = EXCLUDED.import_batch_id');
  if (spec.timestamps) updates.push('updated_at = now()');
  const selected = columns.map((c) => (c.cast ? `${c.name}::"${c.cast}"` : c.name));
  // Under lockImportTables, rows planned as new cannot exist: they skip ON CONFLICT's speculative
  // insertion. Changed rows go through the conflict path, which updates them.
  const batches = [
    ...chunks(changes.filter((c) => c.kind === 'insert')).map((chunk) => ({ chunk, conflict: '' })),
    ...chunks(changes.filter((c) => c.kind === 'update')).map((chunk) => ({
      chunk,
      conflict: `ON CONFLICT (${keyNames.join(', ')}) DO UPDATE SET ${updates.join(', ')}`,
    })),
  ];
  for (const { chunk, conflict } of batches) {
    const values = (r: RowChange) => [...r.row.keys, ...r.row.fields, ...(r.row.derived ?? [])];
    const params: unknown[] = columns.map((_, i) => chunk.map((c) => values(c)[i] ?? null));
    if (tracksBatch) params.push(ctx.importBatchId);
    const unnest = columns.map((c, i) => `$${i + 1}::${arrayParam(c.type)}`).join(', ');
    await tx.query(
      `INSERT INTO ${spec.table} (${names.join(', ')}${tracksBatch ? ', import_batch_id' : ''})
       SELECT ${selected.join(', ')}${tracksBatch ? `, $${columns.length + 1}::int` : ''}
       FROM unnest(${unnest}) AS t(${names.join(', ')})
       ${conflict}`,
      params,
    );
    await writeAudit(tx, spec, chunk, ctx);
  }
}

async function writeAudit(tx: SqlClient, spec: TableSpec, changes: readonly RowChange[], ctx: WriteContext): Promise<void> {
  const keys: string[] = [];
  const fields: string[] = [];
  const olds: (string | null)[] = [];
  const news: (string | null)[] = [];
  for (const change of changes) {
    const key = change.row.keys.map((k) => (k === null ? '' : String(k))).join('|');
    for (const i of change.changedFields) {
      const next = change.row.fields[i] ?? null;
      const prev = change.old?.[i] ?? null;
      if (change.kind === 'insert' && next === null) continue;
      keys.push(key);
      fields.push(spec.fields[i]!.name);
      olds.push(prev === null ? null : String(prev));
      news.push(next === null ? null : String(next));
    }
  }
  if (keys.length === 0) return;
  await tx.query(
    `INSERT INTO audit_entry (entity, entity_key, field, old_value, new_value, changed_by, reason, import_batch_id)
     SELECT $1, k, f, o, n, $6, $7, $8 FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS t(k, f, o, n)`,
    [spec.entity, keys, fields, olds, news, ctx.changedBy, ctx.reason, spec.tracksBatch === false ? null : ctx.importBatchId],
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
