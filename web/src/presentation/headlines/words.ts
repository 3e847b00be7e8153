import { formatDistance } from '../../data/target-gap';
import type { Lang, UnitInfo } from '../../i18n/format';
import type { Translate } from '../../i18n/useI18n';

const MINUS = '\u2212';

/** Rounds to the indicator's decimals, so that values published alike compare alike (15,24 − 17,11 is −1,87). */
export function roundTo(value: number, decimals: number): number {
  return Math.round(value * 10 ** decimals) / 10 ** decimals || 0;
}

/** A sentence starts with a capital: clauses are written in lower case so they can also follow a semicolon. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A status word inside a sentence: "Tidak sesuai jalur" → "tidak sesuai jalur". */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Regions sharing a place: "Bali", "A dan B", "A dan 2 lainnya" (a headline has no room for a long list). */
export function tiedNames(names: readonly string[], t: Translate): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return t('headlineAnd', { a: names[0]!, b: names[1]! });
  return t('headlineAndOthers', { a: names[0]!, n: names.length - 1 });
}

/** A size of change without its sign: "2,97 poin" for a percentage or an index, "12,30 ribu jiwa" for a count. */
export function amount(value: number, unit: UnitInfo, lang: Lang): string {
  return formatDistance(Math.abs(value), unit, lang);
}

/** A change with its sign: "−2,82 poin", "+0,55 poin", "0,00 poin". */
export function signedAmount(value: number, unit: UnitInfo, lang: Lang): string {
  const sign = value > 0 ? '+' : value < 0 ? MINUS : '';
  return `${sign}${amount(value, unit, lang)}`;
}

/** The peers named by their level: "provinsi", "kabupaten/kota", or "wilayah" for a mix. */
export function peersWord(level: string | null, t: Translate): string {
  if (level === 'PROVINCE') return t('headlinePeersPROVINCE');
  if (level === 'REGENCY_CITY') return t('headlinePeersREGENCY_CITY');
  return t('headlinePeersOther');
}

/** The items sharing the extreme of `key` (the first is the smallest): ties are named together, never one picked. */
export function extremes<T>(items: readonly T[], key: (item: T) => number, which: 'min' | 'max'): T[] {
  if (!items.length) return [];
  const values = items.map(key);
  const target = which === 'min' ? Math.min(...values) : Math.max(...values);
  return items.filter((_, i) => values[i] === target);
}
