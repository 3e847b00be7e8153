import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type RequestListener,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { HeaderMap } from '@apollo/server';
import request from 'supertest';
import { describe, expect, it, vi } from 'vitest';
import { useProductionApi } from '../test-support/graphql.js';
import { isJsonGraphQLPost, WRITE_CHUNK, writeResponse } from './http.js';

const req = (method: string, url: string, contentType?: string) =>
  ({ method, url, headers: contentType ? { 'content-type': contentType } : {} }) as IncomingMessage;

describe('which requests go to Apollo without Express', () => {
  it('takes JSON POSTs to /graphql, with or without a charset or a query string', () => {
    expect(isJsonGraphQLPost(req('POST', '/graphql', 'application/json'))).toBe(true);
    expect(isJsonGraphQLPost(req('POST', '/graphql/', 'application/json; charset=utf-8'))).toBe(true);
    expect(isJsonGraphQLPost(req('POST', '/graphql?op=x', 'Application/JSON'))).toBe(true);
  });

  it('leaves uploads, GET operations, other paths and other content types to Express', () => {
    expect(isJsonGraphQLPost(req('POST', '/graphql', 'multipart/form-data; boundary=x'))).toBe(false);
    expect(isJsonGraphQLPost(req('GET', '/graphql?query={__typename}'))).toBe(false);
    expect(isJsonGraphQLPost(req('POST', '/graphql-other', 'application/json'))).toBe(false);
    expect(isJsonGraphQLPost(req('POST', '/export/series.csv', 'application/json'))).toBe(false);
    expect(isJsonGraphQLPost(req('POST', '/graphql', 'application/jsonp'))).toBe(false);
    expect(isJsonGraphQLPost(req('POST', '/graphql', 'text/plain'))).toBe(false);
  });
});

describe('writing an answer', () => {
  it('writes a large one in pieces, whole, with its length, never splitting a character', async () => {
    // A character outside the BMP (two UTF-16 units) straddles the first piece's edge.
    const text = `${'a'.repeat(WRITE_CHUNK - 1)}𝔾${'b'.repeat(WRITE_CHUNK)}é`;
    const server = createServer((_req, res) => {
      void writeResponse(res, {
        status: 200,
        headers: new HeaderMap([['content-type', 'application/json']]),
        body: { kind: 'complete', string: text },
      });
    }).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength(text)));
      expect(await res.text()).toBe(text);
    } finally {
      server.close();
    }
  });
});

/** POSTs to a listener and returns the bytes as sent, which supertest would decode. */
async function postRaw(listener: RequestListener, body: unknown, acceptEncoding: string | null) {
  const server = createServer(listener).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  try {
    const port = (server.address() as AddressInfo).port;
    return await new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const req = httpRequest(
        {
          port,
          method: 'POST',
          path: '/graphql',
          headers: {
            'content-type': 'application/json',
            ...(acceptEncoding === null ? {} : { 'accept-encoding': acceptEncoding }),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify(body));
    });
  } finally {
    server.close();
  }
}

describe('GraphQL over HTTP', () => {
  const api = useProductionApi();

  it('answers a query of many aliases (a large answer, written in pieces) whole', async () => {
    const query = `{ ${Array.from({ length: 16 }, (_, i) => `r${i}: regions(level: REGENCY_CITY) { code name parentCode }`).join(' ')} }`;
    const direct = await request(api().http).post('/graphql').set('accept-encoding', 'identity').send({ query });
    expect(direct.status).toBe(200);
    expect(direct.headers['content-encoding']).toBeUndefined();
    expect(Number(direct.headers['content-length'])).toBeGreaterThan(WRITE_CHUNK);
    expect(Object.keys(direct.body.data)).toHaveLength(16);
    expect(direct.body.data.r15).toEqual(direct.body.data.r0);
    expect(direct.body.data.r0.length).toBeGreaterThan(500);
  });

  it('compresses an answer of 1 KB or more for a client that accepts it, Brotli first, and the answer is the same', async () => {
    const query = `{ ${Array.from({ length: 16 }, (_, i) => `r${i}: regions(level: REGENCY_CITY) { code name parentCode }`).join(' ')} }`;
    const plain = await request(api().http).post('/graphql').set('accept-encoding', 'identity').send({ query });
    const plainBytes = Number(plain.headers['content-length']);
    for (const [accepted, encoding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
    ] as const) {
      const res = await postRaw(api().http, { query }, accepted);
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      const sent = res.body;
      expect(sent.length).toBeLessThan(plainBytes / 5);
      const text = (encoding === 'br' ? brotliDecompressSync(sent) : gunzipSync(sent)).toString('utf8');
      expect(JSON.parse(text)).toEqual(plain.body);
    }
  });

  it('answers a client that accepts no encoding as it is, with the same headers', async () => {
    const query = `{ ${Array.from({ length: 4 }, (_, i) => `r${i}: regions(level: REGENCY_CITY) { code name }`).join(' ')} }`;
    const [none, identity] = await Promise.all([
      postRaw(api().http, { query }, null),
      postRaw(api().http, { query }, 'identity'),
    ]);
    expect(none.status).toBe(200);
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.headers.vary).toBe(identity.headers.vary);
    expect(none.headers.vary).toMatch(/accept-encoding/i);
    expect(none.body.toString('utf8')).toBe(identity.body.toString('utf8'));
  });

  it('leaves a small answer uncompressed', async () => {
    const res = await request(api().http)
      .post('/graphql')
      .set('accept-encoding', 'gzip, br')
      .send({ query: '{ region(code: "75") { name } }' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toEqual({ data: { region: { name: 'Gorontalo' } } });
  });

  it('answers a JSON POST with Apollo’s headers: GraphQL content type, no-store', async () => {
    const res = await request(api().http).post('/graphql').send({ query: '{ region(code: "75") { name } }' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/(graphql-response\+)?json/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers.etag).toBeUndefined();
    expect(res.body).toEqual({ data: { region: { name: 'Gorontalo' } } });
  });

  it('says in JSON when the body is not JSON', async () => {
    const res = await request(api().http).post('/graphql').set('content-type', 'application/json').send('{ "query": ');
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' } });
    expect(res.body.errors[0].message).toMatch(/^The request body is not valid JSON \(.+\)\.$/);
  });

  it('refuses a body over 2 MB, saying so', async () => {
    const query = `{ __typename }${' '.repeat(2.1 * 1024 * 1024)}`;
    const res = await request(api().http).post('/graphql').send({ query });
    expect(res.status).toBe(413);
    expect(res.body.errors[0].message).toBe('The request body is larger than the limit of 2 MB: ask for fewer things at once.');
  });

  it('refuses a query text over 20,000 characters before reading it, saying so', async () => {
    const query = `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const res = await request(api().http).post('/graphql').send({ query });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(
      /^The query text is \d+ characters long, more than the limit of 20000: ask for fewer/,
    );
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('refuses a long query from the body’s bytes, without decoding or parsing the body, on both routes', async () => {
    const query = `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const body = JSON.stringify({ variables: { codes: ['75'] }, query });
    const parse = vi.spyOn(JSON, 'parse');
    try {
      for (const path of ['/graphql', '/graphql/x']) {
        parse.mockClear();
        const res = await request(api().http).post(path).set('content-type', 'application/json').send(body);
        expect(res.status).toBe(400);
        expect(res.body.errors[0].message).toBe(
          `The query text is ${query.length} characters long, more than the limit of 20000: ask for fewer fields or aliases at once, and pass values as variables.`,
        );
        // The test's own client parses the short answer; nothing parsed the 30 KB body.
        expect(parse.mock.calls.filter(([text]) => typeof text === 'string' && text.length > 20_000)).toEqual([]);
      }
    } finally {
      parse.mockRestore();
    }
  });

  it('refuses a body in a charset other than UTF-8, saying so', async () => {
    const res = await request(api().http)
      .post('/graphql')
      .set('content-type', 'application/json; charset=latin1')
      .send('{"query":"{ __typename }"}');
    expect(res.status).toBe(415);
    expect(res.body.errors[0].message).toMatch(/charset/i);
  });

  it('gives the same answers on the route through Express', async () => {
    // Express also serves /graphql (uploads, GET, the explorer), and every path below it.
    const broken = await request(api().http).post('/graphql/x').set('content-type', 'application/json').send('{ "query": ');
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0].message).toMatch(/^The request body is not valid JSON/);
    const text = await request(api().http)
      .post('/graphql')
      .set('content-type', 'text/plain')
      .set('apollo-require-preflight', 'true')
      .send('{ __typename }');
    expect(text.status).toBe(400);
    expect(text.text).toMatch(/Content-Type/);
  });
});
