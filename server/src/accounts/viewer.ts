import { GraphQLError } from 'graphql';
import type { Role } from '../generated/prisma/enums.js';
import { NATIONAL_CODE } from '../regions/registry.js';

/** One role over a region and everything below it. */
export interface Grant {
  role: Role;
  regionCode: string;
}

/**
 * Who is asking, as the request's credentials prove it (session cookie, access token, the server's operator token),
 * never as the request says it. Every service that reads or writes takes one.
 */
export type Viewer =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: number;
      username: string;
      displayName: string;
      grants: readonly Grant[];
      /** How the request proved it: a browser session, a personal access token, or the command line on the server's machine. */
      via: 'session' | 'token' | 'operator';
      /** An account whose password an administrator set: it may only change its password until it has. */
      mustChangePassword: boolean;
    };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

/**
 * Whoever runs a command on the machine that holds the database: the operator can already write the database
 * directly, so the command line acts as an administrator over the whole country, named after the OS account.
 */
export function operatorViewer(osUser: string): Viewer {
  return systemViewer(`operator:${osUser}`, `command line (${osUser})`);
}

/** The platform itself acting as an administrator under a fixed name (the demo data set's "demo-data"). */
export function systemViewer(username: string, displayName = username): Viewer {
  return {
    kind: 'user',
    userId: 0,
    username,
    displayName,
    grants: [{ role: 'ADMINISTRATOR', regionCode: NATIONAL_CODE }],
    via: 'operator',
    mustChangePassword: false,
  };
}

/** An account's viewer with the given roles (tests, and services acting for a known account). */
export function accountViewer(username: string, grants: readonly Grant[], userId = 0): Viewer {
  return { kind: 'user', userId, username, displayName: username, grants, via: 'session', mustChangePassword: false };
}

/** Whether a grant over `scope` covers `regionCode`: the region itself and everything below it. */
export function regionCovers(scope: string, regionCode: string): boolean {
  return scope === NATIONAL_CODE || regionCode === scope || regionCode.startsWith(`${scope}.`);
}

/** regionCovers in SQL: whether `column` lies in the region given as parameter `param` ("$1"), or it is the country. */
export function regionCoversSql(column: string, param: string): string {
  return `(${column} = ${param} OR ${column} LIKE ${param} || '.%' OR ${param} = '${NATIONAL_CODE}')`;
}

/** What a role allows; each action lists the roles that may take it (an administrator may take every one). */
const ALLOWED: Record<Action, readonly Role[]> = {
  /** Values not yet verified or published (submissions, legacy UNVERIFIED rows), audit trail, import history. */
  readUnverified: ['ADMINISTRATOR', 'VERIFIER', 'EDITOR', 'ANALYST'],
  /** Queries outside the dashboard's own operations, and exports. */
  adHocQuery: ['ADMINISTRATOR', 'VERIFIER', 'EDITOR', 'ANALYST', 'VIEWER'],
  /** Submit values and targets for a region. */
  submit: ['ADMINISTRATOR', 'VERIFIER', 'EDITOR'],
  /** Verify or return what a region submitted. */
  verify: ['ADMINISTRATOR', 'VERIFIER'],
  /** Import published statistics straight into the published figures, define OFFICIAL methodologies, manage users. */
  administer: ['ADMINISTRATOR'],
  /** Personal access tokens for scripts. */
  useTokens: ['ADMINISTRATOR', 'ANALYST'],
  /** Build presentation decks and change or delete one's own (every role: presenters are often viewers). */
  keepDecks: ['ADMINISTRATOR', 'VERIFIER', 'EDITOR', 'ANALYST', 'VIEWER'],
  /** Delete anyone's deck (abuse); checked for the whole country, so only a national administrator may. */
  moderateDecks: ['ADMINISTRATOR'],
};

export type Action =
  | 'readUnverified'
  | 'adHocQuery'
  | 'submit'
  | 'verify'
  | 'administer'
  | 'useTokens'
  | 'keepDecks'
  | 'moderateDecks';

/** Whether the viewer may take `action` for `regionCode` (for actions not tied to a region: anywhere). */
export function can(viewer: Viewer, action: Action, regionCode?: string): boolean {
  if (viewer.kind === 'anonymous' || viewer.mustChangePassword) return false;
  const roles = ALLOWED[action];
  return viewer.grants.some(
    (g) => roles.includes(g.role) && (regionCode === undefined || regionCovers(g.regionCode, regionCode)),
  );
}

/** The regions under which the viewer may take `action` (a grant over "ID" covers the country). */
export function scopesFor(viewer: Viewer, action: Action): string[] {
  if (viewer.kind === 'anonymous' || viewer.mustChangePassword) return [];
  const roles = ALLOWED[action];
  return [...new Set(viewer.grants.filter((g) => roles.includes(g.role)).map((g) => g.regionCode))];
}

/** The name recorded as having done something: the account's username (the operator's is "operator:<os user>"). */
export function actorName(viewer: Viewer): string {
  if (viewer.kind === 'anonymous') throw new Error('An anonymous request has no actor; authorise before writing.');
  return viewer.username;
}

/** A refusal for a request without valid credentials (HTTP 401). */
export function unauthenticated(message = 'Sign in first: this needs an account.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** A refusal for a signed-in account that lacks the role or the region (HTTP 403). */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

const ROLE_NAMES: Record<Role, string> = {
  ADMINISTRATOR: 'an administrator',
  VERIFIER: 'a verifier',
  EDITOR: 'an editor',
  ANALYST: 'an analyst',
  VIEWER: 'a viewer',
};

/**
 * Throws unless the viewer may take `action` (for `regionCode`, when given): 401 for anonymous requests, 403 for
 * accounts without the role or the region, with a sentence naming what was missing.
 */
export function authorize(viewer: Viewer, action: Action, what: string, regionCode?: string): void {
  if (viewer.kind === 'anonymous') throw unauthenticated(`Sign in first: ${what} needs an account.`);
  if (viewer.mustChangePassword) {
    throw forbidden(`Change your password first (an administrator set it): ${what} is not allowed until you have.`);
  }
  if (can(viewer, action, regionCode)) return;
  const roles = ALLOWED[action].map((r) => ROLE_NAMES[r]);
  const where = regionCode ? ` for region ${regionCode}` : '';
  throw forbidden(
    `Your account (${viewer.username}) may not ${what}${where}: that needs ${roles.join(' or ')}${regionCode ? ' whose region covers it' : ''}.`,
  );
}

/**
 * Arguments through which clients used to say who they were (importedBy, createdBy). The name now comes from the
 * session; a client that still sends one is told so rather than silently overruled.
 */
export function refuseClaimedActor(argument: string, value: string | null | undefined): void {
  if (value === null || value === undefined) return;
  throw new GraphQLError(
    `${argument} is no longer accepted: who did it is taken from your sign-in (session or access token). Leave ${argument} out.`,
    { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
  );
}
