import type { Translate } from '../i18n/useI18n';

/** What the page knows of a failure: Apollo's error, whose GraphQL errors carry the API's extensions. */
export interface LoadError {
  message: string;
  errors?: readonly { extensions?: Record<string, unknown> }[];
}

/**
 * What to say when a page's data cannot be loaded. The API words a wrong code in English for the analyst who
 * typed it and names it in `extensions.unknownCode`; on the dashboard the code comes from a link (a bookmark, a
 * shared address), so it is said in the page's language, and retrying cannot help.
 */
export function loadFailedText(error: LoadError, t: Translate): { text: string; retryable: boolean } {
  // The server does not know this page's operations: a newer version was installed since the page was loaded.
  if (error.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) {
    return { text: t('dashboardUpdated'), retryable: false };
  }
  for (const e of error.errors ?? []) {
    const unknown = e.extensions?.unknownCode as { kind?: string; code?: string } | undefined;
    if (!unknown?.code) continue;
    const key = unknown.kind === 'indicator' ? 'indicatorNotFound' : 'regionNotFound';
    return { text: `${t(key, { code: unknown.code })} ${t('staleLink')}`, retryable: false };
  }
  return { text: t('loadFailed', { msg: error.message }), retryable: true };
}
