// The real build (web/vite.config.ts) as the production server sends it: every text file has Brotli and gzip copies
// that decompress to it, and the page's own files go out compressed and cached. server/src/dashboard-files has the
// rules in detail on a folder of its own.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { join, relative } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../support/server.js';

const base = inject('baseUrl');
const webDist = join(repoRoot, 'web/dist');
const COMPRESSED = /\.(html|css|js|mjs|json|svg|ttf)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function rawGet(path: string, headers: Record<string, string>): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

describe('the built dashboard, compressed', () => {
  it('has a Brotli and a gzip copy beside each text file, each decompressing to the file', () => {
    const files = filesUnder(webDist).filter((f) => COMPRESSED.test(f));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const original = readFileSync(file);
      const name = relative(webDist, file);
      // The plugin skips a copy that would not be smaller than the file (a file of a few dozen bytes); the server
      // then sends the file itself.
      for (const [suffix, compress, decompress] of [
        ['.br', brotliCompressSync, brotliDecompressSync],
        ['.gz', gzipSync, gunzipSync],
      ] as const) {
        if (!existsSync(`${file}${suffix}`)) {
          expect(compress(original).length, `${name}${suffix} missing`).toBeGreaterThanOrEqual(original.length * 0.9);
          continue;
        }
        expect(decompress(readFileSync(`${file}${suffix}`)).equals(original), `${name}${suffix}`).toBe(true);
      }
    }
  });

  it('sends the page and every file it names as Brotli, cached by name', async () => {
    const page = await rawGet('/', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['cache-control']).toBe('no-cache');
    const html = brotliDecompressSync(page.body).toString('utf8');
    expect(html).toBe(readFileSync(join(webDist, 'index.html'), 'utf8'));
    const named = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(0);
    for (const path of named) {
      const res = await rawGet(path, { 'accept-encoding': 'gzip, deflate, br, zstd' });
      expect(res.headers['content-encoding'], path).toBe('br');
      expect(res.headers['cache-control'], path).toBe('public, max-age=31536000, immutable');
      expect(Number(res.headers['content-length']), path).toBe(res.body.length);
      expect(brotliDecompressSync(res.body).equals(readFileSync(join(webDist, path))), path).toBe(true);
    }
  });
});
