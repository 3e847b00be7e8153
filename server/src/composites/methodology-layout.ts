// The methodology file layout: one row per component of a composite index (dimension, indicator, weight, bounds,
// direction), with the method's own columns (code, name, status, source document) repeated or given once. Headers are
// Indonesian first with English aliases, as the other layouts. Reading turns cells into values and reports every cell
// that cannot be read with its line and column; the rules of a method are checked on import, by the same function that
// checks a method defined through GraphQL (composites.service.ts).

import { headerKey } from '../imports/catalogue-layouts.js';
import type { ImportIssue, ParseOptions, RecordStream } from '../imports/import.types.js';
import { listIssue } from '../imports/import.types.js';
import type { TableRow } from '../imports/read-table.js';
import { parseNumber } from '../imports/values.js';

export const METHODOLOGY_LAYOUT = 'composite_methodology' as const;

type Kind = 'text' | 'number' | 'status' | 'aggregation' | 'normalisation' | 'direction';

const COLUMNS = {
  methodologyCode: { kind: 'text', headers: ['kode_metodologi', 'kode_metode', 'methodology_code'] },
  nameId: { kind: 'text', headers: ['nama_metodologi', 'nama_metode', 'methodology_name', 'name_id'] },
  nameEn: { kind: 'text', headers: ['nama_metodologi_inggris', 'nama_inggris', 'name_en', 'english_name'] },
  descriptionId: { kind: 'text', headers: ['deskripsi', 'keterangan_metodologi', 'description'] },
  status: { kind: 'status', headers: ['status', 'status_metodologi', 'methodology_status'] },
  aggregation: { kind: 'aggregation', headers: ['agregasi_indeks', 'agregasi', 'index_aggregation', 'aggregation'] },
  normalisation: { kind: 'normalisation', headers: ['normalisasi', 'normalisation', 'normalization'] },
  source: { kind: 'text', headers: ['dokumen_sumber', 'judul_sumber', 'sumber', 'source_document', 'source'] },
  sourceUrl: { kind: 'text', headers: ['url_sumber', 'tautan_sumber', 'source_url'] },
  legalBasis: { kind: 'text', headers: ['dasar_hukum', 'regulasi', 'legal_basis', 'regulation'] },
  resultIndicatorCode: {
    kind: 'text',
    headers: ['indikator_hasil', 'kode_indikator_hasil', 'result_indicator_code', 'result_indicator'],
  },
  dimensionCode: { kind: 'text', headers: ['kode_dimensi', 'dimensi', 'dimension_code', 'dimension'] },
  dimensionNameId: { kind: 'text', headers: ['nama_dimensi', 'dimension_name'] },
  dimensionNameEn: { kind: 'text', headers: ['nama_dimensi_inggris', 'dimension_name_en'] },
  dimensionWeight: { kind: 'number', headers: ['bobot_dimensi', 'dimension_weight'] },
  dimensionAggregation: { kind: 'aggregation', headers: ['agregasi_dimensi', 'dimension_aggregation'] },
  indicatorCode: { kind: 'text', headers: ['kode_indikator', 'indikator', 'indicator_code', 'indicator'] },
  weight: { kind: 'number', headers: ['bobot', 'bobot_indikator', 'weight', 'component_weight'] },
  min: { kind: 'number', headers: ['batas_bawah', 'nilai_minimum', 'min', 'minimum'] },
  max: { kind: 'number', headers: ['batas_atas', 'nilai_maksimum', 'max', 'maximum'] },
  direction: { kind: 'direction', headers: ['arah', 'arah_indikator', 'direction'] },
} as const satisfies Record<string, { kind: Kind; headers: readonly string[] }>;

export type MethodologyColumn = keyof typeof COLUMNS;
const REQUIRED: readonly MethodologyColumn[] = ['methodologyCode', 'dimensionCode', 'indicatorCode', 'weight', 'dimensionWeight'];

/** One row of a methodology file: the cells of the file's columns, read. */
export interface MethodologyRowRecord {
  kind: 'methodology';
  loc: { line: number };
  /** Column → value; a column the file lacks or an empty cell is absent. */
  fields: Partial<Record<MethodologyColumn, string | number | boolean>>;
  /** Column → the file's header for it, for messages. */
  labels: Readonly<Partial<Record<MethodologyColumn, string>>>;
}

const WORDS: Record<Exclude<Kind, 'text' | 'number'>, Record<string, string | boolean>> = {
  status: {
    resmi: 'OFFICIAL',
    official: 'OFFICIAL',
    contoh: 'EXAMPLE',
    example: 'EXAMPLE',
    rancangan: 'DRAFT',
    draf: 'DRAFT',
    draft: 'DRAFT',
  },
  aggregation: {
    jumlah: 'SUM',
    sum: 'SUM',
    jumlah_tertimbang: 'WEIGHTED_SUM',
    weighted_sum: 'WEIGHTED_SUM',
    rata_rata_tertimbang: 'WEIGHTED_MEAN',
    weighted_mean: 'WEIGHTED_MEAN',
  },
  normalisation: {
    tidak_ada: 'NONE',
    tanpa: 'NONE',
    none: 'NONE',
    min_max: 'MIN_MAX',
    minmax: 'MIN_MAX',
  },
  // Whether a lower value is better: the lower bound then scores 100.
  direction: {
    naik: false,
    positif: false,
    lebih_tinggi_lebih_baik: false,
    higher_is_better: false,
    turun: true,
    negatif: true,
    lebih_rendah_lebih_baik: true,
    lower_is_better: true,
  },
};

const word = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s/–-]+/g, '_');

export interface MethodologyHeader {
  headerLine: number;
  columns: Map<MethodologyColumn, { index: number; label: string }>;
}

/** A header row with a kode_metodologi (methodology_code) column, which no other layout has. */
export function matchMethodologyHeader(row: TableRow): MethodologyHeader | null {
  const keys = row.cells.map(headerKey);
  if (!keys.some((k) => (COLUMNS.methodologyCode.headers as readonly string[]).includes(k))) return null;
  const columns = new Map<MethodologyColumn, { index: number; label: string }>();
  for (const [column, spec] of Object.entries(COLUMNS) as [MethodologyColumn, (typeof COLUMNS)[MethodologyColumn]][]) {
    const index = keys.findIndex((k) => (spec.headers as readonly string[]).includes(k));
    if (index >= 0 && ![...columns.values()].some((c) => c.index === index))
      columns.set(column, { index, label: row.cells[index]!.trim() });
  }
  return { headerLine: row.line, columns };
}

export function readMethodology(header: MethodologyHeader, rows: Iterable<TableRow>, options: ParseOptions): RecordStream {
  const issues: ImportIssue[] = [];
  const omitted = { count: 0 };
  const missing = REQUIRED.filter((c) => !header.columns.has(c));
  if (missing.length) {
    issues.push({
      line: header.headerLine,
      code: 'MISSING_COLUMN',
      message: `a methodology file needs the columns ${missing.map((c) => COLUMNS[c].headers[0]).join(', ')} (besides kode_metodologi)`,
    });
  }
  return {
    layout: METHODOLOGY_LAYOUT,
    columns: new Set(header.columns.keys()),
    notices: [],
    records: missing.length ? [] : methodologyRows(header, rows, options, issues, omitted),
    issues,
    omitted,
  };
}

function* methodologyRows(
  header: MethodologyHeader,
  rows: Iterable<TableRow>,
  options: ParseOptions,
  issues: ImportIssue[],
  omitted: { count: number },
): Generator<MethodologyRowRecord> {
  const labels: Partial<Record<MethodologyColumn, string>> = {};
  for (const [column, { label }] of header.columns) labels[column] = label;
  for (const row of rows) {
    if (row.cells.every((c) => c.trim() === '')) continue;
    let problems = 0;
    const fields: MethodologyRowRecord['fields'] = {};
    for (const [column, { index, label }] of header.columns) {
      const text = row.cells[index]?.trim() ?? '';
      if (text === '') continue;
      const kind: Kind = COLUMNS[column].kind;
      const report = (code: string, message: string) => {
        problems++;
        listIssue(issues, { line: row.line, column: label, code, message }, omitted);
      };
      if (kind === 'text') fields[column] = text;
      else if (kind === 'number') {
        const cell = parseNumber(text, { decimalComma: options.decimalComma });
        if (cell.invalid || cell.value === null) report('NOT_A_NUMBER', `cannot read “${text.slice(0, 40)}” as a number`);
        else fields[column] = cell.value;
      } else {
        const value = WORDS[kind][word(text)];
        if (value === undefined)
          report('UNKNOWN_VALUE', `unknown value “${text.slice(0, 40)}”: write one of ${Object.keys(WORDS[kind]).join(', ')}`);
        else fields[column] = value;
      }
    }
    if (problems === 0) yield { kind: 'methodology', loc: { line: row.line }, fields, labels };
  }
}
