import type { Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { parsePeriod } from '../imports/values.js';
import { badInput } from '../messages/errors.js';
import type { Observation, ObservationFilter, SeriesPoint } from './observation.types.js';
import { SeriesFrequency } from './observation.types.js';
import { breaksFor, buildSeries, pickFrequency, type SeriesBreakRule } from './series.js';
import { visibleObservations } from './visibility.js';

export const OBSERVATION_COLUMNS = `o.indicator_code AS "indicatorCode", o.region_code AS "regionCode", o.period, o.year, o.subperiod,
  o.value::float8 AS value, o.numerator::float8 AS numerator, o.denominator::float8 AS denominator,
  o.status::text AS status, o.note, o.import_batch_id AS "importBatchId",
  to_char(o.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updatedAt", o.source_id AS "sourceId"`;

/**
 * (year, subperiod) at which a range starts or ends. A year alone is 0, read by the caller as the year's start or
 * end; a semester covers its months, so "Semester I 2020" starts in January and ends in June.
 */
function periodBound(text: string | null | undefined, name: string, side: 'from' | 'to'): [number, number] | null {
  if (!text) return null;
  const p = parsePeriod(text);
  if (!p) throw badInput(`${name} “${text}” is not a period: write "2020", "2020-03", "Maret 2020" or "Semester I 2020".`);
  if (p.semester !== null) return [p.year, side === 'from' ? (p.semester === 1 ? 1 : 7) : p.semester === 1 ? 6 : 12];
  return [p.year, p.month ?? 0];
}

/**
 * Builds the WHERE clause shared by pages, counts, series and the CSV export (`o` is observation, `r` region): the
 * filter, and the rows the viewer may read (see visibility.ts), so that no caller can forget them.
 */
export function observationWhere(filter: ObservationFilter, params: unknown[], viewer: Viewer): string {
  const add = (v: unknown) => `$${params.push(v)}`;
  const visible = visibleObservations(viewer);
  const clauses: string[] = visible === 'true' ? [] : [visible];
  if (filter.indicatorCodes?.length) clauses.push(`o.indicator_code = ANY(${add(filter.indicatorCodes)}::text[])`);
  if (filter.regionCodes?.length) clauses.push(`o.region_code = ANY(${add(filter.regionCodes)}::text[])`);
  if (filter.level) clauses.push(`r.level = ${add(filter.level)}::"RegionLevel"`);
  if (filter.parentCode) {
    // Kemendagri codes nest ("75" ⊃ "75.01" ⊃ "75.01.01"); the national root holds everything.
    if (filter.parentCode !== 'ID') clauses.push(`o.region_code LIKE ${add(`${filter.parentCode}.%`)}`);
    else clauses.push(`o.region_code <> 'ID'`);
  }
  const from = periodBound(filter.periodFrom, 'periodFrom', 'from');
  if (from) clauses.push(`(o.year, o.subperiod) >= (${add(from[0])}::int, ${add(from[1])}::int)`);
  const to = periodBound(filter.periodTo, 'periodTo', 'to');
  if (to) clauses.push(`(o.year, o.subperiod) <= (${add(to[0])}::int, ${add(to[1] === 0 ? 12 : to[1])}::int)`);
  if (filter.status) clauses.push(`o.status = ${add(filter.status)}::"VerificationStatus"`);
  return clauses.length ? clauses.join(' AND ') : 'true';
}

export async function countObservations(db: Database, viewer: Viewer, filter: ObservationFilter): Promise<number> {
  const params: unknown[] = [];
  const [row] = await db.sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM observation o JOIN region r ON r.code = o.region_code WHERE ${observationWhere(filter, params, viewer)}`,
    params,
  );
  return row?.n ?? 0;
}

export async function loadSeriesBreaks(db: Database): Promise<SeriesBreakRule[]> {
  return db.sql.query<SeriesBreakRule>(
    `SELECT indicator_code AS "indicatorCode", region_code AS "regionCode", starts_at AS "startsAt",
            reason_id AS "reasonId", reason_en AS "reasonEn" FROM series_break`,
    [],
    { prepare: true },
  );
}

export interface SeriesResult {
  indicatorCode: string;
  regionCode: string;
  frequency: SeriesFrequency;
  points: SeriesPoint[];
}

/** Regions one series request may name (the country has 514 kabupaten/kota). */
export const MAX_SERIES_REGIONS = 600;
/** Series one seriesGrid request may return: all 30 indicators for the 38 provinces fit, or two for every kab/kota. */
export const MAX_GRID_SERIES = 2000;

/** The series-break rules, or how to read them: then they are read beside the values rather than before them. */
export type SeriesBreaks = readonly SeriesBreakRule[] | (() => Promise<readonly SeriesBreakRule[]>);

export interface SeriesOptions {
  frequency: SeriesFrequency;
  periodFrom?: string | null;
  periodTo?: string | null;
}

/** One indicator over time for several regions: one statement for the values, whatever the number of regions. */
export async function findSeries(
  db: Database,
  viewer: Viewer,
  args: SeriesOptions & { indicatorCode: string; regionCodes: string[] },
  breaks: SeriesBreaks,
): Promise<SeriesResult[]> {
  checkSeriesSize('series', 1, args.regionCodes.length);
  return seriesOf(db, viewer, [args.indicatorCode], args.regionCodes, args, breaks);
}

/** Refuses a request for more series than one answer may hold, before anything else is looked up. */
export function checkSeriesSize(query: 'series' | 'seriesGrid', indicators: number, regions: number): void {
  if (regions > MAX_SERIES_REGIONS) {
    throw badInput(`${query} accepts at most ${MAX_SERIES_REGIONS} regions at once, got ${regions}.`);
  }
  const count = indicators * regions;
  if (count > MAX_GRID_SERIES) {
    throw badInput(
      `${query} returns at most ${MAX_GRID_SERIES} series (indicatorCodes × regionCodes), got ${indicators} × ${regions} = ${count}: ask for fewer indicators or regions at once.`,
    );
  }
}

/**
 * Several indicators over time for several regions, indicator by indicator and within each in the order of the
 * regions: still one statement for the values, whatever the size of the grid.
 */
export async function findSeriesGrid(
  db: Database,
  viewer: Viewer,
  args: SeriesOptions & { indicatorCodes: string[]; regionCodes: string[] },
  breaks: SeriesBreaks,
): Promise<SeriesResult[]> {
  const { indicatorCodes, regionCodes } = args;
  checkSeriesSize('seriesGrid', indicatorCodes.length, regionCodes.length);
  return seriesOf(db, viewer, indicatorCodes, regionCodes, args, breaks);
}

/**
 * A series' values come as one row per indicator and region holding its points as a JSON array of arrays: the
 * drivers then decode a few dozen text cells instead of eleven columns of every point (measured on PGlite for P0 of
 * the 38 provinces, 486 points: 8.7 ms a statement as rows, 3.2 ms as JSON; most of a statement's time was the
 * decoding of its rows in JavaScript, on the thread every other request needs).
 */
const SERIES_CELLS = `SELECT o.indicator_code AS "indicatorCode", o.region_code AS "regionCode",
  json_agg(json_build_array(o.period, o.year, o.subperiod, o.value::float8, o.status::text, o.note, o.import_batch_id,
    to_char(o.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), o.source_id, o.numerator::float8,
    o.denominator::float8))::text AS points
  FROM observation o`;

interface SeriesCellRow {
  indicatorCode: string;
  regionCode: string;
  points: string;
}

type PointTuple = [
  string,
  number,
  number,
  number,
  Observation['status'],
  string | null,
  number | null,
  string,
  number | null,
  number | null,
  number | null,
];

function cellObservations(cell: SeriesCellRow): Observation[] {
  return (JSON.parse(cell.points) as PointTuple[]).map(
    ([period, year, subperiod, value, status, note, importBatchId, updatedAt, sourceId, numerator, denominator]) => ({
      indicatorCode: cell.indicatorCode,
      regionCode: cell.regionCode,
      period,
      year,
      subperiod,
      value,
      numerator,
      denominator,
      status,
      note,
      importBatchId,
      updatedAt,
      sourceId,
    }),
  );
}

async function seriesOf(
  db: Database,
  viewer: Viewer,
  indicatorCodes: readonly string[],
  regionCodes: readonly string[],
  options: SeriesOptions,
  breaks: SeriesBreaks,
): Promise<SeriesResult[]> {
  if (indicatorCodes.length === 0 || regionCodes.length === 0) return [];
  const params: unknown[] = [];
  const condition = observationWhere(
    {
      indicatorCodes: [...indicatorCodes],
      regionCodes: [...regionCodes],
      periodFrom: options.periodFrom ?? null,
      periodTo: options.periodTo ?? null,
    },
    params,
    viewer,
  );
  // The condition names only observation columns (no level or parent filter here), so no join with region.
  const [cells, rules] = await Promise.all([
    db.sql.query<SeriesCellRow>(`${SERIES_CELLS} WHERE ${condition} GROUP BY o.indicator_code, o.region_code`, params, {
      prepare: true,
    }),
    typeof breaks === 'function' ? breaks() : breaks,
  ]);
  const byCell = new Map<string, Observation[]>();
  for (const cell of cells) byCell.set(`${cell.indicatorCode}|${cell.regionCode}`, cellObservations(cell));
  const wanted = options.frequency === SeriesFrequency.AUTO ? 'AUTO' : options.frequency;
  return indicatorCodes.flatMap((indicatorCode) =>
    regionCodes.map((regionCode) => {
      const own = byCell.get(`${indicatorCode}|${regionCode}`) ?? [];
      const frequency = pickFrequency(own, wanted);
      const points = buildSeries(own, breaksFor(rules, indicatorCode, regionCode), frequency).map(
        ({ point: o, breakBefore }): SeriesPoint => ({
          // Written out rather than spread: spreading the driver's row objects costs several times more.
          indicatorCode: o.indicatorCode,
          regionCode: o.regionCode,
          period: o.period,
          year: o.year,
          subperiod: o.subperiod,
          value: o.value,
          numerator: o.numerator,
          denominator: o.denominator,
          status: o.status,
          note: o.note,
          importBatchId: o.importBatchId,
          updatedAt: o.updatedAt,
          sourceId: o.sourceId,
          breakBefore: breakBefore !== null,
          breakReasonId: breakBefore?.reasonId ?? null,
          breakReasonEn: breakBefore?.reasonEn ?? null,
        }),
      );
      return { indicatorCode, regionCode, frequency: frequency as SeriesFrequency, points };
    }),
  );
}
