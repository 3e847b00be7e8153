import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Viewer } from '../accounts/viewer.js';
import { indonesianMessage } from '../messages/errors.js';
import { preferredLanguage } from '../messages/language.js';
import { EXPORT_PAGE_ROWS } from '../observations/observations.export.js';
import { type CsvValue, csvStyleFrom } from './csv-format.js';
import { CsvDownload, describeRequest } from './csv-stream.js';
import { paramsOf, type Query } from './export-params.js';
import { type XlsxColumn, XlsxDownload } from './xlsx-download.js';

/** Rows of an export formatted between two turns of the event loop. */
export const YIELD_EVERY_ROWS = 250;

/** What an export sends: its file name and header, then its rows page by page. */
export interface CsvExport {
  /** The CSV file's name ("tabel.csv"); a workbook takes the same name ending in .xlsx. */
  fileName: string;
  header: readonly string[];
  pages: AsyncIterable<readonly (readonly CsvValue[])[]>;
  /** For a workbook: what each column holds (numbers with their decimals, dates); text where not given. */
  columns?: readonly Omit<XlsxColumn, 'header'>[];
  /** For a workbook: the sheet's name. */
  sheetName?: string;
  /** For a workbook: the decimals of a row's columns that take them from the row (see XlsxColumn.decimals). */
  rowDecimals?: (cells: readonly CsvValue[]) => number | null;
}

/** Rows computed in memory (a comparison, a series: bounded by their limits), handed out in pages all the same. */
export async function* inPages<T>(
  rows: readonly T[],
  cells: (row: T) => readonly CsvValue[],
): AsyncGenerator<(readonly CsvValue[])[]> {
  for (let i = 0; i < rows.length; i += EXPORT_PAGE_ROWS) yield rows.slice(i, i + EXPORT_PAGE_ROWS).map(cells);
}

/** Pages read from the database, each row turned into its cells as the page comes. */
export async function* mapPages<T>(
  pages: AsyncIterable<readonly T[]>,
  cells: (row: T) => readonly CsvValue[],
): AsyncGenerator<(readonly CsvValue[])[]> {
  for await (const page of pages) yield page.map(cells);
}

/** Who sends an HTTP request, from its credentials; credentials that are not valid are refused (401). */
export type Identify = (req: Request, res: Response) => Promise<Viewer>;

export type ExportFormat = 'csv' | 'xlsx';

/**
 * Writes an export as it is read. The request's credentials are checked first (401 when not valid), then everything
 * else the request can get wrong before `prepare` returns, and
 * the first page is read before the status line goes out, so a refused request is still a 400 and a failure at
 * the start a 500. Then each page is written as it comes, waiting while the client's socket is full; when the
 * client hangs up, the loop leaves the page iterator and no further statement is sent. A failure after the
 * headers were sent cuts the connection (no final chunk), so the client cannot take the file for complete; it
 * is logged. A refusal is a sentence in Bahasa Indonesia when Accept-Language prefers it, else in English.
 */
export async function stream(
  req: Request,
  res: Response,
  identify: Identify,
  allowed: readonly string[],
  prepare: (params: Query, viewer: Viewer) => Promise<CsvExport>,
  format: ExportFormat = 'csv',
): Promise<void> {
  let download: CsvDownload | XlsxDownload | null = null;
  try {
    const viewer = await identify(req, res);
    // A workbook holds numbers, not text: the CSV's decimal separator has no meaning there.
    const params = paramsOf(req, `/export${req.path}`, format === 'csv' ? [...allowed, 'decimal'] : allowed);
    const style = csvStyleFrom(params);
    const prepared = await prepare(params, viewer);
    // Training data says so above the header of every file (see exports.router.ts).
    const label = (res.locals.datasetLabel as string | null | undefined) ?? null;
    download =
      format === 'csv'
        ? new CsvDownload(res, prepared.fileName, prepared.header, style, label)
        : new XlsxDownload(
            res,
            prepared.fileName.replace(/\.csv$/, '.xlsx'),
            prepared.sheetName ?? 'Data',
            prepared.header.map((header, i) => ({ header, ...prepared.columns?.[i] })),
            prepared.rowDecimals,
            label,
          );
    if (req.method === 'HEAD') {
      // The headers a GET would have, without reading a single row.
      download.start();
      res.end();
      return;
    }
    for await (const page of prepared.pages) {
      for (let i = 0; i < page.length; i++) {
        if (download.closed) break;
        await download.row(page[i]!);
        // Other requests' turn every few hundred rows, not only between pages: formatting a page of 2000 rows at once
        // held the event loop for milliseconds, and a dashboard request beside an export waited that long at each
        // of its steps (measured: a comparison took 4.8 times its idle median beside an unfiltered export).
        if (i % YIELD_EVERY_ROWS === YIELD_EVERY_ROWS - 1) await nextTurn();
      }
      if (download.closed) break;
      await download.flush();
      // Other requests' turn between pages: the embedded database answers from this same thread.
      await nextTurn();
    }
    await download.end();
  } catch (err) {
    if (download?.headersSent) {
      console.error(
        `[kesra] Export ${describeRequest(req)} failed after ${download.rows} rows; the connection was cut so the file shows as incomplete:`,
        err,
      );
      download.abort();
      return;
    }
    res.removeHeader('Content-Disposition');
    if (err instanceof GraphQLError) {
      // Credentials that are not valid (401) or an account refused (403) as the error says; anything else the request got wrong: 400.
      const status = (err.extensions.http as { status?: number } | undefined)?.status;
      const indonesian = preferredLanguage(req.headers['accept-language']) === 'id' ? indonesianMessage(err) : undefined;
      res
        .status(status === 401 || status === 403 ? status : 400)
        .type('text/plain; charset=utf-8')
        .send(indonesian ?? err.message);
      return;
    }
    console.error(`[kesra] Export ${describeRequest(req)} failed:`, err);
    res.status(500).type('text/plain; charset=utf-8').send('Terjadi kesalahan di server. / An internal error occurred.');
  }
}
