import type { TableSpec } from './upsert.js';

// The tables an import writes, described once for the shared stage-diff-write mechanism. Every
// foreign key is either in `references` or points at a row the import writes itself (source,
// import batch); a test holds this list to the database's constraints.

export const OBSERVATIONS: TableSpec = {
  table: 'observation',
  entity: 'observation',
  keys: [
    { name: 'indicator_code', type: 'text' },
    { name: 'region_code', type: 'text' },
    { name: 'period', type: 'text' },
  ],
  fields: [
    { name: 'value', type: 'numeric' },
    { name: 'source_id', type: 'int' },
    { name: 'note', type: 'text' },
  ],
  derived: [
    { name: 'year', type: 'int' },
    { name: 'subperiod', type: 'int' },
  ],
  references: [
    { column: 'indicator_code', table: 'indicator', key: 'code' },
    { column: 'region_code', table: 'region', key: 'code' },
  ],
  verifiable: true,
  timestamps: true,
};

export const TARGETS: TableSpec = {
  table: 'target',
  entity: 'target',
  keys: [
    { name: 'document_code', type: 'text' },
    { name: 'indicator_code', type: 'text' },
    { name: 'region_code', type: 'text' },
    { name: 'year', type: 'int' },
  ],
  fields: [
    { name: 'value', type: 'numeric' },
    { name: 'lower_bound', type: 'numeric' },
    { name: 'upper_bound', type: 'numeric' },
    { name: 'baseline_year', type: 'int' },
    { name: 'baseline_value', type: 'numeric' },
    { name: 'note', type: 'text' },
    { name: 'source_id', type: 'int' },
  ],
  references: [
    { column: 'document_code', table: 'planning_document', key: 'code' },
    { column: 'indicator_code', table: 'indicator', key: 'code' },
    { column: 'region_code', table: 'region', key: 'code' },
  ],
};

export const PROGRAMME_FIGURES: TableSpec = {
  table: 'programme_figure',
  entity: 'programme_figure',
  keys: [
    { name: 'programme_code', type: 'text' },
    { name: 'region_code', type: 'text' },
    { name: 'year', type: 'int' },
  ],
  fields: [
    { name: 'recipients', type: 'numeric' },
    { name: 'eligible', type: 'numeric' },
    { name: 'budget_allocated', type: 'numeric' },
    { name: 'budget_spent', type: 'numeric' },
    { name: 'source_id', type: 'int' },
  ],
  references: [
    { column: 'programme_code', table: 'programme', key: 'code' },
    { column: 'region_code', table: 'region', key: 'code' },
  ],
};

export const PLANNING_DOCUMENTS: TableSpec = {
  table: 'planning_document',
  entity: 'planning_document',
  keys: [{ name: 'code', type: 'text' }],
  fields: [
    { name: 'kind', type: 'text', cast: 'PlanningDocumentKind' },
    { name: 'title', type: 'text' },
    { name: 'level', type: 'text', cast: 'RegionLevel' },
    { name: 'region_code', type: 'text' },
    { name: 'start_year', type: 'int' },
    { name: 'end_year', type: 'int' },
    { name: 'legal_basis', type: 'text' },
    { name: 'url', type: 'text' },
  ],
  references: [{ column: 'region_code', table: 'region', key: 'code' }],
  tracksBatch: false,
};
