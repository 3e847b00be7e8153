import net from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SERVER_URL } from '../test-support/databases.js';
import { type Database, openDatabase } from './database.js';

/**
 * A TCP relay in front of the test server that can go silent: the connections it holds stay open but
 * nothing crosses them any more, as when a firewall forgets an idle connection. New ones pass.
 */
async function silenceableRelay(target: URL) {
  const pairs = new Set<{ silence(): void; destroy(): void }>();
  const server = net.createServer((inbound) => {
    const outbound = net.connect(Number(target.port || 5432), target.hostname);
    inbound.pipe(outbound);
    outbound.pipe(inbound);
    const pair = {
      // Both sides stay open and keep reading, but what they read is dropped.
      silence() {
        inbound.unpipe(outbound);
        outbound.unpipe(inbound);
        inbound.on('data', () => {});
        outbound.on('data', () => {});
      },
      destroy() {
        pairs.delete(pair);
        inbound.destroy();
        outbound.destroy();
      },
    };
    pairs.add(pair);
    inbound.on('error', pair.destroy).on('close', pair.destroy);
    outbound.on('error', pair.destroy).on('close', pair.destroy);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(target);
  url.host = `127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  return {
    url: url.toString(),
    silenceAll: () => {
      for (const pair of pairs) pair.silence();
    },
    close: () => {
      for (const pair of [...pairs]) pair.destroy();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

describe('listening for notifications on a PostgreSQL server', () => {
  const channel = `kesra_listen_test_${process.pid}`;
  let relay: Awaited<ReturnType<typeof silenceableRelay>>;
  let db: Database;
  const events: string[] = [];
  let stop: () => Promise<void>;

  beforeAll(async () => {
    relay = await silenceableRelay(new URL(TEST_SERVER_URL));
    db = await openDatabase({ kind: 'postgres', url: relay.url });
    stop = await db.listen(
      channel,
      {
        message: (payload) => events.push(`message ${payload}`),
        listening: () => events.push('listening'),
        lost: () => events.push('lost'),
      },
      { heartbeatMs: 300 },
    );
  });
  afterAll(async () => {
    await stop?.();
    await db?.close();
    await relay?.close();
  });

  const notify = async (payload: string) => {
    const client = new pg.Client({ connectionString: TEST_SERVER_URL });
    await client.connect();
    try {
      await client.query('SELECT pg_notify($1, $2)', [channel, payload]);
    } finally {
      await client.end();
    }
  };

  it('hears a NOTIFY sent over another connection', async () => {
    expect(events).toEqual(['listening']);
    await notify('indicator');
    await expect.poll(() => events.at(-1)).toBe('message indicator');
  });

  it('notices a connection that went silent without a word, and listens again over a new one', async () => {
    events.length = 0;
    relay.silenceAll();
    await expect.poll(() => events, { timeout: 5000 }).toContain('lost');
    await expect.poll(() => events.at(-1), { timeout: 5000 }).toBe('listening');
    await notify('region');
    await expect.poll(() => events.at(-1)).toBe('message region');
  });

  it('reports the subscription as lost when it is stopped', async () => {
    events.length = 0;
    await stop();
    expect(events).toEqual(['lost']);
  });
});
