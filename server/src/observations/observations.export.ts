import type { Database } from '../db/database.js';
import { toCsv } from '../seed/csv.js';

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
    note: string | null;
  }>(
    `SELECT o.region_code AS region, r.name, o.indicator_code AS indicator, o.period, o.value::text AS value,
            s.title, s.url, s.publisher, o.note
     FROM observation o JOIN region r ON r.code = o.region_code LEFT JOIN source s ON s.id = o.source_id
     WHERE ($1::text[] IS NULL OR o.indicator_code = ANY($1)) AND ($2::text[] IS NULL OR o.region_code = ANY($2))
     ORDER BY o.indicator_code, o.region_code, o.year, o.subperiod`,
    [filter.indicators ?? null, filter.regions ?? null],
  );
  return toCsv([
    LONG_FORMAT_HEADER,
    // numeric(24,6) prints trailing zeros ("8.470000"); write the number as published.
    ...rows.map((r) => [r.region, r.name, r.indicator, r.period, String(Number(r.value)), r.title, r.url, r.publisher, r.note]),
  ]);
}
