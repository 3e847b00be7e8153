import type { Database } from '../db/database.js';
import { parsePeriod } from '../imports/values.js';
import { isKemendagriCode } from '../regions/region-codes.js';

/**
 * What the cost estimate needs to know of the data, read in a few grouped statements and held: how many regions lie
 * under a parent at a level, which periods an indicator has and how many values at each, how many targets a document
 * sets. Lists are costed by these sizes, so that a query's cost follows the rows it will really read and return.
 */
export interface CostFacts {
  /** Regions of `level` under `parentCode` (any depth; "ID" or null for the whole country), or its direct children. */
  regionsUnder(parentCode: string | null, level: string | null): number;
  /** Most direct children any region of `level` has (any level when null). */
  maxChildren(level: string | null): number;
  /** Distinct periods with values of these indicators (all when null) within [from, to]: the most points a series holds. */
  periods(indicatorCodes: readonly string[] | null, from: string | null, to: string | null): number;
  /** Values of these indicators (all when null) within [from, to]: the rows a count over them scans. */
  observations(indicatorCodes: readonly string[] | null, from: string | null, to: string | null): number;
  regionsTotal: number;
  indicators: number;
  seriesBreaks: number;
  /** Most series breaks one region can have for an indicator: its own plus those of every region. */
  seriesBreaksPerRegion: number;
  planningDocuments: number;
  /** Most targets, regions and indicators of one planning document (the one named, or the largest). */
  document(code: string | null): { targets: number; regions: number; indicators: number };
  programmes: number;
  programmeFigures: number;
  /** The most programme figures one region has: a list under a parent holds at most its regions times this. */
  programmeFiguresPerRegion: number;
  methodologies: number;
  /** Most dimensions of a stored methodology version, and most components of one of its dimensions. */
  methodologyDimensions: number;
  methodologyComponents: number;
  accounts: number;
  /** Most roles one account holds. */
  grantsPerAccount: number;
}

interface PeriodCount {
  indicator: string;
  /** year × 100 + month (0 for an annual value): sortable, comparable with a range's bounds. */
  key: number;
  n: number;
}

/** A period as year × 100 + month; a year alone is its start (from) or its end (to). */
function bound(text: string | null, side: 'from' | 'to'): number | null {
  if (!text) return null;
  const p = parsePeriod(text);
  if (!p) return null; // the resolver says what is wrong with it
  if (p.month !== null) return p.year * 100 + p.month;
  return p.year * 100 + (side === 'from' ? 0 : 99);
}

/** Marks statements the server runs for itself, beside requests (tests counting a request's statements leave them out). */
export const BACKGROUND_SQL = '/* kesra:background */';

export async function readCostFacts(db: Database): Promise<CostFacts> {
  const [groups, periodCounts, documents, [counts]] = await Promise.all([
    db.sql.query<{ parent: string | null; level: string; n: number }>(
      `${BACKGROUND_SQL} SELECT parent_code AS parent, level::text AS level, count(*)::int AS n FROM region GROUP BY 1, 2`,
    ),
    // The triggers' tallies (migration observation_tally) rather than a count of every value after each change.
    db.sql.query<PeriodCount>(
      `${BACKGROUND_SQL} SELECT indicator_code AS indicator,
              split_part(period, '-', 1)::int * 100 + coalesce(nullif(split_part(period, '-', 2), '')::int, 0) AS key,
              all_rows AS n
       FROM observation_tally_period WHERE all_rows > 0`,
    ),
    db.sql.query<{ code: string; targets: number; regions: number; indicators: number }>(
      `${BACKGROUND_SQL} SELECT document_code AS code, count(*)::int AS targets, count(DISTINCT region_code)::int AS regions,
              count(DISTINCT indicator_code)::int AS indicators FROM target GROUP BY document_code`,
    ),
    db.sql.query<Record<string, number>>(
      `${BACKGROUND_SQL} SELECT (SELECT count(*) FROM indicator)::int AS indicators, (SELECT count(*) FROM series_break)::int AS breaks,
              ((SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM series_break WHERE region_code IS NOT NULL
                                                  GROUP BY region_code) b)
               + (SELECT count(*) FROM series_break WHERE region_code IS NULL))::int AS breaks_per_region,
              (SELECT count(*) FROM planning_document)::int AS documents, (SELECT count(*) FROM programme)::int AS programmes,
              (SELECT count(*) FROM programme_figure)::int AS figures, (SELECT count(*) FROM composite_methodology)::int AS methodologies,
              (SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM programme_figure GROUP BY region_code) f)::int AS figures_per_region,
              (SELECT coalesce(max(jsonb_array_length(definition->'dimensions')), 0) FROM composite_methodology)::int AS dimensions,
              (SELECT coalesce(max(jsonb_array_length(d->'components')), 0)
                 FROM composite_methodology, jsonb_array_elements(definition->'dimensions') d)::int AS components,
              (SELECT count(*) FROM app_user)::int AS accounts,
              (SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM role_grant GROUP BY user_id) g)::int AS grants`,
    ),
  ]);
  const regionsTotal = groups.reduce((s, g) => s + g.n, 0);
  const under = new Map<string, number>();
  const regionsUnder = (parentCode: string | null, level: string | null): number => {
    // A parent written as a name or a BPS code is costed as the one with the most regions under it: the estimate
    // comes before the request resolves its names, and must never be lower than what it may fetch.
    if (parentCode !== null && !isKemendagriCode(parentCode.trim())) {
      return level !== null ? regionsUnder('ID', level) : maxChildren(null);
    }
    const key = `${parentCode ?? ''}|${level ?? ''}`;
    let n = under.get(key);
    if (n === undefined) {
      n = 0;
      for (const g of groups) {
        if (level !== null && g.level !== level) continue;
        if (parentCode === null || parentCode === 'ID') {
          if (level !== null || g.parent === parentCode) n += g.n;
        } else if (g.parent === parentCode || (level !== null && g.parent?.startsWith(`${parentCode}.`))) n += g.n;
      }
      under.set(key, n);
    }
    return n;
  };
  // The most children one parent has, by the parent's level (the level above its children's).
  const childCounts = new Map<string, number>();
  for (const g of groups) {
    if (!g.parent) continue;
    const parentLevel = parentLevelOf(g.level);
    childCounts.set(parentLevel, Math.max(childCounts.get(parentLevel) ?? 0, g.n));
  }
  const maxChildren = (level: string | null): number =>
    level === null ? Math.max(0, ...childCounts.values()) : (childCounts.get(level) ?? 0);

  const byIndicator = new Map<string, PeriodCount[]>();
  for (const p of periodCounts) {
    const list = byIndicator.get(p.indicator);
    if (list) list.push(p);
    else byIndicator.set(p.indicator, [p]);
  }
  const inRange = (indicatorCodes: readonly string[] | null, from: string | null, to: string | null) => {
    const lo = bound(from, 'from') ?? -Infinity;
    const hi = bound(to, 'to') ?? Infinity;
    const lists = indicatorCodes ? indicatorCodes.map((c) => byIndicator.get(c.trim()) ?? []) : [...byIndicator.values()];
    return lists.map((list) => list.filter((p) => p.key >= lo && p.key <= hi));
  };
  const byDocument = new Map(documents.map((d) => [d.code, d]));
  const largest = documents.reduce(
    (m, d) => ({
      targets: Math.max(m.targets, d.targets),
      regions: Math.max(m.regions, d.regions),
      indicators: Math.max(m.indicators, d.indicators),
    }),
    { targets: 0, regions: 0, indicators: 0 },
  );
  return {
    regionsUnder,
    maxChildren,
    periods: (codes, from, to) => Math.max(0, ...inRange(codes, from, to).map((l) => l.length)),
    observations: (codes, from, to) => inRange(codes, from, to).reduce((s, l) => s + l.reduce((t, p) => t + p.n, 0), 0),
    regionsTotal,
    indicators: counts?.indicators ?? 0,
    seriesBreaks: counts?.breaks ?? 0,
    seriesBreaksPerRegion: counts?.breaks_per_region ?? 0,
    planningDocuments: counts?.documents ?? 0,
    document: (code) => (code ? (byDocument.get(code) ?? largest) : largest),
    programmes: counts?.programmes ?? 0,
    programmeFigures: counts?.figures ?? 0,
    programmeFiguresPerRegion: counts?.figures_per_region ?? 0,
    methodologies: counts?.methodologies ?? 0,
    methodologyDimensions: counts?.dimensions ?? 0,
    methodologyComponents: counts?.components ?? 0,
    accounts: counts?.accounts ?? 0,
    grantsPerAccount: counts?.grants ?? 0,
  };
}

const LEVELS = ['NATIONAL', 'PROVINCE', 'REGENCY_CITY', 'DISTRICT', 'VILLAGE'];

function parentLevelOf(level: string): string {
  return LEVELS[Math.max(0, LEVELS.indexOf(level) - 1)]!;
}

/** The level a Kemendagri code is at, from its shape ("ID", "75", "75.01", "75.01.01", "75.01.01.2001"). */
export function levelOfCode(code: string): string | null {
  if (code.trim() === 'ID') return 'NATIONAL';
  if (!isKemendagriCode(code.trim())) return null; // a name or a BPS code: any level
  const parts = code.trim().split('.').length;
  return LEVELS[parts] ?? null;
}

/** The level one below `level`. */
export function levelBelow(level: string | null): string | null {
  if (level === null) return null;
  return LEVELS[LEVELS.indexOf(level) + 1] ?? null;
}

/** The level one above `level`. */
export function levelAbove(level: string | null): string | null {
  if (level === null) return null;
  return LEVELS[LEVELS.indexOf(level) - 1] ?? null;
}

/** What the holder needs of the reference cache: whether changes are notified, and a count of them. */
export interface ChangeSignal {
  readonly changes: number;
  readonly isLive: boolean;
}

/**
 * Holds the facts, reading them anew after the data they count changes (every table they count notifies its changes
 * on commit, see reference-cache.ts), or after a minute while notifications are not arriving; a read in progress
 * never holds a request up once facts exist: the previous ones serve.
 */
export class CostFactsHolder {
  private facts: CostFacts | null = null;
  private reading: Promise<CostFacts> | null = null;
  private readAt = 0;
  private seenVersion = -1;
  /** Moves on with every new set of facts: costs kept from older ones are not reused. */
  version = 0;

  constructor(
    private readonly db: Database,
    private readonly signal: ChangeSignal,
    private readonly maxAgeMs = 60_000,
  ) {}

  async get(): Promise<CostFacts> {
    const stale = this.signal.changes !== this.seenVersion || (!this.signal.isLive && Date.now() - this.readAt > this.maxAgeMs);
    if (this.facts && !stale) return this.facts;
    if (!this.reading) {
      const version = this.signal.changes;
      this.reading = readCostFacts(this.db)
        .then((facts) => {
          this.facts = facts;
          this.seenVersion = version;
          this.readAt = Date.now();
          this.version++;
          return facts;
        })
        .finally(() => {
          this.reading = null;
        });
      // Read in the background while older facts serve; a failed read is tried again on the next request.
      if (this.facts) this.reading.catch(() => {});
    }
    return this.facts ?? this.reading;
  }
}
