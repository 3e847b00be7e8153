import type { ImportTable } from '../imports/tables.js';
import type { BreakdownRow } from '../imports/validate.js';

// breakdown_count for the shared stage-diff-write mechanism (imports/upsert.ts): the observation's columns plus the
// category in the key, so counts get the same provenance (source, import batch, audit trail) and verification status.
// No revisions: a change to a verified count is refused until the verifier returns it, as for targets.

export const BREAKDOWN_COUNTS: ImportTable<BreakdownRow> = {
  table: 'breakdown_count',
  entity: 'breakdown_count',
  keys: [
    { name: 'indicator_code', type: 'text' },
    { name: 'region_code', type: 'text' },
    { name: 'period', type: 'text' },
    { name: 'category_code', type: 'text' },
  ],
  fields: [
    { name: 'value', type: 'numeric' },
    { name: 'source_id', type: 'int', from: ['source', 'sourceUrl'], metadata: true },
    { name: 'note', type: 'text', from: ['note'], metadata: true },
  ],
  derived: [
    { name: 'year', type: 'int' },
    { name: 'subperiod', type: 'int' },
  ],
  references: [
    { column: 'indicator_code', table: 'indicator', key: 'code' },
    { column: 'region_code', table: 'region', key: 'code' },
    { column: 'category_code', table: 'breakdown_category', key: 'code' },
  ],
  verifiable: true,
  timestamps: true,
  stage: (b, source) => [b.line, b.indicator, b.region, b.period, b.category, b.value, source, b.note, b.year, b.subperiod],
};
