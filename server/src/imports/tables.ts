import type { StagedRow, TableSpec } from './table-spec.js';
import type { DocumentRow, ObservationRow, ProgrammeRow, TargetRow } from './validate.types.js';

// The tables an import writes, described once for the shared stage-diff-write mechanism. Every
// foreign key is either in `references` or points at a row the import writes itself (source,
// import batch); a test holds this list to the database's constraints.

/** A table an import writes, and how a checked row of the file becomes a row of its staging table. */
export interface ImportTable<Row> extends TableSpec {
  /** The line, then the values in the order of keys, fields and derived above; `source` is the file's source number. */
  stage(row: Row, source: number | null): StagedRow;
}

/** Layout fields that name a source: a file with either column sets the source; one with neither keeps it. */
const SOURCE = ['source', 'sourceUrl'] as const;
const TARGET_VALUE = ['value', 'lowerBound', 'upperBound'] as const;
/** A ratio's parts come together; a file without them (or a row leaving them empty) keeps the stored ones. */
const RATIO_PARTS = ['numerator', 'denominator'] as const;

export const OBSERVATIONS: ImportTable<ObservationRow> = {
  table: 'observation',
  entity: 'observation',
  keys: [
    { name: 'indicator_code', type: 'text' },
    { name: 'region_code', type: 'text' },
    { name: 'period', type: 'text' },
  ],
  fields: [
    { name: 'value', type: 'numeric' },
    { name: 'numerator', type: 'numeric', from: RATIO_PARTS, keepWhenEmpty: true },
    { name: 'denominator', type: 'numeric', from: RATIO_PARTS, keepWhenEmpty: true },
    { name: 'source_id', type: 'int', from: SOURCE, metadata: true },
    { name: 'note', type: 'text', from: ['note'], metadata: true },
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
  revisions: 'observation_revision',
  timestamps: true,
  stage: (o, source) => [
    o.line,
    o.indicator,
    o.region,
    o.period,
    o.value,
    o.numerator,
    o.denominator,
    source,
    o.note,
    o.year,
    o.subperiod,
  ],
};

export const TARGETS: ImportTable<TargetRow> = {
  table: 'target',
  entity: 'target',
  keys: [
    { name: 'document_code', type: 'text' },
    { name: 'indicator_code', type: 'text' },
    { name: 'region_code', type: 'text' },
    { name: 'year', type: 'int' },
  ],
  // A target is a value or a range: a file with any of the three columns sets all three.
  fields: [
    { name: 'value', type: 'numeric', from: TARGET_VALUE },
    { name: 'lower_bound', type: 'numeric', from: TARGET_VALUE },
    { name: 'upper_bound', type: 'numeric', from: TARGET_VALUE },
    { name: 'baseline_year', type: 'int', from: ['baselineYear'] },
    { name: 'baseline_value', type: 'numeric', from: ['baselineValue'] },
    { name: 'note', type: 'text', from: ['note'], metadata: true },
    { name: 'source_id', type: 'int', from: SOURCE, metadata: true },
  ],
  references: [
    { column: 'document_code', table: 'planning_document', key: 'code' },
    { column: 'indicator_code', table: 'indicator', key: 'code' },
    { column: 'region_code', table: 'region', key: 'code' },
  ],
  // Submitted targets wait for the province's verifier, as values do. A change to a verified target is refused until
  // the verifier returns it (no revisions: a target changes only when its document is amended).
  verifiable: true,
  stage: (t, source) => [
    t.line,
    t.document,
    t.indicator,
    t.region,
    t.year,
    t.value,
    t.lowerBound,
    t.upperBound,
    t.baselineYear,
    t.baselineValue,
    t.note,
    source,
  ],
};

export const PROGRAMME_FIGURES: ImportTable<ProgrammeRow> = {
  table: 'programme_figure',
  entity: 'programme_figure',
  keys: [
    { name: 'programme_code', type: 'text' },
    { name: 'region_code', type: 'text' },
    { name: 'year', type: 'int' },
  ],
  fields: [
    { name: 'recipients', type: 'numeric', from: ['recipients'] },
    { name: 'eligible', type: 'numeric', from: ['eligible'] },
    { name: 'budget_allocated', type: 'numeric', from: ['budgetAllocated'] },
    { name: 'budget_spent', type: 'numeric', from: ['budgetSpent'] },
    { name: 'source_id', type: 'int', from: SOURCE, metadata: true },
  ],
  references: [
    { column: 'programme_code', table: 'programme', key: 'code' },
    { column: 'region_code', table: 'region', key: 'code' },
  ],
  stage: (p, source) => [
    p.line,
    p.programme,
    p.region,
    p.year,
    p.recipients,
    p.eligible,
    p.budgetAllocated,
    p.budgetSpent,
    source,
  ],
};

export const PLANNING_DOCUMENTS: ImportTable<DocumentRow> = {
  table: 'planning_document',
  entity: 'planning_document',
  keys: [{ name: 'code', type: 'text' }],
  fields: [
    { name: 'kind', type: 'text', cast: 'PlanningDocumentKind' },
    { name: 'title', type: 'text', metadata: true },
    { name: 'level', type: 'text', cast: 'RegionLevel' },
    { name: 'region_code', type: 'text' },
    { name: 'start_year', type: 'int' },
    { name: 'end_year', type: 'int' },
    { name: 'legal_basis', type: 'text', from: ['legalBasis'], metadata: true },
    { name: 'url', type: 'text', from: ['url'], metadata: true },
  ],
  references: [{ column: 'region_code', table: 'region', key: 'code' }],
  tracksBatch: false,
  stage: (d) => [d.line, d.code, d.kind, d.title, d.level, d.region, d.startYear, d.endYear, d.legalBasis, d.url],
};
