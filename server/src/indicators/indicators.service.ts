import type { Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { visibleObservations } from '../observations/visibility.js';
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

/** What the viewer may read of each indicator: observations, regions and periods (see visibility.ts). */
export async function coverageByIndicator(db: Database, viewer: Viewer, codes: readonly string[]): Promise<IndicatorCoverage[]> {
  const rows = await db.sql.query<{ code: string; observations: number; regions: number; periods: string[] }>(
    `SELECT o.indicator_code AS code, count(*)::int AS observations, count(DISTINCT o.region_code)::int AS regions,
            array_agg(DISTINCT o.period) AS periods
     FROM observation o WHERE o.indicator_code = ANY($1::text[]) AND ${visibleObservations(viewer)} GROUP BY o.indicator_code`,
    [[...codes]],
  );
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return codes.map((c) => {
    const r = byCode.get(c);
    const periods = [...(r?.periods ?? [])].sort();
    return { observations: r?.observations ?? 0, regions: r?.regions ?? 0, periods };
  });
}
