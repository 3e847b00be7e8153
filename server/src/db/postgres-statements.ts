// What a statement sent to PostgreSQL is given: its options, the connections' timeouts, and its prepared name. Its own
// module so that the read replicas (replicas/replicas.ts), which db/database.ts opens, use them without importing it.
import { createHash } from 'node:crypto';

export interface QueryOptions {
  prepare?: boolean;
  /**
   * On a PostgreSQL server, give up waiting for the answer after this long (the request's remaining time): a server
   * that stopped answering (frozen, a network fault) fails the request instead of holding it, and the connection is
   * dropped from the pool. PGlite runs in this process and cannot hang this way.
   */
  timeoutMs?: number;
}

/** Timeouts of the connections to a PostgreSQL server (see README, Configuration). */
export const POSTGRES_TIMEOUTS = {
  /** Waiting for a free pooled connection, or for a new one to open. */
  connectMs: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 5_000),
  /**
   * Any one statement, cut by the server itself (statement_timeout); transactions (imports) set their own. By default
   * as long as a request's time budget, so that raising one raises both.
   */
  statementMs: Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? process.env.REQUEST_TIME_LIMIT_MS ?? 10_000),
  /** A statement inside a transaction (imports, demo data): long COPYs and upserts of a million rows. */
  transactionStatementMs: 15 * 60_000,
  /** A transaction left open without a statement (a client that vanished mid-import) is ended by the server. */
  idleInTransactionMs: 60_000,
};

const statementNames = new Map<string, string>();

/** A name for a prepared statement, the same for the same text (node-postgres prepares a name once per connection). */
export function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) {
    name = `kesra_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
    statementNames.set(sql, name);
  }
  return name;
}
