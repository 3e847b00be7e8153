import { REGION_REF } from '../../data/fragments';
import { documentIndicators, targetFor } from '../../data/targets';
import type { DocumentInfo, ProgressInfo, ProgressStatus } from '../../data/types';

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

export interface ScorecardColumn {
  indicatorCode: string;
  alias: string;
  targetYear: number;
}

/** One column per indicator the document targets, each asked for at its own final target year. */
export function scorecardColumns(
  documents: readonly DocumentInfo[],
  documentCode: string,
  parentCode: string,
): ScorecardColumn[] {
  const doc = documents.find((d) => d.code === documentCode);
  if (!doc) return [];
  const order = (code: string) => {
    const i = COLUMN_ORDER.indexOf(code);
    return i < 0 ? COLUMN_ORDER.length : i;
  };
  const codes = documentIndicators(doc).sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  return codes.flatMap((indicatorCode, i) => {
    const applied = targetFor(documents, documentCode, indicatorCode, parentCode);
    return applied ? [{ indicatorCode, alias: `i${i}`, targetYear: applied.target.year }] : [];
  });
}

export const CELL_FIELDS =
  'regionCode indicatorCode status goal gapScore projectedValue targetRegionCode latest { period value } target { year value lowerBound upperBound }';

/**
 * One operation: the parent with its children, and per indicator (aliases) the scorecard of the children and the
 * parent's own progress. Target years differ per indicator (extreme poverty 2026, poverty 2029), hence one
 * scorecard per column.
 */
export function scorecardQuery(columns: readonly ScorecardColumn[]): string {
  const parts = columns.flatMap((c) => {
    const code = JSON.stringify(c.indicatorCode);
    return [
      `${c.alias}: scorecard(documentCode: $document, parentCode: $parent, indicatorCodes: [${code}], targetYear: ${c.targetYear}) { regionCodes cells { ${CELL_FIELDS} } }`,
      `${c.alias}p: progress(regionCode: $parent, indicatorCode: ${code}, documentCode: $document, targetYear: ${c.targetYear}) { ${CELL_FIELDS} }`,
    ];
  });
  return `query Scorecard($document: String!, $parent: String!) {
  region(code: $parent) { ${REGION_REF} children { ${REGION_REF} } }
  ${parts.join('\n  ')}
}`;
}

export type Cell = Pick<
  ProgressInfo,
  'regionCode' | 'indicatorCode' | 'status' | 'goal' | 'latest' | 'target' | 'targetRegionCode'
>;

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
