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

/** URL parameter of the slide shown when presenting a deck (1 for the first). */
export const SLIDE_PARAM = 'slide';
/** URL parameter of the presenter view (the second window with the next slide and the notes). */
export const PRESENTER_PARAM = 'penyaji';

/** The address presenting deck `deckId` from slide `index` (0-based), in the current language. */
export function presentDeckHref(deckId: string, index: number, presenter = false): string {
  const params = new URLSearchParams();
  params.set('hal', 'presentasi');
  params.set('deck', deckId);
  params.set(PRESENT_PARAM, '1');
  params.set(SLIDE_PARAM, String(index + 1));
  if (presenter) params.set(PRESENTER_PARAM, '1');
  const lang = new URLSearchParams(typeof window === 'undefined' ? '' : window.location.search).get('bahasa');
  if (lang) params.set('bahasa', lang);
  return `${typeof window === 'undefined' ? '/' : window.location.pathname}?${params}`;
}

/** URL parameter of a deck laid out for print, one slide per page (beside `hal=presentasi&deck=…`). */
export const PRINT_PARAM = 'cetak';

/** The address of deck `deckId` laid out for print (the browser's "Save as PDF"), in the current language. */
export function printDeckHref(deckId: string): string {
  const params = new URLSearchParams();
  params.set('hal', 'presentasi');
  params.set('deck', deckId);
  params.set(PRINT_PARAM, '1');
  const lang = new URLSearchParams(typeof window === 'undefined' ? '' : window.location.search).get('bahasa');
  if (lang) params.set('bahasa', lang);
  return `${typeof window === 'undefined' ? '/' : window.location.pathname}?${params}`;
}
