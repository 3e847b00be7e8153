import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { parseCookie } from 'cookie';
import type { NextFunction, Request, Response } from 'express';
import { sessionSecretOf } from '../accounts/credentials.js';
import type { Database, SqlClient } from '../db/database.js';
import { formatLsn, parseLsn } from './lsn.js';
import type { ReadReplicas } from './replicas.js';

/**
 * Where one request's statements go. Everything starts on the primary; a GraphQL query (or an export) is marked
 * read-only once known to be one, and from then on its plain-SQL reads may go to a replica — one that has replayed the
 * session's last write, so that a session always sees what it wrote (an import's result page right after the import).
 * Transactions, Prisma, sign-in checks and held reference data stay on the primary.
 */
export class ReadRoute {
  private readOnly = false;

  constructor(
    private readonly replicas: ReadReplicas | undefined,
    private readonly client: ReadClient = {},
  ) {}

  /** The request only reads: its statements may go to a replica. */
  markReadOnly(): void {
    this.readOnly = true;
  }

  /** After a write: this session's reads stay on the primary until the replicas have replayed it. */
  async wrote(): Promise<void> {
    if (!this.replicas) return;
    const lsn = await this.replicas.noteWrite(this.client.sessionKey);
    if (lsn !== undefined) this.client.rememberWrite?.(formatLsn(lsn), this.replicas.ownWriteSeconds);
  }

  query<T>(primary: SqlClient, sql: string, params?: unknown[], options?: Parameters<SqlClient['query']>[2]): Promise<T[]> {
    if (!this.readOnly || !this.replicas) return primary.query<T>(sql, params, options);
    const own = this.replicas.ownWriteOf(this.client.sessionKey);
    const sent = this.client.writtenLsn;
    const mustSee = own === undefined ? sent : sent === undefined || own > sent ? own : sent;
    return this.replicas.query<T>(sql, params, options, mustSee);
  }
}

/** Who reads, for read-your-writes. */
export interface ReadClient {
  /** A hash of the request's credentials (absent for anonymous requests): this instance remembers its writes. */
  sessionKey?: string | undefined;
  /** The write position the client sent back (WRITTEN_COOKIE): a write made through another instance. */
  writtenLsn?: bigint | undefined;
  /** Hands the client the position of its write, for it to send back to whichever instance it reaches next. */
  rememberWrite?: (lsn: string, maxAgeSeconds: number) => void;
}

/**
 * Behind a load balancer the next request may reach another instance, which knows nothing of this one's writes: the
 * position travels with the client in this cookie (no secret: a forged one only sends its own reads to the primary).
 */
export const WRITTEN_COOKIE = 'kesra_wal';

/** The read-your-writes side of an HTTP request: its credentials' key, its cookie, and a way to set the cookie. */
export function readClientOf(req: IncomingMessage, res: ServerResponse | undefined, secure: boolean): ReadClient {
  const cookies = req.headers.cookie ? parseCookie(req.headers.cookie) : {};
  return {
    sessionKey: sessionKeyOf(req.headers),
    writtenLsn: parseLsn(cookies[WRITTEN_COOKIE]),
    rememberWrite: res
      ? (lsn, maxAge) => {
          if (res.headersSent) return;
          // Beside a session cookie set by the same answer (sign-out, a password change), not instead of it.
          const already = res.getHeader('set-cookie');
          const list = already === undefined ? [] : Array.isArray(already) ? already : [String(already)];
          const cookie = `${WRITTEN_COOKIE}=${lsn}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
          res.setHeader('set-cookie', [...list, cookie]);
        }
      : undefined,
  };
}

/** The request's credentials (session cookie or access token) as a key that is no secret, for read-your-writes. */
export function sessionKeyOf(headers: IncomingHttpHeaders): string | undefined {
  let credential: string | undefined;
  try {
    credential = sessionSecretOf(headers) ?? headers.authorization;
  } catch {
    credential = headers.authorization;
  }
  return credential ? createHash('sha256').update(credential).digest('hex').slice(0, 32) : undefined;
}

/** The database as a request sees it: plain SQL through its route (`routeOf` is asked at each statement). */
export function routedDatabase(db: Database, routeOf: () => ReadRoute | undefined): Database {
  if (!db.replicas) return db;
  const sql: SqlClient = {
    query(text, params, options) {
      const route = routeOf();
      return route ? route.query(db.sql, text, params, options) : db.sql.query(text, params, options);
    },
  };
  return Object.assign(Object.create(db) as Database, { sql, primary: db });
}

/** The primary behind a routed database (sign-in checks must see a session created a moment ago). */
export function primaryOf(db: Database): Database {
  return (db as Database & { primary?: Database }).primary ?? db;
}

/** GraphQL: queries read from replicas, mutations write to the primary and make their session's reads follow. */
export function readRoutingPlugin(): ApolloServerPlugin<{ route: ReadRoute }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'query') contextValue.route.markReadOnly();
        },
        async willSendResponse({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          // A failed write leaves the position a little ahead; that only keeps the session on the primary a moment.
          await contextValue.route.wrote().catch((err: Error) => {
            console.warn(`[kesra] Could not read the primary's write position after a mutation: ${err.message}`);
          });
        },
      };
    },
  };
}

const exportRoutes = new AsyncLocalStorage<ReadRoute>();

/**
 * HTTP reads (exports): the request's statements go to the replicas through `exportDatabase`, while this middleware's
 * route is in force.
 */
export function readOnlyRoutes(db: Database): {
  middleware: (req: Request, res: Response, next: NextFunction) => void;
  database: Database;
} {
  return {
    middleware(req, _res, next) {
      if (!db.replicas) return next();
      const route = new ReadRoute(db.replicas, readClientOf(req, undefined, false));
      route.markReadOnly();
      exportRoutes.run(route, next);
    },
    database: routedDatabase(db, () => exportRoutes.getStore()),
  };
}
