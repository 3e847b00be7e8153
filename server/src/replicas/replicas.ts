import pg from 'pg';
import { describeDatabase } from '../config.js';
import { POSTGRES_TIMEOUTS, type QueryOptions, statementName } from '../db/postgres-statements.js';
import { parseLsn } from './lsn.js';

/** Read-replica settings (see README, Read replicas). */
export interface ReplicaSettings {
  /** A replica further behind the primary than this serves no reads until it has caught up. */
  maxLagMs: number;
  /** How often each replica is asked how far it has replayed, and the primary how far it has written. */
  probeMs: number;
  /** Connections per replica. */
  poolSize: number;
  /** How long a session's reads wait for the replicas to reach its last write (then the write is old news). */
  ownWriteMs: number;
}

export const DEFAULT_REPLICA_SETTINGS: ReplicaSettings = {
  maxLagMs: Number(process.env.DATABASE_REPLICA_MAX_LAG_MS ?? 5_000),
  probeMs: Number(process.env.DATABASE_REPLICA_PROBE_MS ?? 250),
  poolSize: Number(process.env.DATABASE_REPLICA_POOL_SIZE ?? process.env.DATABASE_POOL_SIZE ?? 10),
  ownWriteMs: 5 * 60_000,
};

type State = 'starting' | 'serving' | 'behind' | 'down';

interface Replica {
  readonly name: string;
  readonly pool: pg.Pool;
  state: State;
  /** How far it had replayed at the last probe. */
  replayLsn: bigint | undefined;
  lagMs: number;
}

/** Where the reads went, for tests and logs. */
export interface ReadCounts {
  replica: number;
  primary: number;
  fallbacks: number;
}

/**
 * PostgreSQL streaming replicas beside the primary. Read-only statements go to a replica that is up and close enough
 * behind (round-robin); otherwise, and whenever a replica fails a statement, to the primary, with a log line when a
 * replica changes state and never an error for the client. How far behind is measured in time: the primary's write
 * position is sampled at every probe, and a replica's lag is how long ago the primary was where the replica is now
 * (an idle primary is where every replica is: no lag).
 */
export class ReadReplicas {
  private readonly replicas: Replica[];
  private readonly primary: pg.Pool;
  /** The primary's write position at recent probes, oldest first. */
  private readonly history: { at: number; lsn: bigint }[] = [];
  /** Each session's last write position, until the replicas have all replayed it or it is older than ownWriteMs. */
  private readonly ownWrites = new Map<string, { lsn: bigint; at: number }>();
  private next = 0;
  private timer: NodeJS.Timeout | undefined;
  private probing: Promise<void> | undefined;
  private closed = false;
  readonly counts: ReadCounts = { replica: 0, primary: 0, fallbacks: 0 };

  constructor(
    primaryUrl: string,
    urls: readonly string[],
    private readonly runOnPrimary: (sql: string, params?: unknown[], options?: QueryOptions) => Promise<unknown[]>,
    private readonly settings: ReplicaSettings = DEFAULT_REPLICA_SETTINGS,
    private readonly log: (line: string) => void = (line) => console.warn(`[kesra] ${line}`),
  ) {
    const pool = (url: string, max: number) => {
      const p = new pg.Pool({
        connectionString: url,
        max,
        // Short: a replica that does not let us in is passed over for the primary rather than waited for.
        connectionTimeoutMillis: 2_000,
        statement_timeout: POSTGRES_TIMEOUTS.statementMs,
        keepAlive: true,
      });
      // A replica that goes away fails its idle connections; the statement that needs one learns it and falls back.
      p.on('error', () => {});
      return p;
    };
    this.primary = pool(primaryUrl, 1);
    this.replicas = urls.map((url) => ({
      name: describeDatabase({ kind: 'postgres', url }).replace('PostgreSQL server ', ''),
      pool: pool(url, settings.poolSize),
      state: 'starting',
      replayLsn: undefined,
      lagMs: Number.POSITIVE_INFINITY,
    }));
  }

  /** Probes once (a replica down at start is not an error: reads go to the primary until it answers), then keeps probing. */
  async start(): Promise<void> {
    await this.probe();
    this.schedule();
  }

  /** The replicas' states, for /health and tests. */
  /** The largest lag a replica may have and still be read. */
  get maxLagMs(): number {
    return this.settings.maxLagMs;
  }

  status(): { name: string; state: State; lagMs: number }[] {
    return this.replicas.map((r) => ({ name: r.name, state: r.state, lagMs: r.lagMs }));
  }

  /** Probes now (tests; a probe already running is waited for instead). */
  async probe(): Promise<void> {
    this.probing ??= this.probeAll().finally(() => {
      this.probing = undefined;
    });
    return this.probing;
  }

  /**
   * Remembers where the primary is after a session's write, so that its next reads see it (read-your-writes), and
   * returns that position for the client to send back to any instance (see route.ts).
   */
  async noteWrite(sessionKey: string | undefined): Promise<bigint | undefined> {
    const [row] = await this.primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn').then((r) => r.rows);
    const lsn = parseLsn(row?.lsn);
    if (lsn !== undefined && sessionKey) this.ownWrites.set(sessionKey, { lsn, at: Date.now() });
    return lsn;
  }

  /** How long a write position sent back by a client is worth honouring. */
  get ownWriteSeconds(): number {
    return Math.round(this.settings.ownWriteMs / 1000);
  }

  /** The write a session's reads must see, if the replicas may not have it yet. */
  ownWriteOf(sessionKey: string | undefined): bigint | undefined {
    if (!sessionKey) return undefined;
    const write = this.ownWrites.get(sessionKey);
    if (!write) return undefined;
    if (Date.now() - write.at > this.settings.ownWriteMs) {
      this.ownWrites.delete(sessionKey);
      return undefined;
    }
    return write.lsn;
  }

  /** A read-only statement on a replica that has replayed `mustSee` (when given), else on the primary. */
  async query<T>(sql: string, params: unknown[] | undefined, options: QueryOptions | undefined, mustSee?: bigint): Promise<T[]> {
    const replica = this.pick(mustSee);
    if (!replica) {
      this.counts.primary++;
      return (await this.runOnPrimary(sql, params, options)) as T[];
    }
    try {
      const config: pg.QueryConfig & { query_timeout?: number } = { text: sql, values: params ?? [] };
      if (options?.prepare) config.name = statementName(sql);
      if (options?.timeoutMs) config.query_timeout = Math.max(1, Math.ceil(options.timeoutMs));
      const rows = (await replica.pool.query(config)).rows as T[];
      this.counts.replica++;
      return rows;
    } catch (err) {
      // Whatever went wrong there (the replica went away, a conflict with replay cancelled the statement), the primary
      // answers instead: the client never sees a replica's failure.
      const message = (err as Error).message;
      if (isConnectionFailure(err)) this.change(replica, 'down', `a statement failed: ${message}`);
      else this.log(`A read on the replica ${replica.name} failed (${message}); the primary answered it.`);
      this.counts.fallbacks++;
      this.counts.primary++;
      return (await this.runOnPrimary(sql, params, options)) as T[];
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.probing?.catch(() => {});
    await Promise.all([this.primary.end(), ...this.replicas.map((r) => r.pool.end())]);
  }

  private pick(mustSee: bigint | undefined): Replica | undefined {
    for (let i = 0; i < this.replicas.length; i++) {
      const replica = this.replicas[(this.next + i) % this.replicas.length] as Replica;
      if (replica.state !== 'serving') continue;
      if (mustSee !== undefined && (replica.replayLsn === undefined || replica.replayLsn < mustSee)) continue;
      this.next = (this.next + i + 1) % this.replicas.length;
      return replica;
    }
    return undefined;
  }

  private schedule(): void {
    if (this.closed) return;
    this.timer = setTimeout(() => {
      this.probe().finally(() => this.schedule());
    }, this.settings.probeMs);
    this.timer.unref();
  }

  private async probeAll(): Promise<void> {
    const now = Date.now();
    let primaryAnswered = false;
    try {
      const { rows } = await this.primary.query<{ lsn: string }>({
        text: 'SELECT pg_current_wal_lsn()::text AS lsn',
        query_timeout: 2_000,
      } as pg.QueryConfig);
      const lsn = parseLsn(rows[0]?.lsn);
      if (lsn !== undefined) this.history.push({ at: now, lsn });
      primaryAnswered = lsn !== undefined;
    } catch {
      // The primary's own troubles reach its clients through the primary's pool; lag cannot be measured meanwhile.
    }
    // Enough samples to tell a lag of maxLagMs, and a little more.
    const keep = Math.ceil((2 * this.settings.maxLagMs) / Math.max(1, this.settings.probeMs)) + 4;
    if (this.history.length > keep) this.history.splice(0, this.history.length - keep);
    await Promise.all(this.replicas.map((r) => this.probeReplica(r, now, primaryAnswered)));
    // Writes every replica has replayed need no more care.
    const slowest = this.replicas.reduce<bigint | undefined>(
      (min, r) => (r.replayLsn === undefined || (min !== undefined && min < r.replayLsn) ? min : r.replayLsn),
      this.replicas[0]?.replayLsn,
    );
    for (const [key, write] of this.ownWrites) {
      if ((slowest !== undefined && write.lsn <= slowest) || now - write.at > this.settings.ownWriteMs)
        this.ownWrites.delete(key);
    }
  }

  private async probeReplica(replica: Replica, now: number, primaryAnswered: boolean): Promise<void> {
    let row: { lsn: string | null; standby: boolean } | undefined;
    try {
      const result = await replica.pool.query<{ lsn: string | null; standby: boolean }>({
        text: 'SELECT pg_last_wal_replay_lsn()::text AS lsn, pg_is_in_recovery() AS standby',
        query_timeout: 2_000,
      } as pg.QueryConfig);
      row = result.rows[0];
    } catch (err) {
      this.change(replica, 'down', `it does not answer: ${(err as Error).message}`);
      return;
    }
    if (!row?.standby) {
      // Promoted (or a primary named by mistake): it no longer receives the primary's writes.
      this.change(replica, 'down', 'it is not a standby (promoted, or not a replica)');
      return;
    }
    replica.replayLsn = parseLsn(row.lsn);
    if (!primaryAnswered) {
      // Without the primary no lag can be measured, and nothing newer can exist: reads the replica can answer, from
      // what it has, are better than reads sent to a primary that does not answer.
      this.change(replica, 'serving');
      return;
    }
    const replay = replica.replayLsn ?? -1n;
    // The newest primary position the replica has passed: its lag is how long ago the primary was there.
    let reached: number | undefined;
    for (const sample of this.history) if (sample.lsn <= replay) reached = sample.at;
    replica.lagMs = reached === undefined ? Number.POSITIVE_INFINITY : now - reached;
    if (replica.lagMs <= this.settings.maxLagMs) this.change(replica, 'serving');
    else this.change(replica, 'behind', `it is more than ${this.settings.maxLagMs} ms behind the primary`);
  }

  private change(replica: Replica, state: State, why?: string): void {
    if (replica.state === state) return;
    const was = replica.state;
    replica.state = state;
    if (state === 'serving') {
      if (was !== 'starting') this.log(`The replica ${replica.name} serves reads again.`);
    } else {
      this.log(`Reads go to the primary instead of the replica ${replica.name}: ${why}.`);
    }
  }
}

/** Errors that say the server cannot be reached, rather than that one statement failed. */
function isConnectionFailure(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? '';
  if (code.startsWith('08') || code.startsWith('57P')) return true;
  if (['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH'].includes(code)) return true;
  return /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED/i.test((err as Error).message ?? '');
}
