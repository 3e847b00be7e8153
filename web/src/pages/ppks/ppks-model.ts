import type { CategoryBar } from '../../charts/category-profile.option';
import type { MessageKey } from '../../i18n/dictionary';
import { formatDate, type Lang } from '../../i18n/format';
import { verificationStatusKey } from '../../i18n/verification-status';

/** The indicators counted by category that the page shows, PPKS first. */
export const BREAKDOWN_INDICATORS = ['jumlah_pmks', 'jumlah_psks'] as const;
export type BreakdownIndicator = (typeof BREAKDOWN_INDICATORS)[number];

/** The indicator in the URL when it is one of the page's, else PPKS. */
export function chooseBreakdownIndicator(fromUrl: string | null): BreakdownIndicator {
  return (BREAKDOWN_INDICATORS as readonly string[]).includes(fromUrl ?? '') ? (fromUrl as BreakdownIndicator) : 'jumlah_pmks';
}

/** The year in the URL when it has counts, else the latest that has (years come latest first). */
export function chooseProfileYear(fromUrl: number | null, years: readonly number[]): number | null {
  if (fromUrl !== null && years.includes(fromUrl)) return fromUrl;
  return years[0] ?? null;
}

interface CategoryIn {
  code: string;
  nameId: string;
  nameEn: string;
  value: number | null;
  previousValue: number | null;
  change: number | null;
  share: number | null;
}

/** The profile's categories as chart rows, named in the page's language (Indonesian: as the regulation writes them). */
export function categoryBars(categories: readonly CategoryIn[], lang: Lang): CategoryBar[] {
  return categories.map((c) => ({
    code: c.code,
    name: lang === 'id' ? c.nameId : c.nameEn,
    value: c.value,
    previousValue: c.previousValue,
    change: c.change,
    share: c.share,
  }));
}

interface SourceIn {
  title: string;
  publisher: string;
  releasedOn: string | null;
}

/** "Rekap PPKS 2024, Dinas Sosial Provinsi Gorontalo (rilis 15 Januari 2025); …" — every source of the counts. */
export function sourcesText(sources: readonly SourceIn[], lang: Lang): string {
  return sources
    .map((s) => {
      const who = s.publisher && s.publisher !== s.title ? `, ${s.publisher}` : '';
      const when = s.releasedOn ? ` (${lang === 'id' ? 'rilis' : 'released'} ${formatDate(s.releasedOn, lang)})` : '';
      return `${s.title}${who}${when}`;
    })
    .join('; ');
}

/**
 * The dictionary key of a count's verification status (verVERIFIED…), shown as other values show theirs; null for a
 * category not reported, or a status the dashboard does not know (shown as the server wrote it).
 */
export const countStatusKey = (status: string | null): MessageKey | null => verificationStatusKey(status);
