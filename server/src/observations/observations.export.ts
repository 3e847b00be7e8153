import type { Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { csvCell } from '../exports/csv-format.js';
import type { ObservationFilter } from './observation.types.js';
import { observationWhere } from './observations.service.js';

export interface ObservationExportFilter {
  indicators?: string[];
  regions?: string[];
}

/** Header of the documented long format; an export can be imported again unchanged. */
export const LONG_FORMAT_HEADER = [
  'kode_wilayah',
  'nama_wilayah',
  'indikator',
  'periode',
  'nilai',
  'sumber',
  'url_sumber',
  'penerbit',
  'url_penerbit',
  'tanggal_rilis',
  'catatan',
];

/** Observations as a long-format CSV (UTF-8, header row), ordered by indicator, region and period. */
export async function exportObservationsCsv(db: Database, filter: ObservationExportFilter = {}): Promise<string> {
  const rows = await db.sql.query<{
    region: string;
    name: string;
    indicator: string;
    period: string;
    value: string;
    title: string | null;
    url: string | null;
    publisher: string | null;
    publisherUrl: string | null;
    releasedOn: string | null;
    note: string | null;
  }>(
    `SELECT o.region_code AS region, r.name, o.indicator_code AS indicator, o.period, o.value::text AS value,
            s.title, s.url, s.publisher, NULLIF(s.publisher_url, '') AS "publisherUrl",
            to_char(s.released_on, 'YYYY-MM-DD') AS "releasedOn", o.note
     FROM observation o JOIN region r ON r.code = o.region_code LEFT JOIN source s ON s.id = o.source_id
     WHERE ($1::text[] IS NULL OR o.indicator_code = ANY($1)) AND ($2::text[] IS NULL OR o.region_code = ANY($2))
     ORDER BY o.indicator_code, o.region_code, o.year, o.subperiod`,
    [filter.indicators ?? null, filter.regions ?? null],
  );
  // numeric(24,6) prints trailing zeros ("8.470000"); write the number as published. Text is neutralised against
  // CSV injection by the exports' one rule, and the import reads it back.
  const lines = [
    LONG_FORMAT_HEADER,
    ...rows.map((r) => [
      r.region,
      r.name,
      r.indicator,
      r.period,
      Number(r.value),
      r.title,
      r.url,
      r.publisher,
      r.publisherUrl,
      r.releasedOn,
      r.note,
    ]),
  ];
  return `${lines.map((row) => row.map((v) => csvCell(v, { decimalComma: false })).join(',')).join('\n')}\n`;
}

/** A row of `/export/observations.csv`. */
export interface ObservationExportRow {
  regionCode: string;
  regionName: string;
  indicatorCode: string;
  period: string;
  value: number;
  /** A ratio's parts; null for other indicators and for a ratio value given alone. */
  numerator: number | null;
  denominator: number | null;
  status: string;
  sourceTitle: string | null;
  sourceUrl: string | null;
  publisher: string | null;
  publisherUrl: string | null;
  /** The publisher's release date (YYYY-MM-DD), null when the source gives none. */
  releasedOn: string | null;
  note: string | null;
  updatedAt: string;
}

/** Rows one statement of an export reads: about 0.2 MB of text, a few milliseconds of work on either database. */
export const EXPORT_PAGE_ROWS = 2000;

/**
 * The observations a filter selects that the viewer may read, page by page, in primary-key order (indicator, region, period), each page
 * a short statement of its own that starts after the last row of the previous one (keyset pagination):
 * - memory stays at a page or two, whatever the size of the table;
 * - each page is an index range scan that resumes where the previous one stopped, so the whole export reads the
 *   table once (no page sorts or skips the rows before it);
 * - nothing is held between pages: no transaction, no pooled connection, no lock — a slow client does not hold a
 *   PostgreSQL connection, and on the embedded database other requests run between pages;
 * - the same SQL on PGlite and on a PostgreSQL server.
 * The period key is canonical ("2025" for a year, "2025-03" for a month; the import writes nothing else), so the
 * key's order is the order by year and month that the API uses. The next page is read while the caller writes
 * the current one. Stop early by leaving the `for await` loop: no further statement is sent.
 */
export async function* observationExportPages(
  db: Database,
  viewer: Viewer,
  filter: ObservationFilter,
  pageRows = EXPORT_PAGE_ROWS,
): AsyncGenerator<ObservationExportRow[]> {
  const params: unknown[] = [];
  const condition = observationWhere(filter, params, viewer);
  const after = params.length;
  const select = (keyset: boolean) =>
    `SELECT o.region_code AS "regionCode", r.name AS "regionName", o.indicator_code AS "indicatorCode", o.period,
            o.value::float8 AS value, o.numerator::float8 AS numerator, o.denominator::float8 AS denominator,
            o.status::text AS status, s.title AS "sourceTitle", s.url AS "sourceUrl",
            NULLIF(s.publisher, '') AS publisher, NULLIF(s.publisher_url, '') AS "publisherUrl",
            to_char(s.released_on, 'YYYY-MM-DD') AS "releasedOn", o.note,
            to_char(o.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updatedAt"
     FROM observation o JOIN region r ON r.code = o.region_code
       LEFT JOIN source s ON s.id = o.source_id
     WHERE ${condition}${keyset ? ` AND (o.indicator_code, o.region_code, o.period) > ($${after + 1}::text, $${after + 2}::text, $${after + 3}::text)` : ''}
     ORDER BY o.indicator_code, o.region_code, o.period LIMIT ${pageRows}`;
  const first = select(false);
  const next = select(true);
  const read = (last: ObservationExportRow | null) => {
    const page = last
      ? db.sql.query<ObservationExportRow>(next, [...params, last.indicatorCode, last.regionCode, last.period])
      : db.sql.query<ObservationExportRow>(first, params);
    // A page read ahead may fail while the caller is still writing the previous one: it is awaited (and its error
    // thrown) in turn, or dropped when the caller leaves early; never an unhandled rejection, which ends Node.
    page.catch(() => {});
    return page;
  };
  let pending: Promise<ObservationExportRow[]> | null = read(null);
  while (pending) {
    const page: ObservationExportRow[] = await pending;
    pending = page.length === pageRows ? read(page[page.length - 1]!) : null;
    if (page.length > 0) yield page;
  }
}
