import type { Request, Response } from 'express';
import { exportMarksFor } from '../training/dataset.js';
import { type CsvStyle, type CsvValue, csvLine, csvStart } from './csv-format.js';

/** Text gathered before it is handed to the socket: one write per ~64 KB rather than one per row. */
const FLUSH_CHARS = 64 * 1024;

/**
 * A CSV download written as it is produced. The file's text goes out in chunks; when the client reads more slowly
 * than the export produces, `row` waits for the socket to drain (backpressure), so memory holds a chunk, not the
 * file. `closed` turns true as soon as the client hangs up, and from then on nothing is written: the producer
 * checks it and stops reading the database.
 */
export class CsvDownload {
  private buffer = '';
  private started = false;
  private left = false;
  private drained: Promise<void> | null = null;
  rows = 0;

  constructor(
    private readonly res: Response,
    private readonly fileName: string,
    private readonly header: readonly string[],
    private readonly style: CsvStyle,
    /** A line above the header: the training data label. */
    private readonly label: string | null = null,
  ) {
    res.on('close', () => {
      // 'close' after 'finish' is the normal end; before it, the client hung up (or the connection was cut).
      if (!res.writableFinished) this.left = true;
    });
  }

  /** The client hung up, or the download was aborted. */
  get closed(): boolean {
    return this.left || this.res.destroyed;
  }

  /** Sends the status and headers (once), e.g. after the first rows were read without error. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.res.status(200);
    this.res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    const marks = this.label ? exportMarksFor(this.label) : null;
    const fileName = marks ? `${marks.filePrefix}${this.fileName}` : this.fileName;
    this.res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    if (marks) this.res.setHeader('X-Kesra-Dataset', marks.header);
    this.buffer = csvStart(this.header, this.style, this.label);
  }

  /** Adds a row; resolves at once, or once the client has taken what was sent before. */
  async row(cells: readonly CsvValue[]): Promise<void> {
    this.start();
    this.buffer += csvLine(cells, this.style);
    this.rows++;
    if (this.buffer.length >= FLUSH_CHARS) await this.flush();
  }

  /** Hands the gathered text to the socket, and waits while the socket's buffer is full. */
  async flush(): Promise<void> {
    if (this.drained) await this.drained;
    if (this.closed || this.buffer === '') return;
    const text = this.buffer;
    this.buffer = '';
    if (!this.res.write(text)) {
      this.drained = new Promise<void>((resolve) => {
        const done = () => {
          this.res.off('drain', done);
          this.res.off('close', done);
          this.drained = null;
          resolve();
        };
        this.res.on('drain', done);
        this.res.on('close', done);
      });
      await this.drained;
    }
  }

  /** The complete file: the rest of the text and the end of the response. */
  async end(): Promise<void> {
    this.start();
    await this.flush();
    if (!this.closed) this.res.end();
  }

  /** Whether the status line and headers have gone out, so an error can no longer be answered with a status. */
  get headersSent(): boolean {
    return this.res.headersSent;
  }

  /**
   * Ends a download that failed after its headers were sent: the connection is cut without the last chunk, so
   * the client sees an incomplete transfer (curl: "transfer closed with outstanding read data remaining"; a
   * browser: "Failed – network error"), never a file that looks complete.
   */
  abort(): void {
    this.buffer = '';
    this.left = true;
    this.res.destroy();
  }
}

/** The request's path for logs, without a query string longer than a line. */
export function describeRequest(req: Request): string {
  const url = req.originalUrl;
  return url.length > 300 ? `${url.slice(0, 300)}… (${url.length} characters)` : url;
}
