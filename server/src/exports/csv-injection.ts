// CSV (formula) injection: a spreadsheet opening a CSV file runs a cell that begins with =, +, -, @, a tab or a
// line break as a formula (=HYPERLINK(...) sends data away, =cmd|... runs programs). OWASP's advice, followed
// here: prefix such a text cell with a single quote, and quote the cell. Excel then shows the text as text.
//
// The exporter's promise is that an export imports again unchanged, so the import reads a cell the exporter
// neutralised back to the original text: `restoreNeutralisedCell` undoes exactly what `neutraliseCell` does.
// To keep that one-to-one, a text that already begins with quotes before such a character ("'=x") gets one
// more quote too ("''=x"), and the import takes exactly one away. The dashboard applies the same rule to its
// own downloads (web/src/charts/csv.ts).

/** Quotes, then a character a spreadsheet reads as the start of a formula: =, +, -, @, tab, CR or LF. */
const FORMULA_START = /^'*[=+\-@\t\r\n]/;
/**
 * A number written as text ("-1,5", "-0.25", "+3"): a spreadsheet reads it as that number, and it cannot
 * call anything, so it stays as it is.
 */
const PLAIN_NUMBER = /^[+-]?(?:\d[\d.,]*|[.,]\d[\d.,]*)$/;
/** What `neutraliseCell` wrote: one added quote before the quotes and formula character of the original. */
const NEUTRALISED = /^''*[=+\-@\t\r\n]/;

/** Whether a text cell must be neutralised before it goes into a CSV file. Numbers never are. */
export function needsNeutralising(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}

/** A text cell as it may be written to a CSV file: with a leading single quote if a spreadsheet would run it. */
export function neutraliseCell(text: string): string {
  return needsNeutralising(text) ? `'${text}` : text;
}

/**
 * A text cell as read from a file: the original text of a cell that `neutraliseCell` changed ("'=HYPERLINK(…)"
 * is read as "=HYPERLINK(…)", "'-tidak ada" as "-tidak ada"). Any other text is returned as it is, so files
 * written by hand are read as before, except that a quote before a formula character is taken as this mark.
 */
export function restoreNeutralisedCell(text: string): string;
export function restoreNeutralisedCell(text: string | undefined): string | undefined;
export function restoreNeutralisedCell(text: string | null | undefined): string | null | undefined;
export function restoreNeutralisedCell(text: string | null | undefined): string | null | undefined {
  return text && NEUTRALISED.test(text) ? text.slice(1) : text;
}
