import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { type DatabaseConfig, describeDatabase } from '../config.js';
import { PrismaClient } from '../generated/prisma/client.js';
import { DEFAULT_REPLICA_SETTINGS, ReadReplicas, type ReplicaSettings } from '../replicas/replicas.js';
import { copyText, rowChunks } from './copy-text.js';
import { lockDataDir } from './data-dir-lock.js';
import { listenOnServer, type ServerSubscription } from './listen.js';
import { pgliteMigrationAdapter, postgresMigrationAdapter } from './migration-adapters.js';
import { POSTGRES_TIMEOUTS, type QueryOptions, statementName } from './postgres-statements.js';

/**
 * A column's values as one array parameter. PGlite serialises arrays of the types it knows; an enum's (a quoted
 * type name, e.g. "VerificationStatus") goes as text and is cast by PostgreSQL.
 */
function arrayParameter(n: number, type: string): string {
  return type.startsWith('"') ? `$${n}::text[]::${type}[]` : `$${n}::${type}[]`;
}

/** Plain SQL access beside Prisma, for set-based reads and bulk writes. */
export interface SqlClient {
  /**
   * `prepare`: on a PostgreSQL server, keep the statement prepared on each connection, so that it is parsed
   * and planned once rather than on every request. Only for the fixed statements of the dashboard's
   * operations: every distinct text stays prepared for the life of the connection.
   */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[], options?: QueryOptions): Promise<T[]>;
}

/** A value COPY can write: text, a number, or null for SQL NULL. */
export type CopyValue = string | number | null;

/** SQL inside a transaction, plus COPY: the fastest way to move many rows into a table. */
export interface TransactionClient extends SqlClient {
  copyRows(table: string, columns: readonly string[], rows: Iterable<readonly CopyValue[]>): Promise<void>;
}

export type QueryListener = (sql: string) => void;

export interface ListenOptions {
  /** How often a PostgreSQL server's listening connection is asked whether it is still there (default 15 s). */
  heartbeatMs?: number;
}

/** What a LISTEN subscription reports; see `Database.listen`. */
export interface NotificationHandlers {
  /** A NOTIFY on the channel, after the transaction that sent it committed. */
  message(payload: string): void;
  /** Listening (again): notifications sent from now on will arrive. */
  listening(): void;
  /** The listening connection was lost: notifications may be missed until `listening` is called again. */
  lost(): void;
}

/**
 * One open database, embedded (PGlite) or a PostgreSQL server, with the same interface:
 * Prisma for ordinary reads and writes, `sql`/`transaction` for statements Prisma cannot
 * express efficiently. Both paths report every statement to `onQuery` listeners, which is how
 * tests count the SQL a request costs.
 */
export interface Database {
  readonly kind: DatabaseConfig['kind'];
  readonly description: string;
  readonly prisma: PrismaClient;
  readonly sql: SqlClient;
  transaction<T>(work: (tx: TransactionClient) => Promise<T>): Promise<T>;
  /** Factory the Wasm schema engine uses to run migrations on this same database. */
  readonly adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  onQuery(listener: QueryListener): () => void;
  /**
   * PostgreSQL streaming replicas for read-only statements (DATABASE_REPLICA_URL); absent without them. Requests
   * reach them through a routed database (replicas/route.ts); everything else on this object is the primary's.
   */
  readonly replicas?: ReadReplicas;
  /**
   * LISTEN on a channel: on a PostgreSQL server over a connection of its own, which reconnects after
   * a failure; embedded, on the one PGlite instance every writer uses. Resolves once listening; the
   * returned function stops. `close` stops every subscription.
   */
  listen(channel: string, handlers: NotificationHandlers, options?: ListenOptions): Promise<() => Promise<void>>;
  /** Embedded only: the whole database as one archive, which `loadDataDir` opens as a copy. */
  dumpDataDir?(): Promise<Blob>;
  close(): Promise<void>;
}

class Listeners {
  private readonly set = new Set<QueryListener>();
  add(listener: QueryListener): () => void {
    this.set.add(listener);
    return () => this.set.delete(listener);
  }
  emit(sql: string): void {
    for (const l of this.set) l(sql);
  }
}

function createPrisma(adapter: SqlMigrationAwareDriverAdapterFactory, listeners: Listeners): PrismaClient {
  const prisma = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  prisma.$on('query', (e) => listeners.emit(e.query));
  return prisma;
}

const COPY_CHUNK_ROWS = 20_000;

export async function openDatabase(
  config: DatabaseConfig,
  options: { replicas?: Partial<ReplicaSettings> } = {},
): Promise<Database> {
  return config.kind === 'pglite'
    ? openPglite(config.dataDir, config.loadDataDir)
    : openPostgres(config.url, config.replicaUrls ?? [], { ...DEFAULT_REPLICA_SETTINGS, ...options.replicas });
}

async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<Database> {
  // "memory://" keeps the database in memory (tests); anything else is a folder on disk, which one process
  // owns at a time (a second one would silently overwrite the first's writes): see data-dir-lock.ts.
  const lock = dataDir.startsWith('memory://') ? undefined : lockDataDir(dataDir);
  const pglite = await PGlite.create(dataDir, loadDataDir ? { loadDataDir } : {}).catch((err) => {
    lock?.release();
    throw err;
  });
  const listeners = new Listeners();
  const prisma = createPrisma(new PrismaPGlite(pglite), listeners);
  const adapterFactory = pgliteMigrationAdapter(pglite);
  const wrap = (run: (sql: string, params?: unknown[]) => Promise<{ rows: unknown[] }>): SqlClient => ({
    async query<T>(sql: string, params?: unknown[]) {
      listeners.emit(sql);
      return (await run(sql, params)).rows as T[];
    },
  });
  return {
    kind: 'pglite',
    description: describeDatabase({ kind: 'pglite', dataDir }),
    prisma,
    sql: wrap((s, p) => pglite.query(s, p)),
    transaction: (work) =>
      pglite.transaction((tx) => {
        // Column types per table, read once per transaction: an import copies into the same tables chunk after chunk.
        const columnTypes = new Map<string, Promise<Map<string, string>>>();
        const typesOf = (table: string) => {
          let types = columnTypes.get(table);
          if (!types) {
            types = tx
              .query<{ name: string; type: string }>(
                `SELECT attname AS name, format_type(atttypid, NULL) AS type FROM pg_attribute
                 WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped`,
                [table],
              )
              .then((r) => new Map(r.rows.map((t) => [t.name, t.type])));
            columnTypes.set(table, types);
          }
          return types;
        };
        return work({
          ...wrap((s, p) => tx.query(s, p)),
          async copyRows(table, columns, rows) {
            // PGlite's COPY FROM '/dev/blob' slows down with the size of the data (a million rows: 35 s
            // in one COPY, 190 s in 50), so rows go in as arrays through unnest, which stays linear.
            const typeOf = await typesOf(table);
            const sql = `INSERT INTO ${table} (${columns.join(', ')}) SELECT * FROM unnest(${columns
              .map((c, i) => arrayParameter(i + 1, typeOf.get(c) ?? 'text'))
              .join(', ')})`;
            for (const chunk of rowChunks(rows, COPY_CHUNK_ROWS)) {
              listeners.emit(sql);
              await tx.query(
                sql,
                columns.map((_, i) => chunk.map((r) => r[i] ?? null)),
              );
            }
          },
        });
      }),
    adapterFactory,
    onQuery: (l) => listeners.add(l),
    async listen(channel, handlers) {
      const stop = await pglite.listen(channel, (payload) => handlers.message(payload));
      handlers.listening();
      // Closing the database ends every subscription; there is nothing left to stop then.
      return async () => {
        handlers.lost();
        if (!pglite.closed) await stop();
      };
    },
    dumpDataDir: () => pglite.dumpDataDir('none'),
    async close() {
      try {
        await prisma.$disconnect();
        await pglite.close();
      } finally {
        lock?.release();
      }
    },
  };
}

async function openPostgres(url: string, replicaUrls: readonly string[], replicaSettings: ReplicaSettings): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    connectionTimeoutMillis: POSTGRES_TIMEOUTS.connectMs,
    statement_timeout: POSTGRES_TIMEOUTS.statementMs,
    idle_in_transaction_session_timeout: POSTGRES_TIMEOUTS.idleInTransactionMs,
    keepAlive: true,
  });
  // An idle pooled connection that the server ends (a restart, an administrator, a failover) is reported here; without
  // a listener Node treats the event as an uncaught error and the whole server stops. The pool drops that connection
  // and opens a new one for the next request.
  pool.on('error', (err) => {
    console.warn(`[kesra] An idle connection to the database was closed by the server (${err.message}); it will be replaced.`);
  });
  // Fail early with a readable message rather than on the first request.
  const probe = await pool.connect().catch((err: Error) => {
    throw new Error(`Cannot connect to ${describeDatabase({ kind: 'postgres', url })}: ${err.message}`);
  });
  probe.release();
  const listeners = new Listeners();
  const subscriptions = new Set<ServerSubscription>();
  const prismaAdapter = new PrismaPg(pool);
  const prisma = createPrisma(prismaAdapter, listeners);
  const adapterFactory = postgresMigrationAdapter(prismaAdapter);
  const wrap = (client: pg.Pool | pg.PoolClient): SqlClient => ({
    async query<T>(sql: string, params?: unknown[], options?: QueryOptions) {
      listeners.emit(sql);
      const config: pg.QueryConfig & { query_timeout?: number } = { text: sql, values: params ?? [] };
      if (options?.prepare) config.name = statementName(sql);
      if (options?.timeoutMs) config.query_timeout = Math.max(1, Math.ceil(options.timeoutMs));
      return (await client.query(config)).rows as T[];
    },
  });
  const sql = wrap(pool);
  const replicas = replicaUrls.length
    ? new ReadReplicas(url, replicaUrls, (s, p, o) => sql.query(s, p, o), replicaSettings)
    : undefined;
  await replicas?.start();
  return {
    kind: 'postgres',
    description: `${describeDatabase({ kind: 'postgres', url })}${replicas ? ` with ${replicaUrls.length} read replica(s)` : ''}`,
    prisma,
    sql,
    ...(replicas ? { replicas } : {}),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        // The pool's statement_timeout is for requests; an import's COPY and upserts may take minutes.
        await client.query(`SET LOCAL statement_timeout = ${POSTGRES_TIMEOUTS.transactionStatementMs}`);
        const result = await work({
          ...wrap(client),
          async copyRows(table, columns, rows) {
            const sql = `COPY ${table} (${columns.join(', ')}) FROM STDIN`;
            listeners.emit(sql);
            await pipeline(Readable.from(copyText(rows, COPY_CHUNK_ROWS)), client.query(copyFrom(sql)));
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    adapterFactory,
    onQuery: (l) => listeners.add(l),
    async listen(channel, handlers, options) {
      // Known to `close` from the start, so a subscription still connecting is stopped with the rest.
      const subscription = listenOnServer(url, channel, handlers, options?.heartbeatMs);
      subscriptions.add(subscription);
      try {
        await subscription.ready;
      } catch (err) {
        subscriptions.delete(subscription);
        await subscription.stop();
        throw err;
      }
      return async () => {
        subscriptions.delete(subscription);
        await subscription.stop();
      };
    },
    async close() {
      await Promise.all([...subscriptions].map((s) => s.stop()));
      await replicas?.close();
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
