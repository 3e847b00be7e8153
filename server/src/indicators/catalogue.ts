import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { seedDir } from '../config.js';
import type { SqlClient } from '../db/database.js';
import type { AggregationRule, IndicatorDirection, Periodicity, RegionLevel } from '../generated/prisma/enums.js';

export interface CatalogueIndicator {
  code: string;
  nameId: string;
  nameEn: string;
  definitionId: string;
  definitionEn: string;
  unitId: string;
  unitEn: string;
  decimals: number;
  direction: IndicatorDirection;
  periodicity: Periodicity;
  periodMonths: number[];
  annualRound: number | null;
  yearOnYear: boolean;
  levels: RegionLevel[];
  aggregation: AggregationRule;
  weightIndicatorCode: string | null;
  minValue: number | null;
  maxValue: number | null;
  topic: string;
  referenceCode: string | null;
  source: string;
  sourceUrl: string | null;
}

export function readIndicatorCatalogue(): CatalogueIndicator[] {
  return JSON.parse(readFileSync(join(seedDir, 'indicators.json'), 'utf8')) as CatalogueIndicator[];
}

/** Upserts the catalogue in one statement; safe to re-run after the catalogue file changes. */
export async function upsertIndicators(sql: SqlClient, indicators: readonly CatalogueIndicator[]): Promise<void> {
  await sql.query(
    `INSERT INTO indicator (code, name_id, name_en, definition_id, definition_en, unit_id, unit_en, decimals, direction,
       periodicity, period_months, annual_round, year_on_year, levels, aggregation, weight_indicator_code, min_value, max_value, topic,
       reference_code, source, source_url)
     SELECT code, "nameId", "nameEn", "definitionId", "definitionEn", "unitId", "unitEn", decimals,
       direction::"IndicatorDirection", periodicity::"Periodicity", "periodMonths", "annualRound", "yearOnYear",
       levels::"RegionLevel"[],
       aggregation::"AggregationRule", "weightIndicatorCode", "minValue", "maxValue", topic, "referenceCode",
       source, "sourceUrl"
     FROM json_to_recordset($1::json) AS t(code text, "nameId" text, "nameEn" text, "definitionId" text,
       "definitionEn" text, "unitId" text, "unitEn" text, decimals int, direction text, periodicity text,
       "periodMonths" int[], "annualRound" int, "yearOnYear" boolean, levels text[], aggregation text, "weightIndicatorCode" text, "minValue" numeric,
       "maxValue" numeric, topic text, "referenceCode" text, source text, "sourceUrl" text)
     ON CONFLICT (code) DO UPDATE SET
       name_id = EXCLUDED.name_id, name_en = EXCLUDED.name_en, definition_id = EXCLUDED.definition_id,
       definition_en = EXCLUDED.definition_en, unit_id = EXCLUDED.unit_id, unit_en = EXCLUDED.unit_en,
       decimals = EXCLUDED.decimals, direction = EXCLUDED.direction, periodicity = EXCLUDED.periodicity,
       period_months = EXCLUDED.period_months, annual_round = EXCLUDED.annual_round,
       year_on_year = EXCLUDED.year_on_year, levels = EXCLUDED.levels, aggregation = EXCLUDED.aggregation,
       weight_indicator_code = EXCLUDED.weight_indicator_code, min_value = EXCLUDED.min_value,
       max_value = EXCLUDED.max_value, topic = EXCLUDED.topic, reference_code = EXCLUDED.reference_code,
       source = EXCLUDED.source, source_url = EXCLUDED.source_url`,
    [JSON.stringify(indicators)],
  );
}

export interface SeriesBreakRow {
  indicator: string;
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
    indicator: r.indicator!,
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
