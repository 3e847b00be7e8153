import { characterProblem, MAX_CODE_CHARS, MAX_NUMBER_CHARS, maxChars, URL_FIELDS, urlProblem } from './cell-text.js';
import { type ImportIssue, listIssue, type NumberCell, type PeriodRef, type RegionRef } from './import.types.js';
import { type Column, type Columns, type Field, HEADER_NAMES, REGION_FIELDS } from './layout-fields.js';
import type { TableRow } from './read-table.js';
import { type NumberOptions, parseNumber, parsePeriod, parseYear } from './values.js';

const EMPTY_NUMBER: NumberCell = Object.freeze({ text: '', value: null });

/** Reads one table row's cells by column, collecting the row's problems. */
export class RowReader {
  row!: TableRow;
  problems = 0;
  private readonly regionCaches = REGION_FIELDS.map(() => new Map<string, RegionRef>());
  private readonly periodCache = new Map<string, PeriodRef | null>();

  constructor(
    private readonly columns: Columns,
    private readonly issues: ImportIssue[],
    private readonly numberOptions: NumberOptions,
    private readonly omitted: { count: number },
  ) {}

  start(row: TableRow): void {
    this.row = row;
    this.problems = 0;
  }

  private report(column: Column | undefined, code: string, message: string): void {
    this.problems++;
    listIssue(this.issues, { line: this.row.line, column: column?.label, code, message }, this.omitted);
  }

  /** The cell's text, or undefined when it is empty or cannot be taken (reported). */
  optional(field: Field): string | undefined {
    const column = this.columns[field];
    if (!column) return undefined;
    const text = this.row.cells[column.index];
    if (text === undefined) return undefined;
    const trimmed = text.trim();
    if (trimmed === '') return undefined;
    // The common case, cheaply: short, clean, not a link.
    if (trimmed.length <= MAX_CODE_CHARS && !this.row.suspect && !URL_FIELDS.has(field)) return trimmed;
    return this.acceptable(field, column, trimmed) ? trimmed : undefined;
  }

  /** Characters, length and (for links) scheme a field may have; a problem is reported with the cell. */
  private acceptable(field: Field, column: Column, text: string): boolean {
    const problem =
      (this.row.suspect ? characterProblem(column.label, text) : null) ??
      (text.length > maxChars(field)
        ? {
            code: 'TEXT_TOO_LONG',
            message: `“${column.label}” holds ${text.length.toLocaleString('en-US')} characters; it may hold at most ${maxChars(field).toLocaleString('en-US')}`,
          }
        : URL_FIELDS.has(field)
          ? urlProblem(column.label, text)
          : null);
    if (!problem) return true;
    this.report(column, problem.code, problem.message);
    return false;
  }

  required(field: Field, what: string): string {
    const problems = this.problems;
    const text = this.optional(field);
    if (text !== undefined) return text;
    const column = this.columns[field];
    if (this.problems > problems) return '';
    this.report(column, 'MISSING_VALUE', `“${column?.label ?? HEADER_NAMES[field][0]}” is empty: every row needs ${what}`);
    return '';
  }

  number(field: Field): NumberCell {
    const column = this.columns[field];
    if (!column) return EMPTY_NUMBER;
    const text = this.row.cells[column.index] ?? '';
    if ((this.row.suspect || text.length > MAX_NUMBER_CHARS) && !this.acceptableNumber(column, text)) return EMPTY_NUMBER;
    const cell = parseNumber(text, this.numberOptions);
    if (cell.value !== null || cell.invalid) cell.column = column.label;
    return cell;
  }

  private acceptableNumber(column: Column, text: string): boolean {
    const problem =
      (this.row.suspect ? characterProblem(column.label, text) : null) ??
      (text.length > MAX_NUMBER_CHARS
        ? {
            code: 'NOT_A_NUMBER',
            message: `“${column.label}” holds ${text.length.toLocaleString('en-US')} characters, too many for a number`,
          }
        : null);
    if (!problem) return true;
    this.report(column, problem.code, problem.message);
    return false;
  }

  region(): RegionRef {
    for (let i = 0; i < REGION_FIELDS.length; i++) {
      const [field, system] = REGION_FIELDS[i]!;
      const problems = this.problems;
      const text = this.optional(field);
      if (this.problems > problems) return { text: '', system: 'any' };
      if (text === undefined) continue;
      const cache = this.regionCaches[i]!;
      let ref = cache.get(text);
      if (!ref) {
        // Shared by every row naming the same region: a million rows hold a few hundred regions.
        ref = Object.freeze({ text, system });
        cache.set(text, ref);
      }
      return ref;
    }
    const first = REGION_FIELDS.map(([field]) => this.columns[field]).find(Boolean);
    this.report(first, 'MISSING_VALUE', `“${first?.label ?? 'wilayah'}” is empty: every row needs a region (wilayah)`);
    return { text: '', system: 'any' };
  }

  period(field: Field): PeriodRef {
    const text = this.required(field, 'a period (periode)');
    if (text === '') return { text, year: 0, month: null, semester: null };
    let period = this.periodCache.get(text);
    if (period === undefined) {
      const parsed = parsePeriod(text);
      period = parsed && Object.freeze(parsed);
      this.periodCache.set(text, period);
    }
    if (period) return period;
    this.report(
      this.columns[field],
      'BAD_PERIOD',
      `cannot read the period “${text}” (periode): write 2025, 2025-03, Maret 2025 or Semester I 2025`,
    );
    return { text, year: 0, month: null, semester: null };
  }

  year(field: Field, required: boolean): number | null {
    const text = required ? this.required(field, 'a year (tahun)') : this.optional(field);
    if (text === undefined || text === '') return null;
    const year = parseYear(text);
    if (year === null) {
      this.report(this.columns[field], 'BAD_YEAR', `cannot read the year “${text}” (tahun): write four digits, 1900–2100`);
    }
    return year;
  }

  yearOrder(startField: Field, start: number | null, end: number | null): void {
    if (start !== null && end !== null && end < start) {
      this.report(this.columns[startField], 'BAD_YEAR', `the period ends (${end}) before it starts (${start})`);
    }
  }
}
