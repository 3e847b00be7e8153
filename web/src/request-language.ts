import { parseViewState } from './url-state';

/**
 * The Accept-Language the dashboard sends: its own language (the URL's `bahasa`), not the browser's. The server writes
 * its errors in it (a refusal, a limit, a time-out), so a Bahasa Indonesia page on an English browser is answered in
 * Bahasa Indonesia; data answers do not depend on it, and the answers kept for visitors are kept per language.
 */
export function acceptLanguage(lang: 'id' | 'en'): string {
  return lang === 'en' ? 'en' : 'id, en;q=0.5';
}

/** The header for a request made now, from the page's address (none outside a page: the default language). */
export function requestLanguageHeaders(): Record<string, string> {
  return { 'accept-language': acceptLanguage(parseViewState(globalThis.location?.search ?? '').lang) };
}
