import { BREAKDOWN_SPEC, readBreakdownRow } from '../breakdowns/breakdown-layout.js';
import { isBlank, NOTE_ROW } from './cell-text.js';
import type { ImportIssue, ImportRecord, Layout, ParseOptions, RecordStream } from './import.types.js';
import { type Columns, FIELD_BY_HEADER, type Field, HEADER_NAMES, headerKey, REGION_FIELDS } from './layout-fields.js';
import type { TableRow } from './read-table.js';
import { RowReader } from './row-reader.js';

// The long layouts, one record per row: observations, targets, programme figures, counts by
// category and planning documents, each told by the columns its header has.

export type StructuredLayout = Exclude<
  Layout,
  'wide' | 'indicator_catalogue' | 'programme_catalogue' | 'activities' | 'composite_methodology'
>;

export interface LayoutSpec {
  layout: StructuredLayout;
  /** Columns that tell this layout from the others; one must be present. */
  identifying: readonly Field[];
  /** Required besides a region column. */
  required: readonly Field[];
  optional: readonly Field[];
}

// Checked in this order: the first layout whose identifying column is in the row wins.
const SPECS: readonly LayoutSpec[] = [
  {
    layout: 'documents',
    identifying: ['title', 'startYear', 'endYear'],
    required: ['code', 'documentKind', 'title', 'startYear', 'endYear'],
    optional: ['legalBasis', 'url'],
  },
  {
    layout: 'targets',
    identifying: ['document', 'lowerBound', 'upperBound', 'baselineYear'],
    required: ['document', 'indicator', 'year'],
    optional: ['value', 'lowerBound', 'upperBound', 'baselineYear', 'baselineValue', 'source', 'publisher', 'note'],
  },
  {
    layout: 'programmes',
    identifying: ['programme', 'recipients', 'eligible', 'budgetAllocated', 'budgetSpent'],
    required: ['programme', 'year'],
    optional: ['recipients', 'eligible', 'budgetAllocated', 'budgetSpent', 'source', 'publisher'],
  },
  // A kategori column makes a long table one of counts by category (breakdowns/breakdown-layout.ts).
  BREAKDOWN_SPEC,
  {
    layout: 'long',
    identifying: ['period', 'indicator'],
    required: ['indicator', 'period', 'value'],
    optional: ['numerator', 'denominator', 'source', 'sourceUrl', 'publisher', 'publisherUrl', 'releaseDate', 'note'],
  },
];

export function matchStructuredHeader(row: TableRow): { spec: LayoutSpec; columns: Columns; headerLine: number } | null {
  const columns: Columns = {};
  let known = 0;
  for (let index = 0; index < row.cells.length; index++) {
    const label = row.cells[index]!.trim();
    const field = label === '' ? undefined : FIELD_BY_HEADER.get(headerKey(label));
    // The first of two same-named columns is used; later ones are ignored like unknown columns.
    if (field && !columns[field]) {
      columns[field] = { index, label };
      known++;
    }
  }
  if (known < 2) return null;
  const spec = SPECS.find((s) => s.identifying.some((field) => columns[field]));
  return spec ? { spec, columns, headerLine: row.line } : null;
}

function nameList(field: Field): string {
  const [indonesian, ...others] = HEADER_NAMES[field];
  return others.length ? `“${indonesian}” (or ${others.map((n) => `“${n}”`).join(', ')})` : `“${indonesian}”`;
}

function missingColumns(spec: LayoutSpec, columns: Columns, line: number): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const missing = (message: string) => issues.push({ line, code: 'MISSING_COLUMN', message });
  if (!REGION_FIELDS.some(([field]) => columns[field])) {
    missing(
      `missing region column (kolom wilayah): one of ${REGION_FIELDS.map(([f]) => HEADER_NAMES[f][0]).join(', ')} ` +
        `(or ${REGION_FIELDS.map(([f]) => HEADER_NAMES[f][1]).join(', ')})`,
    );
  }
  for (const field of spec.required) {
    // A ratio's value may be left to be computed from its two parts.
    if (field === 'value' && columns.numerator && columns.denominator) continue;
    if (!columns[field]) missing(`missing column ${nameList(field)} (kolom tidak ada)`);
  }
  if (spec.layout === 'targets' && !columns.value && !(columns.lowerBound && columns.upperBound)) {
    missing(
      `missing column ${nameList('value')}, or both ${nameList('lowerBound')} and ${nameList('upperBound')} (kolom tidak ada)`,
    );
  }
  return issues;
}

function isNoteRow(row: TableRow): boolean {
  const first = row.cells[0];
  if (first === undefined || !NOTE_ROW.test(first.trimStart())) return false;
  for (let i = 1; i < row.cells.length; i++) if (!isBlank(row.cells[i])) return false;
  return true;
}

export function readStructured(
  headerLine: number,
  rows: Iterable<TableRow>,
  spec: LayoutSpec,
  columns: Columns,
  options: ParseOptions,
): RecordStream {
  const issues = missingColumns(spec, columns, headerLine);
  const present = new Set(Object.keys(columns));
  if (issues.length > 0) return { layout: spec.layout, columns: present, notices: [], records: [], issues };
  const omitted = { count: 0 };
  return {
    layout: spec.layout,
    columns: present,
    notices: [],
    records: structuredRecords(rows, spec, columns, options, issues, omitted),
    issues,
    omitted,
  };
}

function* structuredRecords(
  rows: Iterable<TableRow>,
  spec: LayoutSpec,
  columns: Columns,
  options: ParseOptions,
  issues: ImportIssue[],
  omitted: { count: number },
): Generator<ImportRecord> {
  const read = new RowReader(columns, issues, { decimalComma: options.decimalComma }, omitted);
  const toRecord = RECORD_READERS[spec.layout];
  for (const row of rows) {
    if (isNoteRow(row)) continue;
    read.start(row);
    const record = toRecord(read, row);
    if (read.problems === 0) yield record;
  }
}

// Each reader reads every cell before the caller checks for problems, so a row reports them all.
const RECORD_READERS: Record<StructuredLayout, (read: RowReader, row: TableRow) => ImportRecord> = {
  long: (read, row) => ({
    kind: 'observation',
    loc: { line: row.line },
    region: read.region(),
    indicator: read.required('indicator', 'an indicator (indikator)'),
    period: read.period('period'),
    value: read.number('value'),
    numerator: read.number('numerator'),
    denominator: read.number('denominator'),
    source: read.optional('source'),
    sourceUrl: read.optional('sourceUrl'),
    publisher: read.optional('publisher'),
    publisherUrl: read.optional('publisherUrl'),
    releaseDate: read.optional('releaseDate'),
    note: read.optional('note'),
  }),
  targets: (read, row) => ({
    kind: 'target',
    loc: { line: row.line },
    document: read.required('document', 'a document (dokumen)'),
    indicator: read.required('indicator', 'an indicator (indikator)'),
    region: read.region(),
    year: read.year('year', true) ?? 0,
    value: read.number('value'),
    lowerBound: read.number('lowerBound'),
    upperBound: read.number('upperBound'),
    baselineYear: read.year('baselineYear', false),
    baselineValue: read.number('baselineValue'),
    source: read.optional('source'),
    publisher: read.optional('publisher'),
    note: read.optional('note'),
  }),
  programmes: (read, row) => ({
    kind: 'programme',
    loc: { line: row.line },
    programme: read.required('programme', 'a programme (program)'),
    region: read.region(),
    year: read.year('year', true) ?? 0,
    recipients: read.number('recipients'),
    eligible: read.number('eligible'),
    budgetAllocated: read.number('budgetAllocated'),
    budgetSpent: read.number('budgetSpent'),
    source: read.optional('source'),
    publisher: read.optional('publisher'),
  }),
  breakdown: readBreakdownRow,
  documents: (read, row) => {
    const startYear = read.year('startYear', true);
    const endYear = read.year('endYear', true);
    read.yearOrder('startYear', startYear, endYear);
    return {
      kind: 'document',
      loc: { line: row.line },
      code: read.required('code', 'a document code (kode)'),
      documentKind: read.required('documentKind', 'a kind (jenis), e.g. RPJMD'),
      title: read.required('title', 'a title (judul)'),
      region: read.region(),
      startYear: startYear ?? 0,
      endYear: endYear ?? 0,
      legalBasis: read.optional('legalBasis'),
      url: read.optional('url'),
    };
  },
};
