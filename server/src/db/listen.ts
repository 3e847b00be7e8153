import pg from 'pg';
import type { NotificationHandlers } from './database.js';

const RECONNECT_DELAY_MS = 1000;
const CONNECT_TIMEOUT_MS = 5000;
/**
 * How often the idle listening connection is asked a question. A connection dropped without a word
 * (a firewall's idle timeout, a failover) raises no error; an unanswered question shows it.
 */
const HEARTBEAT_MS = 15_000;
/** A dead socket may never answer the goodbye either; it is cut after this. */
const END_TIMEOUT_MS = 2000;

export interface ServerSubscription {
  /** Resolves once listening; rejects if the first connection fails. */
  ready: Promise<void>;
  stop(): Promise<void>;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * LISTEN over a dedicated connection (a pooled one would be handed to other work). When the
 * connection fails or stops answering, `lost` is called and a new one is tried every second until
 * `stop`, which calls `lost` too: nothing heard from a stopped subscription can be trusted.
 */
export function listenOnServer(
  url: string,
  channel: string,
  handlers: NotificationHandlers,
  heartbeatMs = HEARTBEAT_MS,
): ServerSubscription {
  // An answer takes milliseconds; a third of the interval is ample, and the next question comes after it.
  const answerWithinMs = Math.max(1000, Math.round(heartbeatMs / 3));
  let stopped = false;
  let client: pg.Client | null = null;
  let pending: Promise<void> | null = null;
  let retry: NodeJS.Timeout | null = null;
  let heartbeat: NodeJS.Timeout | null = null;
  let outage = false;

  const end = async (c: pg.Client) => {
    const said = await Promise.race([
      c.end().then(
        () => true,
        () => true,
      ),
      delay(END_TIMEOUT_MS).then(() => false),
    ]);
    // Unanswered, the socket would stay open until the system gives up on it, hours later.
    if (!said) c.connection.stream.destroy();
  };
  const broken = (c: pg.Client, why: string) => {
    if (client !== c) return;
    client = null;
    if (heartbeat) clearInterval(heartbeat);
    handlers.lost();
    if (!outage) {
      outage = true;
      console.warn(`[kesra] The connection listening on ${channel} was lost (${why}); trying again every second.`);
    }
    void end(c);
    schedule();
  };
  const connect = async () => {
    const next = new pg.Client({
      connectionString: url,
      keepAlive: true,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      query_timeout: answerWithinMs,
    });
    next.on('notification', (n) => {
      if (n.channel === channel) handlers.message(n.payload ?? '');
    });
    next.on('error', (err) => broken(next, err.message));
    next.on('end', () => broken(next, 'connection ended'));
    try {
      await next.connect();
      await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (err) {
      await end(next);
      throw err;
    }
    if (stopped) {
      await end(next);
      return;
    }
    client = next;
    outage = false;
    handlers.listening();
    heartbeat = setInterval(() => {
      next.query('SELECT 1').catch((err: Error) => broken(next, `no answer: ${err.message}`));
    }, heartbeatMs);
    heartbeat.unref();
  };
  const attempt = () => {
    pending = connect().finally(() => {
      pending = null;
    });
    return pending;
  };
  const schedule = () => {
    if (stopped) return;
    retry = setTimeout(() => {
      retry = null;
      attempt().catch(schedule);
    }, RECONNECT_DELAY_MS);
    retry.unref();
  };

  return {
    ready: attempt(),
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      if (heartbeat) clearInterval(heartbeat);
      await pending?.catch(() => {});
      const current = client;
      client = null;
      handlers.lost();
      if (current) await end(current);
    },
  };
}
