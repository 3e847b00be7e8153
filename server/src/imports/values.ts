// Reading the numbers and periods people actually write in Indonesian statistical tables: BPS
// missing markers, decimal commas, thousands dots, "Maret 2025", "Semester 1 (Maret) 2024".

import type { NumberCell, PeriodRef } from './import.types.js';

/** What BPS and spreadsheet users write for "no figure": the value is null, not an error. */
const MISSING_MARKERS = new Set(['', '-', '–', '—', '...', '…', 'na', 'n/a', 'x']);

// Compiled once: parseNumber runs once per value cell, up to millions of times per file.
const PLAIN_INTEGER = /^-?\d+$/;
const PLAIN_DECIMAL = /^-?\d+\.\d+$/;
const PLAIN_COMMA_DECIMAL = /^-?\d+,\d+$/;
const DIGITS = /^\d+$/;
const EXPONENT = /^\d+(?:\.\d+)?e[+-]?\d+$/i;
const HAS_SPACE = /[\s\u00a0\u202f]/;
const SPACE_GROUPED = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?$/;
const SPACES = /[\s\u00a0\u202f]/g;
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
const COMMA_GROUPED = /^\d{1,3}(?:,\d{3})+$/;

export interface NumberOptions {
  /** The file writes decimals with a comma: "1.234" is then one thousand two hundred thirty-four. */
  decimalComma?: boolean;
}

function invalid(text: string): NumberCell {
  return { text, value: null, invalid: true };
}

/** A number read from `canonical`, a plain decimal ("-12.50", "1.5e-7"), with the digits it was written with. */
function exact(text: string, canonical: string, negative = false): NumberCell {
  const magnitude = Number(canonical);
  measure(canonical);
  // "+ 0" turns -0 into 0, which Object.is and some printers tell apart. Every field is set here, so
  // that all cells share one shape (this runs once per value, millions of times per file).
  return {
    text,
    value: negative && magnitude !== 0 ? -magnitude : magnitude + 0,
    significant: measured.significant,
    decimals: measured.decimals,
    column: undefined,
  };
}

/**
 * Reads "8.47", "8,47", "1.234,5", "1,234.5", "1.234.567", "1 234 567", "-3", "8,47%". A lone
 * separator followed by exactly three digits ("1,234", "1.234") is ambiguous: a comma is then read
 * as thousands and a dot as decimal, unless `decimalComma` says the file uses decimal commas.
 * The cell also says how many significant digits and decimal places were written, so that a value
 * a column cannot hold exactly is reported rather than rounded.
 */
export function parseNumber(text: string, options: NumberOptions = {}): NumberCell {
  if (PLAIN_INTEGER.test(text)) return exact(text, text);
  if (!options.decimalComma && PLAIN_DECIMAL.test(text)) return exact(text, text);
  if (PLAIN_COMMA_DECIMAL.test(text) && (options.decimalComma || !mayBeThousands(text))) {
    return exact(text, text.replace(',', '.'));
  }

  let body = text.trim();
  if (MISSING_MARKERS.has(body.toLowerCase())) return { text, value: null };
  let negative = false;
  if (body.startsWith('-') || body.startsWith('\u2212')) {
    negative = true;
    body = body.slice(1);
  }
  if (body.endsWith('%')) body = body.slice(0, -1).trimEnd();
  const canonical = readMagnitude(body, options.decimalComma === true);
  if (canonical === null) return invalid(text);
  return exact(text, canonical, negative);
}

/**
 * Significant digits and decimal places of a plain decimal, exponent included: "15.150" has 4 and
 * 2, "1e-400" has 1 and 400, "1e20" has 1 and 0, "0" has 0 and 0.
 */
export function decimalShape(canonical: string): { significant: number; decimals: number } {
  measure(canonical);
  return { significant: measured.significant, decimals: measured.decimals };
}

/** The result of the last measure(): kept in one place rather than allocated per cell. */
const measured = { significant: 0, decimals: 0 };

function measure(canonical: string): void {
  let digits = 0;
  let first = -1;
  let last = -1;
  let point = -1;
  let exponent = 0;
  for (let i = 0; i < canonical.length; i++) {
    const c = canonical.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (c !== 48) {
        if (first < 0) first = digits;
        last = digits;
      }
      digits++;
    } else if (c === 46) point = digits;
    else if (c === 101 || c === 69) {
      exponent = Number(canonical.slice(i + 1));
      break;
    }
  }
  if (first < 0) {
    measured.significant = 0;
    measured.decimals = 0;
    return;
  }
  if (point < 0) point = digits;
  measured.significant = last - first + 1;
  measured.decimals = Math.max(0, last + 1 - point - exponent);
}

/**
 * A decimal rounded to `scale` places, half away from zero, as PostgreSQL rounds into a
 * numeric(p, scale) column, written without exponent or trailing zeros: ("0.123456789", 6) → "0.123457".
 */
export function roundDecimal(canonical: string, scale: number): string {
  const negative = canonical.startsWith('-');
  const body = negative || canonical.startsWith('+') ? canonical.slice(1) : canonical;
  const [mantissa = '', exponentText] = body.toLowerCase().split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  let digits = (whole + fraction).replace(/^0+/, '');
  // Position of the decimal point counted from the end of `digits`: value = digits × 10^-shift.
  let shift = fraction.length - Number(exponentText ?? 0);
  if (digits === '') return '0';
  if (shift > scale) {
    const drop = shift - scale;
    if (drop > digits.length) digits = '0';
    else {
      const kept = digits.slice(0, digits.length - drop) || '0';
      const roundUp = (digits[digits.length - drop] ?? '0') >= '5';
      digits = roundUp ? (BigInt(kept) + 1n).toString() : kept;
    }
    shift = scale;
  }
  if (shift < 0) {
    digits += '0'.repeat(-shift);
    shift = 0;
  }
  const padded = digits.padStart(shift + 1, '0');
  let result = shift > 0 ? `${padded.slice(0, padded.length - shift)}.${padded.slice(padded.length - shift)}` : padded;
  if (result.includes('.')) result = result.replace(/0+$/, '').replace(/\.$/, '');
  result = result.replace(/^0+(?=\d)/, '');
  return negative && /[1-9]/.test(result) ? `-${result}` : result;
}

/** "1,234": one to three digits, not starting with 0, then exactly three digits. */
function mayBeThousands(text: string): boolean {
  const start = text.charCodeAt(0) === 45 ? 1 : 0;
  const comma = text.indexOf(',');
  return text.length - comma === 4 && comma - start <= 3 && text[start] !== '0';
}

/** The magnitude as a plain decimal ("1234.5", "1e-7"), or null when the text is no number. */
function readMagnitude(body: string, decimalComma: boolean): string | null {
  if (DIGITS.test(body)) return body;
  // Spreadsheets print very large and very small numbers this way ("1e-7").
  if (EXPONENT.test(body)) return body;
  if (HAS_SPACE.test(body)) {
    return SPACE_GROUPED.test(body) ? body.replace(SPACES, '').replace(',', '.') : null;
  }
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    // Both separators: the last one is the decimal separator, the other groups thousands.
    const decimalAt = Math.max(lastDot, lastComma);
    const whole = body.slice(0, decimalAt);
    const fraction = body.slice(decimalAt + 1);
    const thousands = lastComma > lastDot ? '.' : ',';
    const grouped = thousands === '.' ? DOT_GROUPED : COMMA_GROUPED;
    if (!grouped.test(whole) || !DIGITS.test(fraction)) return null;
    return `${whole.replaceAll(thousands, '')}.${fraction}`;
  }
  // In a decimal-comma file a comma is never a thousands separator; dots group thousands everywhere.
  if (lastComma >= 0) return readOneSeparator(body, ',', lastComma, decimalComma ? null : COMMA_GROUPED, !decimalComma);
  if (lastDot >= 0) return readOneSeparator(body, '.', lastDot, DOT_GROUPED, decimalComma);
  return null;
}

/** One kind of separator: a single occurrence is decimal unless it reads better as thousands. */
function readOneSeparator(
  body: string,
  separator: string,
  at: number,
  grouped: RegExp | null,
  thousandsFirst: boolean,
): string | null {
  if (body.indexOf(separator) !== at) {
    return grouped?.test(body) ? body.replaceAll(separator, '') : null;
  }
  const whole = body.slice(0, at);
  const fraction = body.slice(at + 1);
  if (!DIGITS.test(whole) || !DIGITS.test(fraction)) return null;
  // "1,234" is a thousand and more; "0,125" and "1234,567" cannot be thousands grouping.
  const looksGrouped = fraction.length === 3 && whole.length <= 3 && whole[0] !== '0';
  if (thousandsFirst && looksGrouped) return whole + fraction;
  return `${whole}.${fraction}`;
}

const MONTHS = new Map<string, number>([
  ['januari', 1],
  ['january', 1],
  ['jan', 1],
  ['februari', 2],
  ['pebruari', 2],
  ['february', 2],
  ['feb', 2],
  ['maret', 3],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['mei', 5],
  ['may', 5],
  ['juni', 6],
  ['june', 6],
  ['jun', 6],
  ['juli', 7],
  ['july', 7],
  ['jul', 7],
  ['agustus', 8],
  ['august', 8],
  ['agu', 8],
  ['agt', 8],
  ['ags', 8],
  ['aug', 8],
  ['september', 9],
  ['sept', 9],
  ['sep', 9],
  ['oktober', 10],
  ['october', 10],
  ['okt', 10],
  ['oct', 10],
  ['november', 11],
  ['nopember', 11],
  ['nov', 11],
  ['desember', 12],
  ['december', 12],
  ['des', 12],
  ['dec', 12],
]);
const SEMESTER_WORDS = new Set(['semester', 'sem', 'smt']);
const SEMESTER_NUMBERS = new Map<string, 1 | 2>([
  ['1', 1],
  ['i', 1],
  ['2', 2],
  ['ii', 2],
]);
const YEAR = /^\d{4}$/;
// Only year-first numeric forms: "03/2025" and "3-2025" are left out because "03/04/2025" is not.
const NUMERIC_PERIOD = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?$/;
const PERIOD_PUNCTUATION = /[().,:;/-]/g;
const WHITESPACE = /\s+/;

function readYear(text: string): number | null {
  if (!YEAR.test(text)) return null;
  const year = Number(text);
  return year >= 1900 && year <= 2100 ? year : null;
}

/** A calendar year written as four digits, 1900–2100. */
export function parseYear(text: string): number | null {
  return readYear(text.trim());
}

/**
 * Reads "2025", "2025-03", "2025/3", "Maret 2025", "Mar 2025", "March 2025", "Semester I 2025",
 * "Sem 2 2024" and the BPS column style "Semester 1 (Maret) 2024" (the month wins: March). Returns
 * null for anything else, including contradictions such as "Semester 1 (September) 2024".
 */
export function parsePeriod(text: string): PeriodRef | null {
  const trimmed = text.trim();
  const yearOnly = readYear(trimmed);
  if (yearOnly !== null) return { text, year: yearOnly, month: null, semester: null };

  const numeric = NUMERIC_PERIOD.exec(trimmed);
  if (numeric) {
    const year = readYear(numeric[1]!);
    const month = Number(numeric[2]);
    const day = numeric[3] === undefined ? 1 : Number(numeric[3]);
    if (year === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
    return { text, year, month, semester: null };
  }

  const tokens = trimmed.toLowerCase().replace(PERIOD_PUNCTUATION, ' ').split(WHITESPACE);
  let year: number | null = null;
  let month: number | null = null;
  let semester: 1 | 2 | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === '') continue;
    if (YEAR.test(token)) {
      if (year !== null) return null;
      year = readYear(token);
      if (year === null) return null;
    } else if (MONTHS.has(token)) {
      if (month !== null) return null;
      month = MONTHS.get(token)!;
    } else if (SEMESTER_WORDS.has(token)) {
      const number = SEMESTER_NUMBERS.get(tokens[i + 1] ?? '');
      if (number === undefined || semester !== null) return null;
      semester = number;
      i++;
    } else {
      return null;
    }
  }
  if (year === null) return null;
  if (month !== null && semester !== null) {
    if ((semester === 1) !== month <= 6) return null;
    semester = null;
  }
  return { text, year, month, semester };
}

/** The canonical period key: "2025" for a year, "2025-03" for a month. */
export function formatPeriod(year: number, month?: number | null): string {
  return month ? `${year}-${String(month).padStart(2, '0')}` : String(year);
}
