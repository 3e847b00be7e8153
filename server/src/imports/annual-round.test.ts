import { beforeAll, expect, it } from 'vitest';
import { accountViewer, systemViewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { exportObservationsCsv } from '../observations/observations.export.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/graphql.js';
import { reviewValues } from '../verification/review.service.js';
import { importFile } from './import.service.js';

// An annual figure of an indicator with an annual round (P0: March) and that round of the same year are one figure:
// stored under both periods only with one value, whichever write brings them (annual-figure.ts).

const HEADER = 'kode_wilayah,indikator,periode,nilai,sumber';
const csv = (...lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);
const tester = systemViewer('tester');
const editor = accountViewer('editor-gorontalo', [{ role: 'EDITOR', regionCode: '75' }]);
const verifier = accountViewer('verifikator-gorontalo', [{ role: 'VERIFIER', regionCode: '75' }]);

const run = (db: Database, name: string, bytes: Uint8Array, extra: Partial<Parameters<typeof importFile>[1]> = {}) =>
  importFile(db, { bytes, fileName: name, viewer: tester, ...extra });

async function snapshot(db: Database) {
  return db.sql.query(
    `SELECT (SELECT count(*) FROM observation)::int AS observations, (SELECT count(*) FROM observation_revision)::int AS revisions,
            (SELECT count(*) FROM import_batch)::int AS batches, (SELECT count(*) FROM audit_entry)::int AS audit,
            (SELECT coalesce(sum(value), 0)::text FROM observation) AS total`,
  );
}

const stored = (db: Database, year: number) =>
  db.sql.query<{ period: string; value: number; status: string }>(
    `SELECT period, value::float8 AS value, status::text AS status FROM observation
     WHERE indicator_code = 'poverty_rate_p0' AND region_code = '75' AND year = $1 ORDER BY period`,
    [year],
  );

describeEachDatabase('an annual figure and its round are one figure', (use) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(use());
  });

  it('takes "2025" then "2025-03" with the same value, and again without writing anything', async () => {
    const annual = await run(use(), 'tahunan.csv', csv(HEADER, '75,poverty_rate_p0,2025,15.15,BPS'));
    expect(annual).toMatchObject({ status: 'APPLIED', errors: [] });
    const round = await run(use(), 'maret.csv', csv(HEADER, '75,poverty_rate_p0,2025-03,15.150,BPS'));
    expect(round).toMatchObject({ status: 'APPLIED', errors: [] });
    expect(round.counts.inserted).toBe(1);
    const again = await run(use(), 'maret.csv', csv(HEADER, '75,poverty_rate_p0,2025-03,15.15,BPS'));
    expect(again).toMatchObject({ status: 'APPLIED', importBatchId: null, notices: [{ code: 'NOTHING_TO_WRITE' }] });
    expect(await stored(use(), 2025)).toEqual([
      { period: '2025', value: 15.15, status: 'UNVERIFIED' },
      { period: '2025-03', value: 15.15, status: 'UNVERIFIED' },
    ]);
  });

  it('refuses "2025-03" with another value than the stored "2025", naming the line and both values; nothing written', async () => {
    const before = await snapshot(use());
    for (const dryRun of [false, true]) {
      const report = await run(
        use(),
        'maret-lain.csv',
        csv(HEADER, '75.01,poverty_rate_p0,2025,17.1,BPS', '75,poverty_rate_p0,2025-03,15.2,BPS'),
        {
          dryRun,
        },
      );
      expect(report.status).toBe('REJECTED');
      expect(report.errors).toEqual([
        {
          line: 3,
          code: 'ANNUAL_ROUND_DIFFERS',
          message:
            'poverty_rate_p0, wilayah 75: angka tahunan 2025 dan angka Maret 2025 adalah satu angka (angka tahunan diambil dari putaran Maret), ' +
            'tetapi impor ini membuatnya berbeda: 15,15 (tersimpan) dan 15,2 (baris 3). Samakan keduanya dalam satu berkas, atau impor salah ' +
            'satunya saja; tidak ada yang disimpan. / poverty_rate_p0, region 75: the annual 2025 figure and the March 2025 round are one ' +
            'figure (the annual figure comes from the March round), but this import would make them differ: 15.15 (stored) and 15.2 (line 3). ' +
            'Give both the same value in one file, or import only one of them; nothing was written.',
        },
      ]);
    }
    expect(await snapshot(use())).toEqual(before);
  });

  it('changes both together in one file, and refuses one of them alone', async () => {
    const alone = await run(use(), 'tahunan-saja.csv', csv(HEADER, '75,poverty_rate_p0,2025,15.3,BPS'));
    expect(alone.errors.map((e) => [e.line, e.code])).toEqual([[2, 'ANNUAL_ROUND_DIFFERS']]);
    const both = await run(
      use(),
      'keduanya.csv',
      csv(HEADER, '75,poverty_rate_p0,2025-03,15.3,BPS', '75,poverty_rate_p0,2025,15.3,BPS'),
    );
    expect(both).toMatchObject({ status: 'APPLIED', errors: [] });
    expect(both.counts).toMatchObject({ updated: 2, valueChanges: 2 });
    expect((await stored(use(), 2025)).map((r) => r.value)).toEqual([15.3, 15.3]);
  });

  it('refuses both in one file with different values — new periods copied straight into the table too', async () => {
    const before = await snapshot(use());
    // 2041 is a period the table holds nothing of: both rows take the direct path when the import writes.
    const report = await run(
      use(),
      'berbeda.csv',
      csv(HEADER, '75,poverty_rate_p0,2041,9.1,BPS', '75,poverty_rate_p0,2041-03,9.2,BPS'),
      {
        chunkRows: 1,
      },
    );
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ line: 2, code: 'ANNUAL_ROUND_DIFFERS' });
    expect(report.errors[0]!.message).toContain('9,1 (baris 2) dan 9,2 (baris 3)');
    expect(report.errors[0]!.message).toContain('9.1 (line 2) and 9.2 (line 3)');
    expect(await snapshot(use())).toEqual(before);
    const same = await run(
      use(),
      'sama.csv',
      csv(HEADER, '75,poverty_rate_p0,2041,9.1,BPS', '75,poverty_rate_p0,2041-03,9.1,BPS'),
      {
        chunkRows: 1,
      },
    );
    expect(same).toMatchObject({ status: 'APPLIED', errors: [] });
    expect(same.counts.inserted).toBe(2);
  });

  it('checks pairs in one statement, and sends none for a new year of annual figures with no round beside it', async () => {
    const statements: string[] = [];
    const stop = use().onQuery((sql) => statements.push(sql));
    const bulk = await run(
      use(),
      'tahun-baru.csv',
      csv(HEADER, '75.01,poverty_rate_p0,2042,17,BPS', '75.02,poverty_rate_p0,2042,15,BPS'),
    );
    const checks = statements.filter((sql) => sql.includes('WITH pair AS')).length;
    const paired = await run(
      use(),
      'pasangan.csv',
      csv(HEADER, '75,poverty_rate_p0,2042,13,BPS', '75,poverty_rate_p0,2042-03,13,BPS'),
    );
    stop();
    expect([bulk.status, paired.status]).toEqual(['APPLIED', 'APPLIED']);
    expect(checks).toBe(0);
    expect(statements.filter((sql) => sql.includes('WITH pair AS')).length).toBe(1);
  });

  it('lets the September round and other indicators differ from the annual figure', async () => {
    const report = await run(
      use(),
      'lain.csv',
      csv(
        HEADER,
        '75,poverty_rate_p0,2025-09,14.9,BPS',
        '75,human_development_index_ipm,2025,70.1,BPS',
        '75,poor_population,2025,186.2,BPS',
      ),
    );
    expect(report).toMatchObject({ status: 'APPLIED', errors: [] });
  });

  it('keeps a revision of one half from being submitted or verified alone', async () => {
    const submitted = await importFile(use(), {
      bytes: csv(HEADER, '75,poverty_rate_p0,2027,14.1,Dinas Sosial', '75,poverty_rate_p0,2027-03,14.1,Dinas Sosial'),
      fileName: 'pengajuan.csv',
      viewer: editor,
    });
    expect(submitted.errors).toEqual([]);
    await reviewValues(use(), verifier, [
      { id: 'obs:poverty_rate_p0|75|2027', action: 'VERIFY' },
      { id: 'obs:poverty_rate_p0|75|2027-03', action: 'VERIFY' },
    ]);
    // A correction of the March round alone would leave the verified annual figure behind once verified.
    const alone = await importFile(use(), {
      bytes: csv(HEADER, '75,poverty_rate_p0,2027-03,14.4,Dinas Sosial'),
      fileName: 'revisi-maret.csv',
      viewer: editor,
    });
    expect(alone.errors.map((e) => [e.line, e.code])).toEqual([[2, 'ANNUAL_ROUND_DIFFERS']]);
    expect(alone.errors[0]!.message).toContain('14,1 (tersimpan) dan 14,4 (baris 2)');
    const both = await importFile(use(), {
      bytes: csv(HEADER, '75,poverty_rate_p0,2027-03,14.4,Dinas Sosial', '75,poverty_rate_p0,2027,14.4,Dinas Sosial'),
      fileName: 'revisi.csv',
      viewer: editor,
    });
    expect(both).toMatchObject({ status: 'APPLIED', errors: [] });
    expect(both.counts.revisions).toBe(2);
    const revisions = await use().sql.query<{ id: number; period: string }>(
      `SELECT id, period FROM observation_revision WHERE indicator_code = 'poverty_rate_p0' AND region_code = '75'
         AND status = 'SUBMITTED' ORDER BY period`,
    );
    expect(revisions.map((r) => r.period)).toEqual(['2027', '2027-03']);
    // Verifying one revision and not the other is refused whole.
    await expect(reviewValues(use(), verifier, [{ id: `rev:${revisions[1]!.id}`, action: 'VERIFY' }])).rejects.toThrow(
      /angka tahunan 2027 dan angka Maret 2027 adalah satu angka.*verify or return the revisions of both together/s,
    );
    expect((await stored(use(), 2027)).map((r) => r.value)).toEqual([14.1, 14.1]);
    await reviewValues(
      use(),
      verifier,
      revisions.map((r) => ({ id: `rev:${r.id}`, action: 'VERIFY' as const })),
    );
    expect(await stored(use(), 2027)).toEqual([
      { period: '2027', value: 14.4, status: 'VERIFIED' },
      { period: '2027-03', value: 14.4, status: 'VERIFIED' },
    ]);
  });

  it('refuses to move the annual round to a round whose figures differ from the annual ones', async () => {
    // P0 of Gorontalo: 2025 is 15.3, as is March; September is 14.9.
    const moved = await api.execute(
      `mutation { saveIndicator(indicator: { code: "poverty_rate_p0", annualRound: 9 }, reason: "uji") { version } }`,
    );
    expect(moved.errors?.[0]?.message).toContain(
      'poverty_rate_p0: angka tahunan dan angka September menjadi satu angka, tetapi berbeda untuk wilayah 75 tahun 2025 (15,3 dan 14,9)',
    );
    expect(moved.errors?.[0]?.message).toContain('they differ for region 75 in 2025 (15.3 and 14.9)');
    const [round] = await use().sql.query("SELECT annual_round FROM indicator WHERE code = 'poverty_rate_p0'");
    expect(round).toEqual({ annual_round: 3 });
  });

  it('shows the one figure in the series, the comparison and the export', async () => {
    await run(use(), 'kabkota.csv', csv(HEADER, '75.02,poverty_rate_p0,2025,17.2,BPS', '75.71,poverty_rate_p0,2025,5.1,BPS'));
    const answer = await api.query<{
      series: { frequency: string; points: { period: string; value: number }[] }[];
      comparison: { period: string; parentValue: number; parentPeriod: string };
    }>(
      `{ series(indicatorCode: "poverty_rate_p0", regionCodes: ["75"], periodFrom: "2025", periodTo: "2025") { frequency points { period value } }
         comparison(indicatorCode: "poverty_rate_p0", parentCode: "75", period: "2025") { period parentValue parentPeriod } }`,
      {},
      { viewer: tester },
    );
    // The province's series is its rounds; the kab/kota comparison for the year reads the province's annual figure:
    // the same number either way.
    expect(answer.series[0]).toEqual({
      frequency: 'SUBANNUAL',
      points: [
        { period: '2025-03', value: 15.3 },
        { period: '2025-09', value: 14.9 },
      ],
    });
    expect(answer.comparison).toMatchObject({ period: '2025', parentValue: 15.3, parentPeriod: '2025' });
    const exported = await exportObservationsCsv(use(), { indicators: ['poverty_rate_p0'], regions: ['75'] });
    const values = exported
      .split('\n')
      .filter((l) => /,poverty_rate_p0,2025(-03)?,/.test(l))
      .map((l) => l.split(',').slice(2, 5).join(','));
    expect(values).toEqual(['poverty_rate_p0,2025,15.3', 'poverty_rate_p0,2025-03,15.3']);
  });
});
