import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const EXPLORER_HTML = '<!doctype html><title>Penjelajah GraphQL</title><div id="root"></div>';
const QUERY = '{ region(code: "75") { name } }';

describe('GraphQL explorer at /graphql', () => {
  let test: TestDatabase;
  let webDist: string;
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    test = await createTestDatabase('pglite');
    webDist = await mkdtemp(join(tmpdir(), 'kesra-web-dist-'));
    await writeFile(join(webDist, 'explorer.html'), EXPLORER_HTML);
    api = await createTestApi(test.db, { webDist });
  });
  afterAll(async () => {
    await api.stop();
    await rm(webDist, { recursive: true, force: true });
    await test.drop();
  });

  it('shows the explorer page to a browser opening /graphql', async () => {
    const res = await request(api.http).get('/graphql').set('Accept', BROWSER_ACCEPT);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers.vary).toMatch(/Accept/);
    expect(res.text).toBe(EXPLORER_HTML);
  });

  it('still answers POST queries, whatever the client accepts', async () => {
    const res = await request(api.http).post('/graphql').set('Accept', BROWSER_ACCEPT).send({ query: QUERY });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { region: { name: 'Gorontalo' } } });
  });

  it('leaves GET queries to Apollo, with its CSRF prevention', async () => {
    // A browser following a link with ?query= is a "simple" request: Apollo refuses it (CSRF).
    const csrf = await request(api.http).get('/graphql').set('Accept', BROWSER_ACCEPT).query({ query: QUERY });
    expect(csrf.status).toBe(400);
    expect(csrf.text).toMatch(/CSRF/);
    expect(csrf.text).not.toContain('Penjelajah');
    // With the preflight-forcing header the same GET query is executed.
    const ok = await request(api.http).get('/graphql').set('apollo-require-preflight', 'true').query({ query: QUERY });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ data: { region: { name: 'Gorontalo' } } });
  });

  it('leaves clients that do not ask for HTML to Apollo', async () => {
    for (const accept of ['application/json', '*/*']) {
      const res = await request(api.http).get('/graphql').set('Accept', accept);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).not.toMatch(/html/);
    }
  });

  it('tells to run `pnpm build` when the explorer is not built', async () => {
    const unbuilt = await createTestApi(test.db);
    try {
      const res = await request(unbuilt.http).get('/graphql').set('Accept', BROWSER_ACCEPT);
      expect(res.status).toBe(404);
      expect(res.text).toContain('pnpm build');
      // The API itself does not depend on the built page.
      const ok = await request(unbuilt.http).post('/graphql').send({ query: QUERY });
      expect(ok.body).toEqual({ data: { region: { name: 'Gorontalo' } } });
    } finally {
      await unbuilt.stop();
    }
  });
});
