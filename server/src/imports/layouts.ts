// Recognises which of the accepted layouts a file uses and maps its rows to typed records,
// each with the line (and, for wide tables, the column) it came from. Pure: no database, and every
// problem is collected rather than stopping at the first, so one upload shows all that must be fixed.

import { matchActivityHeader, readActivities } from '../activities/activity-layout.js';
import { BREAKDOWN_HEADERS, BREAKDOWN_SPEC, readBreakdownRow } from '../breakdowns/breakdown-layout.js';
import { matchMethodologyHeader, readMethodology } from '../composites/methodology-layout.js';
import { matchCatalogueHeader, readCatalogue } from './catalogue-layouts.js';
import {
  type ImportIssue,
  type ImportRecord,
  type Layout,
  listIssue,
  type NumberCell,
  type ParsedFile,
  type ParseOptions,
  type PeriodRef,
  type RecordStream,
  type RegionRef,
} from './import.types.js';
import { readTable, readTableRows, SUSPECT_CHARACTER, type Table, type TableRow } from './read-table.js';
import { type NumberOptions, parseNumber, parsePeriod, parseYear } from './values.js';

export type Field =
  | 'category'
  | 'regionKemendagri'
  | 'regionBps'
  | 'regionAny'
  | 'regionName'
  | 'indicator'
  | 'period'
  | 'value'
  | 'numerator'
  | 'denominator'
  | 'source'
  | 'sourceUrl'
  | 'publisher'
  | 'publisherUrl'
  | 'releaseDate'
  | 'note'
  | 'document'
  | 'year'
  | 'lowerBound'
  | 'upperBound'
  | 'baselineYear'
  | 'baselineValue'
  | 'programme'
  | 'recipients'
  | 'eligible'
  | 'budgetAllocated'
  | 'budgetSpent'
  | 'code'
  | 'documentKind'
  | 'title'
  | 'startYear'
  | 'endYear'
  | 'legalBasis'
  | 'url';

/** Accepted header names, Indonesian first, compared lower-cased with words joined by "_". */
const HEADER_NAMES: Record<Field, readonly [string, ...string[]]> = {
  category: BREAKDOWN_HEADERS,
  regionKemendagri: ['kode_wilayah', 'region_code', 'kode_kemendagri', 'kemendagri_code'],
  regionBps: ['kode_bps', 'bps_code'],
  regionAny: ['wilayah', 'region'],
  regionName: ['nama_wilayah', 'region_name'],
  indicator: ['indikator', 'indicator'],
  period: ['periode', 'period'],
  value: ['nilai', 'value'],
  numerator: ['pembilang', 'numerator'],
  denominator: ['penyebut', 'denominator'],
  source: ['sumber', 'source'],
  sourceUrl: ['url_sumber', 'source_url'],
  publisher: ['penerbit', 'publisher'],
  publisherUrl: ['url_penerbit', 'publisher_url'],
  releaseDate: ['tanggal_rilis', 'release_date'],
  note: ['catatan', 'note'],
  document: ['dokumen', 'document'],
  year: ['tahun', 'year'],
  lowerBound: ['batas_bawah', 'lower_bound'],
  upperBound: ['batas_atas', 'upper_bound'],
  baselineYear: ['tahun_dasar', 'baseline_year'],
  baselineValue: ['nilai_dasar', 'baseline_value'],
  programme: ['program', 'programme'],
  recipients: ['penerima', 'recipients'],
  eligible: ['sasaran', 'eligible'],
  budgetAllocated: ['pagu', 'budget_allocated'],
  budgetSpent: ['realisasi', 'budget_spent'],
  code: ['kode', 'code'],
  documentKind: ['jenis', 'kind'],
  title: ['judul', 'title'],
  startYear: ['tahun_awal', 'start_year'],
  endYear: ['tahun_akhir', 'end_year'],
  legalBasis: ['dasar_hukum', 'legal_basis'],
  url: ['url'],
};

/** Free text may be as long as an Excel cell; codes, names, periods and numbers are short by nature. */
const FREE_TEXT: ReadonlySet<Field> = new Set(['source', 'publisher', 'note', 'title', 'legalBasis']);
const URL_FIELDS: ReadonlySet<Field> = new Set(['sourceUrl', 'publisherUrl', 'url']);
export const MAX_TEXT_CHARS = 32_767;
const MAX_URL_CHARS = 2_048;
const MAX_CODE_CHARS = 200;
const maxChars = (field: Field) =>
  FREE_TEXT.has(field) ? MAX_TEXT_CHARS : URL_FIELDS.has(field) ? MAX_URL_CHARS : MAX_CODE_CHARS;

/** A cell's text in a message: long text cut short, so that no message repeats megabytes of a file. */
export function shown(text: string): string {
  return text.length > 60 ? `${text.slice(0, 40)}… (${text.length.toLocaleString('en-US')} characters)` : text;
}

/**
 * What is wrong with a cell's characters, if anything: a control character (NUL and the like, which
 * no figure, name or note holds, and which PostgreSQL refuses), or U+FFFD, which stands where the
 * file had bytes that are not UTF-8 (see decodeText). Tabs and line breaks are text.
 */
export function characterProblem(label: string, text: string): { code: string; message: string } | null {
  const at = text.search(SUSPECT_CHARACTER);
  if (at < 0) return null;
  const char = text.charCodeAt(at);
  if (char === 0xfffd) {
    return {
      code: 'INVALID_UTF8',
      message:
        `“${label}” has bytes that are not valid UTF-8 (shown as �) at character ${at + 1}: the rest of the file is UTF-8, ` +
        'so these bytes cannot be read. Fix them and save the file again as “CSV UTF-8” (karakter tidak valid)',
    };
  }
  return {
    code: 'CONTROL_CHARACTER',
    message: `“${label}” contains the control character U+${char.toString(16).toUpperCase().padStart(4, '0')} at character ${at + 1}: remove it (karakter kontrol tidak diizinkan)`,
  };
}

/** A link to a source or document must be a web address: javascript:, data: or file: links would run or read things. */
export function urlProblem(label: string, text: string): { code: string; message: string } | null {
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    // reported below
  }
  if (url && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '') return null;
  return {
    code: 'BAD_URL',
    message: `“${label}” must be a web address starting with http:// or https:// (got “${shown(text)}”)`,
  };
}

const FIELD_BY_HEADER = new Map<string, Field>(
  (Object.entries(HEADER_NAMES) as [Field, readonly string[]][]).flatMap(([field, names]) =>
    names.map((n) => [n, field] as const),
  ),
);

/** Which region column wins when a file has several: codes are exact, names may be ambiguous. */
const REGION_FIELDS = [
  ['regionKemendagri', 'kemendagri'],
  ['regionBps', 'bps'],
  ['regionAny', 'any'],
  ['regionName', 'name'],
] as const satisfies readonly (readonly [Field, RegionRef['system']])[];

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

interface Column {
  index: number;
  /** The header as written, for messages. */
  label: string;
}

type Columns = Partial<Record<Field, Column>>;

const HEADER_PARENTHESIS = /\s*\([^)]*\)\s*$/;
const HEADER_SEPARATORS = /[\s-]+/g;
/** Footer rows of BPS exports ("Sumber: BPS", "Catatan: …", "*) angka sementara"). */
const NOTE_ROW = /^(?:sumber|source|catatan|notes?|keterangan|ket\.)(?![a-z])|^\*/i;

/** "Kode Wilayah", "KODE-WILAYAH" and "kode_wilayah (Kemendagri)" all read as "kode_wilayah". */
function headerKey(text: string): string {
  return text.trim().toLowerCase().replace(HEADER_PARENTHESIS, '').replace(HEADER_SEPARATORS, '_');
}

function isBlank(text: string | undefined): boolean {
  return text === undefined || text === '' || text.trim() === '';
}

export async function parseImportFile(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): Promise<ParsedFile> {
  return parseTable(await readTable(bytes, fileName), options);
}

/** The file's records read one at a time as they are iterated, for imports that stream. */
export async function openImportFile(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): Promise<RecordStream> {
  const rows = await readTableRows(bytes, fileName);
  const stream = streamRows(rows, options);
  const work = (rows as { work?: () => number }).work;
  return work ? { ...stream, work } : stream;
}

/** All of the file's records at once. */
export function parseTable(table: Table, options: ParseOptions = {}): ParsedFile {
  const stream = streamRows(table.rows, options);
  const records = [...stream.records];
  return { layout: stream.layout, records, issues: stream.issues };
}

/**
 * Finds the header row (title rows above it are skipped), then reads the rows below it. Rows are
 * pulled from the file only as far as needed: a few ahead while looking for the header, then one
 * at a time for a structured layout. A wide BPS table is read whole (its region labels decide
 * how rows are read), which is fine at its size.
 */
function streamRows(source: Iterable<TableRow>, options: ParseOptions): RecordStream {
  const pending = source[Symbol.iterator]();
  const rows: TableRow[] = [];
  const readUpTo = (count: number) => {
    while (rows.length < count) {
      const next = pending.next();
      if (next.done) return;
      rows.push(next.value);
    }
  };
  for (let at = 0; ; at++) {
    readUpTo(at + MAX_HEADER_ROWS + 1);
    if (at >= rows.length) break;
    // A methodology file is told by kode_metodologi before the catalogue, since its components name kode_indikator.
    const methodology = matchMethodologyHeader(rows[at]!);
    if (methodology) {
      const below = rows.slice(at + 1);
      rows.length = 0;
      return readMethodology(methodology, concat(below, pending), options);
    }
    // An activity file has an implementer and a location column, which no other layout has (server/src/activities).
    const activities = matchActivityHeader(rows[at]!);
    if (activities) {
      const below = rows.slice(at + 1);
      rows.length = 0;
      return readActivities(activities, concat(below, pending), options);
    }
    // A catalogue file names its entries by kode_indikator or kode_program, which no other layout has.
    const catalogue = matchCatalogueHeader(rows[at]!);
    if (catalogue) {
      const below = rows.slice(at + 1);
      rows.length = 0;
      return readCatalogue(catalogue, concat(below, pending), options);
    }
    const structured = matchStructuredHeader(rows[at]!);
    if (structured) {
      const below = rows.slice(at + 1);
      rows.length = 0;
      return readStructured(structured.headerLine, concat(below, pending), structured.spec, structured.columns, options);
    }
    const wide = matchWideHeader(rows, at);
    if (wide) {
      // Held whole, so bounded: the largest BPS tables (514 kabupaten/kota × a few dozen periods) hold
      // tens of thousands of cells.
      let cells = rows.reduce((n, row) => n + row.cells.length, 0);
      for (let next = pending.next(); !next.done; next = pending.next()) {
        cells += next.value.cells.length;
        if (cells > MAX_WIDE_CELLS) return wideTooLarge(next.value.line);
        rows.push(next.value);
      }
      return readWide(rows, at, wide, options);
    }
  }
  return {
    layout: 'long',
    columns: new Set(),
    notices: [],
    records: [],
    issues: [
      {
        line: null,
        code: 'NO_HEADER',
        message:
          'no header row found (baris judul kolom tidak ditemukan): a long table needs the columns wilayah (or kode_wilayah, ' +
          'kode_bps, nama_wilayah), indikator, periode and nilai; a BPS table needs a first column headed Provinsi or ' +
          'Kabupaten/Kota followed by periods (2024, Maret 2024, …); a catalogue file needs kode_indikator or kode_program',
      },
    ],
  };
}

/** Cells of a wide table held at once (a wide table is read whole: its region labels decide how rows are read). */
export const MAX_WIDE_CELLS = 1_000_000;

function wideTooLarge(line: number): RecordStream {
  const issue = {
    line,
    code: 'TABLE_TOO_LARGE',
    message:
      `a wide table (one column per period) may hold at most ${MAX_WIDE_CELLS.toLocaleString('en-US')} cells, and this one has more by line ${line}: ` +
      'split it, or use the long layout (one value per row), which has no such limit',
  };
  return { layout: 'wide', columns: new Set(), notices: [], records: [], issues: [issue] };
}

function* concat<T>(first: readonly T[], rest: Iterator<T>): Generator<T> {
  yield* first;
  for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}

function matchStructuredHeader(row: TableRow): { spec: LayoutSpec; columns: Columns; headerLine: number } | null {
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

const EMPTY_NUMBER: NumberCell = Object.freeze({ text: '', value: null });
/** More than any number needs, even one a column cannot hold (which is reported as such, with its digits counted). */
const MAX_NUMBER_CHARS = 1_000;

/** Reads one table row's cells by column, collecting the row's problems. */
export class RowReader {
  row!: TableRow;
  problems = 0;
  private readonly regionCaches = REGION_FIELDS.map(() => new Map<string, RegionRef>());
  private readonly periodCache = new Map<string, PeriodRef | null>();

  constructor(
    private readonly columns: Columns,
    private readonly issues: ImportIssue[],
    private readonly numberOptions: NumberOptions,
    private readonly omitted: { count: number },
  ) {}

  start(row: TableRow): void {
    this.row = row;
    this.problems = 0;
  }

  private report(column: Column | undefined, code: string, message: string): void {
    this.problems++;
    listIssue(this.issues, { line: this.row.line, column: column?.label, code, message }, this.omitted);
  }

  /** The cell's text, or undefined when it is empty or cannot be taken (reported). */
  optional(field: Field): string | undefined {
    const column = this.columns[field];
    if (!column) return undefined;
    const text = this.row.cells[column.index];
    if (text === undefined) return undefined;
    const trimmed = text.trim();
    if (trimmed === '') return undefined;
    // The common case, cheaply: short, clean, not a link.
    if (trimmed.length <= MAX_CODE_CHARS && !this.row.suspect && !URL_FIELDS.has(field)) return trimmed;
    return this.acceptable(field, column, trimmed) ? trimmed : undefined;
  }

  /** Characters, length and (for links) scheme a field may have; a problem is reported with the cell. */
  private acceptable(field: Field, column: Column, text: string): boolean {
    const problem =
      (this.row.suspect ? characterProblem(column.label, text) : null) ??
      (text.length > maxChars(field)
        ? {
            code: 'TEXT_TOO_LONG',
            message: `“${column.label}” holds ${text.length.toLocaleString('en-US')} characters; it may hold at most ${maxChars(field).toLocaleString('en-US')}`,
          }
        : URL_FIELDS.has(field)
          ? urlProblem(column.label, text)
          : null);
    if (!problem) return true;
    this.report(column, problem.code, problem.message);
    return false;
  }

  required(field: Field, what: string): string {
    const problems = this.problems;
    const text = this.optional(field);
    if (text !== undefined) return text;
    const column = this.columns[field];
    if (this.problems > problems) return '';
    this.report(column, 'MISSING_VALUE', `“${column?.label ?? HEADER_NAMES[field][0]}” is empty: every row needs ${what}`);
    return '';
  }

  number(field: Field): NumberCell {
    const column = this.columns[field];
    if (!column) return EMPTY_NUMBER;
    const text = this.row.cells[column.index] ?? '';
    if ((this.row.suspect || text.length > MAX_NUMBER_CHARS) && !this.acceptableNumber(column, text)) return EMPTY_NUMBER;
    const cell = parseNumber(text, this.numberOptions);
    if (cell.value !== null || cell.invalid) cell.column = column.label;
    return cell;
  }

  private acceptableNumber(column: Column, text: string): boolean {
    const problem =
      (this.row.suspect ? characterProblem(column.label, text) : null) ??
      (text.length > MAX_NUMBER_CHARS
        ? {
            code: 'NOT_A_NUMBER',
            message: `“${column.label}” holds ${text.length.toLocaleString('en-US')} characters, too many for a number`,
          }
        : null);
    if (!problem) return true;
    this.report(column, problem.code, problem.message);
    return false;
  }

  region(): RegionRef {
    for (let i = 0; i < REGION_FIELDS.length; i++) {
      const [field, system] = REGION_FIELDS[i]!;
      const problems = this.problems;
      const text = this.optional(field);
      if (this.problems > problems) return { text: '', system: 'any' };
      if (text === undefined) continue;
      const cache = this.regionCaches[i]!;
      let ref = cache.get(text);
      if (!ref) {
        // Shared by every row naming the same region: a million rows hold a few hundred regions.
        ref = Object.freeze({ text, system });
        cache.set(text, ref);
      }
      return ref;
    }
    const first = REGION_FIELDS.map(([field]) => this.columns[field]).find(Boolean);
    this.report(first, 'MISSING_VALUE', `“${first?.label ?? 'wilayah'}” is empty: every row needs a region (wilayah)`);
    return { text: '', system: 'any' };
  }

  period(field: Field): PeriodRef {
    const text = this.required(field, 'a period (periode)');
    if (text === '') return { text, year: 0, month: null, semester: null };
    let period = this.periodCache.get(text);
    if (period === undefined) {
      const parsed = parsePeriod(text);
      period = parsed && Object.freeze(parsed);
      this.periodCache.set(text, period);
    }
    if (period) return period;
    this.report(
      this.columns[field],
      'BAD_PERIOD',
      `cannot read the period “${text}” (periode): write 2025, 2025-03, Maret 2025 or Semester I 2025`,
    );
    return { text, year: 0, month: null, semester: null };
  }

  year(field: Field, required: boolean): number | null {
    const text = required ? this.required(field, 'a year (tahun)') : this.optional(field);
    if (text === undefined || text === '') return null;
    const year = parseYear(text);
    if (year === null) {
      this.report(this.columns[field], 'BAD_YEAR', `cannot read the year “${text}” (tahun): write four digits, 1900–2100`);
    }
    return year;
  }

  yearOrder(startField: Field, start: number | null, end: number | null): void {
    if (start !== null && end !== null && end < start) {
      this.report(this.columns[startField], 'BAD_YEAR', `the period ends (${end}) before it starts (${start})`);
    }
  }
}

function isNoteRow(row: TableRow): boolean {
  const first = row.cells[0];
  if (first === undefined || !NOTE_ROW.test(first.trimStart())) return false;
  for (let i = 1; i < row.cells.length; i++) if (!isBlank(row.cells[i])) return false;
  return true;
}

function readStructured(
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

// ——— Wide BPS tables ———

type LabelLevel = 'PROVINCE' | 'REGENCY_CITY' | 'ANY';

const PROVINCE_WORDS = new Set(['provinsi', 'propinsi', 'province', 'provinces']);
const REGENCY_WORDS = new Set(['kabupaten', 'kab', 'kota', 'kab.', 'regency', 'regencies', 'city', 'cities']);
const REGION_WORDS = new Set(['wilayah', 'region', 'regions', 'daerah', 'nama wilayah']);
const LABEL_COUNT = /^\d+\s+/;
const LABEL_PARTS = /\s*(?:\/|,|&|\bdan\b|\band\b)\s*/;

/** "Provinsi", "38 Provinsi", "Kabupaten/Kota", "Provinsi/Kabupaten/Kota", "Wilayah", "Region". */
function regionLabelLevel(text: string): LabelLevel | null {
  const parts = text.trim().toLowerCase().replace(LABEL_COUNT, '').split(LABEL_PARTS).filter(Boolean);
  if (parts.length === 0) return null;
  if (parts.every((p) => PROVINCE_WORDS.has(p))) return 'PROVINCE';
  if (parts.every((p) => REGENCY_WORDS.has(p))) return 'REGENCY_CITY';
  if (parts.every((p) => PROVINCE_WORDS.has(p) || REGENCY_WORDS.has(p) || REGION_WORDS.has(p))) return 'ANY';
  return null;
}

/** "Semester 1 (Maret)", "Agustus": a period without its year, found under a spanning year cell. */
function isPeriodPart(text: string): boolean {
  return parsePeriod(text) === null && parsePeriod(`2000 ${text}`) !== null;
}

function hasPeriodParts(row: TableRow, after: number): boolean {
  for (let j = after + 1; j < row.cells.length; j++) {
    const text = row.cells[j]!.trim();
    if (text !== '' && (parsePeriod(text) !== null || isPeriodPart(text))) return true;
  }
  return false;
}

interface WideColumn {
  index: number;
  label: string;
  period: PeriodRef;
}

interface WideHeader {
  labelAt: number;
  labelLevel: LabelLevel;
  headerLine: number;
  firstDataRow: number;
  columns: WideColumn[];
  issues: ImportIssue[];
  /** A title spanning the table inside the header block ("Persentase Penduduk Miskin … (Persen)"). */
  spanningTitle: string | undefined;
}

const MAX_HEADER_ROWS = 4;

/**
 * A row whose first filled cell is a region label, with periods beside it or in the rows right
 * below it. BPS splits headers: a year spanning several columns (empty cells to its right in CSV,
 * a merged cell in XLSX) over "Semester 1 (Maret)", "Semester 2 (September)". Header rows without
 * any period part (an indicator title spanning the table) are passed over.
 */
function matchWideHeader(rows: TableRow[], at: number): WideHeader | null {
  const labelRow = rows[at]!;
  const labelAt = labelRow.cells.findIndex((cell) => !isBlank(cell));
  const labelLevel = labelAt < 0 ? null : regionLabelLevel(labelRow.cells[labelAt]!);
  if (labelLevel === null) return null;

  const block = [labelRow];
  let next = at + 1;
  while (next < rows.length && block.length < MAX_HEADER_ROWS && isBlank(rows[next]!.cells[labelAt])) {
    block.push(rows[next]!);
    next++;
  }
  const periodRows = block.filter((row) => hasPeriodParts(row, labelAt));
  if (periodRows.length === 0) return null;

  const width = Math.max(...periodRows.map((row) => row.cells.length));
  const carried = periodRows.map(() => '');
  const columns: WideColumn[] = [];
  const issues: ImportIssue[] = [];
  for (let j = labelAt + 1; j < width; j++) {
    const texts = periodRows.map((row) => row.cells[j]?.trim() ?? '');
    const lowest = texts.findLastIndex((text) => text !== '');
    if (lowest < 0) continue;
    // A cell left empty under a spanning year takes the year from its left.
    const parts: string[] = [];
    for (let r = 0; r <= lowest; r++) {
      if (texts[r] !== '') carried[r] = texts[r]!;
      const part = texts[r] || carried[r]!;
      if (part !== '') parts.push(part);
    }
    const label = parts.join(' ');
    const period = parsePeriod(label);
    if (period) columns.push({ index: j, label, period: Object.freeze(period) });
    else {
      issues.push({
        line: periodRows[lowest]!.line,
        column: label,
        code: 'BAD_PERIOD',
        message: `cannot read the period “${label}” (periode) in the header: write 2024, Maret 2024 or Semester 1 (Maret) 2024`,
      });
    }
  }
  if (columns.length === 0) return null;
  const title = block.flatMap((row) =>
    row.cells.filter((cell, j) => j > labelAt && !isBlank(cell) && parsePeriod(cell) === null && !isPeriodPart(cell.trim())),
  )[0];
  return { labelAt, labelLevel, headerLine: labelRow.line, firstDataRow: next, columns, issues, spanningTitle: title?.trim() };
}

const NATIONAL_NAMES = new Set(['indonesia', 'nasional', 'national']);
const LETTERS = /[a-z]/i;

function isCapitals(text: string): boolean {
  return LETTERS.test(text) && text === text.toUpperCase();
}

/** "Sumber: Badan Pusat Statistik" under a BPS table: who published it. */
const SOURCE_FOOTER = /^(?:sumber|source)\s*[:：]\s*(.+)$/i;
const MAX_TITLE_CHARS = 500;

/**
 * The table's own title, for its values' source when none is given: the first title row above the
 * header ("Persentase Penduduk Miskin (P0) Menurut Kabupaten/Kota (Persen)"), else a title spanning
 * the header block, as BPS exports put it beside the region label.
 */
function tableTitle(rows: TableRow[], at: number, header: WideHeader): { text: string; line: number } | null {
  const candidates: { text: string; line: number }[] = [];
  for (const row of rows.slice(0, at)) {
    const first = row.cells.find((cell) => !isBlank(cell));
    if (first) candidates.push({ text: first.trim(), line: row.line });
  }
  if (header.spanningTitle) candidates.push({ text: header.spanningTitle, line: header.headerLine });
  return candidates.find((c) => c.text.length <= MAX_TITLE_CHARS && !SUSPECT_CHARACTER.test(c.text)) ?? null;
}

function readWide(rows: TableRow[], at: number, header: WideHeader, options: ParseOptions): RecordStream {
  const issues = [...header.issues];
  const omitted = { count: 0 };
  const notices: ImportIssue[] = [];
  const { labelAt, columns } = header;
  const dataRows: { row: TableRow; name: string }[] = [];
  let capitals = 0;
  let mixedCase = 0;
  let publisher: string | undefined;
  for (let i = header.firstDataRow; i < rows.length; i++) {
    const row = rows[i]!;
    const name = row.cells[labelAt]?.trim() ?? '';
    const hasData = columns.some((c) => !isBlank(row.cells[c.index]));
    if (name === '') {
      if (hasData) {
        listIssue(
          issues,
          { line: row.line, code: 'MISSING_VALUE', message: 'this row has values but no region (wilayah kosong)' },
          omitted,
        );
      }
      continue;
    }
    if (NOTE_ROW.test(name) || !hasData) {
      const footer = SOURCE_FOOTER.exec(name)?.[1]?.trim();
      if (footer && !publisher && footer.length <= MAX_TITLE_CHARS && !SUSPECT_CHARACTER.test(footer)) publisher = footer;
      continue;
    }
    const label = rows[at]?.cells[labelAt]?.trim() || 'wilayah';
    const problem =
      (row.suspect ? characterProblem(label, name) : null) ??
      (name.length > MAX_CODE_CHARS ? tooLong(label, name, MAX_CODE_CHARS) : null);
    if (problem) {
      listIssue(issues, { line: row.line, column: label, ...problem }, omitted);
      continue;
    }
    dataRows.push({ row, name });
    if (NATIONAL_NAMES.has(name.toLowerCase())) continue;
    if (isCapitals(name)) capitals++;
    else mixedCase++;
  }

  const indicator = options.indicator?.trim();
  if (!indicator) {
    issues.push({
      line: header.headerLine,
      code: 'INDICATOR_REQUIRED',
      message:
        'a wide table has no indicator column (tabel tanpa kolom indikator): say which indicator it holds (pass --indicator)',
    });
    return { layout: 'wide', columns: new Set(), notices, records: [], issues, omitted };
  }

  let source = options.source?.trim() || undefined;
  if (!source) {
    const title = tableTitle(rows, at, header);
    if (title) {
      source = title.text;
      notices.push({
        line: title.line,
        code: 'SOURCE_FROM_TITLE',
        message: `no source was given, so the table's title is recorded as the source of its values: “${shown(title.text)}”${publisher ? ` (publisher: ${shown(publisher)})` : ''}`,
      });
    }
  }
  const present = new Set<string>(['value', ...(source ? ['source', 'publisher'] : [])]);
  const records = wideRecords(dataRows, header, indicator, capitals > 0 && mixedCase > 0, options, source, publisher, (issue) =>
    listIssue(issues, issue, omitted),
  );
  return { layout: 'wide', columns: present, notices, records, issues, omitted };
}

function tooLong(label: string, text: string, max: number): { code: string; message: string } {
  return {
    code: 'TEXT_TOO_LONG',
    message: `“${label}” holds ${text.length.toLocaleString('en-US')} characters; it may hold at most ${max}`,
  };
}

/** The wide table's cells as records, made as they are read (the rows are held; the records need not be). */
function* wideRecords(
  dataRows: { row: TableRow; name: string }[],
  header: WideHeader,
  indicator: string,
  caseIsSignal: boolean,
  options: ParseOptions,
  source: string | undefined,
  publisher: string | undefined,
  report: (issue: ImportIssue) => void,
): Generator<ImportRecord> {
  const numberOptions = { decimalComma: options.decimalComma };
  for (const { row, name } of dataRows) {
    const region: RegionRef = { text: name, system: 'any' };
    const levelHint = wideLevelHint(name, header.labelLevel, caseIsSignal);
    if (levelHint) region.levelHint = levelHint;
    for (const column of header.columns) {
      const text = row.cells[column.index];
      if (isBlank(text)) continue;
      const problem =
        (row.suspect ? characterProblem(column.label, text!) : null) ??
        (text!.length > MAX_NUMBER_CHARS ? tooLong(column.label, text!, MAX_NUMBER_CHARS) : null);
      if (problem) {
        report({ line: row.line, column: column.label, ...problem });
        continue;
      }
      yield {
        kind: 'observation',
        loc: { line: row.line, column: column.label },
        region,
        indicator,
        period: column.period,
        value: parseNumber(text!, numberOptions),
        ...(source ? { source } : {}),
        ...(source && publisher ? { publisher } : {}),
      };
    }
  }
}

/**
 * BPS tables of provinces and their kabupaten/kota write province rows in capitals ("GORONTALO")
 * and the others in mixed case. Only when both occur is case a signal, and a "Provinsi" label
 * outranks it (province tables mix "ACEH" and "Daerah Khusus Jakarta").
 */
function wideLevelHint(name: string, labelLevel: LabelLevel, caseIsSignal: boolean): RegionRef['levelHint'] {
  if (NATIONAL_NAMES.has(name.toLowerCase())) return 'NATIONAL';
  if (labelLevel === 'PROVINCE') return 'PROVINCE';
  if (caseIsSignal) return isCapitals(name) ? 'PROVINCE' : 'REGENCY_CITY';
  return labelLevel === 'ANY' ? undefined : labelLevel;
}
