// Turns an uploaded CSV or XLSX file into rows of text cells, each row keeping the line number a
// person sees in a text editor or in Excel, so that every later message can point at it.

import { isUtf8 } from 'node:buffer';
import { readWorkbookRows } from './read-xlsx.js';
import { ImportFileError, SUSPECT_CHARACTER, type Table, type TableRow } from './table-rows.js';

export { ImportFileError, SUSPECT_CHARACTER, type Table, type TableRow } from './table-rows.js';

export async function readTable(bytes: Uint8Array, fileName: string): Promise<Table> {
  const rows = await readTableRows(bytes, fileName);
  return { rows: Array.isArray(rows) ? rows : [...rows] };
}

/**
 * The rows of the file; those of a CSV file one at a time as they are iterated, so that a large
 * file is never held as a million row objects. An unclosed quote is thrown while iterating.
 */
export async function readTableRows(bytes: Uint8Array, fileName: string): Promise<Iterable<TableRow>> {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  switch (extension) {
    case 'csv':
    case 'tsv':
    case 'txt':
      return delimitedRows(decodeText(bytes));
    case 'xlsx':
    case 'xlsm':
      return readWorkbookRows(bytes, fileName);
    case 'xls':
      throw new ImportFileError(
        'UNSUPPORTED_FILE_TYPE',
        `“${fileName}” is in the old Excel format (.xls), which cannot be read: open it in Excel and save it as .xlsx or CSV`,
      );
    default:
      throw new ImportFileError(
        'UNSUPPORTED_FILE_TYPE',
        `cannot read “${fileName}”: upload a CSV (.csv) or Excel (.xlsx) file${extension ? `, not .${extension}` : ''}`,
      );
  }
}

/**
 * UTF-8 (a byte-order mark is dropped), UTF-16 as Excel's "Unicode text" writes it, and otherwise
 * Windows-1252, which older Indonesian Excel installations still use for "CSV (comma delimited)".
 *
 * The rule for bytes that are not valid UTF-8: a file with no valid multi-byte UTF-8 sequence at
 * all (only ASCII and bytes 0x80–0xFF on their own) is Windows-1252 — that is what such a file looks
 * like. A file with any valid multi-byte sequence (or a UTF-8 byte-order mark) is UTF-8, and its
 * invalid bytes become U+FFFD, which the rows report as errors with their line and column, instead
 * of the whole file being read silently as Windows-1252 (every “é” turning into “Ã©”).
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes);
  else if (isUtf8(bytes) || hasMultiByteUtf8(bytes)) text = new TextDecoder('utf-8').decode(bytes);
  else text = decodeWindows1252(bytes);
  // Old Mac files end lines with a lone CR; the reader counts lines by LF.
  if (!text.includes('\n') && text.includes('\r')) text = text.replaceAll('\r', '\n');
  return text;
}

/**
 * Windows-1252 bytes 0x80–0x9F, which differ from Latin-1 (€, quotes, dashes…); the five it leaves
 * undefined stay control characters, reported as such.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Node 20's TextDecoder reads "windows-1252" as Latin-1 (“ ” – € became control characters): map the difference. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** Whether the bytes hold at least one well-formed UTF-8 sequence of two to four bytes. */
export function hasMultiByteUtf8(bytes: Uint8Array): boolean {
  const continuation = (at: number, low = 0x80, high = 0xbf) => at < bytes.length && bytes[at]! >= low && bytes[at]! <= high;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0xc2 || b > 0xf4) continue;
    if (b <= 0xdf) {
      if (continuation(i + 1)) return true;
    } else if (b <= 0xef) {
      const low = b === 0xe0 ? 0xa0 : 0x80;
      const high = b === 0xed ? 0x9f : 0xbf;
      if (continuation(i + 1, low, high) && continuation(i + 2)) return true;
    } else {
      const low = b === 0xf0 ? 0x90 : 0x80;
      const high = b === 0xf4 ? 0x8f : 0xbf;
      if (continuation(i + 1, low, high) && continuation(i + 2) && continuation(i + 3)) return true;
    }
  }
  return false;
}

const DELIMITERS = ['\t', ';', ','] as const;
const SAMPLE_LINES = 30;
const SAMPLE_CHARS = 65_536;

/**
 * The delimiter whose count per line is the same on the most of the first lines (outside quotes).
 * Indonesian Excel writes ";" because "," is the decimal separator there, so "15,15" must not
 * make a semicolon file look comma-separated: decimals vary per row, delimiters do not. On a tie
 * tab beats semicolon beats comma.
 */
export function detectDelimiter(text: string): string {
  const counts = DELIMITERS.map(() => [] as number[]);
  const current = DELIMITERS.map(() => 0);
  let inQuotes = false;
  let lineHasText = false;
  const end = Math.min(text.length, SAMPLE_CHARS);
  for (let i = 0; i <= end; i++) {
    const ch = i < end ? text[i] : '\n';
    if (ch === '"') inQuotes = !inQuotes;
    if (inQuotes) continue;
    if (ch === '\n') {
      if (lineHasText) {
        for (let d = 0; d < DELIMITERS.length; d++) counts[d]!.push(current[d]!);
        if (counts[0]!.length >= SAMPLE_LINES) break;
      }
      current.fill(0);
      lineHasText = false;
      continue;
    }
    const d = DELIMITERS.indexOf(ch as (typeof DELIMITERS)[number]);
    if (d >= 0) current[d]!++;
    else if (ch !== '\r' && ch !== ' ') lineHasText = true;
  }
  let best: string = ',';
  let bestScore = 0;
  for (let d = 0; d < DELIMITERS.length; d++) {
    const score = linesWithModalCount(counts[d]!);
    if (score > bestScore) {
      best = DELIMITERS[d]!;
      bestScore = score;
    }
  }
  return best;
}

function linesWithModalCount(perLine: number[]): number {
  const tally = new Map<number, number>();
  let best = 0;
  for (const n of perLine) {
    if (n === 0) continue;
    const lines = (tally.get(n) ?? 0) + 1;
    tally.set(n, lines);
    if (lines > best) best = lines;
  }
  return best;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * RFC 4180 reading (quotes, doubled quotes, delimiters and line breaks inside quotes, CRLF), with a
 * ragged column count allowed. Hand-written rather than csv-parse: on a million rows csv-parse
 * took 4–5 s, 8–10 s with the line information needed here, and that information was off by one
 * after a quoted line break in a CRLF file; this loop takes about 1 s. Each row gets the line it
 * starts on, so a multi-line cell does not shift the lines of the rows after it.
 */
export function readDelimited(text: string, delimiter?: string): Table {
  return { rows: [...delimitedRows(text, delimiter)] };
}

export function* delimitedRows(text: string, delimiter: string = detectDelimiter(text)): Generator<TableRow> {
  const separator = delimiter.charCodeAt(0);
  const length = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  // Rare: only then is each row looked at for them.
  const mayBeSuspect = SUSPECT_CHARACTER.test(text);
  while (i < length) {
    const startLine = line;
    const cells: string[] = [];
    let hasText = false;
    for (;;) {
      let cell: string;
      if (text.charCodeAt(i) === QUOTE) {
        cell = '';
        let from = i + 1;
        for (;;) {
          const quote = text.indexOf('"', from);
          if (quote === -1) {
            throw new ImportFileError(
              'UNREADABLE_FILE',
              `a quoted cell opened on line ${startLine} is never closed (tanda kutip tidak ditutup)`,
            );
          }
          if (text.charCodeAt(quote + 1) === QUOTE) {
            cell += text.slice(from, quote + 1);
            from = quote + 2;
            continue;
          }
          cell += text.slice(from, quote);
          i = quote + 1;
          break;
        }
        for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) line++;
        // Text after the closing quote ("abc"def) is kept, as lenient readers do.
        const end = fieldEnd(text, i, separator);
        if (end > i) cell += text.slice(i, end);
        i = end;
      } else {
        const end = fieldEnd(text, i, separator);
        cell = text.slice(i, end);
        i = end;
      }
      cells.push(cell);
      if (!hasText && cell !== '' && cell.trim() !== '') hasText = true;
      if (i >= length) break;
      const ch = text.charCodeAt(i);
      if (ch === separator) {
        i++;
        if (i >= length) {
          cells.push('');
          break;
        }
        continue;
      }
      if (ch === CR) i++;
      if (text.charCodeAt(i) === LF) i++;
      break;
    }
    if (hasText)
      yield mayBeSuspect && cells.some((c) => SUSPECT_CHARACTER.test(c))
        ? { line: startLine, cells, suspect: true }
        : { line: startLine, cells };
    line++;
  }
}

function fieldEnd(text: string, from: number, separator: number): number {
  let end = from;
  const length = text.length;
  while (end < length) {
    const ch = text.charCodeAt(end);
    if (ch === separator || ch === LF || ch === CR) break;
    end++;
  }
  return end;
}
