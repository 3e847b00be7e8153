import { authorize, can, forbidden, type Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { badInput } from '../messages/errors.js';

// The import history (import_batch) and the audit trail (audit_entry), read page by page, newest first. Both are
// for the people who work with unchecked figures (see `readUnverified` in accounts/viewer.ts); entries about
// accounts (entity app_user) for administrators only. Pages are keyset pages on the id, as the exports read them:
// each page one statement, whatever its size, and the import batch of every entry comes with it in a join.

/** Items a page of import batches or audit entries holds at most. */
export const MAX_AUDIT_PAGE = 500;
/** Items a page holds when `first` is not given. */
export const DEFAULT_AUDIT_PAGE = 50;
/** Rows one statement of an audit export reads. */
export const AUDIT_EXPORT_PAGE_ROWS = 2000;
/** The entity of audit entries about accounts, which only administrators read. */
export const ACCOUNT_ENTITY = 'app_user';

export interface ImportBatchFilter {
  importedBy?: string | null;
  /** Part of the file name, any case. */
  fileName?: string | null;
  checksum?: string | null;
  /** A date ("2026-01-31", UTC) or an ISO 8601 moment; `to` as a date includes the whole day. */
  from?: string | null;
  to?: string | null;
}

export interface AuditEntryFilter {
  entity?: string | null;
  entityKey?: string | null;
  entityKeyPrefix?: string | null;
  changedBy?: string | null;
  field?: string | null;
  importBatchId?: number | null;
  from?: string | null;
  to?: string | null;
}

export interface ImportBatch {
  id: number;
  fileName: string;
  checksum: string;
  layout: string;
  importedBy: string;
  startedAt: string;
  finishedAt: string | null;
  status: string;
  inserted: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  note: string | null;
}

export interface AuditEntry {
  id: string;
  entity: string;
  entityKey: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  changedBy: string;
  changedAt: string;
  reason: string | null;
  importBatchId: number | null;
  importBatch: ImportBatch | null;
}

export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** Throws unless the viewer may read the import history: 401 for anonymous requests, 403 for other accounts. */
export function authorizeImportHistory(viewer: Viewer): void {
  authorize(viewer, 'readUnverified', 'see the import history');
}

/**
 * Throws unless the viewer may read the audit trail; a filter on the entries about accounts is refused (403) for
 * anyone but an administrator, who alone reads them (others simply do not get them in unfiltered pages).
 */
export function authorizeAuditTrail(viewer: Viewer, filter: AuditEntryFilter): void {
  authorize(viewer, 'readUnverified', 'see the audit trail');
  if (filter.entity?.trim() === ACCOUNT_ENTITY && !can(viewer, 'administer')) {
    throw forbidden(
      `Your account (${viewer.kind === 'user' ? viewer.username : ''}) may not see the audit trail of accounts (entity ${ACCOUNT_ENTITY}): that needs an administrator.`,
    );
  }
}

const iso = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const BATCH_COLUMNS = (b: string, prefix = '') => `${b}.id AS "${prefix}id", ${b}.file_name AS "${prefix}fileName",
  ${b}.checksum AS "${prefix}checksum", ${b}.layout AS "${prefix}layout", ${b}.imported_by AS "${prefix}importedBy",
  ${iso(`${b}.started_at`)} AS "${prefix}startedAt", ${iso(`${b}.finished_at`)} AS "${prefix}finishedAt",
  ${b}.status::text AS "${prefix}status", ${b}.inserted AS "${prefix}inserted", ${b}.updated AS "${prefix}updated",
  ${b}.unchanged AS "${prefix}unchanged", ${b}.error_count AS "${prefix}errorCount", ${b}.note AS "${prefix}note"`;

const ENTRY_COLUMNS = `a.id::text AS id, a.entity, a.entity_key AS "entityKey", a.field, a.old_value AS "oldValue",
  a.new_value AS "newValue", a.changed_by AS "changedBy", ${iso('a.changed_at')} AS "changedAt", a.reason,
  a.import_batch_id AS "importBatchId", ${BATCH_COLUMNS('b', 'batch.')}`;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MOMENT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * A date or moment as the UTC timestamp the tables hold (`timestamp(3)` written in UTC). A date is the start of its
 * day for `from`, the start of the next day (exclusive) for `to`; a moment is itself (inclusive either way).
 */
function timeBound(
  text: string | null | undefined,
  name: string,
  side: 'from' | 'to',
): { at: string; inclusive: boolean } | null {
  const given = text?.trim();
  if (!given) return null;
  const day = DATE.exec(given);
  if (day) {
    const start = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    if (start.toISOString().slice(0, 10) !== given) throw badInput(`${name} “${given}” is not a date in the calendar.`);
    if (side === 'from') return { at: start.toISOString(), inclusive: true };
    return { at: new Date(start.getTime() + 86_400_000).toISOString(), inclusive: false };
  }
  const moment = MOMENT.test(given) ? new Date(given) : null;
  if (!moment || Number.isNaN(moment.getTime())) {
    throw badInput(
      `${name} “${given.slice(0, 40)}” is not a date: write "2026-01-31" (a whole day, UTC) or a moment such as "2026-01-31T08:00:00+07:00".`,
    );
  }
  return { at: moment.toISOString(), inclusive: true };
}

/** Conditions on a timestamp column from `from` and `to`. */
function timeRange(column: string, filter: { from?: string | null; to?: string | null }, add: (v: unknown) => string): string[] {
  const clauses: string[] = [];
  const from = timeBound(filter.from, 'from', 'from');
  // The tables hold UTC without a zone: compare with the bound's UTC wall time.
  if (from) clauses.push(`${column} >= ${add(from.at.slice(0, 23))}::timestamp`);
  const to = timeBound(filter.to, 'to', 'to');
  if (to) clauses.push(`${column} ${to.inclusive ? '<=' : '<'} ${add(to.at.slice(0, 23))}::timestamp`);
  return clauses;
}

const given = (v: string | null | undefined): string | null => {
  const t = v?.trim();
  return t ? t : null;
};

/** A LIKE pattern matching texts that begin with `prefix` (its %, _ and \ taken literally). */
function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function importBatchWhere(filter: ImportBatchFilter, params: unknown[]): string {
  const add = (v: unknown) => `$${params.push(v)}`;
  const clauses: string[] = [];
  const importedBy = given(filter.importedBy);
  if (importedBy) clauses.push(`b.imported_by = ${add(importedBy)}`);
  const fileName = given(filter.fileName);
  if (fileName) clauses.push(`strpos(lower(b.file_name), lower(${add(fileName)})) > 0`);
  const checksum = given(filter.checksum);
  if (checksum) clauses.push(`b.checksum = ${add(checksum.toLowerCase())}`);
  clauses.push(...timeRange('b.started_at', filter, add));
  return clauses.length ? clauses.join(' AND ') : 'true';
}

/** The entries a filter selects that the viewer may read: those about accounts only for administrators. */
export function auditEntryWhere(filter: AuditEntryFilter, params: unknown[], viewer: Viewer): string {
  const add = (v: unknown) => `$${params.push(v)}`;
  const clauses: string[] = can(viewer, 'administer') ? [] : [`a.entity <> '${ACCOUNT_ENTITY}'`];
  const entity = given(filter.entity);
  if (entity) clauses.push(`a.entity = ${add(entity)}`);
  const entityKey = given(filter.entityKey);
  if (entityKey) clauses.push(`a.entity_key = ${add(entityKey)}`);
  const prefix = given(filter.entityKeyPrefix);
  if (prefix) clauses.push(`a.entity_key LIKE ${add(likePrefix(prefix))} ESCAPE '\\'`);
  const changedBy = given(filter.changedBy);
  if (changedBy) clauses.push(`a.changed_by = ${add(changedBy)}`);
  const field = given(filter.field);
  if (field) clauses.push(`a.field = ${add(field)}`);
  if (filter.importBatchId !== null && filter.importBatchId !== undefined) {
    clauses.push(`a.import_batch_id = ${add(filter.importBatchId)}::int`);
  }
  clauses.push(...timeRange('a.changed_at', filter, add));
  return clauses.length ? clauses.join(' AND ') : 'true';
}

/** The cursor of an item: its id, opaque to clients. */
export function encodeAuditCursor(id: number | string): string {
  return Buffer.from(JSON.stringify({ id: String(id) })).toString('base64url');
}

function decodeAuditCursor(cursor: string): string {
  try {
    const c = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { id?: unknown };
    if (typeof c.id === 'string' && /^\d{1,19}$/.test(c.id)) return c.id;
  } catch {}
  throw badInput('`after` is not a cursor returned by this API: pass pageInfo.endCursor from the previous page.');
}

function checkPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_AUDIT_PAGE) {
    throw badInput(`first must be between 1 and ${MAX_AUDIT_PAGE}, got ${first}.`);
  }
}

type EntryRow = Omit<AuditEntry, 'importBatch'> & Record<`batch.${keyof ImportBatch}`, unknown>;

function entryOf(row: EntryRow): AuditEntry {
  const batchId = row['batch.id'] as number | null;
  return {
    id: row.id,
    entity: row.entity,
    entityKey: row.entityKey,
    field: row.field,
    oldValue: row.oldValue,
    newValue: row.newValue,
    changedBy: row.changedBy,
    changedAt: row.changedAt,
    reason: row.reason,
    importBatchId: row.importBatchId,
    importBatch:
      batchId === null
        ? null
        : {
            id: batchId,
            fileName: row['batch.fileName'] as string,
            checksum: row['batch.checksum'] as string,
            layout: row['batch.layout'] as string,
            importedBy: row['batch.importedBy'] as string,
            startedAt: row['batch.startedAt'] as string,
            finishedAt: row['batch.finishedAt'] as string | null,
            status: row['batch.status'] as string,
            inserted: row['batch.inserted'] as number,
            updated: row['batch.updated'] as number,
            unchanged: row['batch.unchanged'] as number,
            errorCount: row['batch.errorCount'] as number,
            note: row['batch.note'] as string | null,
          },
  };
}

function batchStatement(condition: string, limit: string): string {
  return `SELECT ${BATCH_COLUMNS('b')} FROM import_batch b WHERE ${condition} ORDER BY b.id DESC LIMIT ${limit}`;
}

function entryStatement(condition: string, limit: string): string {
  return `SELECT ${ENTRY_COLUMNS} FROM audit_entry a LEFT JOIN import_batch b ON b.id = a.import_batch_id
     WHERE ${condition} ORDER BY a.id DESC LIMIT ${limit}`;
}

/** A page of import batches, newest first; one statement. The caller has authorised the viewer. */
export async function findImportBatchPage(
  db: Database,
  filter: ImportBatchFilter,
  first: number,
  after: string | null,
): Promise<Page<ImportBatch>> {
  checkPageSize(first);
  const params: unknown[] = [];
  let condition = importBatchWhere(filter, params);
  if (after) condition += ` AND b.id < $${params.push(decodeAuditCursor(after))}::bigint`;
  const rows = await db.sql.query<ImportBatch>(batchStatement(condition, `$${params.push(first + 1)}`), params);
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return { nodes, hasNextPage: rows.length > first, endCursor: last ? encodeAuditCursor(last.id) : null };
}

export async function countImportBatches(db: Database, filter: ImportBatchFilter): Promise<number> {
  const params: unknown[] = [];
  const [row] = await db.sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM import_batch b WHERE ${importBatchWhere(filter, params)}`,
    params,
  );
  return row?.n ?? 0;
}

/** A page of audit entries, newest first, each with its import batch; one statement. The caller has authorised the viewer. */
export async function findAuditEntryPage(
  db: Database,
  viewer: Viewer,
  filter: AuditEntryFilter,
  first: number,
  after: string | null,
): Promise<Page<AuditEntry>> {
  checkPageSize(first);
  const params: unknown[] = [];
  let condition = auditEntryWhere(filter, params, viewer);
  if (after) condition += ` AND a.id < $${params.push(decodeAuditCursor(after))}::bigint`;
  const rows = await db.sql.query<EntryRow>(entryStatement(condition, `$${params.push(first + 1)}`), params);
  const nodes = rows.slice(0, first).map(entryOf);
  const last = nodes[nodes.length - 1];
  return { nodes, hasNextPage: rows.length > first, endCursor: last ? encodeAuditCursor(last.id) : null };
}

export async function countAuditEntries(db: Database, viewer: Viewer, filter: AuditEntryFilter): Promise<number> {
  const params: unknown[] = [];
  const [row] = await db.sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_entry a WHERE ${auditEntryWhere(filter, params, viewer)}`,
    params,
  );
  return row?.n ?? 0;
}

/**
 * Rows page by page, newest first, each page a short statement starting below the last id of the previous one
 * (nothing held between pages); the next page is read while the caller writes the current one, and leaving the
 * `for await` loop sends no further statement.
 */
async function* keysetPages<T extends { id: number | string }>(
  read: (below: string | null) => Promise<T[]>,
  pageRows: number,
): AsyncGenerator<T[]> {
  const start = (below: string | null) => {
    const page = read(below);
    // A page read ahead may fail while the caller still writes the previous one: awaited (and thrown) in turn, or
    // dropped when the caller leaves early; never an unhandled rejection.
    page.catch(() => {});
    return page;
  };
  let pending: Promise<T[]> | null = start(null);
  while (pending) {
    const page: T[] = await pending;
    pending = page.length === pageRows ? start(String(page[page.length - 1]!.id)) : null;
    if (page.length > 0) yield page;
  }
}

/** The import batches a filter selects, newest first, a page at a time (for /export/import-batches.csv). */
export function importBatchExportPages(
  db: Database,
  filter: ImportBatchFilter,
  pageRows = AUDIT_EXPORT_PAGE_ROWS,
): AsyncGenerator<ImportBatch[]> {
  const params: unknown[] = [];
  const condition = importBatchWhere(filter, params);
  const first = batchStatement(condition, String(pageRows));
  const next = batchStatement(`${condition} AND b.id < $${params.length + 1}::bigint`, String(pageRows));
  return keysetPages(
    (below) => db.sql.query<ImportBatch>(below === null ? first : next, below === null ? params : [...params, below]),
    pageRows,
  );
}

/** The audit entries a filter selects that the viewer may read, newest first, a page at a time (for /export/audit.csv). */
export function auditEntryExportPages(
  db: Database,
  viewer: Viewer,
  filter: AuditEntryFilter,
  pageRows = AUDIT_EXPORT_PAGE_ROWS,
): AsyncGenerator<AuditEntry[]> {
  const params: unknown[] = [];
  const condition = auditEntryWhere(filter, params, viewer);
  const first = entryStatement(condition, String(pageRows));
  const next = entryStatement(`${condition} AND a.id < $${params.length + 1}::bigint`, String(pageRows));
  return keysetPages(
    async (below) =>
      (await db.sql.query<EntryRow>(below === null ? first : next, below === null ? params : [...params, below])).map(entryOf),
    pageRows,
  );
}
