import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './test-support/databases.js';
import { createTestApi } from './test-support/graphql.js';

describe('HTTP surface', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase('pglite');
  });
  afterAll(() => test.drop());

  it('reports health with the database kind and registry size', async () => {
    const api = await createTestApi(test.db);
    const res = await request(api.http).get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: 'pglite', regions: 553 });
    await api.stop();
  });

  it('answers GraphQL over HTTP and keeps CSRF prevention on', async () => {
    const api = await createTestApi(test.db);
    const ok = await request(api.http).post('/graphql').send({ query: '{ region(code: "75") { name } }' });
    expect(ok.body).toEqual({ data: { region: { name: 'Gorontalo' } } });
    // A "simple" cross-site request (GET without a preflight-forcing header) must be refused.
    const csrf = await request(api.http).get('/graphql').query({ query: '{ region(code: "75") { name } }' });
    expect(csrf.status).toBe(400);
    expect(csrf.text).toMatch(/CSRF/);
    await api.stop();
  });

  it('hides internal errors in production but keeps messages meant for the analyst', async () => {
    const api = await createTestApi(test.db, { production: true });
    const bad = await api.execute('{ regions(limit: 0) { code } }');
    expect(bad.errors?.[0]?.message).toBe('limit must be between 1 and 5000, got 0.');
    const syntax = await api.execute('{ regions(level: PROVINSI) { code } }');
    expect(syntax.errors?.[0]?.message).toMatch(/PROVINSI/);
    await api.stop();
  });
});

describe('an internal failure in production', () => {
  it('reaches the client as a generic bilingual message, without SQL or a stack trace', async () => {
    const test = await createTestDatabase('pglite');
    const api = await createTestApi(test.db, { production: true });
    await test.db.close(); // every statement now fails inside the server
    const result = await api.execute('{ regions(level: PROVINCE) { code } }');
    expect(result.errors).toEqual([
      {
        message: 'Terjadi kesalahan di server. / An internal error occurred on the server.',
        locations: [{ line: 1, column: 3 }],
        path: ['regions'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) },
      },
    ]);
    await api.stop();
  });
});
