import {
  type ColumnDef,
  createSortedRowModel,
  type Row,
  rowSortingFeature,
  type SortingState,
  tableFeatures,
} from '@tanstack/react-table';
import { shortlist } from '../../charts/shortlist';
import { type TargetGap, targetGap } from '../../data/target-gap';
import { documentIndicators, targetFor } from '../../data/targets';
import type { DocumentInfo, IndicatorInfo, Plain, ProgressStatus, RegionRef } from '../../data/types';
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

// Sorting. The regions under the parent are sorted with TanStack Table's sorting (its column model, sort state and
// toggling), the state kept in the URL (`urut=selisih.poverty_rate_p0.turun`); the parent's row stays on top.

export const scorecardFeatures = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });
export type ScorecardColumn = ColumnDef<typeof scorecardFeatures, RegionRef>;

export const REGION_COLUMN = 'wilayah';
export const valueColumn = (indicatorCode: string) => `nilai.${indicatorCode}`;
export const gapColumn = (indicatorCode: string) => `selisih.${indicatorCode}`;

/** What a column needs to know of its indicator. */
export type ColumnIndicator = Pick<IndicatorInfo, 'code' | 'direction' | 'decimals'>;

/** How far a cell's latest value is from its target; null without either. */
export function cellGap(cell: Cell | undefined, indicator: ColumnIndicator): TargetGap | null {
  if (!cell?.latest || !cell.target) return null;
  return targetGap(cell.latest.value, cell.target, indicator.direction, indicator.decimals);
}

/** Whether any region of the column has a distance to show: a column of no values gets no distance column. */
export function hasGaps(cells: readonly Cell[], indicator: ColumnIndicator): boolean {
  return cells.some((c) => c.indicatorCode === indicator.code && cellGap(c, indicator) !== null);
}

const byName = new Intl.Collator('id').compare;

/**
 * The sortable columns: the region's name, and for each indicator its value and (when `withGap`) its distance to
 * target. Missing values sort last either way; the distance sorts furthest behind first, the value worst first.
 */
export function sortColumns(
  indicators: readonly (ColumnIndicator & { withGap: boolean })[],
  index: ReadonlyMap<string, Cell>,
): ScorecardColumn[] {
  const cell = (r: RegionRef, code: string) => index.get(`${r.code}|${code}`);
  const byNumber = (a: Row<typeof scorecardFeatures, RegionRef>, b: Row<typeof scorecardFeatures, RegionRef>, id: string) =>
    (a.getValue<number>(id) ?? 0) - (b.getValue<number>(id) ?? 0);
  return [
    { id: REGION_COLUMN, accessorFn: (r) => r.name, sortFn: (a, b) => byName(a.original.name, b.original.name) },
    ...indicators.flatMap((ind): ScorecardColumn[] => [
      {
        id: valueColumn(ind.code),
        accessorFn: (r) => cell(r, ind.code)?.latest?.value,
        sortFn: byNumber,
        sortUndefined: 'last',
        sortDescFirst: ind.direction === 'LOWER_IS_BETTER',
      },
      ...(ind.withGap
        ? [
            {
              id: gapColumn(ind.code),
              accessorFn: (r: RegionRef) => cellGap(cell(r, ind.code), ind)?.shortfall,
              sortFn: byNumber,
              sortUndefined: 'last' as const,
              sortDescFirst: true,
            },
          ]
        : []),
    ]),
  ];
}

/** Furthest from target first, on the first indicator that has distances; else by name. */
export function defaultSorting(columns: readonly ScorecardColumn[]): SortingState {
  const gap = columns.find((c) => c.id?.startsWith('selisih.'));
  return gap?.id ? [{ id: gap.id, desc: true }] : [{ id: REGION_COLUMN, desc: false }];
}

/** The sorting a URL asks for ("selisih.poverty_rate_p0.turun"), if its column exists; else the default. */
export function sortingFromParam(param: string | null, columns: readonly ScorecardColumn[]): SortingState {
  const m = param ? /^(.+)\.(naik|turun)$/.exec(param) : null;
  if (m && columns.some((c) => c.id === m[1])) return [{ id: m[1]!, desc: m[2] === 'turun' }];
  return defaultSorting(columns);
}

/** The URL's word for a sorting: null for the default, so that links stay short. */
export function sortingToParam(sorting: SortingState, columns: readonly ScorecardColumn[]): string | null {
  const first = sorting[0];
  if (!first) return null;
  const fallback = defaultSorting(columns)[0]!;
  if (first.id === fallback.id && first.desc === fallback.desc) return null;
  return `${first.id}.${first.desc ? 'turun' : 'naik'}`;
}

// The scorecard as a slide. A room reads a dozen rows at most: a long list keeps its first and last rows in the
// page's order (furthest behind and nearest the target by default) and the chosen region, with the rows left out
// counted where they were.

/** A region, or a count of the regions left out from `first` on. */
export type SlideRow = { kind: 'region'; region: RegionRef } | { kind: 'omitted'; count: number; first: string };

/** The rows a slide shows of the sorted regions: `shortlist`'s, with a count where rows were left out. */
export function slideRows(sorted: readonly RegionRef[], chosen: string | null, each: number): SlideRow[] {
  const kept = new Set(shortlist(sorted, (r) => r.code === chosen, each));
  const rows: SlideRow[] = [];
  for (const region of sorted) {
    const last = rows.at(-1);
    if (kept.has(region)) rows.push({ kind: 'region', region });
    else if (last?.kind === 'omitted') last.count++;
    else rows.push({ kind: 'omitted', count: 1, first: region.code });
  }
  return rows;
}

/**
 * The indicators a slide gives a column: those with a value for some region of the table. A column that is "no data"
 * all the way down says nothing a room can read; the slide names such indicators in one line instead.
 */
export function slideIndicators<T extends ColumnIndicator>(
  indicators: readonly T[],
  regions: readonly RegionRef[],
  index: ReadonlyMap<string, Cell>,
): { shown: T[]; empty: T[] } {
  const has = (ind: T) => regions.some((r) => index.get(`${r.code}|${ind.code}`)?.latest);
  return { shown: indicators.filter(has), empty: indicators.filter((i) => !has(i)) };
}

/**
 * The scorecard as the server exports it (`/export/scorecard.xlsx`): the same document, parent (first row) and
 * indicators as the page, every cell with its region's name, numbers as numbers and the latest value's source.
 */
export function scorecardExportHref(document: string, parentCode: string, indicators: readonly string[]): string {
  const p = new URLSearchParams({ document, parent: parentCode, includeParent: 'ya' });
  if (indicators.length) p.set('indicator', indicators.join(','));
  return `/export/scorecard.xlsx?${p.toString()}`;
}
