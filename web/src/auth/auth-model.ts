import type { Role } from '../gql/graphql';
import type { Translate } from '../i18n/useI18n';

export type { Role };

export interface Grant {
  role: Role;
  regionCode: string;
}

export interface SessionAccount {
  id: number;
  username: string;
  displayName: string;
  mustChangePassword: boolean;
  grants: readonly Grant[];
}

/** Roles from the most to the least powerful, as the pickers list them. */
export const ROLES: readonly Role[] = ['ADMINISTRATOR', 'VERIFIER', 'EDITOR', 'ANALYST', 'VIEWER'];

/** Roles that may import files (each within its region; the server checks every row). */
export const IMPORT_ROLES: readonly Role[] = ['EDITOR', 'VERIFIER', 'ADMINISTRATOR'];

export function hasRole(account: Pick<SessionAccount, 'grants'> | null | undefined, roles: readonly Role[]): boolean {
  return Boolean(account?.grants.some((g) => roles.includes(g.role)));
}

export const canImport = (account: Pick<SessionAccount, 'grants'> | null | undefined) => hasRole(account, IMPORT_ROLES);
export const isAdministrator = (account: Pick<SessionAccount, 'grants'> | null | undefined) =>
  hasRole(account, ['ADMINISTRATOR']);
/** Personal access tokens are for analysts and administrators. */
export const canUseTokens = (account: Pick<SessionAccount, 'grants'> | null | undefined) =>
  hasRole(account, ['ANALYST', 'ADMINISTRATOR']);

/** Grants in a stable order: strongest role first, then by region code. */
export function sortedGrants<G extends Grant>(grants: readonly G[]): G[] {
  return [...grants].sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || a.regionCode.localeCompare(b.regionCode));
}

/** "Editor · Kota Gorontalo, Analis · Indonesia": each role with the name of its region. */
export function grantsText(grants: readonly Grant[], regionName: (code: string) => string, t: Translate): string {
  if (!grants.length) return t('noRoles');
  return sortedGrants(grants)
    .map((g) => `${t(`role${g.role}`)} · ${regionName(g.regionCode)}`)
    .join(', ');
}

/** What the API said about a failed request: its code, its sentence, and how long to wait after a 429. */
export interface ApiProblem {
  code: string | null;
  message: string;
  retryAfterSeconds: number | null;
}

interface ErrorLike {
  message: string;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
  bodyText?: string;
  statusCode?: number;
}

/**
 * Reads Apollo's error (GraphQL errors, or a non-2xx answer whose body holds them) into the API's first problem.
 * Apollo Client reports a 401/429 answer as a ServerError with the body as text when the server answered
 * `application/json`, and as GraphQL errors when it answered `application/graphql-response+json`.
 */
export function apiProblem(error: unknown): ApiProblem {
  const e = (error ?? {}) as ErrorLike;
  let errors = e.errors;
  if (!errors?.length && typeof e.bodyText === 'string') {
    try {
      const body = JSON.parse(e.bodyText) as { errors?: ErrorLike['errors'] };
      errors = body.errors;
    } catch {
      // not JSON: keep Apollo's own message
    }
  }
  const first = errors?.[0];
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : null;
  const retry = first?.extensions?.retryAfterSeconds;
  return {
    code: code ?? (e.statusCode === 401 ? 'UNAUTHENTICATED' : e.statusCode === 429 ? 'TOO_MANY_REQUESTS' : null),
    message: first?.message ?? e.message ?? String(error),
    retryAfterSeconds: typeof retry === 'number' && Number.isFinite(retry) ? retry : null,
  };
}

/** "15 menit", "40 detik": how long to wait, rounded up to whole minutes from a minute on. */
export function waitText(seconds: number, t: Translate): string {
  if (seconds < 60) return t('waitSeconds', { n: Math.max(1, Math.ceil(seconds)) });
  return t('waitMinutes', { n: Math.ceil(seconds / 60) });
}

/** The sentence a failed sign-in shows: a wrong password or a wait in the page's language, else the server's. */
export function signInProblemText(problem: ApiProblem, t: Translate): string {
  if (problem.code === 'TOO_MANY_REQUESTS') {
    return t('signInWait', { wait: waitText(problem.retryAfterSeconds ?? 900, t) });
  }
  if (problem.code === 'UNAUTHENTICATED') return t('signInWrong');
  return t('signInFailed', { msg: problem.message });
}

/** The least a new password must be (the server says more: not containing the username, not the same). */
export const MIN_PASSWORD_LENGTH = 10;
