import { dictionaries } from '../i18n/dictionary';
import { formatDate, type Lang, shortSource } from '../i18n/format';
import type { SourceInfo } from './types';

export interface Sourced {
  source: SourceInfo | null;
  updatedAt: string;
}

export interface SourceSummary {
  /** Distinct sources, most used first. */
  sources: { title: string; publisher: string; url: string | null; count: number }[];
  /** Latest updatedAt: the "data per" date. */
  latestUpdate: string | null;
}

export function summariseSources(items: readonly Sourced[]): SourceSummary {
  const byTitle = new Map<string, { title: string; publisher: string; url: string | null; count: number }>();
  let latest: string | null = null;
  for (const item of items) {
    if (!latest || item.updatedAt > latest) latest = item.updatedAt;
    if (!item.source) continue;
    const title = shortSource(item.source.title) || item.source.publisher;
    const found = byTitle.get(title);
    if (found) found.count++;
    else byTitle.set(title, { title, publisher: item.source.publisher, url: item.source.url || null, count: 1 });
  }
  return { sources: [...byTitle.values()].sort((a, b) => b.count - a.count), latestUpdate: latest };
}

/** The line under a chart: "Sumber: BPS — <table> (+2 lainnya) · Data per 23 November 2026". */
export function sourceFooter(items: readonly Sourced[], lang: Lang, fallbackSource?: string): string {
  const d = dictionaries[lang];
  const { sources, latestUpdate } = summariseSources(items);
  const first = sources[0];
  let text = first ? `${d.source}: ${withPublisher(first)}` : `${d.source}: ${fallbackSource ?? '–'}`;
  if (sources.length > 1) text += lang === 'id' ? ` (+${sources.length - 1} lainnya)` : ` (+${sources.length - 1} more)`;
  if (latestUpdate) text += ` · ${d.dataAsOf} ${formatDate(latestUpdate, lang)}`;
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

export function sourceLinks(items: readonly Sourced[]): { title: string; url: string | null }[] {
  return summariseSources(items).sources.map((s) => ({ title: withPublisher(s), url: s.url }));
}
