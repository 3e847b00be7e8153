import { type ImportIssue, listIssue, type SourceLocation } from './import.types.js';

// The problems of one file, each with its line and column, listed up to a limit and counted beyond it.

export class Collector {
  readonly issues: ImportIssue[] = [];
  /** Issues beyond the first MAX_LISTED_ISSUES, counted. */
  readonly omitted = { count: 0 };
  add(loc: SourceLocation | null, code: string, message: string): void {
    listIssue(
      this.issues,
      { line: loc?.line ?? null, ...(loc?.column ? { column: loc.column } : {}), code, message },
      this.omitted,
    );
  }
}

export function where(loc: SourceLocation): string {
  return loc.column ? `line ${loc.line}, column “${loc.column}”` : `line ${loc.line}`;
}

/** `where` in Bahasa Indonesia, for the first half of a bilingual message. */
export function whereId(loc: SourceLocation): string {
  return loc.column ? `baris ${loc.line}, kolom “${loc.column}”` : `baris ${loc.line}`;
}
