import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n';
import type { ScorecardSort } from './useScorecardSort';

/** A column heading that sorts the regions: a button, with the column's order announced by aria-sort. */
export function SortableHeader({
  id,
  sort,
  rowSpan,
  children,
}: {
  id: string;
  sort: ScorecardSort;
  rowSpan?: number;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const sorted = sort.sortedAs(id);
  return (
    <th
      scope="col"
      rowSpan={rowSpan}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
      className="sortable"
    >
      <button type="button" className="sort-button" onClick={() => sort.toggle(id)} data-sort-column={id}>
        {children}
        <span className={`sort-mark${sorted ? ' active' : ''}`} aria-hidden="true">
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
        </span>
        {sorted && <span className="sr-only">, {t(sorted === 'asc' ? 'sortAscending' : 'sortDescending')}</span>}
      </button>
    </th>
  );
}
