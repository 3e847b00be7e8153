import { badInput } from '../messages/errors.js';
import { needsNeutralising } from './csv-injection.js';

export interface CsvStyle {
  /** Indonesian Excel: decimal comma, so fields are separated by semicolons. */
  decimalComma: boolean;
}

export type CsvValue = string | number | null | undefined;

const DECIMAL_WORDS: Record<string, boolean> = { comma: true, koma: true, point: false, titik: false, dot: false };

export function csvStyleFrom(query: Record<string, unknown>): CsvStyle {
  const given = String(query.decimal ?? '')
    .trim()
    .toLowerCase();
  if (given === '') return { decimalComma: false };
  const decimalComma = DECIMAL_WORDS[given];
  if (decimalComma === undefined) {
    throw badInput({
      en: `decimal=${given} is not comma (koma) or point (titik).`,
      id: `decimal=${given} bukan koma (comma) atau titik (point).`,
    });
  }
  return { decimalComma };
}

/** A number as plain digits, never in exponent notation (1e-7), which Excel and people misread. */
export function plainNumber(v: number): string {
  const s = String(v);
  if (!s.includes('e')) return s;
  return Math.abs(v) < 1 ? v.toFixed(20).replace(/\.?0+$/, '') : BigInt(Math.round(v)).toString();
}

const NEEDS_QUOTES = /[",\n\r]/;
const NEEDS_QUOTES_SEMICOLON = /[",;\n\r]/;

/**
 * One cell. Numbers are written as numbers (a decimal comma in the Excel style). Text is quoted where the
 * separator, a quote or a line break needs it, and text a spreadsheet would run as a formula (it begins
 * with =, +, -, @, a tab or a line break) gets a leading single quote and is always quoted: the one rule
 * for CSV injection on the server (see csv-injection.ts, which the import uses to read such a cell back).
 */
export function csvCell(v: CsvValue, style: CsvStyle): string {
  if (typeof v === 'number') return style.decimalComma ? plainNumber(v).replace('.', ',') : plainNumber(v);
  if (v === null || v === undefined) return '';
  if (needsNeutralising(v)) return `"'${v.replaceAll('"', '""')}"`;
  return (style.decimalComma ? NEEDS_QUOTES_SEMICOLON : NEEDS_QUOTES).test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/** One line of cells with its CRLF. */
export function csvLine(row: readonly CsvValue[], style: CsvStyle): string {
  const sep = style.decimalComma ? ';' : ',';
  let line = '';
  for (let i = 0; i < row.length; i++) line += (i === 0 ? '' : sep) + csvCell(row[i], style);
  return `${line}\r\n`;
}

/**
 * The start of every export: a UTF-8 byte-order mark (so Excel opens Indonesian names correctly) and the header. A
 * label (training data) goes on a line of its own above the header: the first thing Excel shows, and a title row the
 * import skips (as it skips a BPS table's title), so the file still imports.
 */
export function csvStart(header: readonly string[], style: CsvStyle, label?: string | null): string {
  return `\uFEFF${label ? csvLine([label], style) : ''}${csvLine(header, style)}`;
}

/** A whole CSV text: byte-order mark, header row, CRLF line ends. */
export function renderCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], style: CsvStyle): string {
  let text = csvStart(header, style);
  for (const row of rows) text += csvLine(row, style);
  return text;
}
