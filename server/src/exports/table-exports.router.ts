import { Router } from 'express';
import type { Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { RegionLevel } from '../generated/prisma/enums.js';
import { type Context, createContext } from '../graphql/context.js';
import { preferredLanguage } from '../messages/language.js';
import { ProgrammesResolver } from '../programmes/programmes.graphql.js';
import type { ReferenceCache } from '../reference/reference-cache.js';
import { buildTable, MAX_TABLE_INDICATORS, MAX_TABLE_PERIODS, MAX_TABLE_REGIONS } from '../table/table.service.js';
import type { TableCellStatus } from '../table/table.types.js';
import { TargetsResolver } from '../targets/targets.resolver.js';
import { MAX_SCORECARD_REGIONS } from '../targets/targets.service.js';
import type { CsvValue } from './csv-format.js';
import { list, oneOf, type Query, required, text, wholeNumber, yesNo } from './export-params.js';
import { type CsvExport, type ExportFormat, type Identify, inPages, stream } from './export-stream.js';
import { LEVEL_WORDS, latestSources, PROGRESS_WORDS } from './table-exports.words.js';
import type { XlsxColumn } from './xlsx-download.js';

// The table, the scorecard and the programme figures as files for Excel: the same services as the GraphQL queries
// (table, scorecard, programmeFigures), so the numbers, the visibility rules (see observations/visibility.ts) and the
// refusals are the same. Each in CSV (numbers as published, as /export/observations.csv writes them) and in XLSX
// (numbers as numbers, with the indicator's decimals as their format). Every row carries the region's name, and every
// value its publisher and release date where the data has them.

type Column = Omit<XlsxColumn, 'header'>;
const TEXT: Column = { kind: 'text' };
const DATE: Column = { kind: 'date', width: 12 };
const number = (decimals: number | null): Column => ({ kind: 'number', decimals });
/** A year is a number without thousands grouping (an Indonesian Excel would show 2.024 otherwise). */
const YEAR: Column = { kind: 'number', decimals: null, width: 8 };
/** A scorecard's value in the unit of its row's indicator. */
const IN_UNIT: Column = { kind: 'number', decimals: 'row' };

const STATUS_WORDS: Record<TableCellStatus, string> = {
  VALUE: '',
  ANNUAL_ROUND: 'angka putaran tahunan (lihat kolom periode)',
  NO_VALUE: 'tidak ada data',
  NOT_MEASURED: 'tidak diukur pada periode ini',
  LEVEL_NOT_PUBLISHED: 'tidak diterbitkan untuk tingkat wilayah ini',
  NOT_YET_FORMED: 'wilayah belum terbentuk',
};

const LEVELS = Object.values(RegionLevel);

export function tableExportsRouter(db: Database, reference: ReferenceCache, identify: Identify): Router {
  const router = Router();
  /** A request's context as on /graphql: its loaders, its budget of statements and time, its language. */
  const contextOf = (viewer: Viewer, req: { headers: Record<string, unknown> }): Context =>
    createContext(db, reference, { viewer, language: preferredLanguage(req.headers['accept-language'] as string | undefined) });

  const both = (path: string, allowed: readonly string[], prepare: (params: Query, ctx: Context) => Promise<CsvExport>) => {
    for (const format of ['csv', 'xlsx'] as ExportFormat[]) {
      router.get(`/${path}.${format}`, (req, res) =>
        stream(req, res, identify, allowed, (params, viewer) => prepare(params, contextOf(viewer, req)), format),
      );
    }
  };

  /** ?indicator=poverty_rate_p0,human_development_index_ipm&parent=ID&level=PROVINCE&period=2024 (or from=&to=) */
  both('table', ['indicator', 'region', 'parent', 'level', 'period', 'from', 'to'], async (params, ctx) => {
    const table = await buildTable(ctx.db, ctx.loaders, ctx.viewer, {
      indicatorCodes: list(params, 'indicator', MAX_TABLE_INDICATORS, {
        en: 'split the table into several',
        id: 'bagi tabel menjadi beberapa',
      }),
      regionCodes: list(params, 'region', MAX_TABLE_REGIONS, {
        en: 'use parent= (and level=) for every region under one',
        id: 'pakai parent= (dan level=) untuk semua wilayah di bawah satu induk',
      }),
      parentCode: text(params, 'parent'),
      level: oneOf(params, 'level', LEVELS),
      periods: list(params, 'period', MAX_TABLE_PERIODS, { en: 'use from= and to=', id: 'pakai from= dan to=' }),
      periodFrom: text(params, 'from'),
      periodTo: text(params, 'to'),
    });
    const perIndicator = table.columns.flatMap(
      (c) =>
        [
          [c.indicatorCode, number(c.decimals)],
          [`${c.indicatorCode}_periode`, TEXT],
          [`${c.indicatorCode}_keterangan`, TEXT],
          [`${c.indicatorCode}_sumber`, TEXT],
          [`${c.indicatorCode}_penerbit`, TEXT],
          [`${c.indicatorCode}_tanggal_rilis`, DATE],
        ] as const,
    );
    const fixed = [
      ['kode_wilayah', TEXT],
      ['nama_wilayah', { kind: 'text', width: 28 }],
      ['tingkat', TEXT],
      ['periode', TEXT],
    ] as const;
    const columns = [...fixed, ...perIndicator];
    return {
      fileName: `tabel-${table.periods[0] ?? 'kosong'}${table.periods.length > 1 ? `-${table.periods.at(-1)}` : ''}.csv`,
      sheetName: 'Tabel',
      header: columns.map(([h]) => h),
      columns: columns.map(([, c]) => c),
      pages: inPages(table.rows, (r) => [
        r.regionCode,
        r.regionName,
        LEVEL_WORDS[r.level],
        r.period,
        ...r.cells.flatMap((c): CsvValue[] => [
          c.value,
          c.period,
          STATUS_WORDS[c.status],
          c.sourceTitle,
          c.publisher,
          c.releaseDate,
        ]),
      ]),
    };
  });

  /** ?document=RKP-2026&parent=ID (or region=75,75.02) &indicator=…&targetYear=2026&includeParent=ya */
  both('scorecard', ['document', 'parent', 'includeParent', 'region', 'indicator', 'targetYear'], async (params, ctx) => {
    const regionCodes = list(params, 'region', MAX_SCORECARD_REGIONS, {
      en: 'use parent= for every region under one',
      id: 'pakai parent= untuk semua wilayah di bawah satu induk',
    });
    const indicatorCodes = list(params, 'indicator', MAX_TABLE_INDICATORS * 10, {
      en: 'leave indicator out for every indicator the document targets',
      id: 'kosongkan indicator untuk semua indikator yang ditargetkan dokumen',
    });
    const card = await new TargetsResolver().scorecard(
      ctx,
      required(params, 'document', 'RPJMN-2025-2029'),
      text(params, 'parent'),
      yesNo(params, 'includeParent', false),
      regionCodes.length ? regionCodes : null,
      indicatorCodes.length ? indicatorCodes : null,
      wholeNumber(params, 'targetYear', 2029),
      // The export holds every cell: filtering and ordering are the query's.
      { where: null, orderBy: null, first: null },
    );
    const [regions, indicators, sources] = await Promise.all([
      ctx.loaders.regionByCode.loadMany(card.regionCodes),
      ctx.loaders.indicatorByCode.loadMany(card.indicatorCodes),
      latestSources(ctx.db, ctx.viewer, card.cells),
    ]);
    const nameOf = new Map(regions.flatMap((r) => (r && !(r instanceof Error) ? [[r.code, r.name] as const] : [])));
    const indicatorOf = new Map(indicators.flatMap((i) => (i && !(i instanceof Error) ? [[i.code, i] as const] : [])));
    const columns: (readonly [string, Column])[] = [
      ['kode_wilayah', TEXT],
      ['nama_wilayah', { kind: 'text', width: 28 }],
      ['indikator', TEXT],
      ['nama_indikator', { kind: 'text', width: 32 }],
      ['satuan', TEXT],
      ['status', TEXT],
      ['keterangan_status', TEXT],
      ['periode_terakhir', TEXT],
      ['nilai_terakhir', IN_UNIT],
      ['sumber', TEXT],
      ['penerbit', TEXT],
      ['tanggal_rilis', DATE],
      ['periode_dasar', TEXT],
      ['nilai_dasar', IN_UNIT],
      ['tahun_target', YEAR],
      ['target', IN_UNIT],
      ['batas_bawah', IN_UNIT],
      ['batas_atas', IN_UNIT],
      ['wilayah_target', TEXT],
      ['sasaran', IN_UNIT],
      ['perubahan_per_tahun_diperlukan', IN_UNIT],
      ['perubahan_per_tahun_aktual', IN_UNIT],
      ['proyeksi', IN_UNIT],
      ['skor_kesenjangan', number(null)],
      ['dokumen', TEXT],
    ];
    return {
      fileName: `kartu-skor-${card.documentCode}.csv`,
      sheetName: 'Kartu skor',
      // Values in the row's indicator's unit are shown with its decimals (Gini 0,379; P0 8,47), never rounded.
      rowDecimals: (cells) => indicatorOf.get(String(cells[2]))?.decimals ?? null,
      header: columns.map(([h]) => h),
      columns: columns.map(([, c]) => c),
      pages: inPages(card.cells, (c) => {
        const indicator = indicatorOf.get(c.indicatorCode);
        const source = c.latest ? sources.get(`${c.regionCode}|${c.indicatorCode}|${c.latest.period}`) : undefined;
        return [
          c.regionCode,
          nameOf.get(c.regionCode),
          c.indicatorCode,
          indicator?.nameId,
          indicator?.unitId,
          c.status,
          PROGRESS_WORDS[c.status],
          c.latest?.period,
          c.latest?.value,
          source?.title,
          source?.publisher,
          source?.releaseDate,
          c.baseline?.period,
          c.baseline?.value,
          c.target?.year,
          c.target?.value,
          c.target?.lowerBound,
          c.target?.upperBound,
          c.targetRegionCode,
          c.goal,
          c.requiredChangePerYear,
          c.actualChangePerYear,
          c.projectedValue,
          c.gapScore,
          c.documentCode,
        ];
      }),
    };
  });

  /** ?programme=PKH,1.06.05&parent=75 (or region=75.01,75.02) &year=2025 */
  both('programme-figures', ['programme', 'region', 'parent', 'year'], async (params, ctx) => {
    const resolver = new ProgrammesResolver();
    const programmeCodes = list(params, 'programme', 100, {
      en: 'leave programme out for every programme',
      id: 'kosongkan programme untuk semua program',
    });
    const regionCodes = list(params, 'region', 1000, {
      en: 'use parent= for every region under one',
      id: 'pakai parent= untuk semua wilayah di bawah satu induk',
    });
    const figures = await resolver.programmeFigures(
      ctx,
      programmeCodes.length ? programmeCodes : null,
      regionCodes.length ? regionCodes : null,
      text(params, 'parent'),
      wholeNumber(params, 'year', 2025),
    );
    const [programmes, regions, sources] = await Promise.all([
      resolver.programmes(ctx),
      ctx.loaders.regionByCode.loadMany([...new Set(figures.map((f) => f.regionCode))]),
      ctx.loaders.sourceById.loadMany([...new Set(figures.flatMap((f) => (f.sourceId ? [f.sourceId] : [])))]),
    ]);
    const programmeOf = new Map(programmes.map((p) => [p.code, p]));
    const nameOf = new Map(regions.flatMap((r) => (r && !(r instanceof Error) ? [[r.code, r.name] as const] : [])));
    const sourceOf = new Map(sources.flatMap((s) => (s && !(s instanceof Error) ? [[s.id, s] as const] : [])));
    const columns: [string, Column][] = [
      ['kode_program', TEXT],
      ['nama_program', { kind: 'text', width: 32 }],
      ['kode_wilayah', TEXT],
      ['nama_wilayah', { kind: 'text', width: 28 }],
      ['tahun', YEAR],
      ['penerima', number(0)],
      ['satuan_penerima', TEXT],
      ['sasaran', number(0)],
      ['cakupan_persen', number(2)],
      ['pagu_rupiah', number(0)],
      ['realisasi_rupiah', number(0)],
      ['serapan_persen', number(2)],
      ['sumber', TEXT],
      ['penerbit', TEXT],
      ['tanggal_rilis', DATE],
      ['data_per', TEXT],
    ];
    return {
      fileName: 'angka-program.csv',
      sheetName: 'Angka program',
      header: columns.map(([h]) => h),
      columns: columns.map(([, c]) => c),
      pages: inPages(figures, (f) => {
        const source = f.sourceId ? sourceOf.get(f.sourceId) : undefined;
        const programme = programmeOf.get(f.programmeCode);
        return [
          f.programmeCode,
          programme?.nameId,
          f.regionCode,
          nameOf.get(f.regionCode),
          f.year,
          f.recipients,
          programme?.recipientUnit,
          f.eligible,
          f.coverage,
          f.budgetAllocated,
          f.budgetSpent,
          f.absorption,
          source?.title,
          source?.publisher || null,
          source?.releaseDate,
          f.dataAsOf,
        ];
      }),
    };
  });

  return router;
}
