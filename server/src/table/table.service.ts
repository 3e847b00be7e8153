import type { Viewer } from '../accounts/viewer.js';
import { levelToCompare, scopeOf } from '../comparison/scope.js';
import type { Database } from '../db/database.js';
import type { RegionLevel } from '../generated/prisma/enums.js';
import type { Context } from '../graphql/context.js';
import { parsePeriod } from '../imports/values.js';
import type { IndicatorRecord } from '../indicators/indicators.service.js';
import { badInput } from '../messages/errors.js';
import { comparePeriods, parseStoredPeriod, periodFit } from '../observations/periods.js';
import { visibleObservations } from '../observations/visibility.js';
import { requireIndicators, requirePeriod, requirePeriodRange, requireRegions } from '../reference/lookups.js';
import { REGION_COLUMNS, type RegionRecord, regionRecordOf } from '../regions/regions.service.js';
import { TABLE_MESSAGES } from './table.messages.js';
import { assembleTable, type TableResult, type TableValue } from './table.rules.js';

/** Indicators (columns) one table may have. */
export const MAX_TABLE_INDICATORS = 10;
/** Regions one table may have: every province and kabupaten/kota (552) fits. */
export const MAX_TABLE_REGIONS = 600;
/** Periods one table may have: 20 years of two rounds each. */
export const MAX_TABLE_PERIODS = 40;
/** Cells (regions × periods × indicators) one table may have: every kabupaten/kota, ten indicators, ten periods. */
export const MAX_TABLE_CELLS = 60_000;

export interface TableArgs {
  indicatorCodes: readonly string[];
  /** Every region of `level` under this one (a code, BPS code or name). */
  parentCode?: string | null;
  level?: RegionLevel | null;
  /** Exactly these regions, first and in this order (codes, BPS codes or names). */
  regionCodes?: readonly string[] | null;
  /** The periods of the rows ("2024", "2024-03", "Maret 2024"). */
  periods?: readonly string[] | null;
  /** Or every period with data in a range. */
  periodFrom?: string | null;
  periodTo?: string | null;
}

type Loaders = Context['loaders'];

/** Periods asked for, or the bounds of a range, checked (see planPeriods). */
type PeriodPlan =
  | { kind: 'list'; periods: string[]; fetch: string[] }
  | { kind: 'range'; from: [number, number] | null; to: [number, number] | null };

/**
 * The table of regions × periods × indicators. Whatever the number of regions and indicators: the lookups of the
 * arguments (indicators and region names, usually held between requests), then one statement reading the regions and
 * every value of the table together.
 */
export async function buildTable(db: Database, loaders: Loaders, viewer: Viewer, args: TableArgs): Promise<TableResult> {
  const codes = args.indicatorCodes.map((c) => c.trim()).filter(Boolean);
  if (codes.length === 0) throw badInput(TABLE_MESSAGES.noIndicators());
  if (codes.length > MAX_TABLE_INDICATORS) throw badInput(TABLE_MESSAGES.tooManyIndicators(codes.length, MAX_TABLE_INDICATORS));
  const listedTexts = (args.regionCodes ?? []).map((c) => c.trim()).filter(Boolean);
  if (listedTexts.length > MAX_TABLE_REGIONS)
    throw badInput(TABLE_MESSAGES.tooManyRegions(listedTexts.length, MAX_TABLE_REGIONS));
  const parentText = args.parentCode?.trim() || null;
  if (args.level && !parentText && listedTexts.length > 0) throw badInput(TABLE_MESSAGES.levelWithoutParent());
  const [indicators, listed, parents] = await Promise.all([
    requireIndicators(loaders, [...new Set(codes)]),
    requireRegions(loaders, listedTexts),
    // Without regions listed, the table is of every region one level under the parent: the provinces by default.
    requireRegions(loaders, parentText ? [parentText] : listedTexts.length ? [] : ['ID']),
  ]);
  const parent = parents[0] ?? null;
  const level = parent ? levelToCompare(parent, args.level ?? null) : null;
  const plan = planPeriods(args, indicators);
  const rows = await readTable(db, viewer, {
    indicatorCodes: indicators.map((i) => i.code),
    listed: [...new Set(listed.map((r) => r.code))],
    scope: parent && level ? { parentCode: parent.code, level } : null,
    plan,
  });
  const regions = regionsOf(rows);
  loaders.remember(regions); // the rows' region fields then cost no further statement
  if (regions.length > MAX_TABLE_REGIONS) throw badInput(TABLE_MESSAGES.tooManyRegions(regions.length, MAX_TABLE_REGIONS));
  if (regions.length === 0 && parent && level) throw badInput(TABLE_MESSAGES.noRegions(parent.code, level));
  const values = rows.filter((r): r is TableRowRead & TableValue => r.indicatorCode !== null);
  const periods = plan.kind === 'list' ? plan.periods : periodsOf(values);
  if (periods.length > MAX_TABLE_PERIODS) throw badInput(TABLE_MESSAGES.tooManyPeriods(periods.length, MAX_TABLE_PERIODS));
  const cells = regions.length * periods.length * codes.length;
  if (cells > MAX_TABLE_CELLS) throw badInput(TABLE_MESSAGES.tooManyCells(cells, MAX_TABLE_CELLS));
  const columns = codes.map((c) => indicators.find((i) => i.code === c)!);
  return assembleTable(columns, regions, periods, values, { annualRounds: plan.kind === 'list' });
}

/**
 * The periods of the rows: a list, each checked as analysts write it (a month must be a round of at least one of the
 * indicators), with the rounds that stand in for a year's figure; or a range, checked (not reversed, bounds possible).
 */
function planPeriods(args: TableArgs, indicators: readonly IndicatorRecord[]): PeriodPlan {
  const list = (args.periods ?? []).map((p) => p.trim()).filter(Boolean);
  const ranged = Boolean(args.periodFrom?.trim() || args.periodTo?.trim());
  if (list.length && ranged) throw badInput(TABLE_MESSAGES.periodsAndRange());
  if (!list.length && !ranged) throw badInput(TABLE_MESSAGES.noPeriods());
  if (ranged) {
    requirePeriodRange(args.periodFrom, args.periodTo, indicators);
    return { kind: 'range', from: bound(args.periodFrom, 'from'), to: bound(args.periodTo, 'to') };
  }
  if (list.length > MAX_TABLE_PERIODS) throw badInput(TABLE_MESSAGES.tooManyPeriods(list.length, MAX_TABLE_PERIODS));
  const periods = list.map((text) => {
    // A semester means a round, which depends on the indicator: only with one. A month must be a round of one of them.
    const period = requirePeriod(text, indicators.length === 1 ? indicators : null, 'periods');
    const month = parseStoredPeriod(period).subperiod;
    if (month > 0 && indicators.every((i) => periodFit(month, i) !== 'ok')) requirePeriod(text, indicators[0]!, 'periods');
    return period;
  });
  const unique = [...new Set(periods)].sort((a, b) => comparePeriods(parseStoredPeriod(a), parseStoredPeriod(b)));
  const rounds = unique.flatMap((p) => {
    const key = parseStoredPeriod(p);
    if (key.subperiod > 0) return [];
    return indicators.flatMap((i) => (i.annualRound ? [`${key.year}-${String(i.annualRound).padStart(2, '0')}`] : []));
  });
  return { kind: 'list', periods: unique, fetch: [...new Set([...unique, ...rounds])] };
}

/** (year, subperiod) at which a range starts or ends; a year alone covers its rounds, a semester its months. */
function bound(text: string | null | undefined, side: 'from' | 'to'): [number, number] | null {
  const p = text?.trim() ? parsePeriod(text) : null;
  if (!p) return null;
  if (p.month !== null) return [p.year, p.month];
  if (p.semester !== null) return [p.year, side === 'from' ? (p.semester === 1 ? 1 : 7) : p.semester === 1 ? 6 : 12];
  return [p.year, side === 'from' ? 0 : 12];
}

interface TableRowRead extends RegionRecord {
  regionOrder: number;
  indicatorCode: string | null;
  period: string | null;
  value: number | null;
  sourceId: number | null;
  status: string | null;
  publisher: string | null;
  releaseDate: string | null;
  sourceTitle: string | null;
}

/**
 * One statement: the regions of the table (those listed, in their order, then those of the level under the parent by
 * code), each with every value of the indicators in the periods that the viewer may read (see visibility.ts). A region
 * without values comes back once, with empty value columns, so that it still gets its rows.
 */
export async function readTable(
  db: Database,
  viewer: Viewer,
  q: {
    indicatorCodes: readonly string[];
    listed: readonly string[];
    scope: { parentCode: string; level: RegionLevel } | null;
    plan: PeriodPlan;
  },
): Promise<TableRowRead[]> {
  const params: unknown[] = [q.indicatorCodes, q.listed];
  const add = (v: unknown) => `$${params.push(v)}`;
  let scoped = '';
  if (q.scope) {
    const scope = scopeOf(q.scope.parentCode, q.scope.level, params.length + 1);
    params.push(...scope.params);
    scoped = `UNION ALL SELECT ${REGION_COLUMNS('r')}, 1000000 AS "regionOrder" FROM region r
      WHERE ${scope.sql} AND NOT (r.code = ANY($2::text[]))`;
  }
  let periods: string;
  if (q.plan.kind === 'list') periods = `o.period = ANY(${add(q.plan.fetch)}::text[])`;
  else {
    const { from, to } = q.plan;
    periods = [
      from ? `(o.year, o.subperiod) >= (${add(from[0])}::int, ${add(from[1])}::int)` : 'true',
      to ? `(o.year, o.subperiod) <= (${add(to[0])}::int, ${add(to[1])}::int)` : 'true',
    ].join(' AND ');
  }
  return db.sql.query<TableRowRead>(
    `WITH scope AS (
       SELECT ${REGION_COLUMNS('r')}, array_position($2::text[], r.code) AS "regionOrder" FROM region r WHERE r.code = ANY($2::text[])
       ${scoped})
     SELECT s.*, o.indicator_code AS "indicatorCode", o.period, o.value::float8 AS value, o.source_id AS "sourceId",
            o.status::text AS status, NULLIF(src.publisher, '') AS publisher,
            to_char(src.released_on, 'YYYY-MM-DD') AS "releaseDate", src.title AS "sourceTitle"
     FROM scope s
       LEFT JOIN observation o ON o.region_code = s.code AND o.indicator_code = ANY($1::text[]) AND ${periods}
         AND ${visibleObservations(viewer)}
       LEFT JOIN source src ON src.id = o.source_id
     ORDER BY s."regionOrder", s.code`,
    params,
    // A few texts (listed regions or a scope, a list of periods or a range, two kinds of reader), each kept prepared.
    { prepare: true },
  );
}

/** The regions of the rows read, each once, in the order read. */
function regionsOf(rows: readonly TableRowRead[]): RegionRecord[] {
  const seen = new Map<string, RegionRecord>();
  for (const r of rows) {
    if (seen.has(r.code)) continue;
    seen.set(r.code, regionRecordOf(r));
  }
  return [...seen.values()];
}

/** The periods with a value in a range, oldest first. */
function periodsOf(values: readonly TableValue[]): string[] {
  return [...new Set(values.map((v) => v.period))].sort((a, b) => comparePeriods(parseStoredPeriod(a), parseStoredPeriod(b)));
}
