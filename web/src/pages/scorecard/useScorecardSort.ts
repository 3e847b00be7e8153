import { type SortDirection, type SortingState, useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { RegionRef } from '../../data/types';
import { type ScorecardColumn, scorecardFeatures, sortingFromParam, sortingToParam } from './scorecard-model';

export interface ScorecardSort {
  /** The regions in the order sorted. */
  rows: RegionRef[];
  /** How a column is sorted now (false: not sorted on). */
  sortedAs: (columnId: string) => SortDirection | false;
  /** Sorts on a column: first its first direction (furthest behind, worst value), then the other way. */
  toggle: (columnId: string) => void;
}

/**
 * Sorts the regions under the scorecard's parent with TanStack Table, the state held by the URL's `param`: one column
 * at a time, always some order (a third click does not unsort).
 */
export function useScorecardSort(
  regions: readonly RegionRef[],
  columns: ScorecardColumn[],
  param: string | null,
  onChange: (param: string | null) => void,
): ScorecardSort {
  const sorting = useMemo(() => sortingFromParam(param, columns), [param, columns]);
  const table = useTable({
    features: scorecardFeatures,
    columns,
    data: regions,
    getRowId: (r) => r.code,
    state: { sorting },
    onSortingChange: (updater) => {
      const next: SortingState = typeof updater === 'function' ? updater(sorting) : updater;
      onChange(sortingToParam(next, columns));
    },
    enableMultiSort: false,
    enableSortingRemoval: false,
  });
  return {
    rows: table.getRowModel().rows.map((r) => r.original),
    sortedAs: (id) => table.getColumn(id)?.getIsSorted() ?? false,
    toggle: (id) => table.getColumn(id)?.toggleSorting(undefined, false),
  };
}
