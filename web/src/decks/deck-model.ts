import { DEFAULT_VIEW, parseViewState, type ViewState, viewStateToSearch } from '../url-state';

/** A slide as the API takes it (DeckSlideInput). */
export interface SlideInput {
  view: string;
  chart: string;
  title: string;
  headline: string | null;
  notes: string;
}

/** A slide as the API answers it. */
export interface SlideRecord extends SlideInput {
  id: string;
  position: number;
}

/**
 * The view a slide keeps: the page's exact state, but not the language: a deck is presented in the language the
 * presenter has chosen, whoever added the slide.
 */
export function slideView(view: ViewState): string {
  const search = viewStateToSearch({ ...view, lang: DEFAULT_VIEW.lang });
  // The URL leaves the default page out; a slide names its page (the server refuses a view without one).
  return new URLSearchParams(search).has('hal') ? search : `hal=${view.page}${search ? `&${search}` : ''}`;
}

/** The slide of a chart of the view on screen. */
export function slideOf(view: ViewState, chartId: string, title: string): SlideInput {
  return { view: slideView(view), chart: chartId, title: title.slice(0, 200), headline: null, notes: '' };
}

/** The view of a slide, shown in the presenter's language. */
export function viewOfSlide(slide: Pick<SlideInput, 'view'>, lang: ViewState['lang']): ViewState {
  return { ...parseViewState(slide.view), lang };
}

/**
 * One slide per region from a template slide: the same page, chart and settings with the region changed (its peers
 * and trend regions follow the region, as when it is chosen on the dashboard).
 */
export function slidesForEachRegion(template: SlideInput, regions: readonly { code: string; name: string }[]): SlideInput[] {
  const view = parseViewState(template.view);
  return regions.map((r) => ({
    ...template,
    view: slideView({ ...view, region: r.code, parent: null, regions: [] }),
    title: `${template.title.split(' — ')[0]} — ${r.name}`.slice(0, 200),
    headline: null,
  }));
}

/** Moves the slide at `from` to `to`, for reordering; the ids in their new order. */
export function moved(ids: readonly string[], from: number, to: number): string[] {
  if (from === to || from < 0 || to < 0 || from >= ids.length || to >= ids.length) return [...ids];
  const next = [...ids];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** The words of the agenda's slides, in the dashboard's language. */
export interface AgendaWords {
  overview: string;
  ranking: string;
  scorecard: string;
  trend: string;
  programmes: string;
}

/**
 * The rakor agenda for a province: its overview, the ranking of its kabupaten/kota on each key indicator, the
 * scorecard against the document's targets, the trend of each key indicator with its kabupaten/kota, and the
 * programmes. Every slide is a view of the dashboard, so the data are the day's.
 */
export function rakorAgenda(
  province: { code: string; name: string },
  document: string,
  indicators: readonly { code: string; name: string }[],
  words: AgendaWords,
): SlideInput[] {
  const base: ViewState = { ...DEFAULT_VIEW, region: province.code, document };
  const slide = (view: ViewState, chart: string, title: string): SlideInput => ({
    view: slideView(view),
    chart,
    title: title.slice(0, 200),
    headline: null,
    notes: '',
  });
  return [
    slide({ ...base, page: 'ringkasan' }, 'overview', `${words.overview} — ${province.name}`),
    ...indicators.map((i) =>
      slide({ ...base, page: 'bandingkan', indicator: i.code }, 'compare-ranked', `${words.ranking}: ${i.name}`),
    ),
    slide({ ...base, page: 'rapor' }, 'scorecard', `${words.scorecard} — ${province.name}`),
    ...indicators.map((i) => slide({ ...base, page: 'tren', indicator: i.code }, 'trend', `${words.trend}: ${i.name}`)),
    slide({ ...base, page: 'program' }, 'programmes', `${words.programmes} — ${province.name}`),
  ];
}
