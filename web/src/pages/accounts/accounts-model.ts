import { type Grant, MIN_PASSWORD_LENGTH, type Role, sortedGrants } from '../../auth/auth-model';
import type { MessageKey } from '../../i18n/dictionary';

/** A grant being edited, with the region's name as the search gave it (null for a saved grant: looked up). */
export interface DraftGrant extends Grant {
  regionName: string | null;
}

/** Adds a role over a region, once: the same role over the same region twice means nothing more. */
export function addGrant(grants: readonly DraftGrant[], grant: DraftGrant): DraftGrant[] {
  if (grants.some((g) => g.role === grant.role && g.regionCode === grant.regionCode)) return [...grants];
  return sortedGrants([...grants, grant]);
}

export function removeGrant(grants: readonly DraftGrant[], grant: Grant): DraftGrant[] {
  return grants.filter((g) => !(g.role === grant.role && g.regionCode === grant.regionCode));
}

/** What the API takes: role and region code only. */
export function grantInputs(grants: readonly Grant[]): { role: Role; regionCode: string }[] {
  return grants.map((g) => ({ role: g.role, regionCode: g.regionCode }));
}

/** The server's rule for usernames, checked before sending so the form can say it in the page's language. */
export const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;

export interface NewAccountDraft {
  username: string;
  displayName: string;
  password: string;
  grants: readonly Grant[];
}

/** The first thing wrong with a new account, as a dictionary key; null when it can be sent. */
export function newAccountProblem(draft: NewAccountDraft): MessageKey | null {
  if (!USERNAME.test(draft.username.trim())) return 'usernameHelp';
  if (!draft.displayName.trim()) return 'displayNameHelp';
  if (draft.password.length < MIN_PASSWORD_LENGTH) return 'passwordTooShort';
  if (!draft.grants.length) return 'needOneRole';
  return null;
}

/** Days a new access token lasts: whole days from 1 to 366 (the server's bounds), 90 when the field is unusable. */
export function tokenDays(text: string): number {
  const n = Math.round(Number(text));
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 366) : 90;
}
