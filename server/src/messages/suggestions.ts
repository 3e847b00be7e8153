// "Did you mean …" for codes a client misspelt: an indicator, a programme, a planning document. Only on the error
// path, over catalogues of a few dozen entries, so a plain scan is enough.

import type { Language } from './language.js';

export interface Suggestible {
  code: string;
  /** Names the entry is known by (Indonesian and English), compared word by word. */
  names: readonly string[];
}

const SUGGESTIONS = 3;

/** Lower case, letters and digits only, split into words ("Poverty rate (P0)" → ["poverty", "rate", "p0"]). */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Up to three entries a misspelt code most likely meant: codes a few edits away ("povety_rate_p0"), else entries
 * sharing a word with it in their code or names ("p0", "kemiskinan", "gini"), closest first.
 */
export function suggest<T extends Suggestible>(text: string, entries: readonly T[]): T[] {
  const asked = text.trim().toLowerCase();
  if (asked === '') return [];
  const askedWords = words(asked).filter((w) => w.length >= 2);
  const limit = Math.max(2, Math.ceil(asked.length * 0.3));
  const scored: { entry: T; score: number }[] = [];
  for (const entry of entries) {
    const code = entry.code.toLowerCase();
    let score = boundedDistance(asked, code, limit);
    if (score > limit) {
      const entryWords = new Set([...words(entry.code), ...entry.names.flatMap(words)]);
      const shared = askedWords.filter(
        (w) => entryWords.has(w) || (w.length >= 4 && [...entryWords].some((e) => e.startsWith(w))),
      );
      // A shared word ranks after every close spelling; more shared words rank higher.
      if (shared.length) score = limit + 1 + (askedWords.length - shared.length);
      else continue;
    }
    scored.push({ entry, score });
  }
  scored.sort((a, b) => a.score - b.score || a.entry.code.localeCompare(b.entry.code));
  // A close spelling is what was meant: words in common are offered only when nothing is close.
  const close = scored.filter((s) => s.score <= limit);
  return (close.length ? close : scored).slice(0, SUGGESTIONS).map((s) => s.entry);
}

/** " Did you mean “a” or “b”?" in the request's language; empty without suggestions. */
export function didYouMean(codes: readonly string[], language: Language): string {
  if (!codes.length) return '';
  const quoted = codes.map((c) => `“${c}”`);
  return language === 'id' ? ` Mungkin maksud Anda ${quoted.join(' atau ')}?` : ` Did you mean ${quoted.join(' or ')}?`;
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}
