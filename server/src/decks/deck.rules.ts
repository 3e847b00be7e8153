import { badInput } from '../messages/errors.js';

/**
 * What a deck and its slides may hold. A province's per-kabupaten deck is at most 38 slides plus the agenda; the
 * other limits keep one account's decks to a few megabytes.
 */
export const DECK_LIMITS = {
  title: 200,
  headline: 500,
  notes: 5000,
  view: 2000,
  chart: 40,
  slidesPerDeck: 100,
  decksPerAccount: 200,
} as const;

/** The dashboard's pages that show a chart (web/src/url-state.ts PAGES): a slide shows one of them. */
export const CHART_PAGES = ['ringkasan', 'bandingkan', 'tren', 'rapor', 'peta', 'program'] as const;

/** What a slide holds once checked. */
export interface SlideValues {
  chart: string;
  view: string;
  title: string;
  /** null: the dashboard computes the headline from the data. */
  headline: string | null;
  notes: string;
}

/** A slide as a client sends it: free text, unchecked. */
export interface SlideInput {
  chart: string;
  view: string;
  title: string;
  headline?: string | null;
  notes?: string | null;
}

/** Changes to a slide: an absent field stays as it is; a null headline goes back to the computed one. */
export interface SlideChanges {
  chart?: string | null;
  view?: string | null;
  title?: string | null;
  headline?: string | null;
  notes?: string | null;
}

/** C0 and C1 control characters and DEL. */
const CONTROL = /\p{Cc}/u;
/** Notes keep their line breaks and tabs; every other control character is refused. */
const CONTROL_IN_NOTES = /(?![\t\n\r])\p{Cc}/u;
/** Half of a UTF-16 pair without the other half: not a character, and PostgreSQL would store a replacement. */
const LONE_SURROGATE = /\p{Cs}/u;
const CHART = /^[a-z][a-z0-9-]*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VIEW_KEY = /^[a-z][a-z0-9_]{0,39}$/i;
/** Characters a query-string value may hold as written (RFC 3986 query, without the separators & = and #). */
const VIEW_VALUE = /^(?:[A-Za-z0-9\-._~!$'()*+,;:@/?]|%[0-9A-Fa-f]{2})*$/;

/** A short, safe quotation of what was sent: never the whole of a long or hostile text. */
export function quote(text: string, max = 40): string {
  const visible = text.replace(/\p{Cc}/gu, '?');
  return `“${visible.length > max ? `${visible.slice(0, max)}…` : visible}”`;
}

function checkText(text: string, what: string, max: number, control: RegExp): string {
  if (text.length > max) throw badInput(`${what} is ${text.length} characters long, more than the limit of ${max}: shorten it.`);
  if (control.test(text)) {
    throw badInput(
      control === CONTROL
        ? `${what} holds a control character (a line break, a tab or an invisible code): write it on one line.`
        : `${what} holds a control character other than a line break or a tab: remove it.`,
    );
  }
  if (LONE_SURROGATE.test(text)) throw badInput(`${what} holds a broken character (half of a UTF-16 pair): type it again.`);
  return text;
}

/** A title (of a deck or a slide): one line of 1–200 characters, trimmed. */
export function checkTitle(title: string, what: string): string {
  const trimmed = title.trim();
  if (!trimmed) throw badInput(`${what} is empty: give it a title.`);
  return checkText(trimmed, what, DECK_LIMITS.title, CONTROL);
}

/** The presenter's headline: one line of at most 500 characters; blank or null means the computed one. */
export function checkHeadline(headline: string | null | undefined, what: string): string | null {
  const trimmed = headline?.trim();
  if (!trimmed) return null;
  return checkText(trimmed, what, DECK_LIMITS.headline, CONTROL);
}

/** Speaker notes: up to 5,000 characters, line breaks kept. */
export function checkNotes(notes: string | null | undefined, what: string): string {
  if (!notes) return '';
  return checkText(notes.replace(/\r\n?/g, '\n'), what, DECK_LIMITS.notes, CONTROL_IN_NOTES);
}

/** Which chart of the page: a short id such as "trend". */
export function checkChart(chart: string, what: string): string {
  const trimmed = chart.trim();
  if (trimmed.length > DECK_LIMITS.chart || !CHART.test(trimmed)) {
    throw badInput(
      `${what} ${quote(trimmed)} is not a chart id: a short id such as “trend” (lowercase letters, digits and -, at most ${DECK_LIMITS.chart} characters).`,
    );
  }
  return trimmed;
}

/**
 * The view's URL query string, kept as the dashboard wrote it (a leading "?" is dropped). The server does not read
 * the view's state, but keeps it bounded: at most 2,000 characters of key=value pairs, percent escapes that decode,
 * no control characters even once decoded, each key once, and `hal` naming one of the dashboard's chart pages.
 */
export function checkView(view: string, what: string): string {
  const text = view.startsWith('?') ? view.slice(1) : view;
  checkText(text, what, DECK_LIMITS.view, CONTROL);
  if (!text) throw badInput(`${what} is empty: give the view's query string, e.g. hal=tren&wilayah=75.`);
  const seen = new Map<string, string>();
  for (const part of text.split('&')) {
    if (!part) throw badInput(`${what} has an empty part (“&&”, or “&” at an end): it is a query string of key=value pairs.`);
    const equals = part.indexOf('=');
    const key = equals < 0 ? part : part.slice(0, equals);
    if (equals < 0 || !VIEW_KEY.test(key)) {
      throw badInput(`${what} has ${quote(part)}, which is not a key=value pair of a query string.`);
    }
    const raw = part.slice(equals + 1);
    let value: string;
    try {
      if (!VIEW_VALUE.test(raw)) throw new URIError();
      value = decodeURIComponent(raw.replace(/\+/g, ' '));
    } catch {
      throw badInput(`${what} has a value of “${key}” that is not written as a query string writes it (percent-escaped).`);
    }
    if (CONTROL.test(value) || LONE_SURROGATE.test(value)) {
      throw badInput(`${what} has a value of “${key}” that holds a control character once decoded.`);
    }
    if (seen.has(key)) throw badInput(`${what} gives “${key}” twice: a view gives each key once.`);
    seen.set(key, value);
  }
  const page = seen.get('hal');
  if (page === undefined) {
    throw badInput(`${what} names no page (hal=…): a slide shows one of the dashboard's chart pages: ${CHART_PAGES.join(', ')}.`);
  }
  if (!(CHART_PAGES as readonly string[]).includes(page)) {
    throw badInput(`${what} shows page ${quote(page)}, which has no chart: a slide shows one of ${CHART_PAGES.join(', ')}.`);
  }
  return text;
}

/** Where a slide's problem is: "Slide 3" (of the slides sent), or "The slide" for one alone. */
function slideLabel(index: number | null): string {
  return index === null ? 'The slide' : `Slide ${index + 1}`;
}

/** A new slide, checked; `index` is its place among the slides sent, for the sentences. */
export function checkSlide(input: SlideInput, index: number | null = null): SlideValues {
  const at = slideLabel(index);
  return {
    chart: checkChart(input.chart, `${at}'s chart`),
    view: checkView(input.view, `${at}'s view`),
    title: checkTitle(input.title, `${at}'s title`),
    headline: checkHeadline(input.headline, `${at}'s headline`),
    notes: checkNotes(input.notes, `${at}'s notes`),
  };
}

/** Slides sent at once (a new deck, or added to one), checked; at most a deck's worth. */
export function checkSlides(slides: readonly SlideInput[]): SlideValues[] {
  if (slides.length > DECK_LIMITS.slidesPerDeck) {
    throw badInput(`A deck holds at most ${DECK_LIMITS.slidesPerDeck} slides; ${slides.length} were sent.`);
  }
  return slides.map((s, i) => checkSlide(s, i));
}

/** Changes to a slide, checked: only the fields given; a null headline is kept as null (computed again). */
export function checkSlideChanges(changes: SlideChanges): Partial<SlideValues> {
  const checked: Partial<SlideValues> = {};
  const given = (v: unknown) => v !== undefined;
  if (given(changes.chart)) checked.chart = checkChart(changes.chart ?? '', "The slide's chart");
  if (given(changes.view)) checked.view = checkView(changes.view ?? '', "The slide's view");
  if (given(changes.title)) checked.title = checkTitle(changes.title ?? '', "The slide's title");
  if (given(changes.headline)) checked.headline = checkHeadline(changes.headline, "The slide's headline");
  if (given(changes.notes)) checked.notes = checkNotes(changes.notes, "The slide's notes");
  if (!Object.keys(checked).length) {
    throw badInput('Say what to change: a title, headline, notes, view or chart.');
  }
  return checked;
}

/** A deck's or slide's id: a UUID. Anything else is refused before it reaches the database (which would fail). */
export function checkId(id: string, what: 'deck' | 'slide'): string {
  if (!UUID.test(id)) throw badInput(`${quote(id)} is not a ${what} id: ids are UUIDs, as the API returned them.`);
  return id.toLowerCase();
}
