import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '../db/database.js';
import { clearedSessionCookie, clearsSessionCookie, resolveViewer } from './credentials.js';
import { LoginThrottle } from './login-throttle.js';
import type { Viewer } from './viewer.js';

/** What the platform knows of a request's HTTP side that accounts need. */
export interface RequestHttp {
  /** The session cookie's secret, if the request carries one (sign-out and password change need it). */
  sessionSecret: string | undefined;
  /** The client's address, for the sign-in rate limit. */
  clientAddress: string;
  /** Whether the browser reached us over HTTPS (the cookie is then Secure and `__Host-` prefixed). */
  secure: boolean;
  /** A Set-Cookie header for the answer (sign-in, sign-out). */
  setCookie(value: string): void;
}

/** Account settings of the running server. */
export interface AccountSettings {
  /** ANONYMOUS_ACCESS: whether visitors who are not signed in may read the published dashboard. */
  anonymousAccess: boolean;
  /** TRUST_PROXY: take the client's address and scheme from X-Forwarded-For / X-Forwarded-Proto. */
  trustProxy: boolean;
  /** The operator token the command line on this machine uses (embedded database only). */
  operatorToken?: string | undefined;
  operatorName: string;
}

export interface Accounts extends AccountSettings {
  throttle: LoginThrottle;
}

const throttles = new WeakMap<Database, LoginThrottle>();

export function accountsFor(db: Database, settings: Partial<AccountSettings> = {}): Accounts {
  let throttle = throttles.get(db);
  if (!throttle) {
    throttle = new LoginThrottle(db.sql);
    throttles.set(db, throttle);
  }
  return {
    anonymousAccess: settings.anonymousAccess ?? true,
    trustProxy: settings.trustProxy ?? false,
    operatorToken: settings.operatorToken,
    operatorName: settings.operatorName ?? 'operator',
    throttle,
  };
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The HTTP facts of a request, and a setter for its Set-Cookie header. */
export function requestHttp(
  req: IncomingMessage,
  res: ServerResponse,
  settings: AccountSettings,
  sessionSecret: string | undefined,
): RequestHttp {
  const forwardedFor = settings.trustProxy ? firstHeader(req.headers['x-forwarded-for']) : undefined;
  // The nearest proxy appends the address it saw: the last entry is the one it vouches for.
  const clientAddress = forwardedFor?.split(',').pop()?.trim() || req.socket.remoteAddress || 'unknown';
  const proto = settings.trustProxy ? firstHeader(req.headers['x-forwarded-proto']) : undefined;
  const secure = Boolean((req.socket as { encrypted?: boolean }).encrypted) || proto?.split(',')[0]?.trim() === 'https';
  return {
    sessionSecret,
    clientAddress,
    secure,
    setCookie: (value) => {
      if (!res.headersSent) res.setHeader('set-cookie', value);
    },
  };
}

/**
 * The request's viewer; credentials that are not valid are refused (401), and a dead session cookie is cleared in
 * the same answer so that the browser stops sending it.
 */
export async function viewerOfRequest(
  db: Database,
  req: IncomingMessage,
  http: RequestHttp,
  accounts: Accounts,
): Promise<Viewer> {
  try {
    return await resolveViewer(db.sql, req.headers, {
      operatorToken: accounts.operatorToken,
      operatorName: accounts.operatorName,
    });
  } catch (error) {
    if (clearsSessionCookie(error)) http.setCookie(clearedSessionCookie(http.secure));
    throw error;
  }
}
