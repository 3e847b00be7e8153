import { formatDate, type Lang, shortSource } from '../i18n/format';
import { translator } from '../i18n/useI18n';
import type { SourceInfo } from './types';

// A figure is quoted with its publisher's release, not with the day this platform loaded it: the release date and
// the publisher's own page where the source gives them, the file it was taken from ("diambil dari") beside them, and
// the loaded date only when the release date is unknown, labelled as such.

/** A source as the API gives it; the publisher's page and release date are optional, as older selections lack them. */
export type SourceRef = Pick<SourceInfo, 'title' | 'publisher' | 'url'> & {
  publisherUrl?: string | null;
  releaseDate?: string | null;
};

export interface Sourced {
  source: SourceRef | null;
  updatedAt: string;
}

export interface SummarySource {
  title: string;
  publisher: string;
  /** Where the figures were taken from (a mirror of the publisher's table, or the table itself). */
  url: string | null;
  /** The publisher's own page; null when not known. */
  publisherUrl: string | null;
  /** The publisher's release date (YYYY-MM-DD); null when the source gives none. */
  releaseDate: string | null;
  count: number;
}

export interface SourceSummary {
  /** Distinct sources, most used first. */
  sources: SummarySource[];
  /** Latest updatedAt: when the data was loaded here, not when it was released. */
  latestUpdate: string | null;
  /** The latest release date among the items whose source gives one. */
  latestRelease: string | null;
  /** Some items' sources give no release date (or the items have no source). */
  releaseUnknown: boolean;
}

export function summariseSources(items: readonly Sourced[]): SourceSummary {
  const byTitle = new Map<string, SummarySource>();
  let latest: string | null = null;
  let latestRelease: string | null = null;
  let releaseUnknown = false;
  for (const item of items) {
    if (!latest || item.updatedAt > latest) latest = item.updatedAt;
    const release = item.source?.releaseDate ?? null;
    if (release === null) releaseUnknown = true;
    else if (!latestRelease || release > latestRelease) latestRelease = release;
    if (!item.source) continue;
    const title = shortSource(item.source.title) || item.source.publisher;
    const found = byTitle.get(title);
    if (found) {
      found.count++;
      if (release && (!found.releaseDate || release > found.releaseDate)) found.releaseDate = release;
    } else
      byTitle.set(title, {
        title,
        publisher: item.source.publisher,
        url: item.source.url || null,
        publisherUrl: item.source.publisherUrl || null,
        releaseDate: release,
        count: 1,
      });
  }
  return {
    sources: [...byTitle.values()].sort((a, b) => b.count - a.count),
    latestUpdate: latest,
    latestRelease,
    releaseUnknown,
  };
}

/** A date of the API (YYYY-MM-DD, or an ISO timestamp) in words: "27 Februari 2026". */
function day(date: string, lang: Lang): string {
  return formatDate(date.length === 10 ? `${date}T12:00:00+07:00` : date, lang);
}

/** "bps.go.id/…", "github.com/akbaralqahri/…": where a link goes, short enough for a footer. */
export function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    const host = u.hostname.replace(/^www\./, '');
    const first = u.pathname.split('/').filter(Boolean)[0];
    return host === 'github.com' && first ? `${host}/${first}/…` : `${host}/…`;
  } catch {
    return url;
  }
}

/**
 * When the figures were released, in words: "Rilis BPS: 27 Februari 2026"; where some or all release dates are
 * unknown it says so, with the date they were loaded here labelled as that ("dimuat 5 Desember 2026").
 */
export function releaseText(summary: SourceSummary, lang: Lang): string {
  const t = translator(lang);
  const publisher = summary.sources[0] ? publisherShort(summary.sources[0].publisher.trim()) : '';
  const loaded = summary.latestUpdate ? ` · ${t('loadedOn', { date: day(summary.latestUpdate, lang) })}` : '';
  if (!summary.latestRelease) return `${t('releaseUnknown')}${loaded}`;
  const released = t(summary.sources.length > 1 ? 'releaseLatest' : 'releaseOf', {
    publisher: publisher || t('publisherUnnamed'),
    date: day(summary.latestRelease, lang),
  });
  return summary.releaseUnknown ? `${released} (${t('releasePartlyUnknown')})${loaded}` : released;
}

/**
 * The line under a chart: "Sumber: BPS — <table> (+2 lainnya) · Rilis BPS: 27 Februari 2026 · bps.go.id/… ·
 * diambil dari github.com/akbaralqahri/…".
 */
export function sourceFooter(items: readonly Sourced[], lang: Lang, fallbackSource?: string): string {
  const t = translator(lang);
  const summary = summariseSources(items);
  const first = summary.sources[0];
  let text = first ? `${t('source')}: ${withPublisher(first)}` : `${t('source')}: ${fallbackSource ?? '–'}`;
  if (summary.sources.length > 1)
    text += lang === 'id' ? ` (+${summary.sources.length - 1} lainnya)` : ` (+${summary.sources.length - 1} more)`;
  if (items.length) text += ` · ${releaseText(summary, lang)}`;
  if (first?.publisherUrl) text += ` · ${shortUrl(first.publisherUrl)}`;
  if (first?.url && first.url !== first.publisherUrl) text += ` · ${t('takenFrom')} ${shortUrl(first.url)}`;
  return text;
}

/** "Badan Pusat Statistik (BPS)" → "BPS". */
export function publisherShort(publisher: string): string {
  const m = /\(([^)]+)\)\s*$/.exec(publisher);
  return m ? m[1]! : publisher;
}

/** "BPS — <table>", or just the title when the file named no publisher. */
export function withPublisher(s: { publisher: string; title: string }): string {
  const publisher = publisherShort(s.publisher.trim());
  return publisher ? `${publisher} — ${s.title}` : s.title;
}

/**
 * Links for the sources under a chart: each to the publisher's page when known (with its release date), followed by
 * the file the figures were taken from when that is elsewhere ("diambil dari github.com/…").
 */
export function sourceLinks(items: readonly Sourced[], lang: Lang): { title: string; url: string | null }[] {
  const t = translator(lang);
  return summariseSources(items).sources.flatMap((s) => {
    const release = s.releaseDate ? `, ${t('releasedOn', { date: day(s.releaseDate, lang) })}` : '';
    const main = { title: `${withPublisher(s)}${release}`, url: s.publisherUrl ?? s.url };
    return s.publisherUrl && s.url && s.url !== s.publisherUrl
      ? [main, { title: `${t('takenFrom')} ${shortUrl(s.url)}`, url: s.url }]
      : [main];
  });
}
