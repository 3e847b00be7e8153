import type { Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { visibilityOf } from '../observations/visibility.js';
import type { IndicatorCoverage, Indicator as IndicatorType } from './indicator.types.js';

export type IndicatorRecord = IndicatorType;

const COLUMNS = `code, name_id AS "nameId", name_en AS "nameEn", definition_id AS "definitionId", definition_en AS "definitionEn",
  unit_id AS "unitId", unit_en AS "unitEn", decimals, direction::text AS direction, periodicity::text AS periodicity,
  period_months AS "periodMonths", annual_round AS "annualRound", year_on_year AS "yearOnYear", levels::text[] AS levels, aggregation::text AS aggregation,
  weight_indicator_code AS "weightIndicatorCode", min_value::float8 AS "minValue", max_value::float8 AS "maxValue", topic,
  reference_code AS "referenceCode", source, source_url AS "sourceUrl", ratio_factor::float8 AS "ratioFactor",
  numerator_id AS "numeratorId", numerator_en AS "numeratorEn", denominator_id AS "denominatorId", denominator_en AS "denominatorEn"`;

function normalise(row: IndicatorRecord & { levels: unknown }): IndicatorRecord {
  const levels = Array.isArray(row.levels)
    ? row.levels
    : String(row.levels)
        .replace(/^\{|\}$/g, '')
        .split(',')
        .filter(Boolean);
  return { ...row, levels: levels as IndicatorRecord['levels'] };
}

export async function findIndicators(
  db: Database,
  filter: { topic?: string | null; level?: string | null } = {},
): Promise<IndicatorRecord[]> {
  const rows = await db.sql.query<IndicatorRecord>(
    `SELECT ${COLUMNS} FROM indicator
     WHERE ($1::text IS NULL OR topic = $1) AND ($2::text IS NULL OR $2::"RegionLevel" = ANY(levels)) ORDER BY topic, code`,
    [filter.topic ?? null, filter.level ?? null],
  );
  return rows.map(normalise);
}

export async function indicatorsByCodes(db: Database, codes: readonly string[]): Promise<(IndicatorRecord | null)[]> {
  const rows = await db.sql.query<IndicatorRecord>(
    `SELECT ${COLUMNS} FROM indicator WHERE code = ANY($1::text[])`,
    [[...codes]],
    {
      prepare: true,
    },
  );
  const byCode = new Map(rows.map((r) => [r.code, normalise(r)]));
  return codes.map((c) => byCode.get(c) ?? null);
}

/**
 * What the viewer may read of each indicator: observations, regions and periods (see visibility.ts), read from the
 * tallies the observation triggers keep (migration observation_tally): a row per indicator and one per period,
 * instead of every value (at 16.7 million desa values an indicator has 916,000; counting them took seconds).
 */
export async function coverageByIndicator(db: Database, viewer: Viewer, codes: readonly string[]): Promise<IndicatorCoverage[]> {
  const checked = visibilityOf(viewer) === 'checked';
  const rows = checked ? 'checked_rows' : 'all_rows';
  const found = await db.sql.query<{ code: string; observations: number; regions: number; periods: string[] | null }>(
    `SELECT c.code,
       (SELECT coalesce(sum(p.${rows}), 0) FROM observation_tally_period p WHERE p.indicator_code = c.code)::int AS observations,
       coalesce((SELECT t.${checked ? 'regions_checked' : 'regions_all'} FROM observation_tally_indicator t WHERE t.indicator_code = c.code), 0) AS regions,
       (SELECT array_agg(p.period) FROM observation_tally_period p WHERE p.indicator_code = c.code AND p.${rows} > 0) AS periods
     FROM unnest($1::text[]) AS c(code)`,
    [[...codes]],
  );
  const byCode = new Map(found.map((r) => [r.code, r]));
  return codes.map((c) => {
    const r = byCode.get(c);
    const periods = [...(r?.periods ?? [])].sort();
    return { observations: r?.observations ?? 0, regions: r?.regions ?? 0, periods };
  });
}
