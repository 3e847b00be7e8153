import type { MessageKey } from './dictionary';
import type { Translate } from './useI18n';

// A value's verification status in words, the same on every page (PUBLISHED → Dipublikasikan, RETURNED →
// Dikembalikan): the server sends the code, a reader should not have to know it.

const STATUSES = ['PUBLISHED', 'VERIFIED', 'UNVERIFIED', 'RETURNED', 'DISPUTED', 'DRAFT'];

/** The dictionary key of a status (verVERIFIED…); null for none, or for a status the dashboard does not know. */
export function verificationStatusKey(status: string | null | undefined): MessageKey | null {
  return status != null && STATUSES.includes(status) ? (`ver${status}` as MessageKey) : null;
}

/** A status in words; one the dashboard does not know as the server wrote it, so that nothing is hidden. */
export function verificationStatusText(status: string, t: Translate): string {
  const key = verificationStatusKey(status);
  return key ? t(key) : status;
}
