import { expect, it } from 'vitest';
import { systemViewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { exportObservationsCsv } from '../observations/observations.export.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { importFile } from './import.service.js';

const HEADER = 'kode_wilayah,indikator,periode,nilai,sumber';
const csv = (...lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);
const run = (db: Database, name: string, bytes: Uint8Array, extra: Partial<Parameters<typeof importFile>[1]> = {}) =>
  importFile(db, { bytes, fileName: name, viewer: systemViewer('tester'), ...extra });

/** Everything an import may write; compared before and after a rejected import. */
async function snapshot(db: Database) {
  return db.sql.query(
    `SELECT (SELECT count(*) FROM observation)::int AS observations, (SELECT count(*) FROM target)::int AS targets,
            (SELECT count(*) FROM import_batch)::int AS batches, (SELECT count(*) FROM audit_entry)::int AS audit,
            (SELECT coalesce(sum(value), 0)::text FROM observation) AS total`,
  );
}

async function expectRejected(
  db: Database,
  bytes: Uint8Array,
  errors: { line: number | null; code: string; message: string | RegExp }[],
  extra: Partial<Parameters<typeof importFile>[1]> = {},
) {
  const before = await snapshot(db);
  const report = await run(db, 'broken.csv', bytes, extra);
  expect(report.status).toBe('REJECTED');
  expect(report.errors).toHaveLength(errors.length);
  errors.forEach((e, i) => {
    expect(report.errors[i]).toMatchObject({ line: e.line, code: e.code });
    if (e.message instanceof RegExp) expect(report.errors[i]?.message).toMatch(e.message);
    else expect(report.errors[i]?.message).toBe(e.message);
  });
  expect(await snapshot(db)).toEqual(before);
  return report;
}

describeEachDatabase('import pipeline', (use) => {
  it('applies a long-format file, then changes nothing when the same file is imported again', async () => {
    const file = csv(
      HEADER,
      '75.02,poverty_rate_p0,2025,16.37,BPS',
      '75.71,poverty_rate_p0,2025,5.31,BPS',
      '75,poverty_rate_p0,2025-03,13.24,BPS',
    );
    const first = await run(use(), 'p0.csv', file);
    expect(first).toMatchObject({ status: 'APPLIED', layout: 'long', errors: [] });
    expect(first.counts).toEqual({
      records: 3,
      inserted: 3,
      updated: 0,
      valueChanges: 0,
      metadataChanges: 0,
      unchanged: 0,
      revisions: 0,
      missing: 0,
    });
    const again = await run(use(), 'p0.csv', file);
    expect(again.counts).toEqual({
      records: 3,
      inserted: 0,
      updated: 0,
      valueChanges: 0,
      metadataChanges: 0,
      unchanged: 3,
      revisions: 0,
      missing: 0,
    });
    expect(again.previousImports.map((p) => p.id)).toEqual([first.importBatchId]);
    // Nothing to write: no empty batch either.
    expect(again).toMatchObject({ status: 'APPLIED', importBatchId: null, notices: [{ code: 'NOTHING_TO_WRITE' }] });
    const rows = await use().sql.query(
      "SELECT region_code, period, year, subperiod, value::float8 AS value FROM observation WHERE indicator_code = 'poverty_rate_p0' ORDER BY region_code",
    );
    expect(rows).toEqual([
      { region_code: '75', period: '2025-03', year: 2025, subperiod: 3, value: 13.24 },
      { region_code: '75.02', period: '2025', year: 2025, subperiod: 0, value: 16.37 },
      { region_code: '75.71', period: '2025', year: 2025, subperiod: 0, value: 5.31 },
    ]);
  });

  it('shows what a dry run would change without writing anything', async () => {
    const before = await snapshot(use());
    const report = await run(
      use(),
      'p0.csv',
      csv(HEADER, '75.02,poverty_rate_p0,2025,16.4,BPS', '75.03,poverty_rate_p0,2025,13.16,BPS'),
      { dryRun: true },
    );
    expect(report.status).toBe('DRY_RUN');
    expect(report.counts).toMatchObject({ inserted: 1, updated: 1, unchanged: 0 });
    expect(await snapshot(use())).toEqual(before);
  });

  it('records a changed value in the audit trail with its old value, who, and why', async () => {
    const report = await run(use(), 'revisi.csv', csv(HEADER, '75.02,poverty_rate_p0,2025,16.4,BPS'), { reason: 'Revisi BPS' });
    expect(report.counts).toMatchObject({ inserted: 0, updated: 1 });
    const audit = await use().sql.query(
      'SELECT entity_key, field, old_value, new_value, changed_by, reason FROM audit_entry WHERE import_batch_id = $1',
      [report.importBatchId],
    );
    expect(audit).toEqual([
      {
        entity_key: 'poverty_rate_p0|75.02|2025',
        field: 'value',
        old_value: '16.37',
        new_value: '16.4',
        changed_by: 'tester',
        reason: 'Revisi BPS',
      },
    ]);
  });

  it('keeps the batch that created a value and the one that last changed it; the audit trail holds the change', async () => {
    const created = await run(use(), 'tpt.csv', csv(HEADER, '75,open_unemployment_rate_tpt,2018,2.9,BPS'));
    expect(created.foreignKeyChecks).toBe('per-value');
    const changed = await run(use(), 'tpt-revisi.csv', csv(HEADER, '75,open_unemployment_rate_tpt,2018,3.1,BPS'));
    const [row] = await use().sql.query(
      `SELECT created_import_batch_id AS created, import_batch_id AS last, value::float8 AS value FROM observation
       WHERE indicator_code = 'open_unemployment_rate_tpt' AND region_code = '75' AND period = '2018'`,
    );
    expect(row).toEqual({ created: created.importBatchId, last: changed.importBatchId, value: 3.1 });
    const audit = await use().sql.query(
      `SELECT import_batch_id AS batch, field, old_value, new_value FROM audit_entry
       WHERE entity_key = 'open_unemployment_rate_tpt|75|2018' ORDER BY id`,
    );
    expect(audit).toEqual([{ batch: changed.importBatchId, field: 'value', old_value: '2.9', new_value: '3.1' }]);
  });

  it('writes a new period straight into its table and compares the rest, chunk by chunk, with each source', async () => {
    const statements: string[] = [];
    const stop = use().onQuery((sql) => statements.push(sql));
    const report = await run(
      use(),
      'campuran.csv',
      csv(
        'kode_wilayah,indikator,periode,nilai,sumber,penerbit',
        '75.02,poverty_rate_p0,2031,15.1,Proyeksi A,',
        '75.02,poverty_rate_p0,2025,16.5,BPS,',
        '75.03,poverty_rate_p0,2031,12.9,Proyeksi B,',
        '75.04,poverty_rate_p0,2031,14.8,Proyeksi A,Bappeda Gorontalo',
        '75.05,poverty_rate_p0,2025,15.89,BPS,',
      ),
      { chunkRows: 2 },
    );
    stop();
    expect(report).toMatchObject({ status: 'APPLIED', errors: [] });
    // 2031 rows are copied into observation itself (COPY on PostgreSQL, unnest arrays on PGlite), not staged.
    const direct = statements.filter((sql) => /^(COPY observation \(|INSERT INTO observation \(.*unnest\()/s.test(sql));
    expect(direct.length).toBeGreaterThan(0);
    expect(report.counts).toEqual({
      records: 5,
      inserted: 4,
      updated: 1,
      valueChanges: 1,
      metadataChanges: 0,
      unchanged: 0,
      revisions: 0,
      missing: 0,
    });
    const rows = await use().sql.query(
      `SELECT o.region_code, o.period, o.value::float8 AS value, s.title AS source, s.publisher,
              o.created_import_batch_id = $1 AS created_now
       FROM observation o JOIN source s ON s.id = o.source_id
       WHERE o.import_batch_id = $1 ORDER BY o.period, o.region_code`,
      [report.importBatchId],
    );
    expect(rows).toEqual([
      { region_code: '75.02', period: '2025', value: 16.5, source: 'BPS', publisher: expect.any(String), created_now: false },
      { region_code: '75.05', period: '2025', value: 15.89, source: 'BPS', publisher: expect.any(String), created_now: true },
      {
        region_code: '75.02',
        period: '2031',
        value: 15.1,
        source: 'Proyeksi A',
        publisher: 'Bappeda Gorontalo',
        created_now: true,
      },
      { region_code: '75.03', period: '2031', value: 12.9, source: 'Proyeksi B', publisher: '', created_now: true },
      {
        region_code: '75.04',
        period: '2031',
        value: 14.8,
        source: 'Proyeksi A',
        publisher: 'Bappeda Gorontalo',
        created_now: true,
      },
    ]);
    const audit = await use().sql.query('SELECT entity_key, old_value, new_value FROM audit_entry WHERE import_batch_id = $1', [
      report.importBatchId,
    ]);
    expect(audit).toEqual([{ entity_key: 'poverty_rate_p0|75.02|2025', old_value: '16.4', new_value: '16.5' }]);
  });

  it('counts the values of a new period in a dry run without writing them', async () => {
    const before = await snapshot(use());
    const report = await run(
      use(),
      'baru.csv',
      csv(HEADER, '75.01,poverty_rate_p0,2032,17,BPS', '75.02,poverty_rate_p0,2032,15,BPS', '75.03,poverty_rate_p0,2032,13,BPS'),
      { dryRun: true, chunkRows: 2 },
    );
    expect(report).toMatchObject({ status: 'DRY_RUN', importBatchId: null });
    expect(report.counts).toMatchObject({ inserted: 3, updated: 0, unchanged: 0 });
    expect(await snapshot(use())).toEqual(before);
  });

  it('rejects an unknown region and lists the nearest names', async () => {
    await expectRejected(use(), csv('wilayah,indikator,periode,nilai', 'Kab. Bone Bolangoo,poverty_rate_p0,2025,13.16'), [
      { line: 2, code: 'UNKNOWN_REGION', message: /Bone Bolangoo/ },
    ]);
  });

  it('rejects a name shared by several regions and lists the candidates', async () => {
    const report = await expectRejected(use(), csv('wilayah,indikator,periode,nilai', 'Gorontalo,poverty_rate_p0,2025,13.16'), [
      { line: 2, code: 'AMBIGUOUS_REGION', message: /Gorontalo/ },
    ]);
    expect(report.errors[0]?.message).toMatch(/75\.01/);
    expect(report.errors[0]?.message).toMatch(/75\.71/);
  });

  it('rejects an unknown indicator and suggests the right code', async () => {
    await expectRejected(use(), csv(HEADER, '75.02,povrty_rate_p0,2025,16.37,BPS'), [
      { line: 2, code: 'UNKNOWN_INDICATOR', message: 'Unknown indicator “povrty_rate_p0”. Did you mean “poverty_rate_p0”?' },
    ]);
  });

  it('rejects values that are not numbers', async () => {
    await expectRejected(
      use(),
      csv(HEADER, '75.02,poverty_rate_p0,2025,enam belas,BPS', '75.03,poverty_rate_p0,2025,13.16,BPS'),
      [{ line: 2, code: 'NOT_A_NUMBER', message: 'Value “enam belas” is not a number.' }],
    );
  });

  it("rejects values outside the indicator's range: a percentage above 100, a Gini above 1", async () => {
    await expectRejected(use(), csv(HEADER, '75.02,poverty_rate_p0,2025,116.37,BPS', '75,gini_ratio,2024-03,1.2,BPS'), [
      { line: 2, code: 'OUT_OF_RANGE', message: /116\.37 is outside the admissible range 0–100/ },
      { line: 3, code: 'OUT_OF_RANGE', message: /1\.2 is outside the admissible range 0–1/ },
    ]);
  });

  it("rejects periods that do not fit the indicator's periodicity", async () => {
    await expectRejected(
      use(),
      csv(HEADER, '75,human_development_index_ipm,2024-03,70.1,BPS', '75,poverty_rate_p0,2025-06,13.2,BPS'),
      [
        { line: 2, code: 'PERIOD_NOT_ALLOWED', message: /annual/ },
        { line: 3, code: 'PERIOD_NOT_ALLOWED', message: /Maret and September/ },
      ],
    );
  });

  it('rejects the same cell twice in one file, naming both lines', async () => {
    await expectRejected(
      use(),
      csv(
        HEADER,
        '75.03,poverty_rate_p0,2024,13.5,BPS',
        '75.04,poverty_rate_p0,2024,15.1,BPS',
        '75.03,poverty_rate_p0,2024,13.6,BPS',
      ),
      [{ line: 4, code: 'DUPLICATE', message: /line 2 and line 4/ }],
    );
  });

  it('turns a change to a verified value into a revision for the verifier, and refuses it from a publishing import', async () => {
    await use().sql.query(
      "UPDATE observation SET status = 'VERIFIED' WHERE indicator_code = 'poverty_rate_p0' AND region_code = '75.71'",
    );
    await expectRejected(
      use(),
      csv(HEADER, '75.71,poverty_rate_p0,2025,5.4,BPS'),
      [{ line: 2, code: 'VERIFIED_VALUE_CHANGE', message: /5\.31 → 5\.4/ }],
      { publish: true },
    );
    const report = await run(use(), 'revisi.csv', csv(HEADER, '75.71,poverty_rate_p0,2025,5.4,BPS'));
    expect(report).toMatchObject({ status: 'APPLIED', counts: { revisions: 1, updated: 0, inserted: 0 } });
    const [row] = await use().sql.query<{ value: number; status: string }>(
      `SELECT value::float8 AS value, status::text AS status FROM observation
       WHERE indicator_code = 'poverty_rate_p0' AND region_code = '75.71' AND period = '2025'`,
    );
    expect(row).toEqual({ value: 5.31, status: 'VERIFIED' });
    const revisions = await use().sql.query(
      `SELECT value::float8 AS value, previous_value::float8 AS previous, status::text AS status, submitted_by AS by
       FROM observation_revision WHERE region_code = '75.71'`,
    );
    expect(revisions).toEqual([{ value: 5.4, previous: 5.31, status: 'SUBMITTED', by: 'tester' }]);
  });

  it('reports every error of a file at once and writes none of its good rows', async () => {
    const report = await expectRejected(
      use(),
      csv(HEADER, '75.05,poverty_rate_p0,2025,15.89,BPS', '99.99,poverty_rate_p0,2025,1,BPS', '75.05,gini_ratio,2025-03,0.3,BPS'),
      [
        { line: 3, code: 'UNKNOWN_REGION', message: /99\.99/ },
        { line: 4, code: 'LEVEL_NOT_PUBLISHED', message: /not published for kabupaten\/kota/ },
      ],
    );
    expect(report.counts.records).toBe(3);
  });

  it('stops at a quote that is never closed, after sending the rows above it, and writes nothing', async () => {
    await expectRejected(
      use(),
      csv(
        HEADER,
        '75.05,poverty_rate_p0,2025,15.89,BPS',
        '75.06,poverty_rate_p0,2025,14.2,"BPS',
        '75.07,poverty_rate_p0,2025,9,BPS',
      ),
      [
        {
          line: null,
          code: 'UNREADABLE_FILE',
          message: 'a quoted cell opened on line 3 is never closed (tanda kutip tidak ditutup)',
        },
      ],
      // The row above is already on its way to the database when the reader stops.
      { chunkRows: 1 },
    );
  });

  it('round-trips: import, export, import the export again: nothing changes', async () => {
    const exported = await exportObservationsCsv(use(), { indicators: ['poverty_rate_p0'] });
    const report = await run(use(), 'export.csv', new TextEncoder().encode(exported));
    expect(report.status).toBe('APPLIED');
    expect(report.counts).toMatchObject({ inserted: 0, updated: 0 });
    expect(report.counts.unchanged).toBe(report.counts.records);
    expect(await exportObservationsCsv(use(), { indicators: ['poverty_rate_p0'] })).toBe(exported);
  });
});
