import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get, type IncomingHttpHeaders, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/graphql.js';
import { dashboardFiles, IMMUTABLE, REVALIDATE } from './dashboard-files.js';

// A built dashboard in small: what `vite build` writes (web/vite.config.ts), with its .br and .gz copies.
const INDEX_HTML = `<!doctype html><html lang="id"><head><title>Dasbor</title>${'<link rel="modulepreload" href="/assets/x.js">'.repeat(40)}</head><body><div id="root"></div></body></html>`;
const SCRIPT = `export const wilayah = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ kode: `75.${i}`, nilai: i * 1.5 })))};\n`;
const SCRIPT_PATH = '/assets/index-Ab12Cd34.js';
const SOURCE_MAP = JSON.stringify({ version: 3, sources: ['main.tsx'], mappings: 'AAAA;'.repeat(800) });
const TINY_CSS = 'body{margin:0}';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as sent, not decoded. */
  body: Buffer;
}

/** A GET that keeps the bytes on the wire (fetch and supertest would decompress them). */
function rawGet(server: Server, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

function decoded(res: RawResponse): string {
  const encoding = res.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(res.body).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(res.body).toString('utf8');
  expect(encoding).toBeUndefined();
  return res.body.toString('utf8');
}

function listen(handler: RequestListener): Promise<Server> {
  return new Promise((resolve) => {
    const server = express()
      .use(handler)
      .listen(0, '127.0.0.1', () => resolve(server));
  });
}

async function writeBuilt(dir: string, path: string, text: string, copies: boolean): Promise<void> {
  const file = join(dir, path);
  await writeFile(file, text);
  if (!copies) return;
  await writeFile(`${file}.br`, brotliCompressSync(text));
  await writeFile(`${file}.gz`, gzipSync(text, { level: 9 }));
}

describe('the dashboard’s files', () => {
  let webDist: string;
  let server: Server;
  beforeAll(async () => {
    webDist = await mkdtemp(join(tmpdir(), 'kesra-dashboard-files-'));
    await mkdir(join(webDist, 'assets'));
    await writeBuilt(webDist, 'index.html', INDEX_HTML, true);
    await writeBuilt(webDist, SCRIPT_PATH, SCRIPT, true);
    await writeBuilt(webDist, `${SCRIPT_PATH}.map`, SOURCE_MAP, false);
    await writeBuilt(webDist, 'assets/tiny-Zz99Yy88.css', TINY_CSS, false);
    // Made after the files: the router learns which copies exist when it is made, as the server does at start.
    server = await listen(dashboardFiles(webDist) as unknown as RequestListener);
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(webDist, { recursive: true, force: true });
  });

  it('sends the Brotli copy to a browser that accepts it, with the original’s type and the copy’s length', async () => {
    const res = await rawGet(server, SCRIPT_PATH, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript; charset=utf-8$/i);
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 4);
    expect(decoded(res)).toBe(SCRIPT);
  });

  it('sends gzip to a client without Brotli, or that refuses it', async () => {
    for (const accept of ['gzip', 'gzip, deflate', 'br;q=0, gzip', 'x-gzip, gzip;q=0.5']) {
      const res = await rawGet(server, SCRIPT_PATH, { 'accept-encoding': accept });
      expect(res.headers['content-encoding'], accept).toBe('gzip');
      expect(res.headers.vary).toMatch(/Accept-Encoding/i);
      expect(res.headers['content-type']).toMatch(/^text\/javascript/);
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
      expect(decoded(res)).toBe(SCRIPT);
    }
  });

  it('sends the file as it is to a client that accepts no compression', async () => {
    for (const headers of [
      {} as Record<string, string>,
      { 'accept-encoding': 'identity' },
      { 'accept-encoding': 'gzip;q=0, br;q=0' },
    ]) {
      const res = await rawGet(server, SCRIPT_PATH, headers);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers.vary).toMatch(/Accept-Encoding/i);
      expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(SCRIPT));
      expect(res.body.toString('utf8')).toBe(SCRIPT);
    }
  });

  it('caches hashed files for a year and makes index.html revalidate', async () => {
    const script = await rawGet(server, SCRIPT_PATH, { 'accept-encoding': 'br' });
    expect(script.headers['cache-control']).toBe(IMMUTABLE);
    const plain = await rawGet(server, SCRIPT_PATH);
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
    for (const path of ['/', '/?hal=bandingkan&wilayah=75', '/index.html', '/rapor/target']) {
      const page = await rawGet(server, path, { 'accept-encoding': 'gzip, br' });
      expect(page.status, path).toBe(200);
      expect(page.headers['cache-control'], path).toBe(REVALIDATE);
      expect(page.headers['content-type'], path).toMatch(/^text\/html/);
      expect(page.headers['content-encoding'], path).toBe('br');
      expect(decoded(page), path).toBe(INDEX_HTML);
      // Revalidation costs a 304 without a body.
      const again = await rawGet(server, path, { 'accept-encoding': 'gzip, br', 'if-none-match': String(page.headers.etag) });
      expect(again.status, path).toBe(304);
      expect(again.body.length).toBe(0);
    }
  });

  it('answers 404, not the dashboard’s page, for a file that is not there', async () => {
    for (const path of ['/assets/index-Old00000.js', '/assets/', '/assets/sub/x.css', '/favicon.ico', '/robots.txt']) {
      const res = await rawGet(server, path, { accept: '*/*', 'accept-encoding': 'gzip, br' });
      expect(res.status, path).toBe(404);
      expect(res.headers['content-type'], path).not.toMatch(/html/);
      expect(decoded(res), path).not.toContain('<div id="root">');
    }
  });

  it('compresses on the fly what the build left uncompressed, and leaves tiny files as they are', async () => {
    const map = await rawGet(server, `${SCRIPT_PATH}.map`, { 'accept-encoding': 'gzip' });
    expect(map.status).toBe(200);
    expect(map.headers['content-encoding']).toBe('gzip');
    expect(map.headers.vary).toMatch(/Accept-Encoding/i);
    expect(map.headers['cache-control']).toBe(IMMUTABLE);
    expect(decoded(map)).toBe(SOURCE_MAP);
    const css = await rawGet(server, '/assets/tiny-Zz99Yy88.css', { 'accept-encoding': 'gzip, br' });
    expect(css.headers['content-encoding']).toBeUndefined();
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect(css.body.toString('utf8')).toBe(TINY_CSS);
  });
});

describe('the dashboard’s files beside the API', () => {
  let test: TestDatabase;
  let webDist: string;
  let api: TestApi;
  let server: Server;
  beforeAll(async () => {
    test = await createTestDatabase('pglite');
    webDist = await mkdtemp(join(tmpdir(), 'kesra-dashboard-files-'));
    await mkdir(join(webDist, 'assets'));
    await writeBuilt(webDist, 'index.html', INDEX_HTML, true);
    api = await createTestApi(test.db, { webDist });
    server = await listen(api.http);
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await api.stop();
    await rm(webDist, { recursive: true, force: true });
    await test.drop();
  });

  it('leaves CSV exports and GraphQL answers uncompressed, streamed as before', async () => {
    const csv = await rawGet(server, '/export/series.csv?indicator=poverty_rate_p0&region=75', { 'accept-encoding': 'gzip, br' });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-encoding']).toBeUndefined();
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    // Written as it is read (exports/csv-stream.ts): chunks of unknown total length, as before.
    expect(csv.headers['transfer-encoding']).toBe('chunked');
    expect(csv.body.toString('utf8')).toMatch(/^\uFEFFkode_wilayah,indikator,periode,nilai/);
    const query = encodeURIComponent('{ region(code: "75") { name } }');
    const graphql = await rawGet(server, `/graphql?query=${query}`, {
      'accept-encoding': 'gzip, br',
      'apollo-require-preflight': 'true',
    });
    expect(graphql.status).toBe(200);
    expect(graphql.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(graphql.body.toString('utf8'))).toEqual({ data: { region: { name: 'Gorontalo' } } });
  });

  it('shows the dashboard for a client-side route and leaves the API’s paths to the API', async () => {
    const page = await rawGet(server, '/?hal=tren', { 'accept-encoding': 'br' });
    expect(page.headers['content-encoding']).toBe('br');
    expect(decoded(page)).toBe(INDEX_HTML);
    const unknownExport = await rawGet(server, '/export/nope.csv', { accept: 'text/html' });
    expect(unknownExport.status).toBe(404);
    expect(unknownExport.body.toString('utf8')).not.toContain('<div id="root">');
  });
});
