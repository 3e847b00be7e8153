import type { ImportTable } from '../imports/tables.js';
import type { BreakdownRow } from '../imports/validate.types.js';

// breakdown_count for the shared stage-diff-write mechanism (imports/upsert.ts): the observation's columns plus the
// category in the key, so counts get the same provenance (source, import batch, audit trail) and verification status.
// A change to a verified count is a revision (breakdown_count_revision), as a change to a verified value is: the
// verified count stays, and is what viewers see, until the verifier accepts the revision.

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
  revisions: 'breakdown_count_revision',
  timestamps: true,
  stage: (b, source) => [b.line, b.indicator, b.region, b.period, b.category, b.value, source, b.note, b.year, b.subperiod],
};
