import { authorize, type Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { badInput } from '../messages/errors.js';
import type { CatalogueFieldChange, CatalogueOrigin } from './catalogue.types.js';
import { type CatalogueEntity, type Definition, fieldText } from './definitions.js';

export interface CatalogueVersionRecord<D extends Definition = Definition> {
  version: number;
  origin: CatalogueOrigin;
  changedBy: string;
  changedAt: string;
  reason: string | null;
  importBatchId: number | null;
  fileName: string | null;
  changes: CatalogueFieldChange[];
  definition: D;
  previous: D | null;
}

/** A version as the query returns it: definitions as JSON, perhaps still text (see parsed); changed fields by name. */
type VersionRow<D extends Definition> = Omit<CatalogueVersionRecord<D>, 'changes' | 'definition' | 'previous'> & {
  changedFields: string[];
  definition: D | string;
  previous: D | string | null;
};

const parsed = <T>(value: T | string | null): T | null => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

/**
 * Every version of one entry, newest first, each with the fields that changed. Readable by those who read the audit
 * trail (administrators, verifiers, editors, analysts), which holds the same changes field by field. Two statements at
 * most, however long the history.
 */
export async function catalogueHistory<D extends Definition>(
  db: Database,
  viewer: Viewer,
  entity: CatalogueEntity,
  code: string,
): Promise<CatalogueVersionRecord<D>[]> {
  authorize(viewer, 'readUnverified', `read the ${entity} catalogue’s history`);
  const rows = await db.sql.query<VersionRow<D>>(
    `SELECT v.version, v.origin::text AS origin, v.changed_by AS "changedBy",
            to_char(v.changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "changedAt", v.reason,
            v.import_batch_id AS "importBatchId", b.file_name AS "fileName", v.changed_fields AS "changedFields",
            v.definition, v.previous
     FROM catalogue_version v LEFT JOIN import_batch b ON b.id = v.import_batch_id
     WHERE v.entity = $1 AND v.code = $2 ORDER BY v.version DESC`,
    [entity, code],
  );
  if (rows.length === 0) {
    const [found] = await db.sql.query(`SELECT 1 FROM ${entity} WHERE code = $1`, [code]);
    if (!found) throw badInput(`Unknown ${entity} “${code.slice(0, 80)}”. The catalogue is in the \`${entity}s\` query.`);
  }
  return rows.map((r) => {
    const definition = parsed<D>(r.definition)!;
    const previous = parsed<D>(r.previous);
    const before = (previous ?? {}) as Record<string, unknown>;
    const after = definition as unknown as Record<string, unknown>;
    const changes = r.changedFields
      .map((field) => ({ field, oldValue: fieldText(before[field]), newValue: fieldText(after[field]) }))
      .filter((c) => previous !== null || c.newValue !== null);
    return { ...r, definition, previous, changes };
  });
}
