// The two catalogue file layouts: an indicator catalogue (a kode_indikator column) and a programme catalogue (a
// kode_program column), one entry a row, the columns named as in definitions.ts (Indonesian first, English aliases).
// Reading turns each cell into the field's value, reporting every cell that cannot be read with its line and column;
// the rules between fields and entries are checked later, against the stored catalogue (catalogue/rules.ts).

import {
  type CatalogueEntity,
  type FieldSpec,
  fieldsOf,
  INDICATOR_CODE_HEADERS,
  PROGRAMME_CODE_HEADERS,
} from '../catalogue/definitions.js';
import { allowedWords } from '../catalogue/rules.js';
import type { CatalogueRecord, ImportIssue, ParseOptions, RecordStream } from './import.types.js';
import { listIssue } from './import.types.js';
import type { TableRow } from './read-table.js';
import { parseNumber } from './values.js';

export const CATALOGUE_LAYOUTS = { indicator: 'indicator_catalogue', programme: 'programme_catalogue' } as const;

interface CatalogueHeader {
  entity: CatalogueEntity;
  headerLine: number;
  codeColumn: { index: number; label: string };
  /** Field → its column and header as written. */
  columns: Map<string, { index: number; label: string }>;
}

/** "Kode Indikator", "KODE-INDIKATOR" and "kode_indikator (wajib)" all read as "kode_indikator". */
export function headerKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/[\s-]+/g, '_');
}

/** A header row with a catalogue code column and at least one other column of the same catalogue. */
export function matchCatalogueHeader(row: TableRow): CatalogueHeader | null {
  const keys = row.cells.map(headerKey);
  for (const [entity, codeHeaders] of [
    ['indicator', INDICATOR_CODE_HEADERS],
    ['programme', PROGRAMME_CODE_HEADERS],
  ] as const) {
    const codeAt = keys.findIndex((k) => (codeHeaders as readonly string[]).includes(k));
    if (codeAt < 0) continue;
    const columns = new Map<string, { index: number; label: string }>();
    for (const spec of fieldsOf(entity)) {
      // The first of two same-named columns is used; later ones are ignored like unknown columns.
      const index = keys.findIndex((k) => (spec.headers as readonly string[]).includes(k));
      if (index >= 0) columns.set(spec.field, { index, label: row.cells[index]!.trim() });
    }
    if (columns.size === 0) return null;
    return { entity, headerLine: row.line, codeColumn: { index: codeAt, label: row.cells[codeAt]!.trim() }, columns };
  }
  return null;
}

export function readCatalogue(header: CatalogueHeader, rows: Iterable<TableRow>, options: ParseOptions): RecordStream {
  const issues: ImportIssue[] = [];
  const omitted = { count: 0 };
  return {
    layout: CATALOGUE_LAYOUTS[header.entity],
    columns: new Set(header.columns.keys()),
    notices: [],
    records: catalogueRecords(header, rows, options, issues, omitted),
    issues,
    omitted,
  };
}

const MONTHS: Record<string, number> = {};
[
  ['januari', 'january', 'jan'],
  ['februari', 'february', 'feb'],
  ['maret', 'march', 'mar'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['agustus', 'august', 'agu', 'aug'],
  ['september', 'sep'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nov'],
  ['desember', 'december', 'des', 'dec'],
].forEach((names, i) => {
  for (const name of names) MONTHS[name] = i + 1;
});

const word = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s/-]+/g, '_');
const TRUE_WORDS = new Set(['ya', 'y', 'yes', 'true', '1', 'benar']);
const FALSE_WORDS = new Set(['tidak', 't', 'no', 'false', '0', 'salah']);

function* catalogueRecords(
  header: CatalogueHeader,
  rows: Iterable<TableRow>,
  options: ParseOptions,
  issues: ImportIssue[],
  omitted: { count: number },
): Generator<CatalogueRecord> {
  const specs = fieldsOf(header.entity);
  const labels: Record<string, string> = { code: header.codeColumn.label };
  for (const spec of specs) labels[spec.field] = header.columns.get(spec.field)?.label ?? spec.headers[0];
  for (const row of rows) {
    if (row.cells.every((c) => c.trim() === '')) continue;
    let problems = 0;
    const report = (column: string, code: string, message: string) => {
      problems++;
      listIssue(issues, { line: row.line, column, code, message }, omitted);
    };
    const code = row.cells[header.codeColumn.index]?.trim() ?? '';
    const fields: Record<string, unknown> = {};
    for (const spec of specs) {
      const column = header.columns.get(spec.field);
      if (!column) continue;
      const value = readCell(spec, row.cells[column.index]?.trim() ?? '', options, (c, m) => report(column.label, c, m));
      if (value !== undefined) fields[spec.field] = value;
    }
    if (problems === 0) yield { kind: 'catalogue', loc: { line: row.line }, entity: header.entity, code, fields, labels };
  }
}

/**
 * A cell as its field's value. An empty cell clears an optional field ([] for lists, false for a yes/no) and leaves a
 * required one empty for the rules to report; undefined when the cell cannot be read (reported).
 */
function readCell<D>(
  spec: FieldSpec<D>,
  text: string,
  options: ParseOptions,
  report: (code: string, message: string) => void,
): unknown {
  if (text === '') return spec.optional ? (Array.isArray(spec.optional.empty) ? [] : spec.optional.empty) : null;
  switch (spec.kind) {
    case 'integer':
    case 'number': {
      const cell = parseNumber(text, { decimalComma: options.decimalComma });
      if (cell.invalid || cell.value === null) {
        report('NOT_A_NUMBER', `cannot read “${text.slice(0, 40)}” as a number`);
        return undefined;
      }
      if (spec.kind === 'integer' && !Number.isInteger(cell.value)) {
        report('NOT_A_NUMBER', `“${text}” is not a whole number`);
        return undefined;
      }
      return cell.value;
    }
    case 'boolean': {
      const w = word(text);
      if (TRUE_WORDS.has(w)) return true;
      if (FALSE_WORDS.has(w)) return false;
      report('UNKNOWN_VALUE', `cannot read “${text.slice(0, 40)}”: write ya or tidak (true or false)`);
      return undefined;
    }
    case 'enum': {
      const value = spec.words![word(text)];
      if (value === undefined)
        report('UNKNOWN_VALUE', `unknown value “${text.slice(0, 40)}”: write one of ${allowedWords(spec.words!)}`);
      return value;
    }
    case 'enumList': {
      const values = text.split(/[;,|]/).map((part) => part.trim());
      const unknown = values.filter((v) => v !== '' && spec.words![word(v)] === undefined);
      if (unknown.length) {
        report(
          'UNKNOWN_VALUE',
          `unknown value “${unknown[0]!.slice(0, 40)}”: write any of ${allowedWords(spec.words!)}, separated by “;”`,
        );
        return undefined;
      }
      return values.filter((v) => v !== '').map((v) => spec.words![word(v)]!);
    }
    case 'months':
    case 'month': {
      const parts = text.split(/[;,/\s]+/).filter(Boolean);
      const months = parts.map((p) => (/^\d{1,2}$/.test(p) ? Number(p) : (MONTHS[p.toLowerCase()] ?? Number.NaN)));
      const bad = parts.find((_, i) => !(months[i]! >= 1 && months[i]! <= 12));
      if (bad !== undefined || (spec.kind === 'month' && months.length !== 1)) {
        report(
          'BAD_MONTHS',
          spec.kind === 'month'
            ? `cannot read “${text.slice(0, 40)}” as a month: write 1–12 or a month’s name (3 or Maret)`
            : `cannot read “${(bad ?? text).slice(0, 40)}” as a month: write months as 1–12 or names, separated by “;” (3;9 or Maret;September)`,
        );
        return undefined;
      }
      return spec.kind === 'month' ? months[0] : months;
    }
    default:
      return text;
  }
}
