import ExcelJS from 'exceljs';
import type { Response } from 'express';
import { exportMarksFor } from '../training/dataset.js';
import type { CsvValue } from './csv-format.js';

/**
 * What a column of a workbook holds. Numbers are written as numbers with a number format (never as text), so that
 * Excel sums and sorts them; the format's codes are Excel's own (`#,##0.00`), which an Indonesian Excel shows as
 * 1.234,56. A date is written as a date.
 */
export interface XlsxColumn {
  header: string;
  kind?: 'text' | 'number' | 'date';
  /**
   * Decimals shown for a number column; null shows the number as it is (General); 'row' takes each row's own (a
   * scorecard's values are of a different indicator on each row), from the export's `rowDecimals`.
   */
  decimals?: number | null | 'row';
  width?: number;
}

/** The number format of a column of `decimals` decimals, with thousands grouped. */
export function numberFormat(decimals: number | null | undefined | 'row'): string {
  if (decimals === null || decimals === undefined || decimals === 'row') return 'General';
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

/** The date format of the exports' date columns: as dates are written in Indonesia. */
export const DATE_FORMAT = 'dd/mm/yyyy';

const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * An XLSX download written as it is produced (exceljs's streaming writer: rows are zipped as they are committed).
 * The same life as CsvDownload: headers once, rows, then the end; `closed` when the client hung up; `abort` cuts the
 * connection so that a failure halfway never leaves a file that looks complete. Text cells are text cells, never
 * formulas, so a text beginning with = is shown as written (no CSV injection to guard against).
 */
export class XlsxDownload {
  private started = false;
  private left = false;
  private writer: ExcelJS.stream.xlsx.WorkbookWriter | null = null;
  private sheet: ExcelJS.Worksheet | null = null;
  rows = 0;

  constructor(
    private readonly res: Response,
    private readonly fileName: string,
    private readonly sheetName: string,
    private readonly columns: readonly XlsxColumn[],
    private readonly rowDecimals?: (cells: readonly CsvValue[]) => number | null,
    /** A row above the header: the training data label (cell A1, what Excel shows first). */
    private readonly label: string | null = null,
  ) {
    res.on('close', () => {
      if (!res.writableFinished) this.left = true;
    });
  }

  get closed(): boolean {
    return this.left || this.res.destroyed;
  }

  get headersSent(): boolean {
    return this.res.headersSent;
  }

  /** Sets the status and headers (once); the workbook itself starts with the first row or the end. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.res.status(200);
    this.res.setHeader('Content-Type', CONTENT_TYPE);
    const marks = this.label ? exportMarksFor(this.label) : null;
    const fileName = marks ? `${marks.filePrefix}${this.fileName}` : this.fileName;
    this.res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    if (marks) this.res.setHeader('X-Kesra-Dataset', marks.header);
  }

  private open(): ExcelJS.Worksheet {
    if (this.sheet) return this.sheet;
    this.start();
    this.writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: this.res, useStyles: true, useSharedStrings: false });
    const headerRow = this.label ? 2 : 1;
    this.sheet = this.writer.addWorksheet(this.sheetName, { views: [{ state: 'frozen', ySplit: headerRow }] });
    this.sheet.columns = this.columns.map((c) => ({
      width: c.width ?? Math.min(40, Math.max(10, c.header.length + 2)),
      style: c.kind === 'number' ? { numFmt: numberFormat(c.decimals) } : c.kind === 'date' ? { numFmt: DATE_FORMAT } : {},
    }));
    if (this.label) {
      const label = this.sheet.addRow([this.label]);
      label.font = { bold: true, color: { argb: 'FF8B1A1A' } };
      label.commit();
    }
    const header = this.sheet.addRow(this.columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    return this.sheet;
  }

  async row(cells: readonly CsvValue[]): Promise<void> {
    const sheet = this.open();
    const values = cells.map((v, i) => {
      if (v === null || v === undefined || v === '') return null;
      const kind = this.columns[i]?.kind;
      // A date written YYYY-MM-DD becomes a date cell; anything else stays as given.
      if (kind === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return new Date(`${v}T00:00:00Z`);
      return v;
    });
    const row = sheet.addRow(values);
    if (this.rowDecimals) {
      const decimals = this.rowDecimals(cells);
      this.columns.forEach((c, i) => {
        if (c.decimals === 'row' && typeof values[i] === 'number') row.getCell(i + 1).numFmt = numberFormat(decimals);
      });
    }
    row.commit();
    this.rows++;
  }

  /** Rows are handed to the zip as they are committed; nothing is gathered here. */
  async flush(): Promise<void> {}

  /** The complete workbook: the sheet, the workbook's parts, and the end of the response. */
  async end(): Promise<void> {
    if (this.closed) return;
    this.open();
    this.sheet!.commit();
    await this.writer!.commit();
  }

  abort(): void {
    this.left = true;
    this.res.destroy();
  }
}
