import type { Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import type { RegionLevel } from '../generated/prisma/enums.js';
import { CODE_DEPTH, DEPTH_OF_LEVEL } from '../observations/observation-pages.js';
import { parseStoredPeriod } from '../observations/periods.js';
import { visibleObservations } from '../observations/visibility.js';
import { REGION_COLUMNS, type RegionRecord, regionRecordOf } from '../regions/regions.service.js';
import { scopeOf } from './scope.js';

/** A value a comparison reads, with its region. */
export interface ValueRow {
  indicatorCode: string;
  period: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  sourceId: number | null;
  status: string;
  updatedAt: string;
  /** A region of the compared scope (else the parent or the nation, read for reference). */
  compared: boolean;
  region: RegionRecord;
}

/** The nation, the provinces and the kabupaten/kota by code, held between requests (ReferenceCache.regionNames). */
export type HeldRegions = () => Promise<ReadonlyMap<string, RegionRecord>>;

/** A period whose values a comparison reads for its scope, with what the periods with data say about its size. */
export interface ScopePeriod {
  indicatorCode: string;
  period: string;
  /** Values in the scope for the period (from the periods with data). */
  regions: number;
  /** Values of the indicator in the period at every level (the triggers' tally). */
  total: number;
}

/**
 * How many rows reading by period may read for each row it keeps before the scope's regions drive the read instead.
 * Both ways are probes of an index: by period every value of the period is read (the rows of other scopes and levels
 * thrown away), by region one probe per region of the scope and period, with or without a value.
 */
export const ROWS_READ_PER_ROW_KEPT = 4;

/** Whether the scope's values are read by period (true) or by region: the one that reads fewer rows for the answer. */
export function readByPeriod(periods: readonly ScopePeriod[]): boolean {
  const kept = periods.reduce((n, p) => n + p.regions, 0);
  const read = periods.reduce((n, p) => n + p.total, 0);
  return read <= kept * ROWS_READ_PER_ROW_KEPT;
}

const VALUE_COLUMNS = `o.indicator_code AS "indicatorCode", o.period, o.value::float8 AS value,
  o.numerator::float8 AS numerator, o.denominator::float8 AS denominator, o.source_id AS "sourceId", o.status::text AS status,
  to_char(o.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updatedAt"`;

/** The levels whose regions are held (HeldRegions): their values can be read without their region rows. */
const HELD_LEVELS: ReadonlySet<RegionLevel> = new Set(['PROVINCE', 'REGENCY_CITY']);

/**
 * Every value a comparison needs, in one statement: the scope's for its periods, and the parent's and the nation's
 * (by primary key) for theirs. The scope's are read the cheaper way for the data at hand:
 * - by period, when the scope is provinces or kabupaten/kota and most of the period's values are in it (readByPeriod):
 *   the values of the indicator in each period (index on indicator, year, subperiod), kept if their code has the
 *   level's depth and the parent's prefix, and given their regions from those held between requests. At kab/kota scale
 *   most kab/kota have no value, and 514 probes per period found 36. Without region rows to join the statement plans in
 *   less than half the time too; on the demo data planning was most of it (0.39 of 0.63 ms, against 0.29 in all).
 * - by region otherwise: the scope's regions (found through the parent chain) each probe observation's primary key per
 *   period. Its cost follows the scope, values or not: at desa scale, reading all kab/kota of P0 by period would read
 *   every desa's value too (183,169 rows for 413). MATERIALIZED: a CTE scan never runs in parallel workers, whose
 *   start-up (several ms on a busy machine) costs more than the few thousand probes they would share.
 */
export async function readComparisonValues(
  db: Database,
  viewer: Viewer,
  reference: { codes: readonly string[]; wanted: readonly { indicatorCode: string; period: string }[] },
  scope: { parentCode: string; level: RegionLevel; periods: readonly ScopePeriod[] },
  heldRegions: HeldRegions,
): Promise<ValueRow[]> {
  // Whatever the scope reads, the period compared is read for the parent and the nation: nothing asked, nothing read.
  if (!reference.wanted.length) return [];
  return HELD_LEVELS.has(scope.level) && scope.periods.length && readByPeriod(scope.periods)
    ? readByPeriodWithHeldRegions(db, viewer, reference, scope, heldRegions)
    : readByRegion(db, viewer, reference, scope);
}

type ReferenceWanted = Parameters<typeof readComparisonValues>[2];
type ScopeWanted = Parameters<typeof readComparisonValues>[3];
type FlatRow = Omit<ValueRow, 'region'> & RegionRecord;

async function readByPeriodWithHeldRegions(
  db: Database,
  viewer: Viewer,
  reference: ReferenceWanted,
  scope: ScopeWanted,
  heldRegions: HeldRegions,
): Promise<ValueRow[]> {
  const visible = visibleObservations(viewer);
  // One parameter per value, not arrays: PostgreSQL then finds a generic plan as good as the custom ones (the indexes
  // above, by equality) and stops planning each request after the fifth; with arrays to unnest, its generic plan was a
  // sequential scan, and each request was planned anew (0.15–0.23 ms of the statement's 0.3–0.4 ms on the demo data,
  // against 0.1 ms in all now). One text per shape (indicators, periods of each), a handful in practice.
  const params: unknown[] = [];
  const $ = (value: unknown, type = 'text') => {
    params.push(value);
    return `$${params.length}::${type}`;
  };
  const referencePeriods = byIndicator(reference.wanted, (w) => w.period);
  const referenceSql = `o.region_code IN (${reference.codes.map((c) => $(c)).join(', ')}) AND (${[...referencePeriods]
    .map(([code, periods]) => `(o.indicator_code = ${$(code)} AND o.period IN (${periods.map((p) => $(p)).join(', ')}))`)
    .join(' OR ')})`;
  const scopeKeys = byIndicator(scope.periods, (p) => parseStoredPeriod(p.period));
  const scopeSql = `${CODE_DEPTH} = ${$(DEPTH_OF_LEVEL[scope.level], 'int')}${
    scope.parentCode === 'ID' ? '' : ` AND o.region_code LIKE ${$(`${scope.parentCode}.%`)}`
  } AND (${[...scopeKeys]
    .map(
      ([code, keys]) =>
        `(o.indicator_code = ${$(code)} AND (${keys
          .map((k) => `(o.year = ${$(k.year, 'int')} AND o.subperiod = ${$(k.subperiod, 'int')})`)
          .join(' OR ')}))`,
    )
    .join(' OR ')})`;
  const [rows, regions] = await Promise.all([
    db.sql.query<Omit<ValueRow, 'region'> & { code: string }>(
      `SELECT ${VALUE_COLUMNS}, o.region_code AS code, false AS compared FROM observation o
       WHERE ${referenceSql} AND ${visible}
       UNION ALL
       SELECT ${VALUE_COLUMNS}, o.region_code, true FROM observation o
       WHERE ${scopeSql} AND ${visible}`,
      params,
      { prepare: true },
    ),
    heldRegions(),
  ]);
  const values: ValueRow[] = [];
  for (const r of rows) {
    const region = regions.get(r.code);
    // The nation shares the provinces' depth (DEPTH_OF_LEVEL); a code the registry does not hold is no region of the scope.
    if (!region || (r.compared && region.level !== scope.level)) continue;
    values.push(valueRowOf(r, region));
  }
  return values;
}

/** What each indicator asks for, in the order first asked. */
function byIndicator<T extends { indicatorCode: string }, V>(items: readonly T[], pick: (item: T) => V): Map<string, V[]> {
  const grouped = new Map<string, V[]>();
  for (const item of items) {
    const list = grouped.get(item.indicatorCode);
    if (list) list.push(pick(item));
    else grouped.set(item.indicatorCode, [pick(item)]);
  }
  return grouped;
}

async function readByRegion(db: Database, viewer: Viewer, reference: ReferenceWanted, scope: ScopeWanted): Promise<ValueRow[]> {
  const visible = visibleObservations(viewer);
  const columns = `${VALUE_COLUMNS}, ${REGION_COLUMNS('r')}`;
  const params: unknown[] = [
    reference.codes,
    reference.wanted.map((w) => w.indicatorCode),
    reference.wanted.map((w) => w.period),
  ];
  let sql = `SELECT ${columns}, false AS compared
    FROM region r
      CROSS JOIN unnest($2::text[], $3::text[]) AS w(indicator_code, period)
      JOIN observation o ON o.indicator_code = w.indicator_code AND o.region_code = r.code AND o.period = w.period
    WHERE r.code = ANY($1::text[]) AND ${visible}`;
  if (scope.periods.length) {
    const where = scopeOf(scope.parentCode, scope.level, 4);
    const next = 4 + where.params.length;
    params.push(
      ...where.params,
      scope.periods.map((p) => p.indicatorCode),
      scope.periods.map((p) => p.period),
    );
    sql += `
    UNION ALL
    SELECT * FROM (
      WITH scope AS MATERIALIZED (SELECT r.* FROM region r WHERE ${where.sql})
      SELECT ${columns}, true
      FROM scope r
        CROSS JOIN unnest($${next}::text[], $${next + 1}::text[]) AS w(indicator_code, period)
        JOIN observation o ON o.indicator_code = w.indicator_code AND o.region_code = r.code AND o.period = w.period
      WHERE ${visible}
    ) by_region`;
  }
  const rows = await db.sql.query<FlatRow>(sql, params, { prepare: true });
  return rows.map((r) => valueRowOf(r, regionRecordOf(r)));
}

/** A value read with its region (written out: spreading objects costs several times more here, per row). */
function valueRowOf(r: Omit<ValueRow, 'region'>, region: RegionRecord): ValueRow {
  return {
    indicatorCode: r.indicatorCode,
    period: r.period,
    value: r.value,
    numerator: r.numerator,
    denominator: r.denominator,
    sourceId: r.sourceId,
    status: r.status,
    updatedAt: r.updatedAt,
    compared: r.compared,
    region,
  };
}
