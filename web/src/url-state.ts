import { createContext, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import type { Lang } from './i18n/format';

// The view lives in the URL so a link shared in a chat opens the same view, and back/forward work.
function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

function pushSearch(query: string, replace = false) {
  const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function useUrlParam(name: string): [string | null, (value: string | null) => void] {
  const value = useSyncExternalStore(subscribe, () => new URLSearchParams(window.location.search).get(name));
  const set = useCallback(
    (next: string | null) => {
      const params = new URLSearchParams(window.location.search);
      if (next === null) params.delete(name);
      else params.set(name, next);
      pushSearch(params.toString());
    },
    [name],
  );
  return [value, set];
}

/** Pages of the dashboard, as they appear in the URL (`?hal=bandingkan`). */
export const PAGES = [
  'ringkasan',
  'bandingkan',
  'tren',
  'rapor',
  'peta',
  'program',
  'data',
  'wilayah',
  'akun',
  'verifikasi',
  'presentasi',
  'ppks',
  'iks',
] as const;
export type PageId = (typeof PAGES)[number];

export type CompareView = 'peringkat' | 'perubahan' | 'tabel';
export type MapColour = 'nilai' | 'status';
/** Which regions the data page lists: all, only the chosen region, or the regions under it. */
export type DataScope = 'semua' | 'wilayah' | 'bawah';
export const DATA_SCOPES = ['semua', 'wilayah', 'bawah'] as const;
export const LEVELS = ['NATIONAL', 'PROVINCE', 'REGENCY_CITY', 'DISTRICT', 'VILLAGE'] as const;
export type LevelFilter = (typeof LEVELS)[number];
export const VERIFICATION_STATUSES = ['PUBLISHED', 'VERIFIED', 'UNVERIFIED', 'DISPUTED', 'DRAFT'] as const;
export type VerificationFilter = (typeof VERIFICATION_STATUSES)[number];
/** What the programmes chart shows: budget (pagu and realisasi), absorption or coverage. */
export type ProgrammeMeasure = 'anggaran' | 'penyerapan' | 'cakupan';
export const PROGRAMME_MEASURES = ['anggaran', 'penyerapan', 'cakupan'] as const;
/** What the programmes page shows: programme figures (default) or activities (kegiatan). */
export type ProgrammeView = 'angka' | 'kegiatan';
export const PROGRAMME_VIEWS = ['angka', 'kegiatan'] as const;

export const DEFAULT_DOCUMENT = 'RPJMN-2025-2029';
export const DEFAULT_REGION = 'ID';
/**
 * At most this many regions in a trend chart: a province with every one of its kabupaten/kota and Indonesia (Jawa
 * Timur, the largest, has 38), or Indonesia with its 38 provinces. Beyond six, the chart draws the others as grey
 * lines behind the chosen region (trend-model.ts: trendRoles), so forty stay readable.
 */
export const MAX_TREND_REGIONS = 40;

/** Everything that makes a view: a link with the same state opens the same view. */
export interface ViewState {
  page: PageId;
  /** Chosen region (Kemendagri code, "ID" for Indonesia). */
  region: string;
  indicator: string | null;
  /** Period shown (compare, map); null = the latest with data. */
  period: string | null;
  /** Earlier period of the slope chart; on the data page the first period listed. */
  from: string | null;
  /** Data page: the last period listed. */
  to: string | null;
  /** Data page: only regions of this level. */
  level: LevelFilter | null;
  /** Data page: only values with this verification status. */
  status: VerificationFilter | null;
  /** Data page: which regions; null = all for Indonesia, else the regions under the chosen one. */
  scope: DataScope | null;
  /** Programmes page: the programme shown; null = the first with figures. */
  programme: string | null;
  /** Programmes page: the year of the chart; null = the latest with figures. */
  year: number | null;
  /** Programmes page: the chart's measure; null = the first that has figures. */
  measure: ProgrammeMeasure | null;
  /** Programmes page: programme figures or activities (kegiatan); null = figures. */
  programmeView: ProgrammeView | null;
  /** Region whose children are compared or scored; null = derived from `region`. */
  parent: string | null;
  /** Regions of the trend chart; empty = derived from `region`. */
  regions: string[];
  /** Scorecard: the column sorted on and its direction ("selisih.poverty_rate_p0.turun"); null = the page's default. */
  sort: string | null;
  document: string;
  /** IKS page: the composite index method shown (its code); null = the first IKS method. */
  method: string | null;
  /** Presentations page: the deck open (a UUID); null = the list of decks. */
  deck: string | null;
  view: CompareView;
  colour: MapColour;
  lang: Lang;
}

/** URL parameter of each field. Indonesian, as the people who share these links read them. */
const PARAM: Record<keyof ViewState, string> = {
  page: 'hal',
  region: 'wilayah',
  indicator: 'indikator',
  period: 'periode',
  from: 'dari',
  to: 'sampai',
  level: 'tingkat',
  status: 'status',
  scope: 'cakupan',
  programme: 'program',
  year: 'tahun',
  measure: 'ukuran',
  programmeView: 'bagian',
  parent: 'induk',
  regions: 'banding',
  sort: 'urut',
  document: 'dokumen',
  method: 'metode',
  deck: 'deck',
  view: 'tampilan',
  colour: 'warna',
  lang: 'bahasa',
};

export const DEFAULT_VIEW: ViewState = {
  page: 'ringkasan',
  region: DEFAULT_REGION,
  indicator: null,
  period: null,
  from: null,
  to: null,
  level: null,
  status: null,
  scope: null,
  programme: null,
  year: null,
  measure: null,
  programmeView: null,
  parent: null,
  regions: [],
  sort: null,
  document: DEFAULT_DOCUMENT,
  method: null,
  deck: null,
  view: 'peringkat',
  colour: 'nilai',
  lang: 'id',
};

const CODE = /^(ID|\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?)$/;
const PERIOD = /^\d{4}(-\d{2})?$/;
const YEAR = /^(19|20)\d{2}$/;
const TOKEN = /^[A-Za-z0-9_.-]{1,80}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}
function matching(value: string | null, re: RegExp): string | null {
  const v = value?.trim();
  return v && re.test(v) ? v : null;
}
function optional<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** Reads a view from a query string; anything malformed falls back to its default. */
export function parseViewState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const get = (k: keyof ViewState) => p.get(PARAM[k]);
  const regions = (get('regions') ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter((c) => CODE.test(c));
  return {
    page: oneOf(get('page'), PAGES, DEFAULT_VIEW.page),
    region: matching(get('region'), CODE) ?? DEFAULT_REGION,
    indicator: matching(get('indicator'), TOKEN),
    period: matching(get('period'), PERIOD),
    from: matching(get('from'), PERIOD),
    to: matching(get('to'), PERIOD),
    level: optional(get('level'), LEVELS),
    status: optional(get('status'), VERIFICATION_STATUSES),
    scope: optional(get('scope'), DATA_SCOPES),
    programme: matching(get('programme'), TOKEN),
    year: Number(matching(get('year'), YEAR)) || null,
    measure: optional(get('measure'), PROGRAMME_MEASURES),
    programmeView: optional(get('programmeView'), PROGRAMME_VIEWS),
    parent: matching(get('parent'), CODE),
    regions: [...new Set(regions)].slice(0, MAX_TREND_REGIONS),
    sort: matching(get('sort'), TOKEN),
    document: matching(get('document'), TOKEN) ?? DEFAULT_DOCUMENT,
    method: matching(get('method'), TOKEN),
    deck: matching(get('deck'), UUID),
    view: oneOf(get('view'), ['peringkat', 'perubahan', 'tabel'] as const, DEFAULT_VIEW.view),
    colour: oneOf(get('colour'), ['nilai', 'status'] as const, DEFAULT_VIEW.colour),
    lang: oneOf(get('lang'), ['id', 'en'] as const, DEFAULT_VIEW.lang),
  };
}

const ORDER: (keyof ViewState)[] = [
  'page',
  'region',
  'parent',
  'indicator',
  'period',
  'from',
  'to',
  'level',
  'status',
  'scope',
  'programme',
  'year',
  'measure',
  'programmeView',
  'regions',
  'sort',
  'document',
  'method',
  'deck',
  'view',
  'colour',
  'lang',
];

/** Writes a view as a query string, in a stable order, leaving out defaults so links stay short. */
export function viewStateToSearch(state: ViewState): string {
  const p = new URLSearchParams();
  for (const key of ORDER) {
    const value = state[key];
    const text = Array.isArray(value) ? value.join(',') : value === null ? null : String(value);
    const fallback = DEFAULT_VIEW[key];
    const fallbackText = Array.isArray(fallback) ? fallback.join(',') : fallback === null ? null : String(fallback);
    if (text === null || text === '' || text === fallbackText) continue;
    p.set(PARAM[key], text);
  }
  return p.toString();
}

/** Fields that belong to one page's controls; a link to another page leaves them behind. */
const PAGE_SPECIFIC: (keyof ViewState)[] = [
  'period',
  'from',
  'to',
  'level',
  'status',
  'scope',
  'programme',
  'year',
  'measure',
  'programmeView',
  'parent',
  'regions',
  'sort',
  'method',
  'deck',
  'view',
  'colour',
];

/** The state after a change. Changing page drops the previous page's own controls. */
export function nextViewState(current: ViewState, patch: Partial<ViewState>): ViewState {
  const next = { ...current, ...patch };
  if (patch.page && patch.page !== current.page) {
    for (const key of PAGE_SPECIFIC) {
      if (!(key in patch)) (next as Record<string, unknown>)[key] = DEFAULT_VIEW[key];
    }
  }
  return next;
}

export function hrefFor(current: ViewState, patch: Partial<ViewState>): string {
  const query = viewStateToSearch(nextViewState(current, patch));
  return `${typeof window === 'undefined' ? '/' : window.location.pathname}${query ? `?${query}` : ''}`;
}

export type Navigate = (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;

const ViewOverride = createContext<ViewState | null>(null);
/**
 * Shows a page with a view other than the URL's: a slide of a deck is a page with the view it was saved with. Inside,
 * the page cannot navigate (a click on a chart does nothing): the presenter moves between slides, not pages.
 */
export const ViewStateOverride = ViewOverride.Provider;
const stayOnSlide: Navigate = () => {};

/** The view in the URL, and a way to change it (a new history entry unless `replace`). */
export function useViewState(): [ViewState, Navigate] {
  const override = useContext(ViewOverride);
  const search = useSyncExternalStore(subscribe, () => window.location.search);
  const state = useMemo(() => parseViewState(search), [search]);
  const navigate = useCallback<Navigate>((patch, options) => {
    const current = parseViewState(window.location.search);
    const query = viewStateToSearch(nextViewState(current, patch));
    if (query === window.location.search.replace(/^\?/, '')) return;
    pushSearch(query, options?.replace);
  }, []);
  return override ? [override, stayOnSlide] : [state, navigate];
}
