import type { CopyValue, SqlClient, TransactionClient } from '../db/database.js';
import { lockReferences } from './references.js';

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
const compared = (spec: TableSpec) => spec.fields.filter((f) => !f.keep);

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

const statusList = (statuses: readonly string[]) => statuses.map((s) => `'${s}'`).join(', ');

const columnsOf = (spec: TableSpec) => [...spec.keys, ...spec.fields, ...(spec.derived ?? [])];
/** What the statements below read: the staged rows with their sources' ids (a view). */
const stagingTable = (spec: TableSpec) => `staged_${spec.table}`;
/** What COPY writes: the rows as the file gave them, sources as the file's own numbers (see stageSources). */
const stagedRows = (spec: TableSpec) => `staged_${spec.table}_rows`;
const SOURCE_COLUMN = 'source_id';
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

/** What an existing row `t` would hold after the staged row `s` is written: an empty cell of a kept field keeps t's. */
const incoming = (c: Column) => (c.keepWhenEmpty ? `COALESCE(s.${c.name}, t.${c.name})` : `s.${c.name}`);

/** The incoming value as text in the audit trail (see asText). */
const incomingText = (c: Column) => (c.keepWhenEmpty ? `trim_scale(COALESCE(s.${c.name}, t.${c.name}))::text` : asText('s', c));

const keyJoin = (spec: TableSpec) => spec.keys.map((k) => `t.${k.name} = s.${k.name}`).join(' AND ');

/** True when any of the fields (default: every compared one) of the existing row `t` differs from the staged row `s`. */
const differs = (spec: TableSpec, fields = compared(spec)) =>
  fields.length === 0
    ? 'false'
    : `(${fields.map((f) => (f.cast ? `t.${f.name}::text` : `t.${f.name}`)).join(', ')}) IS DISTINCT FROM (${fields
        .map(incoming)
        .join(', ')})`;

/**
 * Creates the staging table, which collects the file's rows that may exist already (chunk by chunk)
 * and disappears with the transaction, and the view the statements below read. A source is staged as the file's
 * own number for it, which the view turns into the source table's id (see stageSources).
 */
export async function createStaging(tx: SqlClient, spec: TableSpec): Promise<void> {
  const columns = columnsOf(spec);
  const raw = stagedRows(spec);
  await tx.query(
    `CREATE TEMP TABLE ${raw} (line int NOT NULL, ${columns.map((c) => `${c.name} ${c.type}`).join(', ')}) ON COMMIT DROP`,
  );
  const hasSource = columns.some((c) => c.name === SOURCE_COLUMN);
  if (hasSource) await createStagedSources(tx);
  // Statements that do not read the source leave the join out (the file's number is a unique key).
  await tx.query(
    `CREATE TEMP VIEW ${stagingTable(spec)} AS SELECT r.line, ${columns
      .map((c) => (c.name === SOURCE_COLUMN ? `m.id AS ${SOURCE_COLUMN}` : `r.${c.name}`))
      .join(', ')} FROM ${raw} r${hasSource ? ` LEFT JOIN ${STAGED_SOURCES} m ON m.ref = r.${SOURCE_COLUMN}` : ''}`,
  );
}

/** Adds rows to the staging table (COPY: the fastest way in). */
export async function stageChunk(tx: TransactionClient, spec: TableSpec, rows: Iterable<StagedRow>): Promise<void> {
  await tx.copyRows(stagedRows(spec), ['line', ...columnsOf(spec).map((c) => c.name)], rows);
}

/** Creates the staging table and stages the rows. */
export async function stageRows(tx: TransactionClient, spec: TableSpec, rows: Iterable<StagedRow>): Promise<void> {
  await createStaging(tx, spec);
  await stageChunk(tx, spec, rows);
}

/** Before planning: the planner needs the staging table's size to choose hash joins over nested loops. */
export async function analyzeStaging(tx: SqlClient, spec: TableSpec): Promise<void> {
  await tx.query(`ANALYZE ${stagedRows(spec)}`);
}

const STAGED_SOURCES = 'staged_source';

const createStagedSources = (tx: SqlClient) =>
  tx.query(`CREATE TEMP TABLE IF NOT EXISTS ${STAGED_SOURCES} (ref int PRIMARY KEY, id int NOT NULL) ON COMMIT DROP`);

/** A source as a file names it, with the number the file's staged rows use for it. */
export interface StagedSource {
  ref: number;
  title: string;
  url: string;
  publisher: string;
  /** The publisher's own page; '' when the file names none. */
  publisherUrl: string;
  /** The publisher's release date (YYYY-MM-DD); null when the file gives none. */
  releasedOn: string | null;
}

/**
 * Finds or creates sources (a handful per file) and maps the file's numbers to their ids, in one
 * statement; returns that map too.
 */
export async function stageSources(tx: SqlClient, sources: readonly StagedSource[]): Promise<Map<number, number>> {
  if (sources.length === 0) return new Map();
  await createStagedSources(tx);
  // A publisher, its page or a release date named in the file is kept; a file that names none does not erase a
  // known one.
  const rows = await tx.query<{ ref: number; id: number }>(
    `WITH file AS (SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[])
                     AS f(ref, title, url, publisher, publisher_url, released_on)),
          found AS (
            INSERT INTO source (title, url, publisher, publisher_url, released_on)
            SELECT DISTINCT ON (title, url) title, url, publisher, publisher_url, released_on FROM file
            ON CONFLICT (title, url) DO UPDATE
              SET publisher = CASE WHEN EXCLUDED.publisher <> '' THEN EXCLUDED.publisher ELSE source.publisher END,
                  publisher_url = CASE WHEN EXCLUDED.publisher_url <> '' THEN EXCLUDED.publisher_url ELSE source.publisher_url END,
                  released_on = COALESCE(EXCLUDED.released_on, source.released_on)
            RETURNING id, title, url)
     INSERT INTO ${STAGED_SOURCES} (ref, id) SELECT f.ref, s.id FROM file f JOIN found s USING (title, url)
     ON CONFLICT (ref) DO NOTHING RETURNING ref, id`,
    [
      sources.map((s) => s.ref),
      sources.map((s) => s.title),
      sources.map((s) => s.url),
      sources.map((s) => s.publisher),
      sources.map((s) => s.publisherUrl),
      sources.map((s) => s.releasedOn),
    ],
  );
  return new Map(rows.map((r) => [r.ref, r.id]));
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
