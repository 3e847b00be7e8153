import { type Request, type Response, Router } from 'express';
import { GraphQLError } from 'graphql';
import { compareRegions } from '../comparison/comparison.service.js';
import type { Database } from '../db/database.js';
import { RegionLevel, VerificationStatus } from '../generated/prisma/enums.js';
import { createLoaders } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { requireIndicators, requireRegions } from '../graphql/lookups.js';
import type { ReferenceCache } from '../graphql/reference-cache.js';
import { SeriesFrequency } from '../observations/observation.types.js';
import {
  checkSeriesSize,
  encodeCursor,
  findObservationPage,
  findSeries,
  MAX_PAGE_SIZE,
} from '../observations/observations.service.js';
import { type CsvStyle, csvStyleFrom, renderCsv } from './csv-format.js';

// CSV downloads for people who continue in Excel: the same services as the GraphQL API, so the
// numbers are the same; values are numbers as published, never rounded or formatted.

const list = (v: unknown) =>
  String(v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** A parameter that must be one of a few words; any case. Absent gives null. */
function oneOf<T extends string>(v: unknown, name: string, allowed: readonly T[]): T | null {
  const given = text(v);
  if (given === null) return null;
  const found = allowed.find((a) => a === given.toUpperCase());
  if (!found) throw badInput(`${name}=${given} is not one of ${allowed.join(', ')}.`);
  return found;
}

function required(v: unknown, name: string, example: string): string {
  const given = text(v);
  if (given === null) throw badInput(`${name} is missing, e.g. ${name}=${example}.`);
  return given;
}

const LEVELS = Object.values(RegionLevel);
const STATUSES = Object.values(VerificationStatus);
const FREQUENCIES = Object.values(SeriesFrequency);

function send(res: Response, fileName: string, body: string) {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.send(body);
}

function handle(work: (req: Request, res: Response, style: CsvStyle) => Promise<void>) {
  return async (req: Request, res: Response) => {
    try {
      await work(req, res, csvStyleFrom(req.query));
    } catch (err) {
      if (err instanceof GraphQLError) {
        res.status(400).type('text/plain; charset=utf-8').send(err.message);
        return;
      }
      console.error(`[kesra] Export ${req.originalUrl} failed:`, err);
      res.status(500).type('text/plain; charset=utf-8').send('Terjadi kesalahan di server. / An internal error occurred.');
    }
  };
}

export function exportsRouter(db: Database, reference: ReferenceCache): Router {
  const router = Router();

  /** ?indicator=a,b&region=..&parent=75&level=PROVINCE&from=2020&to=2025&status=VERIFIED — long format, importable again. */
  router.get(
    '/observations.csv',
    handle(async (req, res, style) => {
      const filter = {
        indicatorCodes: list(req.query.indicator),
        regionCodes: list(req.query.region),
        parentCode: text(req.query.parent),
        level: oneOf(req.query.level, 'level', LEVELS),
        periodFrom: text(req.query.from),
        periodTo: text(req.query.to),
        status: oneOf(req.query.status, 'status', STATUSES),
      };
      const rows: (string | number | null)[][] = [];
      const loaders = createLoaders(db, reference);
      await Promise.all([
        requireIndicators(loaders, filter.indicatorCodes),
        requireRegions(loaders, [...filter.regionCodes, ...(filter.parentCode ? [filter.parentCode] : [])]),
      ]);
      let after: string | null = null;
      // Paged through the same keyset query as the API, so a large export never holds one huge result.
      for (;;) {
        const page = await findObservationPage(db, filter, MAX_PAGE_SIZE, after);
        // Sources through the same batching loader the API uses: one statement per page.
        const sources = await loaders.sourceById.loadMany(page.rows.flatMap((r) => (r.sourceId === null ? [] : [r.sourceId])));
        const byId = new Map(sources.flatMap((s) => (s && !(s instanceof Error) ? [[s.id, s] as const] : [])));
        for (const r of page.rows) {
          const s = r.sourceId ? byId.get(r.sourceId) : undefined;
          rows.push([
            r.regionCode,
            r.indicatorCode,
            r.period,
            r.value,
            r.status,
            s?.title ?? null,
            s?.url ?? null,
            r.note,
            r.updatedAt,
          ]);
        }
        if (!page.hasNextPage) break;
        after = encodeCursor(page.rows[page.rows.length - 1]!);
      }
      const header = ['kode_wilayah', 'indikator', 'periode', 'nilai', 'status', 'sumber', 'url_sumber', 'catatan', 'data_per'];
      send(res, 'observasi.csv', renderCsv(header, rows, style));
    }),
  );

  /** ?indicator=poverty_rate_p0&region=75,75.01&frequency=ANNUAL&from=2020&to=2025 */
  router.get(
    '/series.csv',
    handle(async (req, res, style) => {
      const indicatorCode = required(req.query.indicator, 'indicator', 'poverty_rate_p0');
      const regionCodes = list(required(req.query.region, 'region', '75,75.01'));
      const frequency = oneOf(req.query.frequency, 'frequency', FREQUENCIES) ?? SeriesFrequency.AUTO;
      const loaders = createLoaders(db, reference);
      checkSeriesSize('series', 1, regionCodes.length);
      const [, , breaks] = await Promise.all([
        requireIndicators(loaders, [indicatorCode]),
        requireRegions(loaders, regionCodes),
        loaders.seriesBreaks(),
      ]);
      const series = await findSeries(
        db,
        { indicatorCode, regionCodes, frequency, periodFrom: text(req.query.from), periodTo: text(req.query.to) },
        breaks,
      );
      const rows = series.flatMap((s) =>
        s.points.map((p) => [s.regionCode, indicatorCode, p.period, p.value, p.breakBefore ? 'ya' : '', p.breakReasonId]),
      );
      send(
        res,
        `deret-${indicatorCode}.csv`,
        renderCsv(['kode_wilayah', 'indikator', 'periode', 'nilai', 'patahan_seri', 'alasan_patahan'], rows, style),
      );
    }),
  );

  /** ?indicator=poverty_rate_p0&parent=75&period=2025 */
  router.get(
    '/comparison.csv',
    handle(async (req, res, style) => {
      // Through the loaders, so the catalogue, registry and series breaks held between requests serve here too.
      const loaders = createLoaders(db, reference);
      const [[indicator], [parent]] = await Promise.all([
        requireIndicators(loaders, [required(req.query.indicator, 'indicator', 'poverty_rate_p0')]),
        requireRegions(loaders, [text(req.query.parent) ?? 'ID']),
      ]);
      const c = await compareRegions(
        db,
        indicator!,
        parent!,
        { level: oneOf(req.query.level, 'level', LEVELS), period: text(req.query.period) },
        { breaks: await loaders.seriesBreaks(), periodsWithData: loaders.periodsWithData },
      );
      const rows = c.rows.map((r) => [
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
      ]);
      const header = [
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
      ];
      send(res, `perbandingan-${indicator!.code}-${c.period ?? 'kosong'}.csv`, renderCsv(header, rows, style));
    }),
  );
  router.use((req, res) => {
    res
      .status(404)
      .type('text/plain; charset=utf-8')
      .send(
        `No export at ${req.originalUrl}: the exports are /export/observations.csv, /export/series.csv and /export/comparison.csv.`,
      );
  });
  return router;
}
