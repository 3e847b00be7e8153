import { loadCategoryRules } from '../breakdowns/category-rules.js';
import type { Database, SqlClient } from '../db/database.js';
import type { Formation } from '../regions/existence.js';
import { readRegionNames } from '../regions/seed-files.js';
import { RegionResolver } from './region-resolver.js';
import type { OtherRegionName } from './region-resolver.types.js';
import type { IndicatorRule, ReferenceData } from './validate.types.js';

const REGIONS =
  'SELECT code, bps_code AS "bpsCode", name, level::text AS level, kind::text AS kind, parent_code AS "parentCode" FROM region';

/** The region registry as a resolver of codes and names (a catalogue file's owner regions). */
export async function regionResolverOf(sql: SqlClient): Promise<RegionResolver> {
  const rows = await sql.query<ConstructorParameters<typeof RegionResolver>[0][number]>(REGIONS);
  return new RegionResolver(rows, otherRegionNames());
}

/** Everything validation needs from the database, in six statements whatever the file size. */
export async function loadReferenceData(db: Database): Promise<ReferenceData> {
  const [regions, indicators, documents, programmes, formations, breakdowns] = await Promise.all([
    db.sql.query<{
      code: string;
      bpsCode: string | null;
      name: string;
      level: string;
      kind: string | null;
      parentCode: string | null;
    }>(REGIONS),
    db.sql.query<{
      code: string;
      nameEn: string;
      unitEn: string;
      levels: string[] | string;
      periodicity: IndicatorRule['periodicity'];
      periodMonths: number[];
      minValue: string | null;
      maxValue: string | null;
      ratioFactor: number | null;
      decimals: number;
      annualRound: number | null;
    }>(
      `SELECT code, name_en AS "nameEn", unit_en AS "unitEn", levels::text[] AS levels, periodicity::text AS periodicity,
              period_months AS "periodMonths", min_value::text AS "minValue", max_value::text AS "maxValue",
              ratio_factor::float8 AS "ratioFactor", decimals,
              annual_round AS "annualRound" FROM indicator`,
    ),
    db.sql.query<{ code: string; startYear: number; endYear: number }>(
      'SELECT code, start_year AS "startYear", end_year AS "endYear" FROM planning_document',
    ),
    db.sql.query<{ code: string; regionCode: string | null }>('SELECT code, region_code AS "regionCode" FROM programme'),
    // The regions formed by a recorded split (six provinces today): each value's year is checked against them in memory.
    db.sql.query<Formation>(
      `SELECT r.code, r.name, r.exists_since AS since, c.from_code AS "fromCode", f.name AS "fromName", c.legal_basis AS "legalBasis"
       FROM region r
         JOIN region_change c ON c.to_code = r.code AND c.kind = 'SPLIT' AND c.year = r.exists_since
         JOIN region f ON f.code = c.from_code
       WHERE r.exists_since IS NOT NULL`,
    ),
    loadCategoryRules(db.sql),
  ]);
  return {
    regions: new RegionResolver(regions as ConstructorParameters<typeof RegionResolver>[0], otherRegionNames()),
    regionLevels: new Map(regions.map((r) => [r.code, r.level])),
    indicators: new Map(
      indicators.map((i) => [
        i.code,
        {
          code: i.code,
          nameEn: i.nameEn,
          unitEn: i.unitEn,
          levels: pgArray(i.levels),
          periodicity: i.periodicity,
          periodMonths: i.periodMonths,
          minValue: i.minValue === null ? null : Number(i.minValue),
          maxValue: i.maxValue === null ? null : Number(i.maxValue),
          ratioFactor: i.ratioFactor,
          decimals: i.decimals,
          annualRound: i.annualRound,
        },
      ]),
    ),
    documents: new Map(documents.map((d) => [d.code, d])),
    programmes: new Map(programmes.map((p) => [p.code, p.regionCode])),
    formations: new Map(formations.map((f) => [f.code, f])),
    breakdowns,
  };
}

/** Former names and BPS spellings, so tables of 2004–2025 resolve with the names of their day. */
export function otherRegionNames(): OtherRegionName[] {
  return readRegionNames().map((n) => ({
    code: n.code,
    name: n.name,
    ...(n.kind === 'FORMER' ? { rename: { year: n.year, legalBasis: n.legalBasis } } : {}),
  }));
}

/** Enum arrays may arrive as "{A,B}" text depending on the driver. */
function pgArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  return value
    .replace(/^\{|\}$/g, '')
    .split(',')
    .filter(Boolean);
}
