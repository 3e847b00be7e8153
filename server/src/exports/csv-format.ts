import { badInput } from '../graphql/errors.js';
import { csvField } from '../seed/csv.js';

export interface CsvStyle {
  /** Indonesian Excel: decimal comma, so fields are separated by semicolons. */
  decimalComma: boolean;
}

const DECIMAL_WORDS: Record<string, boolean> = { comma: true, koma: true, point: false, titik: false, dot: false };

export function csvStyleFrom(query: Record<string, unknown>): CsvStyle {
  const given = String(query.decimal ?? '')
    .trim()
    .toLowerCase();
  if (given === '') return { decimalComma: false };
  const decimalComma = DECIMAL_WORDS[given];
  if (decimalComma === undefined) throw badInput(`decimal=${given} is not comma (koma) or point (titik).`);
  return { decimalComma };
}

/** A number as plain digits, never in exponent notation (1e-7), which Excel and people misread. */
export function plainNumber(v: number): string {
  const s = String(v);
  if (!s.includes('e')) return s;
  return Math.abs(v) < 1 ? v.toFixed(20).replace(/\.?0+$/, '') : BigInt(Math.round(v)).toString();
}

/** CSV text with a UTF-8 byte-order mark, so Excel opens Indonesian names correctly. */
export function renderCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
  style: CsvStyle,
): string {
  const sep = style.decimalComma ? ';' : ',';
  const cell = (v: string | number | null | undefined) => {
    if (typeof v === 'number') return style.decimalComma ? plainNumber(v).replace('.', ',') : plainNumber(v);
    const text = csvField(v);
    return style.decimalComma && text.includes(';') && !text.startsWith('"') ? `"${text}"` : text;
  };
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(sep)).join('\r\n')}\r\n`;
}
