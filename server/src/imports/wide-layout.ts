import { characterProblem, isBlank, MAX_CODE_CHARS, MAX_NUMBER_CHARS, NOTE_ROW, shown, tooLong } from './cell-text.js';
import {
  type ImportIssue,
  type ImportRecord,
  listIssue,
  type ParseOptions,
  type PeriodRef,
  type RecordStream,
  type RegionRef,
} from './import.types.js';
import { SUSPECT_CHARACTER, type TableRow } from './read-table.js';
import { parseNumber, parsePeriod } from './values.js';

// Wide BPS tables: one row per region, one column per period, the indicator given by the importer.

/** Cells of a wide table held at once (a wide table is read whole: its region labels decide how rows are read). */
export const MAX_WIDE_CELLS = 1_000_000;

export function wideTooLarge(line: number): RecordStream {
  const issue = {
    line,
    code: 'TABLE_TOO_LARGE',
    message:
      `a wide table (one column per period) may hold at most ${MAX_WIDE_CELLS.toLocaleString('en-US')} cells, and this one has more by line ${line}: ` +
      'split it, or use the long layout (one value per row), which has no such limit',
  };
  return { layout: 'wide', columns: new Set(), notices: [], records: [], issues: [issue] };
}

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

export const MAX_HEADER_ROWS = 4;

/**
 * A row whose first filled cell is a region label, with periods beside it or in the rows right
 * below it. BPS splits headers: a year spanning several columns (empty cells to its right in CSV,
 * a merged cell in XLSX) over "Semester 1 (Maret)", "Semester 2 (September)". Header rows without
 * any period part (an indicator title spanning the table) are passed over.
 */
export function matchWideHeader(rows: TableRow[], at: number): WideHeader | null {
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

export function readWide(rows: TableRow[], at: number, header: WideHeader, options: ParseOptions): RecordStream {
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
