import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemViewer, type Viewer } from '../accounts/viewer.js';
import { importFile } from '../imports/import.service.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';
import { VIEWER } from '../test-support/viewers.js';
import { TableCache } from './reference-cache.js';

describe('TableCache', () => {
  const reader = () => {
    const asked: string[][] = [];
    const read = async (keys: string[]) => {
      asked.push(keys);
      return keys.map((k) => ({ name: k.toUpperCase() }));
    };
    return { asked, read };
  };

  it('reads only what it does not hold, once for all the missing keys', async () => {
    const cache = new TableCache<string, { name: string }>(() => true, 100);
    const { asked, read } = reader();
    expect(await cache.getMany(['a', 'b'], read)).toEqual([{ name: 'A' }, { name: 'B' }]);
    expect(await cache.getMany(['b', 'c', 'a', 'c'], read)).toEqual([{ name: 'B' }, { name: 'C' }, { name: 'A' }, { name: 'C' }]);
    expect(asked).toEqual([['a', 'b'], ['c']]);
  });

  it('answers with, but does not keep, a read during which the table changed', async () => {
    const cache = new TableCache<string, number>(() => true, 100);
    let calls = 0;
    const changingRead = async (keys: string[]) => {
      calls++;
      if (calls === 1) cache.clear(); // a change notified while the first read was under way
      return keys.map(() => calls);
    };
    expect(await cache.getMany(['a'], changingRead)).toEqual([1]);
    expect(await cache.getMany(['a'], changingRead)).toEqual([2]);
    expect(await cache.getMany(['a'], changingRead)).toEqual([2]);
  });

  it('keeps nothing while changes are not being received', async () => {
    let live = false;
    const cache = new TableCache<string, { name: string }>(() => live, 100);
    const { asked, read } = reader();
    await cache.getMany(['a'], read);
    await cache.getMany(['a'], read);
    expect(asked).toHaveLength(2);
    live = true;
    await cache.getMany(['a'], read);
    await cache.getMany(['a'], read);
    expect(asked).toHaveLength(3);
  });

  it('starts over rather than grow past its size', async () => {
    const cache = new TableCache<string, { name: string }>(() => true, 3);
    const { read } = reader();
    await cache.getMany(['a', 'b', 'c'], read);
    expect(cache.size).toBe(3);
    await cache.getMany(['d'], read);
    expect(cache.size).toBe(1);
  });

  it('hands out records that cannot be changed by the request holding them, nested values included', async () => {
    const cache = new TableCache<string, { name: string; months: number[] }>(() => true, 3);
    const [record] = await cache.getMany(['a'], async (keys) => keys.map((name) => ({ name, months: [3, 9] })));
    expect(() => {
      record!.name = 'changed';
    }).toThrow(TypeError);
    expect(() => record!.months.push(12)).toThrow(TypeError);
  });

  it('does not keep what was not found: those keys are whatever a client sent', async () => {
    const cache = new TableCache<string, { name: string } | null>(() => true, 100);
    const asked: string[][] = [];
    const read = async (keys: string[]) => {
      asked.push(keys);
      return keys.map((k) => (k === 'a' ? { name: 'A' } : null));
    };
    expect(await cache.getMany(['a', 'zz'], read)).toEqual([{ name: 'A' }, null]);
    expect(await cache.getMany(['a', 'zz'], read)).toEqual([{ name: 'A' }, null]);
    expect(asked).toEqual([['a', 'zz'], ['zz']]);
    expect(cache.size).toBe(1);
  });
});

const COMPARISON = `{ comparison(indicatorCode: "poverty_rate_p0", parentCode: "75") {
  period indicator { nameId } parent { name } rows { regionCode rank region { name } } } }`;

/** Statements that read the catalogue, the registry or the series breaks. */
const COVERAGE = '{ indicator(code: "poverty_rate_p0") { coverage { observations regions periods } } }';
const referenceReads = (statements: string[]) =>
  statements.filter((sql) => /\bFROM (indicator|region r|series_break)\b/.test(sql) && !/observation/.test(sql));

const isPeriodsRead = (sql: string) => /AS "visibleToAll"/.test(sql);

describeEachDatabase(
  'reference data held between requests',
  (use, kind) => {
    let api: Awaited<ReturnType<typeof createTestApi>>;
    beforeAll(async () => {
      api = await createTestApi(use());
    });
    afterAll(() => api.stop());

    it('spares a comparison the catalogue, registry, series-break and periods reads once they are held', async () => {
      const cold = await api.statementsOf(() => api.query(COMPARISON));
      expect(referenceReads(cold)).toHaveLength(3);
      expect(cold.filter(isPeriodsRead)).toHaveLength(1);
      const held = await api.statementsOf(() => api.query(COMPARISON), 'held');
      // What is left: one statement for the values.
      expect(held).toHaveLength(1);
      expect(held[0]).toMatch(/o\.value/);
    });

    it('sees a new period of observations written over another connection at the next request after it arrives', async () => {
      const period = async () => (await api.query<{ comparison: { period: string } }>(COMPARISON)).comparison.period;
      const latest = await period();
      expect(latest).toMatch(/^\d{4}$/);
      await period(); // held now
      const next = String(Number(latest) + 1);
      await use().sql.query(
        `INSERT INTO observation (indicator_code, region_code, period, year, subperiod, value, updated_at)
         SELECT indicator_code, region_code, $1, $2, 0, value, updated_at FROM observation
         WHERE indicator_code = 'poverty_rate_p0' AND region_code LIKE '75.%' AND period = $3`,
        [next, Number(next), latest],
      );
      try {
        await expect.poll(period, { timeout: 5000 }).toBe(next);
      } finally {
        await use().sql.query("DELETE FROM observation WHERE indicator_code = 'poverty_rate_p0' AND period = $1", [next]);
      }
      await expect.poll(period, { timeout: 5000 }).toBe(latest);
    });

    it('sees a change to the catalogue written over another connection at the next request after it arrives', async () => {
      const name = async () => (await api.query<{ comparison: { indicator: { nameId: string } } }>(COMPARISON)).comparison;
      const before = (await name()).indicator.nameId;
      await api.query(COMPARISON); // held now
      await use().sql.query("UPDATE indicator SET name_id = name_id || ' (diubah)' WHERE code = 'poverty_rate_p0'");
      try {
        await expect.poll(async () => (await name()).indicator.nameId, { timeout: 5000 }).toBe(`${before} (diubah)`);
      } finally {
        await use().sql.query('UPDATE indicator SET name_id = $1 WHERE code = $2', [before, 'poverty_rate_p0']);
      }
      await expect.poll(async () => (await name()).indicator.nameId, { timeout: 5000 }).toBe(before);
    });

    it('sees a new period brought by an import, which writes with ordinary triggers off', async () => {
      const period = async () => (await api.query<{ comparison: { period: string } }>(COMPARISON)).comparison.period;
      const latest = await period();
      await period(); // held now
      const next = String(Number(latest) + 1);
      const csv = `kode_wilayah,indikator,periode,nilai,sumber\n75.01,poverty_rate_p0,${next},17.5,Uji\n75.71,poverty_rate_p0,${next},4.1,Uji\n`;
      const report = await importFile(use(), {
        bytes: new TextEncoder().encode(csv),
        fileName: 'baru.csv',
        viewer: systemViewer('tester'),
      });
      expect(report.status).toBe('APPLIED');
      try {
        await expect.poll(period, { timeout: 5000 }).toBe(next);
      } finally {
        await use().sql.query("DELETE FROM observation WHERE indicator_code = 'poverty_rate_p0' AND period = $1", [next]);
      }
    });

    it('holds what a scorecard needs besides the values: documents, targets, the regions under the parent', async () => {
      const scorecard = '{ scorecard(documentCode: "RKP-2026", parentCode: "ID") { cells { regionCode status } } }';
      const cold = await api.statementsOf(() => api.query(scorecard));
      expect(cold.some((sql) => /FROM planning_document/.test(sql))).toBe(true);
      expect(cold.some((sql) => /FROM target/.test(sql))).toBe(true);
      const held = await api.statementsOf(() => api.query(scorecard), 'held');
      expect(held).toHaveLength(1);
      expect(held[0]).toMatch(/FROM observation/);
    });

    it('holds the recorded splits a roll-up needs, and sees one taken away over another connection', async () => {
      const ROLL_UP =
        '{ rollUp(indicatorCode: "poverty_rate_p0", parentCode: "ID", period: "2023-03") { coveredChildren missingChildren } }';
      type Answer = { rollUp: { coveredChildren: string[]; missingChildren: string[] } };
      const cold = await api.statementsOf(() => api.query(ROLL_UP));
      expect(cold.some((sql) => /FROM region_change/.test(sql))).toBe(true);
      const held = await api.statementsOf(() => api.query(ROLL_UP), 'held');
      // One statement for the values: the children, the catalogue and the splits are held.
      expect(held).toHaveLength(1);
      expect(held[0]).toMatch(/FROM observation/);
      const before = (await api.query<Answer>(ROLL_UP)).rollUp;
      const split = before.coveredChildren[0]!;
      expect(split).toBeDefined();
      const removed = await use().sql.query<{ row: unknown }>(
        `DELETE FROM region_change c WHERE kind = 'SPLIT' AND to_code = $1 RETURNING row_to_json(c) AS row`,
        [split],
      );
      expect(removed.length).toBeGreaterThan(0);
      try {
        // Without its split on record, the region is a child with no figure: missing, not covered.
        await expect
          .poll(async () => (await api.query<Answer>(ROLL_UP)).rollUp.missingChildren, { timeout: 5000 })
          .toContain(split);
      } finally {
        for (const { row } of removed) {
          await use().sql.query('INSERT INTO region_change SELECT * FROM json_populate_record(null::region_change, $1::json)', [
            JSON.stringify(row),
          ]);
        }
      }
      await expect
        .poll(async () => (await api.query<Answer>(ROLL_UP)).rollUp.coveredChildren, { timeout: 5000 })
        .toContain(split);
    });

    it('sees a changed target written over another connection at the next request after it arrives', async () => {
      const progress = async () =>
        (
          await api.query<{ progress: { target: { value: number | null; upperBound: number | null } } }>(
            '{ progress(regionCode: "ID", indicatorCode: "poverty_rate_p0", documentCode: "RKP-2026") { target { value upperBound } } }',
          )
        ).progress.target;
      const before = await progress();
      await progress(); // held now
      expect(before.upperBound).not.toBeNull();
      await use().sql.query(
        `UPDATE target SET upper_bound = upper_bound + 1
         WHERE document_code = 'RKP-2026' AND indicator_code = 'poverty_rate_p0' AND region_code = 'ID'`,
      );
      try {
        await expect.poll(async () => (await progress()).upperBound, { timeout: 5000 }).toBe(before.upperBound! + 1);
      } finally {
        await use().sql.query(
          `UPDATE target SET upper_bound = upper_bound - 1
           WHERE document_code = 'RKP-2026' AND indicator_code = 'poverty_rate_p0' AND region_code = 'ID'`,
        );
      }
      await expect.poll(async () => (await progress()).upperBound, { timeout: 5000 }).toBe(before.upperBound);
    });

    it("holds each indicator's coverage per kind of reader, and counts a value written over another connection at the next request after it arrives", async () => {
      const coverage = async (as: { viewer?: Viewer } = {}) =>
        (await api.query<{ indicator: { coverage: { observations: number } } }>(COVERAGE, {}, as)).indicator.coverage
          .observations;
      const isCoverageRead = (sql: string) => /\bobservation_tally_indicator\b/.test(sql);
      const cold = await api.statementsOf(() => coverage());
      expect(cold.filter(isCoverageRead)).toHaveLength(1);
      expect((await api.statementsOf(() => coverage(), 'held')).filter(isCoverageRead)).toEqual([]);
      // A viewer reads fewer values (only checked ones): held apart from the administrator's.
      const all = await coverage();
      const checked = await coverage({ viewer: VIEWER });
      expect((await api.statementsOf(() => coverage({ viewer: VIEWER }), 'held')).filter(isCoverageRead)).toEqual([]);
      // An unchecked value written over another connection: the administrator's count moves, the viewer's does not.
      await use().sql.query(
        `INSERT INTO observation (indicator_code, region_code, period, year, subperiod, value, updated_at, status)
         VALUES ('poverty_rate_p0', '75.01', '1901', 1901, 0, 1, now(), 'UNVERIFIED')`,
      );
      try {
        await expect.poll(() => coverage(), { timeout: 5000 }).toBe(all + 1);
        expect(await coverage({ viewer: VIEWER })).toBe(checked);
      } finally {
        await use().sql.query("DELETE FROM observation WHERE indicator_code = 'poverty_rate_p0' AND period = '1901'");
      }
      await expect.poll(() => coverage(), { timeout: 5000 }).toBe(all);
    });

    it.runIf(kind === 'postgres')('holds nothing while its listening connection is down, and again once it is back', async () => {
      expect(api.reference.isLive).toBe(true);
      const [killed] = await use().sql.query<{ killed: boolean }>(
        `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity
         WHERE datname = current_database() AND query LIKE 'LISTEN %' AND pid <> pg_backend_pid()`,
      );
      expect(killed?.killed).toBe(true);
      await expect.poll(() => api.reference.isLive, { timeout: 5000 }).toBe(false);
      await api.query(COMPARISON);
      expect(referenceReads(await api.statementsOf(() => api.query(COMPARISON), 'held'))).toHaveLength(3);
      await expect.poll(() => api.reference.isLive, { timeout: 10_000 }).toBe(true);
      await api.query(COMPARISON);
      expect(referenceReads(await api.statementsOf(() => api.query(COMPARISON), 'held'))).toEqual([]);
    });

    it('holds nothing once stopped', async () => {
      await api.reference.stop();
      expect(api.reference.isLive).toBe(false);
      await api.query(COMPARISON);
      expect(referenceReads(await api.statementsOf(() => api.query(COMPARISON), 'held'))).toHaveLength(3);
    });
  },
  { demoData: true },
);
