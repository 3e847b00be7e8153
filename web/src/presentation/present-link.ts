/** URL parameters of presenting one view: `layar=1` and, optionally, which chart of the page (`grafik`). */
export const PRESENT_PARAM = 'layar';
export const CHART_PARAM = 'grafik';

/** The address of the current view presented, showing the page's chart `chartId`. */
export function presentHref(chartId: string | null, search = window.location.search): string {
  const params = new URLSearchParams(search);
  params.set(PRESENT_PARAM, '1');
  if (chartId) params.set(CHART_PARAM, chartId);
  else params.delete(CHART_PARAM);
  return `${typeof window === 'undefined' ? '/' : window.location.pathname}?${params}`;
}

/** The address of the view being presented, without presenting it. */
export function leaveHref(search = window.location.search): string {
  const params = new URLSearchParams(search);
  params.delete(PRESENT_PARAM);
  params.delete(CHART_PARAM);
  return `${window.location.pathname}${params.size ? `?${params}` : ''}`;
}
