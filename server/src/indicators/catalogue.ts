import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { IndicatorDefinition } from '../catalogue/definitions.js';
import { seedDir } from '../config.js';
import type { SqlClient } from '../db/database.js';

/** An entry of prisma/seed/indicators.json: an indicator's whole definition. */
export type CatalogueIndicator = IndicatorDefinition;

export function readIndicatorCatalogue(): CatalogueIndicator[] {
  return JSON.parse(readFileSync(join(seedDir, 'indicators.json'), 'utf8')) as CatalogueIndicator[];
}

export interface SeriesBreakRow {
  /** Null: the break applies to every indicator (a region's boundaries changed). */
  indicator: string | null;
  region: string | null;
  startsAt: string;
  reasonId: string;
  reasonEn: string;
}

export function readSeriesBreaks(): SeriesBreakRow[] {
  const rows: Record<string, string>[] = parse(readFileSync(join(seedDir, 'series-breaks.csv')), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  });
  return rows.map((r) => ({
    indicator: r.indicator || null,
    region: r.region || null,
    startsAt: r.starts_at!,
    reasonId: r.reason_id!,
    reasonEn: r.reason_en!,
  }));
}

/** Replaces the recorded series breaks with the seed file's (they are reference data, not figures). */
export async function replaceSeriesBreaks(sql: SqlClient, rows: readonly SeriesBreakRow[]): Promise<void> {
  await sql.query('DELETE FROM series_break');
  await sql.query(
    `INSERT INTO series_break (indicator_code, region_code, starts_at, reason_id, reason_en)
     SELECT indicator, region, "startsAt", "reasonId", "reasonEn"
     FROM json_to_recordset($1::json) AS t(indicator text, region text, "startsAt" text, "reasonId" text, "reasonEn" text)`,
    [JSON.stringify(rows)],
  );
}
