import type { Translate } from '../i18n/useI18n';

/**
 * What to say when a page's data cannot be loaded. The API words a wrong code in English for the analyst who
 * typed it; on the dashboard the code comes from a link (a bookmark, a shared address), so it is said in the
 * page's language, and retrying cannot help.
 */
export function loadFailedText(message: string, t: Translate): { text: string; retryable: boolean } {
  const region = /^Unknown region “([^”]+)”/.exec(message);
  if (region) return { text: `${t('regionNotFound', { code: region[1]! })} ${t('staleLink')}`, retryable: false };
  const indicator = /^Unknown indicator “([^”]+)”/.exec(message);
  if (indicator) return { text: `${t('indicatorNotFound', { code: indicator[1]! })} ${t('staleLink')}`, retryable: false };
  return { text: t('loadFailed', { msg: message }), retryable: true };
}
