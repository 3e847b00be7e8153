import type { SqlClient } from '../db/database.js';
import { lockReferences } from './references.js';
import { type Column, compared, type TableSpec } from './table-spec.js';
import {
  asText,
  columnsOf,
  differs,
  incoming,
  incomingText,
  keyJoin,
  staged,
  stagingTable,
  statusList,
  tracksBatch,
} from './upsert-sql.js';

// One mechanism writes every kind of imported row. The file's rows are copied (COPY, the fastest
// way in) into a temporary staging table inside the import's transaction; from there set-based
// statements compare them with what exists, count and report, write the audit entries for changed
// values, update, and insert. No statement per row, and the data crosses the wire once.

export interface VerifiedConflict {
  line: number;
  /** VERIFIED or PUBLISHED. */
  status: string;
  keys: string[];
  old: (string | null)[];
  next: (string | null)[];
  /** Indexes into spec.fields of the fields that would change. */
  changedFields: number[];
}

export interface UpsertPlan {
  inserted: number;
  updated: number;
  /** Of the updated rows: those whose value changes (a revision), and those where only metadata does (a re-labelling). */
  valueChanges: number;
  metadataChanges: number;
  unchanged: number;
  /** Rows whose existing value is verified and would change: the import must not apply. */
  verifiedConflicts: VerifiedConflict[];
}

export interface WriteContext {
  importBatchId: number;
  changedBy: string;
  reason: string | null;
  /** Status given to the rows written in verifiable tables (PUBLISHED for published statistics), else the default. */
  status: 'PUBLISHED' | 'DRAFT' | null;
  /** Statuses whose rows this import may not change (see lockedStatuses). */
  locked: readonly string[];
  /** Changes to VERIFIED rows become revisions waiting for a verifier (submissions), instead of being refused. */
  revisable: boolean;
}

/**
 * Statuses an import may not change: verified values always (a correction is a new revision); published statistics
 * unless the import publishes (an administrator bringing a new BPS release).
 */
export function lockedStatuses(publishing: boolean): string[] {
  return publishing ? ['VERIFIED'] : ['VERIFIED', 'PUBLISHED'];
}

/** Counts what the staged rows would insert, update and leave unchanged, and finds verified conflicts. */
export async function planUpsert(tx: SqlClient, spec: TableSpec, locked: readonly string[]): Promise<UpsertPlan> {
  const firstKey = `t.${spec.keys[0]!.name}`;
  const fields = compared(spec);
  const values = differs(
    spec,
    fields.filter((f) => !f.metadata),
  );
  const open = spec.verifiable ? ` AND t.status NOT IN (${statusList(locked)})` : '';
  const [counts] = await tx.query<{ inserted: number; values: number; metadata: number; unchanged: number }>(
    `SELECT count(*) FILTER (WHERE ${firstKey} IS NULL)::int AS inserted,
            count(*) FILTER (WHERE ${firstKey} IS NOT NULL${open} AND ${values})::int AS values,
            count(*) FILTER (WHERE ${firstKey} IS NOT NULL${open} AND NOT ${values} AND ${differs(spec)})::int AS metadata,
            count(*) FILTER (WHERE ${firstKey} IS NOT NULL AND NOT ${differs(spec)})::int AS unchanged
     FROM ${stagingTable(spec)} s LEFT JOIN ${spec.table} t ON ${keyJoin(spec)}`,
  );
  const verifiedConflicts = spec.verifiable ? await findVerifiedConflicts(tx, spec, locked) : [];
  return {
    inserted: counts!.inserted,
    updated: counts!.values + counts!.metadata,
    valueChanges: counts!.values,
    metadataChanges: counts!.metadata,
    unchanged: counts!.unchanged,
    verifiedConflicts,
  };
}

async function findVerifiedConflicts(tx: SqlClient, spec: TableSpec, locked: readonly string[]): Promise<VerifiedConflict[]> {
  const fields = compared(spec);
  const rows = await tx.query<{ line: number; status: string; keys: string[]; old: (string | null)[]; next: (string | null)[] }>(
    `SELECT s.line, t.status::text AS status, ARRAY[${spec.keys.map((k) => asText('s', k)).join(', ')}] AS keys,
            ARRAY[${fields.map((f) => asText('t', f)).join(', ')}]::text[] AS old,
            ARRAY[${fields.map(incomingText).join(', ')}]::text[] AS next
     FROM ${stagingTable(spec)} s JOIN ${spec.table} t ON ${keyJoin(spec)}
     WHERE t.status IN (${statusList(locked)}) AND ${differs(spec)}
     ORDER BY s.line`,
  );
  return rows.map((r) => ({
    ...r,
    changedFields: fields.flatMap((_, i) => (r.old[i] === r.next[i] ? [] : [i])),
  }));
}

/**
 * Writes the staged rows: audit entries for changed values, then updates, then new rows. The
 * caller decides how foreign keys are checked (see references.ts); the referenced rows are locked here.
 */
export async function applyUpsert(tx: SqlClient, spec: TableSpec, plan: UpsertPlan, ctx: WriteContext): Promise<void> {
  if (plan.inserted === 0 && plan.updated === 0) return;
  const stage = stagingTable(spec);
  const batch = tracksBatch(spec);
  const auditEntries = (from: string, old: (f: Column) => string, condition = 'true') =>
    tx.query(
      `INSERT INTO audit_entry (entity, entity_key, field, old_value, new_value, changed_by, reason, import_batch_id)
       SELECT $1, concat_ws('|', ${spec.keys.map((k) => asText('s', k)).join(', ')}), c.field, c.old, c.new, $2, $3, $4
       FROM ${from}
       CROSS JOIN LATERAL (VALUES ${compared(spec)
         .map((f) => `('${f.name}', ${old(f)}, ${incomingText(f)})`)
         .join(', ')}) AS c(field, old, new)
       WHERE ${condition} AND c.old IS DISTINCT FROM c.new`,
      [spec.entity, ctx.changedBy, ctx.reason, batch ? ctx.importBatchId : null],
    );

  const open = spec.verifiable ? `t.status NOT IN (${statusList(ctx.locked)})` : 'true';
  // Old values must be read before the update overwrites them.
  if (plan.updated > 0) await auditEntries(`${stage} s JOIN ${spec.table} t ON ${keyJoin(spec)}`, (f) => asText('t', f), open);
  // A returned or disputed value that the region corrects goes back to the verifier (or, saved as a draft, to the
  // region's drafts; a submitted value saved again as a draft leaves the verifier's queue): that step is in its
  // history too.
  if (plan.updated > 0 && spec.verifiable && ctx.status !== 'PUBLISHED') {
    const moved =
      ctx.status === 'DRAFT' ? `t.status IN ('RETURNED', 'DISPUTED', 'UNVERIFIED')` : `t.status IN ('RETURNED', 'DISPUTED')`;
    await tx.query(
      `INSERT INTO audit_entry (entity, entity_key, field, old_value, new_value, changed_by, reason, import_batch_id)
       SELECT $1, concat_ws('|', ${spec.keys.map((k) => asText('s', k)).join(', ')}), 'status', t.status::text, $5, $2, $3, $4
       FROM ${stage} s JOIN ${spec.table} t ON ${keyJoin(spec)} WHERE ${moved} AND ${differs(spec)}`,
      [spec.entity, ctx.changedBy, ctx.reason, batch ? ctx.importBatchId : null, ctx.status ?? 'UNVERIFIED'],
    );
  }
  if (!batch && plan.inserted > 0) {
    await auditEntries(`${stage} s`, () => 'NULL::text', `NOT EXISTS (SELECT 1 FROM ${spec.table} t WHERE ${keyJoin(spec)})`);
  }

  // A disputed value corrected in place: a revision of it saved earlier (a draft, or one submitted since) would
  // otherwise replace this newer correction when verified. Open revisions are few (indexed by status): looking for
  // one of a disputed row first spares a large import the join with the staged rows.
  if (plan.updated > 0 && spec.revisions && (await openRevisionOfDisputed(tx, spec, spec.revisions))) {
    await tx.query(
      `UPDATE ${spec.revisions} r SET status = 'SUPERSEDED'
       FROM ${stage} s JOIN ${spec.table} t ON ${keyJoin(spec)}
       WHERE t.status = 'DISPUTED' AND ${differs(spec)} AND ${spec.keys.map((k) => `r.${k.name} = s.${k.name}`).join(' AND ')}
         AND r.status IN ('SUBMITTED', 'RETURNED', 'DRAFT')`,
    );
  }
  await lockReferences(tx, spec, stage);
  await writeRows(tx, spec, plan, ctx);
}

async function openRevisionOfDisputed(tx: SqlClient, spec: TableSpec, revisions: string): Promise<boolean> {
  const [row] = await tx.query<{ found: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM ${revisions} r JOIN ${spec.table} t ON ${spec.keys.map((k) => `t.${k.name} = r.${k.name}`).join(' AND ')}
                    WHERE r.status IN ('SUBMITTED', 'RETURNED', 'DRAFT') AND t.status = 'DISPUTED') AS found`,
  );
  return row?.found === true;
}

async function writeRows(tx: SqlClient, spec: TableSpec, plan: UpsertPlan, ctx: WriteContext): Promise<void> {
  const stage = stagingTable(spec);
  const batch = tracksBatch(spec);
  const assignments = [...compared(spec), ...(spec.derived ?? [])].map(
    (c) => `${c.name} = ${c.keepWhenEmpty ? incoming(c) : staged(c)}`,
  );
  if (batch) assignments.push(`import_batch_id = ${ctx.importBatchId}`);
  if (spec.verifiable && ctx.status) assignments.push(`status = '${ctx.status}'`);
  // A corrected returned or disputed value goes back to the verifier, never keeping a verifier's mark it has not had.
  else if (spec.verifiable) {
    assignments.push(`status = CASE WHEN t.status IN ('RETURNED', 'DISPUTED') THEN 'UNVERIFIED' ELSE t.status END`);
  }
  const open = spec.verifiable ? ` AND t.status NOT IN (${statusList(ctx.locked)})` : '';
  if (spec.timestamps) assignments.push('updated_at = now()');
  if (plan.updated > 0) {
    await tx.query(
      `UPDATE ${spec.table} t SET ${assignments.join(', ')} FROM ${stage} s WHERE ${keyJoin(spec)} AND ${differs(spec)}${open}`,
    );
  }
  if (plan.inserted === 0) return;

  const columns = columnsOf(spec);
  const status = spec.verifiable && ctx.status;
  const names = [
    ...columns.map((c) => c.name),
    ...(batch ? ['import_batch_id', 'created_import_batch_id'] : []),
    ...(status ? ['status'] : []),
  ];
  const values = [
    ...columns.map(staged),
    ...(batch ? [String(ctx.importBatchId), String(ctx.importBatchId)] : []),
    ...(status ? [`'${status}'::"VerificationStatus"`] : []),
  ];
  // In key order: consecutive index entries land on the same pages.
  await tx.query(
    `INSERT INTO ${spec.table} (${names.join(', ')})
     SELECT ${values.join(', ')} FROM ${stage} s
     WHERE NOT EXISTS (SELECT 1 FROM ${spec.table} t WHERE ${keyJoin(spec)})
     ORDER BY ${spec.keys.map((k) => `s.${k.name}`).join(', ')}`,
  );
}

/**
 * Changes to verified values, written as revisions waiting for a verifier: the verified value stays as it is (and is
 * what viewers see) until a verifier accepts the revision. A newer revision of the same value replaces a waiting one.
 * A revision holds the row as the file would leave it: the file's fields, the stored ones where the file has no column
 * (or, for a ratio's parts, an empty cell). Returns how many were written.
 */
export async function writeRevisions(tx: SqlClient, spec: TableSpec, ctx: WriteContext): Promise<number> {
  if (!spec.verifiable || !spec.revisions || !ctx.revisable) return 0;
  const stage = stagingTable(spec);
  const inFile = new Set(compared(spec).map((f) => f.name));
  const fields = spec.fields.map((f) => (inFile.has(f.name) ? incoming(f) : `t.${f.name}`));
  const changed = `${stage} s JOIN ${spec.table} t ON ${keyJoin(spec)} WHERE t.status = 'VERIFIED' AND ${differs(spec)}`;
  await tx.query(
    `UPDATE ${spec.revisions} r SET status = 'SUPERSEDED' FROM ${changed}
       AND ${spec.keys.map((k) => `r.${k.name} = s.${k.name}`).join(' AND ')} AND r.status IN ('SUBMITTED', 'RETURNED', 'DRAFT')`,
  );
  const rows = await tx.query(
    `INSERT INTO ${spec.revisions}
       (${[...spec.keys, ...spec.fields].map((c) => c.name).join(', ')}, previous_value, submitted_by, reason, import_batch_id, status)
     SELECT ${spec.keys.map((k) => `s.${k.name}`).join(', ')}, ${fields.join(', ')}, t.value, $1, $2, $3, $4::"RevisionStatus"
     FROM ${changed} RETURNING id`,
    [ctx.changedBy, ctx.reason, ctx.importBatchId, ctx.status === 'DRAFT' ? 'DRAFT' : 'SUBMITTED'],
  );
  return rows.length;
}

/**
 * Imports run one at a time: between reading the existing values and writing the changes nobody
 * else may write them. One table lock does that; row locks (SELECT … FOR UPDATE) would write a
 * lock into every existing row a large file touches. Readers are not blocked.
 */
export async function lockImportTables(tx: SqlClient): Promise<void> {
  await tx.query(
    'LOCK TABLE planning_document, observation, target, programme_figure, breakdown_count IN SHARE ROW EXCLUSIVE MODE',
  );
}
