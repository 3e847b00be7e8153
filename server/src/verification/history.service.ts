import { can, type Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { visibleObservations } from '../observations/visibility.js';

export interface BatchRef {
  id: number;
  fileName: string;
  checksum: string;
  importedBy: string;
  startedAt: string;
}

export interface ValueChange {
  at: string;
  by: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  reason: string | null;
  importBatch: BatchRef | null;
}

export interface ValueHistory {
  indicatorCode: string;
  regionCode: string;
  period: string;
  value: number;
  status: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewComment: string | null;
  created: BatchRef | null;
  changes: ValueChange[];
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

const BATCH = (alias: string) => `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object('id', ${alias}.id,
  'fileName', ${alias}.file_name, 'checksum', ${alias}.checksum, 'importedBy', ${alias}.imported_by,
  'startedAt', to_char(${alias}.started_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) END`;

function batchOf(value: unknown): BatchRef | null {
  if (value === null || value === undefined) return null;
  return (typeof value === 'string' ? JSON.parse(value) : value) as BatchRef;
}

/** A history's row as read: the fields of its table, then the common ones. */
type HistoryRow<F> = F & {
  status: string;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  reviewComment: string | null;
  created: unknown;
  changes: unknown;
};

/**
 * One row of `table` (a value or a target) by its key columns, with the import that created it and every audit entry
 * of `entity` under the key joined with "|", if the viewer may read it (see visibility.ts).
 */
async function historyOf<F>(
  db: Database,
  viewer: Viewer,
  table: 'observation' | 'target' | 'breakdown_count',
  fields: string,
  key: readonly [string, string | number][],
): Promise<(F & Omit<ValueHistory, 'indicatorCode' | 'regionCode' | 'period' | 'value'>) | null> {
  const entityKey = key.map(([, v]) => v).join('|');
  const [row] = await db.sql.query<HistoryRow<F>>(
    `SELECT ${fields}, o.status::text AS status, o.reviewed_by AS "reviewedBy", o.reviewed_at AS "reviewedAt",
            o.review_comment AS "reviewComment", ${BATCH('cb')} AS created,
            COALESCE((SELECT json_agg(json_build_object('at', to_char(a.changed_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'by', a.changed_by, 'field', a.field, 'oldValue', a.old_value, 'newValue', a.new_value,
                        'reason', a.reason, 'importBatch', ${BATCH('ab')}) ORDER BY a.changed_at, a.id)
                      FROM audit_entry a LEFT JOIN import_batch ab ON ab.id = a.import_batch_id
                      WHERE a.entity = '${table}' AND a.entity_key = $${key.length + 1}), '[]'::json) AS changes
     FROM ${table} o LEFT JOIN import_batch cb ON cb.id = o.created_import_batch_id
     WHERE ${key.map(([column], i) => `o.${column} = $${i + 1}`).join(' AND ')} AND ${visibleObservations(viewer, 'o')}`,
    [...key.map(([, v]) => v), entityKey],
  );
  if (!row) return null;
  const changes = (typeof row.changes === 'string' ? JSON.parse(row.changes) : row.changes) as (ValueChange & {
    importBatch: unknown;
  })[];
  // Viewers who read only checked values do not see revisions still waiting (they are not part of the value yet).
  const shown = can(viewer, 'readUnverified') ? changes : changes.filter((c) => c.field !== 'revision');
  return {
    ...row,
    reviewedAt: iso(row.reviewedAt),
    created: batchOf(row.created),
    changes: shown.map((c) => ({ ...c, importBatch: batchOf(c.importBatch) })),
  };
}

/**
 * The story of one value: the import that created it (file, checksum, who, when), every change after it (who, when,
 * old, new, why — imports, returns, verifications, revisions), and who verified it last. Null when the value does not
 * exist or the viewer may not read it (a viewer, before it is verified or published).
 */
export async function valueHistory(
  db: Database,
  viewer: Viewer,
  key: { indicatorCode: string; regionCode: string; period: string },
): Promise<ValueHistory | null> {
  const row = await historyOf<{ value: number }>(db, viewer, 'observation', 'o.value::float8 AS value', [
    ['indicator_code', key.indicatorCode],
    ['region_code', key.regionCode],
    ['period', key.period],
  ]);
  return row && { ...key, ...row };
}

export interface TargetHistory extends Omit<ValueHistory, 'period' | 'value'> {
  documentCode: string;
  year: number;
  value: number | null;
  lowerBound: number | null;
  upperBound: number | null;
}

/**
 * The story of one target, as valueHistory tells a value's: the import that created it, every change (imports,
 * returns, verifications) and who verified it last. Null when there is no such target or the viewer may not read it.
 */
export async function targetHistory(
  db: Database,
  viewer: Viewer,
  key: { documentCode: string; indicatorCode: string; regionCode: string; year: number },
): Promise<TargetHistory | null> {
  const row = await historyOf<{ value: number | null; lowerBound: number | null; upperBound: number | null }>(
    db,
    viewer,
    'target',
    'o.value::float8 AS value, o.lower_bound::float8 AS "lowerBound", o.upper_bound::float8 AS "upperBound"',
    [
      ['document_code', key.documentCode],
      ['indicator_code', key.indicatorCode],
      ['region_code', key.regionCode],
      ['year', key.year],
    ],
  );
  return row && { ...key, ...row };
}

export interface CountHistory extends ValueHistory {
  categoryCode: string;
}

/**
 * The story of one count by category, as valueHistory tells a value's: the import that created it, every change
 * (imports, returns, verifications, revisions) and who verified it last. Null when there is no such count or the
 * viewer may not read it yet.
 */
export async function countHistory(
  db: Database,
  viewer: Viewer,
  key: { indicatorCode: string; regionCode: string; period: string; categoryCode: string },
): Promise<CountHistory | null> {
  const row = await historyOf<{ value: number }>(db, viewer, 'breakdown_count', 'o.value::float8 AS value', [
    ['indicator_code', key.indicatorCode],
    ['region_code', key.regionCode],
    ['period', key.period],
    ['category_code', key.categoryCode],
  ]);
  return row && { ...key, ...row };
}
