import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Database } from '../db/database.js';
import { EXPORT_PAGE_ROWS } from '../observations/observations.export.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';

// A large export is written as it is read, page by page: these tests watch it over a real socket.

const KEYSET_PAGE = /\(o\.indicator_code, o\.region_code, o\.period\) >/;
const ANY_PAGE = /FROM observation o\b/;

/** A socket to the app, and a way to make the database fail on demand. */
async function serve(db: Database) {
  let failOn: RegExp | null = null;
  const failing: Database = {
    ...db,
    sql: {
      query: (sql, params, options) =>
        failOn?.test(sql) ? Promise.reject(new Error('the database went away')) : db.sql.query(sql, params, options),
    },
  };
  const api = await createTestApi(failing);
  const server = http.createServer(api.http);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = (path: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  return {
    api,
    url,
    failNext: (pattern: RegExp | null) => {
      failOn = pattern;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await api.stop();
    },
  };
}

describeEachDatabase('CSV exports, streamed', (use) => {
  let app: Awaited<ReturnType<typeof serve>>;
  let rows = 0;
  beforeAll(async () => {
    // 514 kabupaten/kota × 100 years, and two rounds of one year for one of them: more than 25 pages, and with
    // long notes 35 MB, far more than a socket's buffers hold. Published, so that an anonymous visitor exports them.
    await use().sql.query(
      `INSERT INTO observation (indicator_code, region_code, period, year, subperiod, value, note, status)
       SELECT 'poverty_rate_p0', r.code, y::text, y, 0, (y % 97) + 0.25, CASE WHEN y % 50 = 0 THEN '=1+1' ELSE repeat('x', 600) END,
              'PUBLISHED'
       FROM region r CROSS JOIN generate_series(1901, 2000) y WHERE r.level = 'REGENCY_CITY'`,
    );
    await use().sql.query(
      `INSERT INTO observation (indicator_code, region_code, period, year, subperiod, value, status)
       VALUES ('poverty_rate_p0', '75.01', '1950-09', 1950, 9, 1.5, 'PUBLISHED'), ('poverty_rate_p0', '75.01', '1950-03', 1950, 3, -1.5, 'PUBLISHED')`,
    );
    const [count] = await use().sql.query<{ n: number }>('SELECT count(*)::int AS n FROM observation');
    rows = count!.n;
    app = await serve(use());
  });
  afterAll(() => app.stop());

  it('writes every row, in the order by indicator, region, year and round, page by page', async () => {
    expect(rows).toBeGreaterThan(25 * EXPORT_PAGE_ROWS);
    const statements = await app.api.statementsOf(async () => {
      const res = await request(app.api.http).get('/export/observations.csv');
      expect(res.status).toBe(200);
      const lines = res.text.split('\r\n');
      expect(lines).toHaveLength(rows + 2);
      const expected = await use().sql.query<{ key: string }>(
        `SELECT region_code || ',' || indicator_code || ',' || period AS key FROM observation
         ORDER BY indicator_code, region_code, year, subperiod`,
      );
      // Code, name (no region name has a comma), indicator, period.
      const key = (l: string) => {
        const [code, , indicator, period] = l.split(',');
        return `${code},${indicator},${period}`;
      };
      expect(lines.slice(1, -1).map(key)).toEqual(expected.map((e) => e.key));
      expect(lines.filter((l) => key(l).startsWith('75.01,poverty_rate_p0,1950'))).toEqual([
        expect.stringMatching(/^75\.01,Kabupaten Gorontalo,poverty_rate_p0,1950,10\.25,,,PUBLISHED,,,,,,"'=1\+1",\d{4}-/),
        expect.stringMatching(/^75\.01,Kabupaten Gorontalo,poverty_rate_p0,1950-03,-1\.5,,,PUBLISHED,,,,,,,/),
        expect.stringMatching(/^75\.01,Kabupaten Gorontalo,poverty_rate_p0,1950-09,1\.5,,,PUBLISHED,,,,,,,/),
      ]);
    });
    expect(statements.filter((s) => KEYSET_PAGE.test(s))).toHaveLength(Math.floor(rows / EXPORT_PAGE_ROWS));
  });

  it('waits while the client does not read, and stops reading the database when the client hangs up', async () => {
    const seen: string[] = [];
    const stopWatching = use().onQuery((sql) => seen.push(sql));
    try {
      const pages = () => seen.filter((s) => ANY_PAGE.test(s)).length;
      const req = http.get(app.url('/export/observations.csv'));
      const res = await new Promise<http.IncomingMessage>((resolve) => req.on('response', resolve));
      expect(res.statusCode).toBe(200);
      res.pause();
      // Not reading: the socket's buffers fill, and the export waits instead of reading on. Filling them can take a
      // while on a busy machine: wait until no page was read for half a second (a reader that never waits never stops).
      let whilePaused = -1;
      for (let i = 0; i < 20 && pages() !== whilePaused; i++) {
        whilePaused = pages();
        await new Promise((r) => setTimeout(r, 500));
      }
      await new Promise((r) => setTimeout(r, 500));
      expect(pages()).toBe(whilePaused);
      expect(whilePaused).toBeLessThan(rows / EXPORT_PAGE_ROWS / 2);
      req.on('error', () => {});
      req.destroy();
      await new Promise((r) => setTimeout(r, 500));
      // At most the page that was being read ahead when the client left.
      expect(pages()).toBeLessThanOrEqual(whilePaused + 1);
    } finally {
      stopWatching();
    }
  });

  it('cuts the connection when the database fails part-way, so the file cannot pass for complete, and logs it', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const req = http.get(app.url('/export/observations.csv?decimal=comma'));
      const res = await new Promise<http.IncomingMessage>((resolve) => req.on('response', resolve));
      expect(res.statusCode).toBe(200);
      let bytes = 0;
      const ended = new Promise<'complete' | 'cut'>((resolve) => {
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          app.failNext(KEYSET_PAGE);
        });
        res.on('end', () => resolve(res.complete ? 'complete' : 'cut'));
        res.on('error', () => resolve('cut'));
        res.on('aborted', () => resolve('cut'));
      });
      expect(await ended).toBe('cut');
      expect(bytes).toBeGreaterThan(0);
      expect(log).toHaveBeenCalledWith(
        expect.stringMatching(
          /^\[kesra\] Export \/export\/observations\.csv\?decimal=comma failed after \d+ rows; the connection was cut/,
        ),
        expect.objectContaining({ message: 'the database went away' }),
      );
    } finally {
      app.failNext(null);
      log.mockRestore();
    }
  });

  it('answers HEAD with the headers of the download, without reading the rows', async () => {
    const statements = await app.api.statementsOf(async () => {
      const res = await request(app.api.http).head('/export/observations.csv?decimal=comma');
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toBe('attachment; filename="observasi.csv"');
    });
    expect(statements.filter((s) => ANY_PAGE.test(s))).toEqual([]);
  });

  it('answers 500 with a sentence when the database fails before anything was sent', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    app.failNext(ANY_PAGE);
    try {
      const res = await request(app.api.http).get('/export/observations.csv');
      expect(res.status).toBe(500);
      expect(res.headers['content-disposition']).toBeUndefined();
      expect(res.text).toBe('Terjadi kesalahan di server. / An internal error occurred.');
      expect(log).toHaveBeenCalledOnce();
    } finally {
      app.failNext(null);
      log.mockRestore();
    }
  });

  it('bounds what a query string can ask, with a 400 sentence', async () => {
    const refused = async (path: string, query: string) => {
      const res = await request(app.api.http).get(`/export/${path}?${query}`);
      expect(res.status).toBe(400);
      return res.text;
    };
    const codes = (n: number, code: (i: number) => string) => Array.from({ length: n }, (_, i) => code(i)).join(',');
    expect(await refused('observations.csv', `region=${codes(601, (i) => `75.${i}`)}`)).toBe(
      'region lists 601 codes; an export takes at most 600 at once: use parent= (and level=) for every region under one.',
    );
    expect(await refused('series.csv', `indicator=poverty_rate_p0&region=${codes(601, (i) => `75.${i}`)}`)).toBe(
      'region lists 601 codes; an export takes at most 600 at once: export the regions in parts.',
    );
    expect(await refused('observations.csv', `indicator=${codes(101, (i) => `x${i}`)}`)).toBe(
      'indicator lists 101 codes; an export takes at most 100 at once: leave indicator out to export every indicator.',
    );
    expect(await refused('observations.csv', 'indicators=poverty_rate_p0')).toBe(
      'Unknown parameter “indicators”: /export/observations.csv takes indicator, region, parent, level, from, to, status, decimal.',
    );
    expect(await refused('comparison.csv', 'indicator=poverty_rate_p0&from=2020')).toBe(
      'Unknown parameter “from”: /export/comparison.csv takes indicator, parent, level, period, decimal.',
    );
    expect(await refused('observations.csv', 'from=2020&from=2021')).toBe(
      'from is given 2 times: give it once, with several codes separated by commas (from=a,b).',
    );
    expect(await refused('observations.csv', `parent=${'7'.repeat(5000)}`)).toBe(
      'parent is 5000 characters long; a code, word or period has at most 100.',
    );
    expect(await refused('observations.csv', `region=75,${'7'.repeat(5000)}`)).toMatch(
      /^region has a code of 5000 characters \(“7{40}…”\); a code has at most 100\.$/,
    );
  });
});
