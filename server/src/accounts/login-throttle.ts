import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { SqlClient } from '../db/database.js';

/** Failed sign-ins for one username from one address before it waits… */
export const FAILS_PER_USER_AND_ADDRESS = 5;
/** …this long. */
export const USER_AND_ADDRESS_BLOCK_S = 15 * 60;
/** Failed sign-ins from one address, whatever the usernames, in an hour. */
export const FAILS_PER_ADDRESS_PER_HOUR = 100;

/**
 * Counts failed sign-ins in the database (rate-limiter-flexible's PostgreSQL store, table login_throttle), so that
 * every server process sharing a PostgreSQL server counts together, and a restart does not reset the count.
 * On PGlite the same store runs through the platform's SQL client.
 */
export class LoginThrottle {
  private readonly byUserAndAddress: RateLimiterPostgres;
  private readonly byAddress: RateLimiterPostgres;

  constructor(sql: SqlClient) {
    // rate-limiter-flexible speaks to a pg-like client: query({text, values}) → {rows, rowCount}.
    const storeClient = {
      query: async (q: { text: string; values?: unknown[] }) => {
        const rows = await sql.query<{ points: number; expire: unknown }>(q.text, q.values ?? []);
        for (const row of rows) if (row.expire !== null && row.expire !== undefined) row.expire = Number(row.expire);
        return { rows, rowCount: rows.length };
      },
    };
    const common = { storeClient, storeType: 'client', tableName: 'login_throttle', tableCreated: true } as const;
    this.byUserAndAddress = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'login_user_ip',
      points: FAILS_PER_USER_AND_ADDRESS,
      duration: USER_AND_ADDRESS_BLOCK_S,
      blockDuration: USER_AND_ADDRESS_BLOCK_S,
    });
    this.byAddress = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'login_ip',
      points: FAILS_PER_ADDRESS_PER_HOUR,
      duration: 3600,
      blockDuration: 3600,
    });
  }

  /** Seconds to wait before another attempt may be made, or 0. */
  async waitSeconds(username: string, address: string): Promise<number> {
    const [pair, ip] = await Promise.all([this.byUserAndAddress.get(userKey(username, address)), this.byAddress.get(address)]);
    const blocked = [
      pair && pair.consumedPoints >= FAILS_PER_USER_AND_ADDRESS ? pair.msBeforeNext : 0,
      ip && ip.consumedPoints >= FAILS_PER_ADDRESS_PER_HOUR ? ip.msBeforeNext : 0,
    ];
    return Math.ceil(Math.max(...blocked) / 1000);
  }

  /** Counts a failed attempt; returns the seconds to wait when this one used up the allowance. */
  async failed(username: string, address: string): Promise<number> {
    const results = await Promise.allSettled([
      this.byUserAndAddress.consume(userKey(username, address)),
      this.byAddress.consume(address),
    ]);
    let wait = 0;
    for (const r of results) {
      if (r.status === 'rejected') {
        if (!(r.reason instanceof RateLimiterRes)) throw r.reason;
        wait = Math.max(wait, Math.ceil(r.reason.msBeforeNext / 1000));
      }
    }
    return wait;
  }

  /** A successful sign-in clears the username's count from that address (not the address's hourly count). */
  async succeeded(username: string, address: string): Promise<void> {
    await this.byUserAndAddress.delete(userKey(username, address));
  }
}

function userKey(username: string, address: string): string {
  // Keys are varchar(255): a long username is cut, never refused by the database.
  return `${username.toLowerCase().slice(0, 120)}|${address.slice(0, 64)}`;
}
