import { setImmediate as nextTurn } from 'node:timers/promises';
import { type Request, type Response, Router } from 'express';
import { GraphQLError } from 'graphql';
import { sessionSecretOf } from '../accounts/credentials.js';
import { type Accounts, requestHttp, viewerOfRequest } from '../accounts/request-auth.js';
import { unauthenticated, type Viewer } from '../accounts/viewer.js';
import {
  type AuditEntryFilter,
  auditEntryExportPages,
  authorizeAuditTrail,
  authorizeImportHistory,
  importBatchExportPages,
} from '../audit/audit.service.js';
import { compareRegions } from '../comparison/comparison.service.js';
import type { Database } from '../db/database.js';
import { RegionLevel, VerificationStatus } from '../generated/prisma/enums.js';
import { createLoaders } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { requireIndicators, requirePeriodRange, requireRegions } from '../graphql/lookups.js';
import type { ReferenceCache } from '../graphql/reference-cache.js';
import { SeriesFrequency } from '../observations/observation.types.js';
import { EXPORT_PAGE_ROWS, observationExportPages } from '../observations/observations.export.js';
import { checkSeriesSize, findSeries, MAX_SERIES_REGIONS } from '../observations/observations.service.js';
import { type DatasetKind, exportLabelFor } from '../training/dataset.js';
import { type CsvValue, csvStyleFrom } from './csv-format.js';
import { CsvDownload, describeRequest } from './csv-stream.js';

// CSV downloads for people who continue in Excel: the same services as the GraphQL API, so the
// numbers are the same; values are numbers as published, never rounded or formatted. Every export is
// written as it is read (see `stream`): memory holds a page of rows, whatever the size of the answer.
// The request's credentials decide what it reads, as on /graphql: anonymous visitors and viewers only
// VERIFIED and PUBLISHED values (see observations/visibility.ts).

/** Indicator codes one export may name (the catalogue has 30). */
export const MAX_EXPORT_INDICATORS = 100;
/** Region codes one export may name: every province and kabupaten/kota (552) fits; beyond, use parent=. */
export const MAX_EXPORT_REGIONS = MAX_SERIES_REGIONS;
/** Characters a code or a word in the query string may have: enough for any code, period or level. */
const MAX_VALUE_CHARS = 100;

type Query = Record<string, string | undefined>;

/**
 * The query string's parameters, checked against those the export takes: an unknown parameter (a typo such as
 * `indicators=` would otherwise export everything), one given twice, or a value longer than any code is a 400
 * saying which.
 */
function paramsOf(req: Request, path: string, allowed: readonly string[]): Query {
  const query = req.query as Record<string, unknown>;
  const params: Query = {};
  const names = Object.keys(query);
  const unknown = names.filter((n) => !allowed.includes(n));
  if (unknown.length > 0) {
    const named = unknown.slice(0, 3).map((n) => `“${clip(n)}”`);
    throw badInput(
      `Unknown parameter${unknown.length > 1 ? 's' : ''} ${named.join(', ')}${unknown.length > 3 ? ` and ${unknown.length - 3} more` : ''}: ${path} takes ${allowed.join(', ')}.`,
    );
  }
  for (const name of names) {
    const value = query[name];
    if (typeof value !== 'string') {
      throw badInput(
        `${name} is given ${Array.isArray(value) ? value.length : 'several'} times: give it once, with several codes separated by commas (${name}=a,b).`,
      );
    }
    params[name] = value;
  }
  return params;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** A single value: trimmed, absent when empty, refused when longer than any code or period. */
function text(params: Query, name: string): string | null {
  const given = params[name]?.trim();
  if (!given) return null;
  if (given.length > MAX_VALUE_CHARS)
    throw badInput(`${name} is ${given.length} characters long; a code, word or period has at most ${MAX_VALUE_CHARS}.`);
  return given;
}

/** A comma-separated list of codes, at most `max` of them. */
function list(params: Query, name: string, max: number, advice: string): string[] {
  const codes = (params[name] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (codes.length > max)
    throw badInput(`${name} lists ${codes.length} codes; an export takes at most ${max} at once: ${advice}.`);
  const long = codes.find((c) => c.length > MAX_VALUE_CHARS);
  if (long)
    throw badInput(`${name} has a code of ${long.length} characters (“${clip(long)}”); a code has at most ${MAX_VALUE_CHARS}.`);
  return codes;
}

/** A parameter that must be one of a few words; any case. Absent gives null. */
function oneOf<T extends string>(params: Query, name: string, allowed: readonly T[]): T | null {
  const given = text(params, name);
  if (given === null) return null;
  const found = allowed.find((a) => a === given.toUpperCase());
  if (!found) throw badInput(`${name}=${given} is not one of ${allowed.join(', ')}.`);
  return found;
}

/** A whole number (an id), absent when empty. */
function wholeNumber(params: Query, name: string): number | null {
  const given = text(params, name);
  if (given === null) return null;
  if (!/^\d{1,9}$/.test(given)) throw badInput(`${name}=${clip(given)} is not a whole number, e.g. ${name}=12.`);
  return Number(given);
}

function required(params: Query, name: string, example: string): string {
  const given = text(params, name);
  if (given === null) throw badInput(`${name} is missing, e.g. ${name}=${example}.`);
  return given;
}

const LEVELS = Object.values(RegionLevel);
const STATUSES = Object.values(VerificationStatus);
const FREQUENCIES = Object.values(SeriesFrequency);

/** Rows of an export formatted between two turns of the event loop. */
export const YIELD_EVERY_ROWS = 250;

/** What an export sends: its file name and header, then its rows page by page. */
interface CsvExport {
  fileName: string;
  header: readonly string[];
  pages: AsyncIterable<readonly (readonly CsvValue[])[]>;
}

/** Rows computed in memory (a comparison, a series: bounded by their limits), handed out in pages all the same. */
async function* inPages<T>(rows: readonly T[], cells: (row: T) => readonly CsvValue[]): AsyncGenerator<(readonly CsvValue[])[]> {
  for (let i = 0; i < rows.length; i += EXPORT_PAGE_ROWS) yield rows.slice(i, i + EXPORT_PAGE_ROWS).map(cells);
}

/** Pages read from the database, each row turned into its cells as the page comes. */
async function* mapPages<T>(
  pages: AsyncIterable<readonly T[]>,
  cells: (row: T) => readonly CsvValue[],
): AsyncGenerator<(readonly CsvValue[])[]> {
  for await (const page of pages) yield page.map(cells);
}

/** Who sends an HTTP request, from its credentials; credentials that are not valid are refused (401). */
type Identify = (req: Request, res: Response) => Promise<Viewer>;

/**
 * Writes an export as it is read. The request's credentials are checked first (401 when not valid), then everything
 * else the request can get wrong before `prepare` returns, and
 * the first page is read before the status line goes out, so a refused request is still a 400 and a failure at
 * the start a 500. Then each page is written as it comes, waiting while the client's socket is full; when the
 * client hangs up, the loop leaves the page iterator and no further statement is sent. A failure after the
 * headers were sent cuts the connection (no final chunk), so the client cannot take the file for complete; it
 * is logged.
 */
async function stream(
  req: Request,
  res: Response,
  identify: Identify,
  allowed: readonly string[],
  prepare: (params: Query, viewer: Viewer) => Promise<CsvExport>,
): Promise<void> {
  let download: CsvDownload | null = null;
  try {
    const viewer = await identify(req, res);
    const params = paramsOf(req, `/export${req.path}`, [...allowed, 'decimal']);
    const style = csvStyleFrom(params);
    const csv = await prepare(params, viewer);
    download = new CsvDownload(
      res,
      csv.fileName,
      csv.header,
      style,
      (res.locals.datasetLabel as string | null | undefined) ?? null,
    );
    if (req.method === 'HEAD') {
      // The headers a GET would have, without reading a single row.
      download.start();
      res.end();
      return;
    }
    for await (const page of csv.pages) {
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
      res
        .status(status === 401 || status === 403 ? status : 400)
        .type('text/plain; charset=utf-8')
        .send(err.message);
      return;
    }
    console.error(`[kesra] Export ${describeRequest(req)} failed:`, err);
    res.status(500).type('text/plain; charset=utf-8').send('Terjadi kesalahan di server. / An internal error occurred.');
  }
}

export function exportsRouter(
  db: Database,
  reference: ReferenceCache,
  accounts: Accounts,
  datasetKind: DatasetKind = 'OFFICIAL',
): Router {
  const router = Router();
  // Every export of training data says so on its first line (see csvStart).
  router.use((_req, res, next) => {
    res.locals.datasetLabel = exportLabelFor(datasetKind);
    next();
  });
  const identify: Identify = async (req, res) => {
    const viewer = await viewerOfRequest(db, req, requestHttp(req, res, accounts, sessionSecretOf(req.headers)), accounts);
    // As on /graphql: with ANONYMOUS_ACCESS off, visitors who are not signed in get nothing.
    if (viewer.kind === 'anonymous' && !accounts.anonymousAccess) {
      throw unauthenticated('Sign in first: this server shows its data to signed-in accounts only.');
    }
    return viewer;
  };

  /** ?indicator=a,b&region=..&parent=75&level=PROVINCE&from=2020&to=2025&status=VERIFIED — long format, importable again. */
  router.get('/observations.csv', (req, res) =>
    stream(req, res, identify, ['indicator', 'region', 'parent', 'level', 'from', 'to', 'status'], async (params, viewer) => {
      const filter = {
        indicatorCodes: list(params, 'indicator', MAX_EXPORT_INDICATORS, 'leave indicator out to export every indicator'),
        regionCodes: list(params, 'region', MAX_EXPORT_REGIONS, 'use parent= (and level=) for every region under one'),
        parentCode: text(params, 'parent'),
        level: oneOf(params, 'level', LEVELS),
        periodFrom: text(params, 'from'),
        periodTo: text(params, 'to'),
        status: oneOf(params, 'status', STATUSES),
      };
      const loaders = createLoaders(db, reference, viewer);
      const [indicators, regions, parents] = await Promise.all([
        requireIndicators(loaders, filter.indicatorCodes),
        requireRegions(loaders, filter.regionCodes),
        requireRegions(loaders, filter.parentCode ? [filter.parentCode] : []),
      ]);
      requirePeriodRange(filter.periodFrom, filter.periodTo, indicators);
      // Regions by their Kemendagri codes, whatever the link wrote (a name, a BPS code).
      filter.regionCodes = regions.map((r) => r.code);
      filter.parentCode = parents[0]?.code ?? null;
      const pages = observationExportPages(db, viewer, filter);
      return {
        fileName: 'observasi.csv',
        // The columns the import reads back (a region's name is shown, its code is what is read), so that every
        // value keeps its source, publisher, publisher's page and release date through an export and a re-import.
        header: [
          'kode_wilayah',
          'nama_wilayah',
          'indikator',
          'periode',
          'nilai',
          'status',
          'sumber',
          'url_sumber',
          'penerbit',
          'url_penerbit',
          'tanggal_rilis',
          'catatan',
          'data_per',
        ],
        pages: (async function* () {
          for await (const page of pages) {
            yield page.map((r) => [
              r.regionCode,
              r.regionName,
              r.indicatorCode,
              r.period,
              r.value,
              r.status,
              r.sourceTitle,
              r.sourceUrl,
              r.publisher,
              r.publisherUrl,
              r.releasedOn,
              r.note,
              r.updatedAt,
            ]);
          }
        })(),
      };
    }),
  );

  /** ?indicator=poverty_rate_p0&region=75,75.01&frequency=ANNUAL&from=2020&to=2025 */
  router.get('/series.csv', (req, res) =>
    stream(req, res, identify, ['indicator', 'region', 'frequency', 'from', 'to'], async (params, viewer) => {
      const indicatorCode = required(params, 'indicator', 'poverty_rate_p0');
      const regionCodes = list(params, 'region', MAX_EXPORT_REGIONS, 'export the regions in parts');
      if (regionCodes.length === 0) throw badInput('region is missing, e.g. region=75,75.01.');
      const frequency = oneOf(params, 'frequency', FREQUENCIES) ?? SeriesFrequency.AUTO;
      const loaders = createLoaders(db, reference, viewer);
      checkSeriesSize('series', 1, regionCodes.length);
      const [indicators, regions, breaks] = await Promise.all([
        requireIndicators(loaders, [indicatorCode]),
        requireRegions(loaders, regionCodes),
        loaders.seriesBreaks(),
      ]);
      const [periodFrom, periodTo] = [text(params, 'from'), text(params, 'to')];
      requirePeriodRange(periodFrom, periodTo, indicators);
      const codes = regions.map((r) => r.code);
      const series = await findSeries(db, viewer, { indicatorCode, regionCodes: codes, frequency, periodFrom, periodTo }, breaks);
      const points = series.flatMap((s) => s.points.map((p) => ({ regionCode: s.regionCode, p })));
      return {
        fileName: `deret-${indicatorCode}.csv`,
        header: ['kode_wilayah', 'indikator', 'periode', 'nilai', 'patahan_seri', 'alasan_patahan'],
        pages: inPages(points, ({ regionCode, p }) => [
          regionCode,
          indicatorCode,
          p.period,
          p.value,
          p.breakBefore ? 'ya' : '',
          p.breakReasonId,
        ]),
      };
    }),
  );

  /** ?indicator=poverty_rate_p0&parent=75&period=2025 */
  router.get('/comparison.csv', (req, res) =>
    stream(req, res, identify, ['indicator', 'parent', 'level', 'period'], async (params, viewer) => {
      // Through the loaders, so the catalogue, registry and series breaks held between requests serve here too.
      const loaders = createLoaders(db, reference, viewer);
      const [[indicator], [parent]] = await Promise.all([
        requireIndicators(loaders, [required(params, 'indicator', 'poverty_rate_p0')]),
        requireRegions(loaders, [text(params, 'parent') ?? 'ID']),
      ]);
      const c = await compareRegions(
        db,
        viewer,
        indicator!,
        parent!,
        { level: oneOf(params, 'level', LEVELS), period: text(params, 'period') },
        { breaks: await loaders.seriesBreaks(), periodsWithData: loaders.periodsWithData, formed: await loaders.regionsFormed() },
      );
      return {
        fileName: `perbandingan-${indicator!.code}-${c.period ?? 'kosong'}.csv`,
        header: [
          'peringkat',
          'kode_wilayah',
          'periode',
          'nilai',
          'kuartil',
          'nilai_sebelumnya',
          'perubahan',
          'nilai_induk',
          'selisih_induk',
          'nilai_nasional',
          'selisih_nasional',
        ],
        pages: inPages(c.rows, (r) => [
          r.rank,
          r.regionCode,
          c.period,
          r.value,
          r.quartile,
          r.previousValue,
          r.change,
          c.parentValue,
          r.differenceFromParent,
          c.nationalValue,
          r.differenceFromNational,
        ]),
      };
    }),
  );
  // The import history and the audit trail: for those who read unchecked figures, refused (401, 403) before any
  // parameter is looked at; entries about accounts for administrators only. Newest first, as the API pages them.
  const identifyReader =
    (authorise: (viewer: Viewer) => void): Identify =>
    async (req, res) => {
      const viewer = await identify(req, res);
      authorise(viewer);
      return viewer;
    };

  /** ?importedBy=budi&fileName=kemiskinan&checksum=…&from=2026-01-01&to=2026-01-31 */
  router.get('/import-batches.csv', (req, res) =>
    stream(
      req,
      res,
      identifyReader(authorizeImportHistory),
      ['importedBy', 'fileName', 'checksum', 'from', 'to'],
      async (params) => {
        const pages = importBatchExportPages(db, {
          importedBy: text(params, 'importedBy'),
          fileName: text(params, 'fileName'),
          checksum: text(params, 'checksum'),
          from: text(params, 'from'),
          to: text(params, 'to'),
        });
        return {
          fileName: 'riwayat-impor.csv',
          header: [
            'id_impor',
            'nama_berkas',
            'checksum_sha256',
            'tata_letak',
            'diimpor_oleh',
            'mulai',
            'selesai',
            'status',
            'baru',
            'diubah',
            'tidak_berubah',
            'galat',
            'catatan',
          ],
          pages: mapPages(pages, (b) => [
            b.id,
            b.fileName,
            b.checksum,
            b.layout,
            b.importedBy,
            b.startedAt,
            b.finishedAt,
            b.status,
            b.inserted,
            b.updated,
            b.unchanged,
            b.errorCount,
            b.note,
          ]),
        };
      },
    ),
  );

  /** ?entity=observation&entityKeyPrefix=poverty_rate_p0|75.&changedBy=budi&field=value&importBatchId=12&from=…&to=… */
  router.get('/audit.csv', (req, res) =>
    stream(
      req,
      res,
      identifyReader((viewer) => authorizeAuditTrail(viewer, {})),
      ['entity', 'entityKey', 'entityKeyPrefix', 'changedBy', 'field', 'importBatchId', 'from', 'to'],
      async (params, viewer) => {
        const filter: AuditEntryFilter = {
          entity: text(params, 'entity'),
          entityKey: text(params, 'entityKey'),
          entityKeyPrefix: text(params, 'entityKeyPrefix'),
          changedBy: text(params, 'changedBy'),
          field: text(params, 'field'),
          importBatchId: wholeNumber(params, 'importBatchId'),
          from: text(params, 'from'),
          to: text(params, 'to'),
        };
        authorizeAuditTrail(viewer, filter);
        return {
          fileName: 'jejak-audit.csv',
          header: [
            'id',
            'entitas',
            'kunci',
            'kolom',
            'nilai_lama',
            'nilai_baru',
            'diubah_oleh',
            'waktu',
            'alasan',
            'id_impor',
            'nama_berkas',
            'checksum_sha256',
          ],
          pages: mapPages(auditEntryExportPages(db, viewer, filter), (a) => [
            a.id,
            a.entity,
            a.entityKey,
            a.field,
            a.oldValue,
            a.newValue,
            a.changedBy,
            a.changedAt,
            a.reason,
            a.importBatchId,
            a.importBatch?.fileName,
            a.importBatch?.checksum,
          ]),
        };
      },
    ),
  );

  router.use((req, res) => {
    res
      .status(404)
      .type('text/plain; charset=utf-8')
      .send(
        `No export at ${req.originalUrl}: the exports are /export/observations.csv, /export/series.csv, /export/comparison.csv, /export/import-batches.csv and /export/audit.csv.`,
      );
  });
  return router;
}
