// Reads the first sheet with data of an .xlsx workbook as rows of text cells, streaming and within
// fixed bounds, so that a small file that inflates to gigabytes of XML (a decompression bomb) is
// refused after a bounded amount of work and memory instead of taking the server down.
//
// Libraries, not home-made format code: yauzl reads the zip's central directory (the authoritative
// list of parts, sizes and offsets, ZIP64 included); fflate inflates one part synchronously in
// small steps, so the bytes counted are the bytes really produced, not those the directory claims;
// htmlparser2 tokenises the XML as it arrives and hands text over in pieces, so no tag or cell is
// ever held beyond the bounds below. exceljs, used before, loads the whole workbook into an object
// model (about 1 KB per cell) and bounds nothing: a 400 KB file held the API for 15 s at 1.3 GB,
// and its streaming WorkbookReader inflates without limit too.

import { ImportFileError, SUSPECT_CHARACTER, type TableRow } from './table-rows.js';
import {
  bytesText,
  count,
  listParts,
  type Part,
  PartReader,
  WORKBOOK_LIMITS,
  type WorkbookLimits,
  type XmlHandler,
} from './xlsx-parts.js';
import { findWorkbook, readDateStyles, readSharedStrings, readWorkbookPart } from './xlsx-workbook.js';

/** A readable workbook: its parts located, the small ones read; rows come from `rows()`. */
export interface WorkbookRows extends Iterable<TableRow> {
  /** Inflated bytes read so far: lets a caller give way to other work while a large sheet is read. */
  work(): number;
}

export async function readWorkbookRows(
  bytes: Uint8Array,
  fileName: string,
  limits: WorkbookLimits = WORKBOOK_LIMITS,
): Promise<WorkbookRows> {
  const unreadable = (reason: string) =>
    new ImportFileError(
      'UNREADABLE_FILE',
      `cannot open “${fileName}” as an Excel workbook (${reason}): save it again as .xlsx or CSV`,
    );
  const overLimit = (message: string) => new ImportFileError('OVER_LIMIT', `“${fileName}” cannot be imported: ${message}`);

  let parts: Map<string, Part>;
  try {
    parts = await listParts(bytes, limits, overLimit);
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw unreadable(error instanceof Error ? error.message : String(error));
  }
  const reader = new PartReader(bytes, limits, fileName, unreadable, overLimit);
  const workbookPath = findWorkbook(reader, parts);
  const workbook = readWorkbookPart(reader, parts, workbookPath);
  const styles = workbook.stylesPath ? readDateStyles(reader, parts.get(workbook.stylesPath)) : new Set<number>();
  const sharedStrings = workbook.sharedStringsPath ? await readSharedStrings(reader, parts.get(workbook.sharedStringsPath)) : [];
  const sheets = workbook.sheets.flatMap((s) => {
    const part = parts.get(s.path);
    return part ? [{ name: s.name, part }] : [];
  });
  return {
    work: () => reader.total,
    *[Symbol.iterator]() {
      // The first sheet with data, as a person opening the file sees it.
      for (const sheet of sheets) {
        const context: SheetContext = { sheet: sheet.name, sharedStrings, dateStyles: styles, date1904: workbook.date1904 };
        let found = false;
        for (const row of sheetRows(reader, sheet.part, context)) {
          found = true;
          yield row;
        }
        if (found) return;
      }
    },
  };
}

interface SheetContext {
  sheet: string;
  sharedStrings: readonly string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
}

const A = 'A'.charCodeAt(0);

/** "C12" → 3; null when the reference names no column. */
function columnOf(reference: string): number | null {
  let column = 0;
  let i = 0;
  for (; i < reference.length; i++) {
    const code = reference.charCodeAt(i) & ~32; // upper case
    if (code < A || code > A + 25) break;
    column = column * 26 + (code - A + 1);
    if (column > 1e6) return column;
  }
  return i === 0 ? null : column;
}

function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(A + ((n - 1) % 26)) + name;
  return name;
}

/** The rows of one sheet that hold any text, by spreadsheet row number, read as the XML arrives. */
function* sheetRows(reader: PartReader, part: Part, context: SheetContext): Generator<TableRow> {
  const limits = reader.limits;
  const what = `the sheet “${context.sheet}”`;
  const ready: TableRow[] = [];
  let inSheetData = false;
  let finished = false;
  let rowNumber = 0;
  let cells: string[] = [];
  let hasText = false;
  let suspect = false;
  let column = 0;
  let type = 'n';
  let style = 0;
  let value: string | null = null;
  let capturing = false;
  let phonetic = 0;
  let lastDataRow = 0;
  const where = () => `row ${count(rowNumber)}, column ${columnName(column)} of ${what}`;

  const handler: XmlHandler = {
    open(name, a) {
      if (!inSheetData) {
        if (name === 'sheetData') inSheetData = true;
        return;
      }
      switch (name) {
        case 'row': {
          const r = a.r === undefined ? rowNumber + 1 : Number(a.r);
          if (!Number.isInteger(r) || r < 1) throw reader.unreadable(`${what} has a row numbered “${a.r!.slice(0, 20)}”`);
          if (r > limits.rows) {
            throw reader.overLimit(`${what} has a row beyond row ${count(limits.rows)}, Excel's last row`);
          }
          rowNumber = r;
          cells = [];
          hasText = false;
          suspect = false;
          column = 0;
          break;
        }
        case 'c': {
          const c = a.r === undefined ? column + 1 : columnOf(a.r);
          column = c ?? column + 1;
          if (column > limits.columns) {
            throw reader.overLimit(
              `row ${count(rowNumber)} of ${what} has a cell beyond column ${columnName(limits.columns)} (${count(limits.columns)} columns, Excel's last)`,
            );
          }
          type = a.t ?? 'n';
          style = a.s === undefined ? 0 : Number(a.s);
          value = null;
          break;
        }
        case 'v':
          capturing = true;
          value ??= '';
          break;
        case 't':
          if (phonetic === 0 && type === 'inlineStr') {
            capturing = true;
            value ??= '';
          }
          break;
        case 'rPh':
          phonetic++;
          break;
      }
    },
    text(text) {
      if (!capturing) return;
      value += text;
      if (value!.length > limits.cellChars) {
        throw reader.overLimit(
          `${where()} holds more than ${count(limits.cellChars)} characters, the most an Excel cell can hold`,
        );
      }
    },
    close(name) {
      if (!inSheetData) return;
      switch (name) {
        case 'v':
        case 't':
          capturing = false;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'c': {
          const text = cellText(type, style, value, context);
          if (column > cells.length + 1) for (let i = cells.length; i < column - 1; i++) cells[i] = '';
          cells[column - 1] = text;
          if (!hasText && text.trim() !== '') hasText = true;
          if (!suspect && SUSPECT_CHARACTER.test(text)) suspect = true;
          break;
        }
        case 'row':
          if (hasText) {
            ready.push(suspect ? { line: rowNumber, cells, suspect: true } : { line: rowNumber, cells });
            lastDataRow = rowNumber;
          }
          break;
        case 'sheetData':
          inSheetData = false;
          finished = true;
          break;
      }
    },
  };

  let lastRowAt = 0;
  let produced = 0;
  for (produced of reader.parseSteps(part, limits.sheetBytes, what, handler, () => finished)) {
    if (ready.length > 0) {
      lastRowAt = produced;
      for (const row of ready) yield row;
      ready.length = 0;
    } else if (produced - lastRowAt > limits.rowGapBytes && !finished) {
      throw reader.overLimit(
        `${what} has more than ${bytesText(limits.rowGapBytes)} of XML without a row of data ` +
          `${lastDataRow ? `after row ${count(lastDataRow)}` : 'at its start'} ` +
          '(empty or formatted rows, or one enormous row); an import allows at most that much between two rows with data. ' +
          'Delete the empty rows, or save the sheet as CSV',
      );
    }
  }
}

function cellText(type: string, style: number, value: string | null, context: SheetContext): string {
  if (value === null) return '';
  switch (type) {
    case 's': {
      const index = Number(value);
      return Number.isInteger(index) ? (context.sharedStrings[index] ?? '') : '';
    }
    case 'inlineStr':
    case 'str':
    case 'e':
      return value;
    case 'b':
      return value.trim() === '1' || value.trim() === 'true' ? 'TRUE' : 'FALSE';
    case 'd': {
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? value : date.toISOString().slice(0, 10);
    }
    default: {
      if (value.trim() === '') return '';
      const number = Number(value);
      if (!Number.isFinite(number)) return value;
      if (context.dateStyles.has(style)) return excelDate(number, context.date1904);
      return numberText(number);
    }
  }
}

/** A date serial as the date Excel shows (day 25569 is 1970-01-01; the 1904 system starts 1462 days later). */
function excelDate(serial: number, date1904: boolean): string {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}

/**
 * The number as Excel shows it at full precision: 15 significant digits drop binary noise from
 * stored values and formula results (8.470000000000001 → "8.47").
 */
export function numberText(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(15)));
}
