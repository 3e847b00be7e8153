import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';

describe('query limits', () => {
  let test: TestDatabase;
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    test = await createTestDatabase('pglite');
    api = await createTestApi(test.db, { production: true });
  });
  afterAll(async () => {
    await api.stop();
    await test.drop();
  });

  it('refuses queries nested deeper than 10 levels, saying so', async () => {
    const deep = `{ region(code: "ID") { ${'children { '.repeat(10)}code${' }'.repeat(10)} } }`;
    const result = await api.execute(deep);
    expect(result.errors?.[0]?.message).toMatch(/exceeds maximum operation depth of 10/);
  });

  it('refuses queries over the cost budget before running them, and names the cost', async () => {
    const costly = '{ regions(limit: 5000) { code name children { code name children { code name } } } }';
    const result = await api.execute(costly);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', maxCost: 250000 } });
    expect(result.errors?.[0]?.message).toMatch(/too expensive: cost \d+ is above the limit of 250000/);
  });

  it('costs the same query anew for other variables', async () => {
    const q = 'query ($n: Int!) { regions(limit: $n) { code name children { code name children { code name } } } }';
    for (const n of [5, 5000, 5, 5000]) {
      const result = await api.execute(q, { n });
      if (n === 5) expect(result.errors).toBeUndefined();
      else expect(result.errors?.[0]?.message).toMatch(/too expensive/);
    }
  });

  it('lets the explorer introspect the schema and ordinary dashboard queries through', async () => {
    expect((await api.execute(getIntrospectionQuery())).errors).toBeUndefined();
    expect((await api.execute('{ regions(level: PROVINCE) { code children { code name } } }')).errors).toBeUndefined();
  });
});
