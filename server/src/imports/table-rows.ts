// What a file read for an import is made of, and how reading it fails: shared by the CSV reader (read-table.ts) and
// the workbook reader (read-xlsx.ts and its parts), which read-table.ts calls.

export interface TableRow {
  /** 1-based: the file line where the row starts (CSV) or the spreadsheet row number (XLSX). */
  line: number;
  cells: string[];
  /** Some cell holds a control character or U+FFFD (bytes that were not UTF-8): look at each cell taken. */
  suspect?: true;
}

/**
 * Characters no cell may hold: C0 and C1 control characters except tab and line breaks (NUL among
 * them, which PostgreSQL refuses in text), and U+FFFD, which decoding puts where bytes were not UTF-8.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
export const SUSPECT_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/;

/** Non-empty rows only; blank lines are left out but never renumber the others. */
export interface Table {
  rows: TableRow[];
}

/** The file as a whole cannot be read: wrong type, broken spreadsheet, unclosed quote. */
export class ImportFileError extends Error {
  /** OVER_LIMIT: the file is beyond what an import reads (a decompression bomb, a cell longer than Excel allows). */
  readonly code: 'UNSUPPORTED_FILE_TYPE' | 'UNREADABLE_FILE' | 'OVER_LIMIT';

  constructor(code: ImportFileError['code'], message: string) {
    super(message);
    this.name = 'ImportFileError';
    this.code = code;
  }
}
