import request from 'supertest';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { EXPORT_PAGE_ROWS } from '../observations/observations.export.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';
import { CsvDownload } from './csv-stream.js';
import { YIELD_EVERY_ROWS } from './exports.router.js';

// An export formats its rows between other requests' turns, a few hundred at a time: a dashboard request arriving
// during an export of short rows (which fill the socket's buffer seldom, so writing rarely waits) does not wait for a
// whole page to be formatted at each of its steps.

describeEachDatabase('CSV exports and other requests', (use) => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    // 514 kabupaten/kota × 10 years of short rows, published (an anonymous visitor exports them): more than two pages.
    await use().sql.query(
      `INSERT INTO observation (indicator_code, region_code, period, year, subperiod, value, status)
       SELECT 'poverty_rate_p0', r.code, y::text, y, 0, (y % 97) + 0.25, 'PUBLISHED'
       FROM region r CROSS JOIN generate_series(1901, 1910) y WHERE r.level = 'REGENCY_CITY'`,
    );
    api = await createTestApi(use());
  });
  afterAll(() => api.stop());

  it(`lets the event loop turn at least every ${YIELD_EVERY_ROWS} rows, also inside a page`, async () => {
    // A turn of the event loop counted by a chain of setImmediate callbacks; each row notes the turn it was written in.
    let turn = 0;
    let counting = true;
    const tick = () => {
      turn++;
      if (counting) setImmediate(tick);
    };
    setImmediate(tick);
    const turns: number[] = [];
    const row = CsvDownload.prototype.row;
    const spy = vi.spyOn(CsvDownload.prototype, 'row').mockImplementation(function (this: CsvDownload, cells) {
      turns.push(turn);
      return row.call(this, cells);
    });
    try {
      const res = await request(api.http).get('/export/observations.csv?indicator=poverty_rate_p0&level=REGENCY_CITY&to=1910');
      expect(res.status).toBe(200);
    } finally {
      counting = false;
      spy.mockRestore();
    }
    expect(turns.length).toBeGreaterThan(2 * EXPORT_PAGE_ROWS);
    let longest = 0;
    for (let i = 0, run = 0; i < turns.length; i++) {
      run = i > 0 && turns[i] === turns[i - 1] ? run + 1 : 1;
      longest = Math.max(longest, run);
    }
    expect(longest).toBeLessThanOrEqual(YIELD_EVERY_ROWS);
  });
});
