import { type Column, compared, type TableSpec } from './table-spec.js';

// Pieces of the upsert's statements, built from a table's spec: the staged row is `s`, the existing row `t`.

export const statusList = (statuses: readonly string[]) => statuses.map((s) => `'${s}'`).join(', ');

export const columnsOf = (spec: TableSpec) => [...spec.keys, ...spec.fields, ...(spec.derived ?? [])];
/** What the statements below read: the staged rows with their sources' ids (a view). */
export const stagingTable = (spec: TableSpec) => `staged_${spec.table}`;
/** What COPY writes: the rows as the file gave them, sources as the file's own numbers (see stageSources). */
export const stagedRows = (spec: TableSpec) => `staged_${spec.table}_rows`;
export const SOURCE_COLUMN = 'source_id';
export const tracksBatch = (spec: TableSpec) => spec.tracksBatch !== false;

/** A field as text in the audit trail: numbers without trailing zeros ("16.37", not "16.370000"). */
export const asText = (alias: string, c: Column) =>
  c.type === 'numeric'
    ? `trim_scale(${alias}.${c.name})::text`
    : c.type === 'int' || c.cast
      ? `${alias}.${c.name}::text`
      : `${alias}.${c.name}`;

/** The staged value as the target column's type. */
export const staged = (c: Column) => (c.cast ? `s.${c.name}::"${c.cast}"` : `s.${c.name}`);

/** What an existing row `t` would hold after the staged row `s` is written: an empty cell of a kept field keeps t's. */
export const incoming = (c: Column) => (c.keepWhenEmpty ? `COALESCE(s.${c.name}, t.${c.name})` : `s.${c.name}`);

/** The incoming value as text in the audit trail (see asText). */
export const incomingText = (c: Column) =>
  c.keepWhenEmpty ? `trim_scale(COALESCE(s.${c.name}, t.${c.name}))::text` : asText('s', c);

export const keyJoin = (spec: TableSpec) => spec.keys.map((k) => `t.${k.name} = s.${k.name}`).join(' AND ');

/** True when any of the fields (default: every compared one) of the existing row `t` differs from the staged row `s`. */
export const differs = (spec: TableSpec, fields = compared(spec)) =>
  fields.length === 0
    ? 'false'
    : `(${fields.map((f) => (f.cast ? `t.${f.name}::text` : `t.${f.name}`)).join(', ')}) IS DISTINCT FROM (${fields
        .map(incoming)
        .join(', ')})`;
