export type CsvCell = string | number | null | undefined;

/** Quotes, then a character a spreadsheet reads as the start of a formula: =, +, -, @, tab, CR or LF. */
const FORMULA_START = /^'*[=+\-@\t\r\n]/;
/** A number written as text ("-1,5", "-0.25"): read as that number, it cannot call anything. */
const PLAIN_NUMBER = /^[+-]?(?:\d[\d.,]*|[.,]\d[\d.,]*)$/;

/**
 * CSV injection (OWASP): a text cell a spreadsheet would run as a formula gets a leading single quote, so Excel
 * shows it as text. A text already beginning with quotes before such a character gets one more, so the server's
 * import (server/src/exports/csv-injection.ts, the same rule) reads any of these back to the original text.
 * Numbers are never changed.
 */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = neutraliseCell(value);
  // A neutralised cell is always quoted, as OWASP advises.
  return text !== value || /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The training data label while the server serves training data (data/dataset.ts sets it): one for the page load, so
 * every download says it without each caller passing it on.
 */
let exportLabel: string | null = null;

export function setExportLabel(label: string | null): void {
  exportLabel = label;
}

/** The training data label downloads carry now; null for official data. */
export function currentExportLabel(): string | null {
  return exportLabel;
}

/**
 * The one way the dashboard writes CSV (every download goes through here): a byte-order mark (so Excel reads UTF-8
 * names such as "Sulawesi Tengah — Luwuk" right), a header row, CRLF line ends, empty cells for missing values —
 * never zero — and text cells neutralised against CSV injection. Training data gets its label on a line above the
 * header, as the server's exports do.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [...(exportLabel ? [[exportLabel]] : []), header, ...rows].map((r) => r.map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A download's file name: training data's start with LATIHAN-, so that a folder of downloads shows which they are. */
function labelledName(fileName: string): string {
  return exportLabel && !fileName.startsWith('LATIHAN-') ? `LATIHAN-${fileName}` : fileName;
}

/** A file name from a title: "Persentase Penduduk Miskin (P0), 2025" → "persentase-penduduk-miskin-p0-2025". */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || 'data';
}

/** Saves a file from the browser. */
export function downloadFile(fileName: string, content: string | Blob, type = 'text/csv;charset=utf-8'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = labelledName(fileName);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadDataUrl(fileName: string, dataUrl: string): void {
  const a = document.createElement('a');
  a.href = dataUrl;
  a.download = labelledName(fileName);
  document.body.append(a);
  a.click();
  a.remove();
}
