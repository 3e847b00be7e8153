import { csvField } from '../seed/csv.js';

export interface CsvStyle {
  /** Indonesian Excel: decimal comma, so fields are separated by semicolons. */
  decimalComma: boolean;
}

export function csvStyleFrom(query: Record<string, unknown>): CsvStyle {
  return { decimalComma: String(query.decimal ?? '').toLowerCase() === 'comma' };
}

/** CSV text with a UTF-8 byte-order mark, so Excel opens Indonesian names correctly. */
export function renderCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
  style: CsvStyle,
): string {
  const sep = style.decimalComma ? ';' : ',';
  const cell = (v: string | number | null | undefined) => {
    if (typeof v === 'number') return style.decimalComma ? String(v).replace('.', ',') : String(v);
    const text = csvField(v);
    return style.decimalComma && text.includes(';') && !text.startsWith('"') ? `"${text}"` : text;
  };
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(sep)).join('\r\n')}\r\n`;
}
