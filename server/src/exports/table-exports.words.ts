import type { Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import type { RegionLevel } from '../generated/prisma/enums.js';
import { visibleObservations } from '../observations/visibility.js';
import type { ProgressStatus } from '../targets/progress.js';

/** A region's level as the exports' `tingkat` column says it. */
export const LEVEL_WORDS: Record<RegionLevel, string> = {
  NATIONAL: 'nasional',
  PROVINCE: 'provinsi',
  REGENCY_CITY: 'kabupaten/kota',
  DISTRICT: 'kecamatan',
  VILLAGE: 'desa/kelurahan',
};

/** A scorecard status as the export's `keterangan_status` column says it. */
export const PROGRESS_WORDS: Record<ProgressStatus, string> = {
  ACHIEVED: 'tercapai',
  ON_TRACK: 'sesuai jalur',
  AT_RISK: 'berisiko',
  OFF_TRACK: 'tidak sesuai jalur',
  NO_DATA: 'tidak ada data',
};

export interface ValueSource {
  title: string | null;
  publisher: string | null;
  releaseDate: string | null;
}

/**
 * The source of each cell's latest value, keyed "region|indicator|period", in one statement whatever the number of
 * cells; only the values the viewer may read (the scorecard measured no other).
 */
export async function latestSources(
  db: Database,
  viewer: Viewer,
  cells: readonly { regionCode: string; indicatorCode: string; latest: { period: string } | null }[],
): Promise<Map<string, ValueSource>> {
  const wanted = cells.filter((c) => c.latest);
  if (!wanted.length) return new Map();
  const rows = await db.sql.query<ValueSource & { key: string }>(
    `SELECT o.region_code || '|' || o.indicator_code || '|' || o.period AS key, s.title, NULLIF(s.publisher, '') AS publisher,
            to_char(s.released_on, 'YYYY-MM-DD') AS "releaseDate"
     FROM observation o JOIN unnest($1::text[], $2::text[], $3::text[]) AS w(region_code, indicator_code, period)
       ON o.region_code = w.region_code AND o.indicator_code = w.indicator_code AND o.period = w.period
       LEFT JOIN source s ON s.id = o.source_id
     WHERE ${visibleObservations(viewer)}`,
    [wanted.map((c) => c.regionCode), wanted.map((c) => c.indicatorCode), wanted.map((c) => c.latest!.period)],
  );
  return new Map(rows.map(({ key, ...source }) => [key, source]));
}
