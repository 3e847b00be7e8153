// The language of a request's messages: Bahasa Indonesia when the client prefers it (Accept-Language), English
// otherwise — the dashboard asks for the language on screen; scripts that say nothing keep the English of before.

export type Language = 'en' | 'id';

/** A message in both languages; `en` is what clients that do not ask for Indonesian get. */
export interface Localized {
  en: string;
  id: string;
}

const MAX_HEADER = 500;

/**
 * The language an Accept-Language header prefers among English and Indonesian: the one with the higher weight
 * ("id-ID,id;q=0.9,en;q=0.8" → id; "en-US,en;q=0.9,id;q=0.8" → en), English when it names neither. "in" is
 * Indonesian's former code, still sent by some Java and Android clients.
 */
export function preferredLanguage(header: string | readonly string[] | null | undefined): Language {
  const text = Array.isArray(header) ? header.join(',') : (header as string | null | undefined);
  if (!text) return 'en';
  let best: Language = 'en';
  let bestWeight = 0;
  for (const part of text.slice(0, MAX_HEADER).split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const primary = tag.split('-')[0];
    const language: Language | null = primary === 'id' || primary === 'in' ? 'id' : primary === 'en' ? 'en' : null;
    if (language === null) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (Number.isFinite(weight) && weight > bestWeight) {
      best = language;
      bestWeight = weight;
    }
  }
  return best;
}

/** The text of `message` in `language`. */
export function say(message: Localized, language: Language): string {
  return language === 'id' ? message.id : message.en;
}
