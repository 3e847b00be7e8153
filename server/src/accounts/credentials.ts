import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { parseCookie, stringifySetCookie } from 'cookie';
import type { SqlClient } from '../db/database.js';
import type { Role } from '../generated/prisma/enums.js';
import { ANONYMOUS, type Grant, operatorViewer, unauthenticated, type Viewer } from './viewer.js';

/** A session ends this long after sign-in, whatever happens. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60_000;
/** …or after this long without a request (a rakor morning of reading charts keeps it alive). */
export const SESSION_IDLE_MS = 2 * 60 * 60_000;
/** last_seen_at is written at most this often per session, not on every request. */
const LAST_SEEN_RESOLUTION_MS = 60_000;

/** Over HTTPS the cookie is `__Host-` prefixed (Secure, this host only, path /); plain HTTP (a laptop, a LAN) cannot set Secure cookies. */
export const SECURE_SESSION_COOKIE = '__Host-kesra_session';
export const SESSION_COOKIE = 'kesra_session';

export const ACCESS_TOKEN_PREFIX = 'kesra_pat_';
/** The command line's token to a server on the same machine, kept in the data folder (see operator-token.ts). */
export const OPERATOR_TOKEN_PREFIX = 'kesra_op_';

/** A new random secret: 32 bytes, base64url. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** Only this is stored: a copy of the tables cannot be turned back into a cookie or token. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function sessionCookie(secret: string, expiresAt: Date, secure: boolean): string {
  return stringifySetCookie({
    name: secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE,
    value: secret,
    httpOnly: true,
    secure,
    sameSite: 'lax',
    path: '/',
    expires: expiresAt,
  });
}

export function clearedSessionCookie(secure: boolean): string {
  return stringifySetCookie({
    name: secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE,
    value: '',
    httpOnly: true,
    secure,
    sameSite: 'lax',
    path: '/',
    expires: new Date(0),
  });
}

/** The session secret a request carries, if any. */
export function sessionSecretOf(headers: IncomingHttpHeaders): string | undefined {
  const header = headers.cookie;
  if (!header) return undefined;
  const cookies = parseCookie(header);
  return cookies[SECURE_SESSION_COOKIE] ?? cookies[SESSION_COOKIE] ?? undefined;
}

function bearerOf(headers: IncomingHttpHeaders): string | undefined {
  const header = headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw unauthenticated('The Authorization header is not "Bearer <token>".');
  return match[1];
}

interface AccountRow {
  userId: number;
  username: string;
  displayName: string;
  mustChangePassword: boolean;
  disabled: boolean;
  grants: { role: Role; regionCode: string }[] | string;
  createdAt: Date | string;
  lastSeenAt: Date | string | null;
  expiresAt: Date | string | null;
}

function grantsOf(row: AccountRow): Grant[] {
  return typeof row.grants === 'string' ? (JSON.parse(row.grants) as Grant[]) : row.grants;
}

/** The roles of the account `u` as a JSON array of {role, regionCode}: one subquery, no second statement. */
export const GRANTS_JSON = `COALESCE((SELECT json_agg(json_build_object('role', g.role, 'regionCode', g.region_code)
  ORDER BY g.region_code, g.role) FROM role_grant g WHERE g.user_id = u.id), '[]'::json)`;

const ACCOUNT_COLUMNS = `u.id AS "userId", u.username, u.display_name AS "displayName",
  u.must_change_password AS "mustChangePassword", u.disabled_at IS NOT NULL AS disabled, ${GRANTS_JSON} AS grants`;

export interface CredentialOptions {
  /** The operator token of this server (operator-token.ts), if it has one. */
  operatorToken?: string | undefined;
  operatorName?: string;
  now?: Date;
}

/**
 * Who a request's credentials prove it comes from: a bearer token (personal access token, or the operator's), else
 * the session cookie, else nobody (anonymous). Credentials that were given but are not valid (expired, signed out,
 * forged, revoked, a disabled account) are refused with 401, never treated as anonymous: a client must learn that
 * its session ended rather than silently see less. One SQL statement when credentials are given, none otherwise.
 */
export async function resolveViewer(
  sql: SqlClient,
  headers: IncomingHttpHeaders,
  options: CredentialOptions = {},
): Promise<Viewer> {
  const now = options.now ?? new Date();
  const bearer = bearerOf(headers);
  if (bearer !== undefined) {
    if (bearer.startsWith(OPERATOR_TOKEN_PREFIX)) {
      const expected = options.operatorToken;
      if (expected && bearer.length === expected.length && timingSafeEqual(Buffer.from(bearer), Buffer.from(expected))) {
        return operatorViewer(options.operatorName ?? 'operator');
      }
      throw unauthenticated(
        'This operator token is not the running server’s: run the command on the machine that holds the database.',
      );
    }
    if (!bearer.startsWith(ACCESS_TOKEN_PREFIX))
      throw unauthenticated('The bearer token is not a personal access token of this platform.');
    const [row] = await sql.query<AccountRow>(
      `SELECT ${ACCOUNT_COLUMNS}, t.created_at AS "createdAt", t.last_used_at AS "lastSeenAt", t.expires_at AS "expiresAt"
       FROM access_token t JOIN app_user u ON u.id = t.user_id
       WHERE t.token_hash = $1 AND t.revoked_at IS NULL`,
      [secretHash(bearer)],
    );
    if (!row || row.disabled || (row.expiresAt !== null && new Date(row.expiresAt) <= now)) {
      throw unauthenticated(
        'This access token is not valid (revoked, expired, or never issued). Create a new one in the dashboard.',
      );
    }
    if (stale(row.lastSeenAt, now)) {
      await sql.query('UPDATE access_token SET last_used_at = $2 WHERE token_hash = $1', [secretHash(bearer), now]);
    }
    return viewerOf(row, 'token');
  }
  const secret = sessionSecretOf(headers);
  if (secret === undefined) return ANONYMOUS;
  const idHash = secretHash(secret);
  const [row] = await sql.query<AccountRow>(
    `SELECT ${ACCOUNT_COLUMNS}, s.created_at AS "createdAt", s.last_seen_at AS "lastSeenAt", s.expires_at AS "expiresAt"
     FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE s.id_hash = $1`,
    [idHash],
  );
  const idleSince = row?.lastSeenAt ? new Date(row.lastSeenAt).getTime() : 0;
  if (!row || row.disabled || new Date(row.expiresAt ?? 0) <= now || now.getTime() - idleSince > SESSION_IDLE_MS) {
    if (row) await sql.query('DELETE FROM user_session WHERE id_hash = $1', [idHash]);
    throw Object.assign(unauthenticated('Your session has ended (signed out, expired, or not valid). Sign in again.'), {
      clearSessionCookie: true,
    });
  }
  if (stale(row.lastSeenAt, now)) await sql.query('UPDATE user_session SET last_seen_at = $2 WHERE id_hash = $1', [idHash, now]);
  return viewerOf(row, 'session');
}

function stale(lastSeen: Date | string | null, now: Date): boolean {
  return lastSeen === null || now.getTime() - new Date(lastSeen).getTime() > LAST_SEEN_RESOLUTION_MS;
}

function viewerOf(row: AccountRow, via: 'session' | 'token'): Viewer {
  return {
    kind: 'user',
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    grants: grantsOf(row),
    via,
    mustChangePassword: row.mustChangePassword,
  };
}

/** Whether an error from resolveViewer asks for the session cookie to be cleared. */
export function clearsSessionCookie(error: unknown): boolean {
  return (error as { clearSessionCookie?: boolean } | null)?.clearSessionCookie === true;
}
