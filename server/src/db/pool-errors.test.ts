import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, TEST_SERVER_URL, type TestDatabase } from '../test-support/databases.js';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase('postgres');
});
afterAll(async () => {
  await test?.drop();
});

it('survives the server ending its idle connections, and answers the next request on a new one', async () => {
  const uncaught: unknown[] = [];
  const onUncaught = (err: unknown) => uncaught.push(err);
  process.on('uncaughtException', onUncaught);
  try {
    // Two statements at once leave two idle connections in the pool.
    await Promise.all([test.db.sql.query('SELECT pg_sleep(0.05)'), test.db.sql.query('SELECT pg_sleep(0.05)')]);
    const [{ name }] = (await test.db.sql.query<{ name: string }>('SELECT current_database() AS name')) as [{ name: string }];
    const admin = new pg.Client({ connectionString: TEST_SERVER_URL });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ ended: boolean }>(
        'SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [name],
      );
      expect(rows.filter((r) => r.ended).length).toBeGreaterThanOrEqual(1);
    } finally {
      await admin.end();
    }
    // Let the pool hear of it.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const [row] = await test.db.sql.query<{ one: number }>('SELECT 1 AS one');
    expect(row?.one).toBe(1);
    expect(uncaught).toEqual([]);
  } finally {
    process.off('uncaughtException', onUncaught);
  }
});
