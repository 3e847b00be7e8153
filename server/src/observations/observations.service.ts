import type { Database } from '../db/database.js';
import { badInput } from '../graphql/errors.js';
import { parsePeriod } from '../imports/values.js';
import type { Observation, ObservationFilter, SeriesPoint } from './observation.types.js';
import { SeriesFrequency } from './observation.types.js';
import { breaksFor, buildSeries, pickFrequency, type SeriesBreakRule } from './series.js';

export const MAX_PAGE_SIZE = 1000;

export const OBSERVATION_COLUMNS = `o.indicator_code AS "indicatorCode", o.region_code AS "regionCode", o.period, o.year, o.subperiod,
  o.value::float8 AS value, o.status::text AS status, o.note, o.import_batch_id AS "importBatchId",
  to_char(o.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updatedAt", o.source_id AS "sourceId"`;

interface Cursor {
  i: string;
  r: string;
  y: number;
  s: number;
}

export function encodeCursor(o: Pick<Observation, 'indicatorCode' | 'regionCode' | 'year' | 'subperiod'>): string {
  return Buffer.from(
    JSON.stringify({ i: o.indicatorCode, r: o.regionCode, y: o.year, s: o.subperiod } satisfies Cursor),
  ).toString('base64url');
}

function decodeCursor(cursor: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as Cursor;
    if (typeof c.i === 'string' && typeof c.r === 'string' && Number.isInteger(c.y) && Number.isInteger(c.s)) return c;
  } catch {}
  throw badInput('`after` is not a cursor returned by this API: pass pageInfo.endCursor from the previous page.');
}

function periodBound(text: string | null | undefined, name: string): [number, number] | null {
  if (!text) return null;
  const p = parsePeriod(text);
  if (!p) throw badInput(`${name} “${text}” is not a period: write "2020" or "2020-03".`);
  return [p.year, p.month ?? 0];
}

/** Builds the WHERE clause shared by pages and counts. */
function where(filter: ObservationFilter, params: unknown[]): string {
  const add = (v: unknown) => `$${params.push(v)}`;
  const clauses: string[] = [];
  if (filter.indicatorCodes?.length) clauses.push(`o.indicator_code = ANY(${add(filter.indicatorCodes)}::text[])`);
  if (filter.regionCodes?.length) clauses.push(`o.region_code = ANY(${add(filter.regionCodes)}::text[])`);
  if (filter.level) clauses.push(`r.level = ${add(filter.level)}::"RegionLevel"`);
  if (filter.parentCode) {
    // Kemendagri codes nest ("75" ⊃ "75.01" ⊃ "75.01.01"); the national root holds everything.
    if (filter.parentCode !== 'ID') clauses.push(`o.region_code LIKE ${add(`${filter.parentCode}.%`)}`);
    else clauses.push(`o.region_code <> 'ID'`);
  }
  const from = periodBound(filter.periodFrom, 'periodFrom');
  if (from) clauses.push(`(o.year, o.subperiod) >= (${add(from[0])}::int, ${add(from[1])}::int)`);
  const to = periodBound(filter.periodTo, 'periodTo');
  if (to) clauses.push(`(o.year, o.subperiod) <= (${add(to[0])}::int, ${add(to[1] === 0 ? 12 : to[1])}::int)`);
  if (filter.status) clauses.push(`o.status = ${add(filter.status)}::"VerificationStatus"`);
  return clauses.length ? clauses.join(' AND ') : 'true';
}

export async function findObservationPage(
  db: Database,
  filter: ObservationFilter,
  first: number,
  after: string | null,
): Promise<{ rows: Observation[]; hasNextPage: boolean }> {
  if (first < 1 || first > MAX_PAGE_SIZE) throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}, got ${first}.`);
  const params: unknown[] = [];
  let condition = where(filter, params);
  if (after) {
    const c = decodeCursor(after);
    const p = (v: unknown) => `$${params.push(v)}`;
    condition += ` AND (o.indicator_code, o.region_code, o.year, o.subperiod) > (${p(c.i)}::text, ${p(c.r)}::text, ${p(c.y)}::int, ${p(c.s)}::int)`;
  }
  params.push(first + 1);
  const rows = await db.sql.query<Observation>(
    `SELECT ${OBSERVATION_COLUMNS} FROM observation o JOIN region r ON r.code = o.region_code
     WHERE ${condition} ORDER BY o.indicator_code, o.region_code, o.year, o.subperiod LIMIT $${params.length}`,
    params,
  );
  return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
}

export async function countObservations(db: Database, filter: ObservationFilter): Promise<number> {
  const params: unknown[] = [];
  const [row] = await db.sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM observation o JOIN region r ON r.code = o.region_code WHERE ${where(filter, params)}`,
    params,
  );
  return row?.n ?? 0;
}

export async function loadSeriesBreaks(db: Database): Promise<SeriesBreakRule[]> {
  return db.sql.query<SeriesBreakRule>(
    `SELECT indicator_code AS "indicatorCode", region_code AS "regionCode", starts_at AS "startsAt",
            reason_id AS "reasonId", reason_en AS "reasonEn" FROM series_break`,
  );
}

export interface SeriesResult {
  indicatorCode: string;
  regionCode: string;
  frequency: SeriesFrequency;
  points: SeriesPoint[];
}

/** One indicator over time for several regions: one statement for the values, whatever the number of regions. */
export async function findSeries(
  db: Database,
  args: {
    indicatorCode: string;
    regionCodes: string[];
    frequency: SeriesFrequency;
    periodFrom?: string | null;
    periodTo?: string | null;
  },
  breaks: readonly SeriesBreakRule[],
): Promise<SeriesResult[]> {
  if (args.regionCodes.length === 0) return [];
  if (args.regionCodes.length > 600) throw badInput('series accepts at most 600 regions at once.');
  const params: unknown[] = [];
  const condition = where(
    {
      indicatorCodes: [args.indicatorCode],
      regionCodes: args.regionCodes,
      periodFrom: args.periodFrom ?? null,
      periodTo: args.periodTo ?? null,
    },
    params,
  );
  const rows = await db.sql.query<Observation>(
    `SELECT ${OBSERVATION_COLUMNS} FROM observation o JOIN region r ON r.code = o.region_code WHERE ${condition}`,
    params,
  );
  const byRegion = new Map<string, Observation[]>(args.regionCodes.map((c) => [c, []]));
  for (const row of rows) byRegion.get(row.regionCode)?.push(row);
  return args.regionCodes.map((regionCode) => {
    const own = byRegion.get(regionCode) ?? [];
    const frequency = pickFrequency(own, args.frequency === SeriesFrequency.AUTO ? 'AUTO' : args.frequency);
    const points = buildSeries(own, breaksFor(breaks, args.indicatorCode, regionCode), frequency).map(
      ({ point, breakBefore }) => ({
        ...point,
        breakBefore: breakBefore !== null,
        breakReasonId: breakBefore?.reasonId ?? null,
        breakReasonEn: breakBefore?.reasonEn ?? null,
      }),
    );
    return { indicatorCode: args.indicatorCode, regionCode, frequency: frequency as SeriesFrequency, points };
  });
}
