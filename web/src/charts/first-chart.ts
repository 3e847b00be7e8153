/** Performance mark set when the first chart of a page load is drawn; `pnpm bench` reads it. */
export const FIRST_CHART_MARK = 'kesra:first-chart';

/** Marks the first chart drawn since navigation (later charts leave the mark alone). `kind` says which chart. */
export function markFirstChart(kind: string): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  if (performance.getEntriesByName(FIRST_CHART_MARK).length) return;
  performance.mark(FIRST_CHART_MARK, { detail: kind });
}
