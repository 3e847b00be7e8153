import type { Lang } from '../i18n/format';
import { translator } from '../i18n/useI18n';
import { releaseText, type Sourced, shortUrl, summariseSources, withPublisher } from './sources';

/**
 * The source of a figure as a line with links: "Sumber: BPS — <table> · Rilis BPS: 27 Februari 2026 ·
 * bps.go.id/… · diambil dari github.com/…" — the publisher's page first, the file the figures were taken from after.
 */
export function SourceNote({ items, lang, fallback }: { items: readonly Sourced[]; lang: Lang; fallback?: string }) {
  const t = translator(lang);
  const summary = summariseSources(items);
  const first = summary.sources[0];
  const more = summary.sources.length - 1;
  return (
    <>
      {t('source')}: {first ? withPublisher(first) : (fallback ?? '–')}
      {more > 0 && (lang === 'id' ? ` (+${more} lainnya)` : ` (+${more} more)`)}
      {items.length > 0 && <> · {releaseText(summary, lang)}</>}
      {first?.publisherUrl && (
        <>
          {' · '}
          <a href={first.publisherUrl} target="_blank" rel="noreferrer">
            {shortUrl(first.publisherUrl)}
          </a>
        </>
      )}
      {first?.url && first.url !== first.publisherUrl && (
        <>
          {' · '}
          {t('takenFrom')}{' '}
          <a href={first.url} target="_blank" rel="noreferrer">
            {shortUrl(first.url)}
          </a>
        </>
      )}
    </>
  );
}
