import { Router } from 'express';
import { anonymousAccessOff } from '../accounts/anonymous-access.js';
import { sessionSecretOf } from '../accounts/credentials.js';
import { type Accounts, requestHttp, viewerOfRequest } from '../accounts/request-auth.js';
import type { Viewer } from '../accounts/viewer.js';
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
import { badInput } from '../messages/errors.js';
import { SeriesFrequency } from '../observations/observation.types.js';
import { observationExportPages } from '../observations/observations.export.js';
import { checkSeriesSize, findSeries, MAX_SERIES_REGIONS } from '../observations/observations.service.js';
import { requireIndicators, requirePeriodRange, requireRegions } from '../reference/lookups.js';
import type { ReferenceCache } from '../reference/reference-cache.js';
import { primaryOf } from '../replicas/route.js';
import { list, oneOf, required, text, wholeNumber } from './export-params.js';
import { type Identify, inPages, mapPages, stream } from './export-stream.js';
import { tableExportsRouter } from './table-exports.router.js';

export { YIELD_EVERY_ROWS } from './export-stream.js';

import { type DatasetKind, exportLabelFor } from '../training/dataset.js';

// CSV downloads for people who continue in Excel: the same services as the GraphQL API, so the
// numbers are the same; values are numbers as published, never rounded or formatted. Every export is
// written as it is read (see `stream`): memory holds a page of rows, whatever the size of the answer.
// The request's credentials decide what it reads, as on /graphql: anonymous visitors and viewers only
// VERIFIED and PUBLISHED values (see observations/visibility.ts).

/** Indicator codes one export may name (the catalogue has 30). */
export const MAX_EXPORT_INDICATORS = 100;
/** Region codes one export may name: every province and kabupaten/kota (552) fits; beyond, use parent=. */
export const MAX_EXPORT_REGIONS = MAX_SERIES_REGIONS;
const LEVELS = Object.values(RegionLevel);
const STATUSES = Object.values(VerificationStatus);
const FREQUENCIES = Object.values(SeriesFrequency);

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
    // Sign-in checks on the primary: a session created a moment ago may not have reached a replica yet.
    const viewer = await viewerOfRequest(
      primaryOf(db),
      req,
      requestHttp(req, res, accounts, sessionSecretOf(req.headers)),
      accounts,
    );
    // As on /graphql: with ANONYMOUS_ACCESS off, visitors who are not signed in get nothing.
    if (viewer.kind === 'anonymous' && !accounts.anonymousAccess) {
      throw anonymousAccessOff();
    }
    return viewer;
  };

  /** ?indicator=a,b&region=..&parent=75&level=PROVINCE&from=2020&to=2025&status=VERIFIED — long format, importable again. */
  router.get('/observations.csv', (req, res) =>
    stream(req, res, identify, ['indicator', 'region', 'parent', 'level', 'from', 'to', 'status'], async (params, viewer) => {
      const filter = {
        indicatorCodes: list(params, 'indicator', MAX_EXPORT_INDICATORS, {
          en: 'leave indicator out to export every indicator',
          id: 'kosongkan indicator untuk mengekspor semua indikator',
        }),
        regionCodes: list(params, 'region', MAX_EXPORT_REGIONS, {
          en: 'use parent= (and level=) for every region under one',
          id: 'pakai parent= (dan level=) untuk semua wilayah di bawah satu induk',
        }),
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
          // A ratio's parts (empty for other indicators and for a ratio whose value came alone), read back by the import.
          'pembilang',
          'penyebut',
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
              r.numerator,
              r.denominator,
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
      const regionCodes = list(params, 'region', MAX_EXPORT_REGIONS, {
        en: 'export the regions in parts',
        id: 'ekspor wilayahnya sebagian-sebagian',
      });
      if (regionCodes.length === 0)
        throw badInput({ en: 'region is missing, e.g. region=75,75.01.', id: 'region belum diisi, mis. region=75,75.01.' });
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
        {
          breaks: await loaders.seriesBreaks(),
          periodsWithData: loaders.periodsWithData,
          formed: await loaders.regionsFormed(),
          regionIndex: loaders.regionIndex,
        },
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

  router.use(tableExportsRouter(db, reference, identify));

  router.use((req, res) => {
    res
      .status(404)
      .type('text/plain; charset=utf-8')
      .send(
        `No export at ${req.originalUrl}: the exports are /export/observations.csv, /export/series.csv, /export/comparison.csv, /export/table.csv (.xlsx), /export/scorecard.csv (.xlsx), /export/programme-figures.csv (.xlsx), /export/import-batches.csv and /export/audit.csv.`,
      );
  });
  return router;
}
