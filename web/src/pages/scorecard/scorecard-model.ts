import { documentIndicators, targetFor } from '../../data/targets';
import type { DocumentInfo, Plain, ProgressStatus } from '../../data/types';
import type { ScorecardQuery } from '../../gql/graphql';

/** Headline indicators first, as planning documents list them: poverty, then inequality, jobs, human capital. */
const COLUMN_ORDER = [
  'poverty_rate_p0',
  'extreme_poverty_rate',
  'poor_population',
  'gini_ratio',
  'open_unemployment_rate_tpt',
  'human_development_index_ipm',
  'human_capital_index',
];

/** One column per indicator the document targets for the parent (its own target, or else the document's). */
export function scorecardColumns(documents: readonly DocumentInfo[], documentCode: string, parentCode: string): string[] {
  const doc = documents.find((d) => d.code === documentCode);
  if (!doc) return [];
  const order = (code: string) => {
    const i = COLUMN_ORDER.indexOf(code);
    return i < 0 ? COLUMN_ORDER.length : i;
  };
  return documentIndicators(doc)
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
    .filter((indicatorCode) => targetFor(documents, documentCode, indicatorCode, parentCode) !== null);
}

export type Cell = Plain<ScorecardQuery['scorecard']['cells'][number]>;

/** Cells by region and indicator. */
export function cellIndex(cells: readonly Cell[]): Map<string, Cell> {
  return new Map(cells.map((c) => [`${c.regionCode}|${c.indicatorCode}`, c]));
}

/** How many regions have each status in a column. */
export function statusCounts(cells: readonly Cell[]): Record<ProgressStatus, number> {
  const counts: Record<ProgressStatus, number> = { ACHIEVED: 0, ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0, NO_DATA: 0 };
  for (const c of cells) counts[c.status]++;
  return counts;
}

export interface ColumnTarget {
  target: NonNullable<Cell['target']>;
  targetRegionCode: string | null;
  /** A region of the column the target is applied to: the label says whether it is that region's own target. */
  shownFor: string;
}

/**
 * The target a column header shows: the parent's (or else the first cell's that has one), with a region of the
 * column it is applied to — a child region scored against the same target when there is one — so a column of
 * provinces scored against the national target is labelled "Target nasional".
 */
export function columnTarget(cells: readonly Cell[], parentCode: string, indicatorCode: string): ColumnTarget | null {
  const column = cells.filter((c) => c.indicatorCode === indicatorCode);
  const head = column.find((c) => c.regionCode === parentCode && c.target) ?? column.find((c) => c.target);
  if (!head?.target) return null;
  const child = column.find((c) => c.regionCode !== parentCode && c.target && c.targetRegionCode === head.targetRegionCode);
  return { target: head.target, targetRegionCode: head.targetRegionCode, shownFor: child?.regionCode ?? head.regionCode };
}
