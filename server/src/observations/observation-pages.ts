import type { Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { formatPeriod, parsePeriod } from '../imports/values.js';
import { badInput } from '../messages/errors.js';
import type { Observation, ObservationFilter } from './observation.types.js';
import { visibleObservations } from './visibility.js';

export const MAX_PAGE_SIZE = 1000;

const PAGE_COLUMNS = `o.indicator_code AS "indicatorCode", o.region_code AS "regionCode", o.period, o.year, o.subperiod,
  o.value::float8 AS value, o.numerator::float8 AS numerator, o.denominator::float8 AS denominator,
  o.status::text AS status, o.note, o.import_batch_id AS "importBatchId",
  to_char(o.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updatedAt", o.source_id AS "sourceId"`;

/**
 * How deep a Kemendagri code sits: its dots ("75" 0, "75.01" 1, "75.01.01" 2, "75.01.01.2001" 3). Written exactly as
 * in the index observation_above_village_idx (migration 20261205144000_observation_above_village_idx), which holds the rows above desa by
 * (indicator, depth, region, period): a list of one level then reads its own rows only, instead of walking the
 * kecamatan and desa that sit between two kabupaten in the primary key's order.
 */
export const CODE_DEPTH = `(length(o.region_code) - length(replace(o.region_code, '.', '')))`;

/** The depth of codes at each level; the country ("ID") shares depth 0 with the provinces. */
export const DEPTH_OF_LEVEL: Record<string, number> = { NATIONAL: 0, PROVINCE: 0, REGENCY_CITY: 1, DISTRICT: 2, VILLAGE: 3 };

/**
 * A page's position: the last row's key in the primary key's order (indicator, region, period). Periods are canonical
 * ("2025", "2025-03"), so their text order is the order of (year, month).
 */
interface Cursor {
  i: string;
  r: string;
  p: string;
}

export function encodeCursor(o: Pick<Observation, 'indicatorCode' | 'regionCode' | 'period'>): string {
  return Buffer.from(JSON.stringify({ i: o.indicatorCode, r: o.regionCode, p: o.period } satisfies Cursor)).toString('base64url');
}

/** Reads a cursor; one written before periods were keys ({i, r, y, s}) still reads as the same position. */
export function decodeCursor(cursor: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as Partial<Cursor> & { y?: unknown; s?: unknown };
    if (typeof c.i === 'string' && typeof c.r === 'string') {
      if (typeof c.p === 'string') return { i: c.i, r: c.r, p: c.p };
      if (Number.isInteger(c.y) && Number.isInteger(c.s))
        return { i: c.i, r: c.r, p: formatPeriod(c.y as number, c.s as number) };
    }
  } catch {}
  throw badInput('`after` is not a cursor returned by this API: pass pageInfo.endCursor from the previous page.');
}

/** The first and last canonical period a range takes in; a semester covers its months, a year all of its own. */
export function periodKeys(filter: Pick<ObservationFilter, 'periodFrom' | 'periodTo'>): {
  from: string | null;
  to: string | null;
} {
  const read = (text: string | null | undefined, name: string) => {
    if (!text) return null;
    const p = parsePeriod(text);
    if (!p) throw badInput(`${name} “${text}” is not a period: write "2020", "2020-03", "Maret 2020" or "Semester I 2020".`);
    return p;
  };
  const from = read(filter.periodFrom, 'periodFrom');
  const to = read(filter.periodTo, 'periodTo');
  const fromMonth = from?.month ?? (from?.semester === 2 ? 7 : from?.semester === 1 ? 1 : null);
  const toMonth = to?.month ?? (to?.semester === 1 ? 6 : 12);
  return {
    from: from ? formatPeriod(from.year, fromMonth) : null,
    to: to ? formatPeriod(to.year, toMonth) : null,
  };
}

/** The highest code under a parent in byte order: codes are digits and dots, and none is 20 digits deep. */
const DESCENDANT_CEILING = '9'.repeat(20);

/**
 * The conditions every branch of a page shares, each one an index can serve: the region scope as a range of codes,
 * the level as a depth, the periods as a range of keys. The LIKE keeps a parent's scope exact whatever the collation.
 */
function scopeConditions(filter: ObservationFilter, viewer: Viewer, add: (v: unknown) => string): string[] {
  const visible = visibleObservations(viewer);
  const clauses: string[] = visible === 'true' ? [] : [visible];
  if (filter.regionCodes?.length) clauses.push(`o.region_code = ANY(${add(filter.regionCodes)}::text[])`);
  if (filter.level) {
    // A literal, not a parameter: the planner must see that it implies the partial index's predicate.
    const depth = DEPTH_OF_LEVEL[filter.level];
    if (depth === undefined) throw badInput(`level ${filter.level} is not a region level.`);
    clauses.push(`${CODE_DEPTH} = ${depth}`);
    if (filter.level === 'NATIONAL') clauses.push(`o.region_code = 'ID'`);
    if (filter.level === 'PROVINCE') clauses.push(`o.region_code <> 'ID'`);
  }
  if (filter.parentCode) {
    // Kemendagri codes nest ("75" ⊃ "75.01" ⊃ "75.01.01"); the national root holds everything.
    if (filter.parentCode !== 'ID') {
      const prefix = `${filter.parentCode}.`;
      clauses.push(
        `o.region_code > ${add(prefix)} AND o.region_code < ${add(prefix + DESCENDANT_CEILING)} AND o.region_code LIKE ${add(`${prefix}%`)}`,
      );
    } else clauses.push(`o.region_code <> 'ID'`);
  }
  const { from, to } = periodKeys(filter);
  if (from) clauses.push(`o.period >= ${add(from)}`);
  if (to) clauses.push(`o.period <= ${add(to)}`);
  if (filter.status) clauses.push(`o.status = ${add(filter.status)}::"VerificationStatus"`);
  return clauses;
}

const ORDER = 'ORDER BY o.indicator_code, o.region_code, o.period';

/**
 * One page of observations in the primary key's order, whose cost is the page's: one statement, whose branches each
 * start at the cursor in an index (the primary key, or observation_above_village_idx for a level above desa) and stop
 * after `first + 1` rows. After a cursor the page is the rest of the cursor's indicator, then the indicators after it:
 * two branches, because a row comparison beside a list of indicators would start every indicator at its beginning.
 */
export async function findObservationPage(
  db: Database,
  viewer: Viewer,
  filter: ObservationFilter,
  first: number,
  after: string | null,
): Promise<{ rows: Observation[]; hasNextPage: boolean }> {
  if (first < 1 || first > MAX_PAGE_SIZE) throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}, got ${first}.`);
  const params: unknown[] = [];
  const add = (v: unknown) => `$${params.push(v)}`;
  const common = scopeConditions(filter, viewer, add);
  const limit = add(first + 1);
  const select = (conditions: string[], order = ORDER) =>
    `SELECT ${PAGE_COLUMNS} FROM observation o WHERE ${conditions.length ? conditions.join(' AND ') : 'true'} ${order} LIMIT ${limit}`;
  const indicators = filter.indicatorCodes?.length ? [...new Set(filter.indicatorCodes)].sort(byteOrder) : null;

  let sql: string;
  if (!after) {
    sql = select(indicators ? [...common, `o.indicator_code = ANY(${add(indicators)}::text[])`] : common);
  } else {
    const c = decodeCursor(after);
    const branches: string[] = [];
    if (!indicators || indicators.includes(c.i)) {
      const rest = `o.indicator_code = ${add(c.i)} AND (o.region_code, o.period) > (${add(c.r)}::text, ${add(c.p)}::text)`;
      branches.push(select([...common, rest], 'ORDER BY o.region_code, o.period'));
    }
    const later = indicators?.filter((code) => code > c.i);
    if (!later) branches.push(select([...common, `o.indicator_code > ${add(c.i)}`]));
    else if (later.length) branches.push(select([...common, `o.indicator_code = ANY(${add(later)}::text[])`]));
    if (!branches.length) return { rows: [], hasNextPage: false };
    sql =
      branches.length === 1
        ? branches[0]!
        : `${branches.map((b) => `(${b})`).join(' UNION ALL ')} ORDER BY "indicatorCode", "regionCode", period LIMIT ${limit}`;
  }
  const rows = await db.sql.query<Observation>(sql, params);
  return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
}

/** The database's order of codes (byte order): indicator codes are ASCII. */
function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
