import { applyListArgs, type FilterFields, type ListArgs, type OrderFields } from '../filters/filter.rules.js';
import type { ProgressResult } from './targets.service.js';

/** A cell with its region's name, for `where` and `orderBy` on it (read only when they need it: see needsRegionNames). */
export type Cell = ProgressResult & { regionName?: string | null };

const STATUS_ORDER: Record<string, number> = { ACHIEVED: 0, ON_TRACK: 1, AT_RISK: 2, OFF_TRACK: 3, NO_DATA: 4 };

const CELL_FIELDS: FilterFields<Cell> = {
  status: { kind: 'choice', get: (c) => c.status },
  regionCode: { kind: 'text', get: (c) => c.regionCode },
  regionName: { kind: 'text', get: (c) => c.regionName ?? null },
  indicatorCode: { kind: 'text', get: (c) => c.indicatorCode },
  latestValue: { kind: 'number', get: (c) => c.latest?.value ?? null },
  gapScore: { kind: 'number', get: (c) => c.gapScore },
  distanceToTarget: { kind: 'number', get: (c) => c.distanceToTarget },
  projectedValue: { kind: 'number', get: (c) => c.projectedValue },
};

const CELL_ORDER: OrderFields<Cell> = {
  STATUS: (c) => STATUS_ORDER[c.status] ?? null,
  GAP_SCORE: (c) => c.gapScore,
  DISTANCE_TO_TARGET: (c) => c.distanceToTarget,
  LATEST_VALUE: (c) => c.latest?.value ?? null,
  PROJECTED_VALUE: (c) => c.projectedValue,
  REGION_NAME: (c) => c.regionName ?? null,
  REGION_CODE: (c) => c.regionCode,
  INDICATOR_CODE: (c) => c.indicatorCode,
};

/** Whether the arguments read region names, which then have to be looked up (at most one statement for all). */
export function needsRegionNames(args: ListArgs): boolean {
  return JSON.stringify(args.where ?? {}).includes('"regionName"') || !!args.orderBy?.some((k) => k.field === 'REGION_NAME');
}

export interface QueriedScorecard {
  cells: Cell[];
  /** The regions with a cell left, in the order of the regions scored. */
  regionCodes: string[];
  matchedCount: number;
  /** Every cell scored without a value, whatever `where` kept: the scorecard is partial for them. */
  missing: { regionCode: string; indicatorCode: string }[];
  /** Cells whose latest value is from an earlier year than the indicator's newest in the scorecard. */
  stale: { regionCode: string; indicatorCode: string; latestPeriod: string; newestYear: number }[];
}

function staleCells(cells: readonly Cell[]): QueriedScorecard['stale'] {
  const newest = new Map<string, number>();
  for (const c of cells) {
    if (c.latest) newest.set(c.indicatorCode, Math.max(newest.get(c.indicatorCode) ?? c.latest.year, c.latest.year));
  }
  return cells.flatMap((c) => {
    const year = newest.get(c.indicatorCode);
    return c.latest && year !== undefined && c.latest.year < year
      ? [{ regionCode: c.regionCode, indicatorCode: c.indicatorCode, latestPeriod: c.latest.period, newestYear: year }]
      : [];
  });
}

/** The scorecard's cells filtered, ordered and cut as asked (checked with checkListArgs first). */
export function queryScorecard(cells: readonly Cell[], regionCodes: readonly string[], args: ListArgs): QueriedScorecard {
  const missing = cells
    .filter((c) => c.latest === null)
    .map((c) => ({ regionCode: c.regionCode, indicatorCode: c.indicatorCode }));
  const filtered = !!args.where || args.first != null;
  const { rows, matchedCount } = applyListArgs(cells, args, CELL_FIELDS, CELL_ORDER);
  const kept = new Set(rows.map((c) => c.regionCode));
  return {
    cells: rows,
    regionCodes: filtered ? regionCodes.filter((code) => kept.has(code)) : [...regionCodes],
    matchedCount,
    missing,
    stale: staleCells(cells),
  };
}
