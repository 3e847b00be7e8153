// The catalogue's statements: read a whole catalogue (a few dozen to a few thousand entries), find which entries have
// figures, and write any number of changes in three statements (entries, versions, audit trail). Never a statement
// per entry.

import type { SqlClient } from '../db/database.js';
import {
  type CatalogueEntity,
  canonical,
  type Definition,
  type FieldSpec,
  fieldsOf,
  fieldText,
  type IndicatorDefinition,
  type ProgrammeDefinition,
} from './definitions.js';
import type { CatalogueChange } from './rules.js';

export type CatalogueOrigin = 'SEED' | 'IMPORT' | 'EDIT';

export interface WriteContext {
  changedBy: string;
  origin: CatalogueOrigin;
  reason: string | null;
  importBatchId: number | null;
  /** Whether new entries' fields go to the audit trail too (not the seed's first load: its versions say it all). */
  auditNewEntries: boolean;
}

const TABLE: Record<CatalogueEntity, string> = { indicator: 'indicator', programme: 'programme' };

/** PostgreSQL type of a field in json_to_recordset. */
function sqlType(spec: FieldSpec<Definition>): string {
  switch (spec.kind) {
    case 'integer':
    case 'month':
      return 'int';
    case 'number':
      return 'numeric';
    case 'boolean':
      return 'boolean';
    case 'months':
      return 'int[]';
    case 'enumList':
      return 'text[]';
    default:
      return 'text';
  }
}

/** A field read back as the definition holds it: enums as text, numbers as JavaScript numbers. */
function readColumn(spec: FieldSpec<Definition>): string {
  const expr =
    spec.kind === 'enumList'
      ? `${spec.column}::text[]`
      : spec.kind === 'enum'
        ? `${spec.column}::text`
        : spec.kind === 'number'
          ? `${spec.column}::float8`
          : spec.column;
  return `${expr} AS "${spec.field}"`;
}

/** Enum arrays may arrive as "{A,B}" text depending on the driver. */
function asList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return String(value ?? '')
    .replace(/^\{|\}$/g, '')
    .split(',')
    .filter(Boolean);
}

export function loadCatalogue(tx: SqlClient, entity: 'indicator'): Promise<Map<string, IndicatorDefinition>>;
export function loadCatalogue(tx: SqlClient, entity: 'programme'): Promise<Map<string, ProgrammeDefinition>>;
export function loadCatalogue(tx: SqlClient, entity: CatalogueEntity): Promise<Map<string, Definition>>;
/** The whole stored catalogue of one kind, by code. */
export async function loadCatalogue(tx: SqlClient, entity: CatalogueEntity): Promise<Map<string, Definition>> {
  const specs = fieldsOf(entity);
  const rows = await tx.query<Record<string, unknown>>(
    `SELECT code, ${specs.map(readColumn).join(', ')} FROM ${TABLE[entity]} ORDER BY code`,
  );
  const out = new Map<string, Definition>();
  for (const row of rows) {
    for (const spec of specs) if (spec.kind === 'enumList' || spec.kind === 'months') row[spec.field] = asList(row[spec.field]);
    for (const spec of specs) if (spec.kind === 'months') row[spec.field] = (row[spec.field] as unknown[]).map(Number);
    out.set(row.code as string, canonical(entity, row as unknown as Definition));
  }
  return out;
}

/**
 * Catalogue changes wait for imports running and block new ones until they commit: between checking that an indicator
 * has no figures and changing its unit, nobody may import a figure of it; and versions are numbered one at a time.
 */
export async function lockCatalogue(tx: SqlClient): Promise<void> {
  await tx.query(
    'LOCK TABLE indicator, programme, planning_document, observation, target, programme_figure IN SHARE ROW EXCLUSIVE MODE',
  );
}

/** Which of `codes` have figures: values or targets of an indicator, figures of a programme. One statement. */
export async function codesWithFigures(tx: SqlClient, entity: CatalogueEntity, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const exists =
    entity === 'indicator'
      ? `EXISTS (SELECT 1 FROM observation o WHERE o.indicator_code = c.code)
         OR EXISTS (SELECT 1 FROM target t WHERE t.indicator_code = c.code)`
      : 'EXISTS (SELECT 1 FROM programme_figure f WHERE f.programme_code = c.code)';
  const rows = await tx.query<{ code: string }>(`SELECT c.code FROM unnest($1::text[]) AS c(code) WHERE ${exists}`, [[...codes]]);
  return new Set(rows.map((r) => r.code));
}

/**
 * Writes the changes: the entries (one upsert), a version of each (numbered after the entry's last), and an audit
 * entry per changed field. Returns each entry's new version number.
 */
export async function writeChanges(
  tx: SqlClient,
  entity: CatalogueEntity,
  changes: readonly CatalogueChange[],
  ctx: WriteContext,
): Promise<Map<string, number>> {
  if (changes.length === 0) return new Map();
  const specs = fieldsOf(entity);
  const value = (spec: FieldSpec<Definition>) => {
    const column = `t."${spec.field}"`;
    if (spec.kind === 'enumList') return `${column}::"${spec.cast}"[]`;
    return spec.cast ? `${column}::"${spec.cast}"` : column;
  };
  await tx.query(
    `INSERT INTO ${TABLE[entity]} (code, ${specs.map((s) => s.column).join(', ')})
     SELECT t.code, ${specs.map(value).join(', ')}
     FROM json_to_recordset($1::json) AS t(code text, ${specs.map((s) => `"${s.field}" ${sqlType(s)}`).join(', ')})
     ON CONFLICT (code) DO UPDATE SET ${specs.map((s) => `${s.column} = EXCLUDED.${s.column}`).join(', ')}`,
    [JSON.stringify(changes.map((c) => c.after))],
  );
  const versions = await tx.query<{ code: string; version: number }>(
    `INSERT INTO catalogue_version
       (entity, code, version, definition, previous, changed_fields, origin, changed_by, reason, import_batch_id)
     SELECT $1, c.code,
            COALESCE((SELECT max(v.version) FROM catalogue_version v WHERE v.entity = $1 AND v.code = c.code), 0) + 1,
            c.after, c.before, c.fields, $2::"CatalogueChangeOrigin", $3, $4, $5
     FROM jsonb_to_recordset($6::jsonb) AS c(code text, after jsonb, before jsonb, fields text[])
     RETURNING code, version`,
    [
      entity,
      ctx.origin,
      ctx.changedBy,
      ctx.reason,
      ctx.importBatchId,
      JSON.stringify(
        changes.map((c) => ({
          code: c.code,
          after: canonical(entity, c.after),
          before: c.before && canonical(entity, c.before),
          fields: c.changedFields,
        })),
      ),
    ],
  );
  const audit = auditRows(entity, changes, ctx.auditNewEntries);
  if (audit.keys.length) {
    await tx.query(
      `INSERT INTO audit_entry (entity, entity_key, field, old_value, new_value, changed_by, reason, import_batch_id)
       SELECT $1, e.key, e.field, e.old, e.new, $2, $3, $4
       FROM unnest($5::text[], $6::text[], $7::text[], $8::text[]) AS e(key, field, old, new)`,
      [entity, ctx.changedBy, ctx.reason, ctx.importBatchId, audit.keys, audit.fields, audit.olds, audit.news],
    );
  }
  return new Map(versions.map((v) => [v.code, v.version]));
}

/** An audit entry per changed field, named by its column as other audit entries are ("unit_id", "direction"). */
function auditRows(entity: CatalogueEntity, changes: readonly CatalogueChange[], newEntries: boolean) {
  const specs = fieldsOf(entity);
  const keys: string[] = [];
  const fields: string[] = [];
  const olds: (string | null)[] = [];
  const news: (string | null)[] = [];
  for (const change of changes) {
    if (!change.before && !newEntries) continue;
    const before = (change.before ?? {}) as Record<string, unknown>;
    const after = change.after as unknown as Record<string, unknown>;
    for (const spec of specs) {
      if (!change.changedFields.includes(spec.field)) continue;
      const next = fieldText(after[spec.field]);
      const old = fieldText(before[spec.field]);
      if (old === next || (!change.before && (next === null || next === ''))) continue;
      keys.push(change.code);
      fields.push(spec.column);
      olds.push(old);
      news.push(next);
    }
  }
  return { keys, fields, olds, news };
}

/** Entries that have no version yet (loaded before versions were kept): each gets its current definition as version 1. */
export async function writeBaselines(
  tx: SqlClient,
  entity: CatalogueEntity,
  definitions: readonly Definition[],
  ctx: WriteContext,
): Promise<number> {
  if (definitions.length === 0) return 0;
  const rows = await tx.query(
    `INSERT INTO catalogue_version (entity, code, version, definition, previous, changed_fields, origin, changed_by, reason)
     SELECT $1, d.code, 1, d.after, NULL, $2::text[], $3::"CatalogueChangeOrigin", $4, $5
     FROM jsonb_to_recordset($6::jsonb) AS d(code text, after jsonb)
     WHERE NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.entity = $1 AND v.code = d.code)
     RETURNING id`,
    [
      entity,
      ['code', ...fieldsOf(entity).map((s) => s.field)],
      ctx.origin,
      ctx.changedBy,
      ctx.reason,
      JSON.stringify(definitions.map((d) => ({ code: d.code, after: canonical(entity, d) }))),
    ],
  );
  return rows.length;
}

/** Codes of the entity that have at least one version. */
export async function versionedCodes(tx: SqlClient, entity: CatalogueEntity): Promise<Set<string>> {
  const rows = await tx.query<{ code: string }>('SELECT DISTINCT code FROM catalogue_version WHERE entity = $1', [entity]);
  return new Set(rows.map((r) => r.code));
}
