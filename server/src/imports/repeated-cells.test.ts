import { expect, it } from 'vitest';
import { systemViewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { importFile } from './import.service.js';

// A cell given twice with the same content (BPS prints the kabupaten that moved to the Papua provinces of 2022 under
// both provinces, same figure) is one figure: stored once, with a notice naming both lines. Given twice with anything
// different, it is a conflict the importer cannot settle: DUPLICATE, nothing written. Every layout with the check.

const csv = (...lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);
const run = (db: Database, bytes: Uint8Array, dryRun = false) =>
  importFile(db, { bytes, fileName: 'ulang.csv', viewer: systemViewer('tester'), dryRun });
const repeats = (report: Awaited<ReturnType<typeof run>>) =>
  report.notices.filter((n) => n.code === 'REPEATED_CELL').map((n) => [n.line, n.message]);
const errors = (report: Awaited<ReturnType<typeof run>>) => report.errors.map((e) => [e.line, e.code, e.message]);
const count = async (db: Database, sql: string) => (await db.sql.query<{ n: number }>(sql))[0]?.n;

const LONG = 'kode_wilayah,indikator,periode,nilai,sumber,catatan';

describeEachDatabase('a cell given twice in one file', (use) => {
  it('stores a repeat with the same value, source and note once, and says so in a dry run and in the import', async () => {
    const file = csv(
      LONG,
      '75.01,human_development_index_ipm,2022,66.1,BPS,',
      '75.02,human_development_index_ipm,2022,67.2,BPS,',
      '75.01,human_development_index_ipm,2022,66.10,BPS,',
    );
    const notice = [
      4,
      'Nilai human_development_index_ipm, wilayah 75.01, periode 2022 tertulis dua kali dengan isi yang sama: baris 2 dan ' +
        'baris 4; disimpan sekali. / The value for human_development_index_ipm, region 75.01, period 2022 is given twice ' +
        'with the same content: line 2 and line 4; stored once.',
    ];
    const dry = await run(use(), file, true);
    expect(dry).toMatchObject({ status: 'DRY_RUN', errors: [], counts: { records: 3, inserted: 2 } });
    expect(repeats(dry)).toEqual([notice]);

    const applied = await run(use(), file);
    expect(applied).toMatchObject({ status: 'APPLIED', errors: [], counts: { records: 3, inserted: 2 } });
    expect(repeats(applied)).toEqual([notice]);
    expect(
      await count(use(), "SELECT count(*)::int AS n FROM observation WHERE indicator_code = 'human_development_index_ipm'"),
    ).toBe(2);
  });

  it('refuses a repeat whose value, note or source differs, naming both lines, and writes nothing', async () => {
    const before = await count(use(), 'SELECT count(*)::int AS n FROM observation');
    const report = await run(
      use(),
      csv(
        LONG,
        '75.03,human_development_index_ipm,2022,68.1,BPS,',
        '75.04,human_development_index_ipm,2022,69.1,BPS,angka sementara',
        '75.05,human_development_index_ipm,2022,70.1,BPS,',
        '75.03,human_development_index_ipm,2022,68.2,BPS,',
        '75.04,human_development_index_ipm,2022,69.1,BPS,',
        '75.05,human_development_index_ipm,2022,70.1,BPS Gorontalo,',
        '75.05,human_development_index_ipm,2022,70.1,BPS,',
      ),
    );
    expect(report.status).toBe('REJECTED');
    expect(
      errors(report).map(([line, code, message]) => [line, code, String(message).match(/line \d+ and line \d+/)?.[0]]),
    ).toEqual([
      [5, 'DUPLICATE', 'line 2 and line 5'],
      [6, 'DUPLICATE', 'line 3 and line 6'],
      [7, 'DUPLICATE', 'line 4 and line 7'],
    ]);
    // Line 8 repeats line 4 exactly: a notice, whatever else is wrong.
    expect(repeats(report).map(([line]) => line)).toEqual([8]);
    expect(await count(use(), 'SELECT count(*)::int AS n FROM observation')).toBe(before);
  });

  it('stores a repeated count by category once, and refuses one with another count', async () => {
    const header = 'kode_wilayah,indikator,kategori,periode,nilai,sumber';
    const same = await run(
      use(),
      csv(
        header,
        '75.01,jumlah_pmks,PPKS01,2024,120,Rekap PPKS',
        '75.01,jumlah_pmks,PPKS02,2024,7,Rekap PPKS',
        '75.01,jumlah_pmks,PPKS01,2024,120,Rekap PPKS',
      ),
    );
    expect(same).toMatchObject({ status: 'APPLIED', errors: [], counts: { inserted: 2 } });
    expect(repeats(same)).toEqual([
      [
        4,
        expect.stringMatching(
          /^Nilai jumlah_pmks, kategori PPKS01, wilayah 75\.01, periode 2024 tertulis dua kali .*baris 2 dan baris 4.* \/ The value for jumlah_pmks, category PPKS01, .*line 2 and line 4; stored once\.$/,
        ),
      ],
    ]);
    const differs = await run(
      use(),
      csv(header, '75.02,jumlah_pmks,PPKS01,2024,120,Rekap PPKS', '75.02,jumlah_pmks,PPKS01,2024,121,Rekap PPKS'),
    );
    expect(differs.status).toBe('REJECTED');
    expect(errors(differs).map(([line, code]) => [line, code])).toEqual([[3, 'DUPLICATE']]);
  });

  it('stores a repeated document, target or programme figure once, and refuses one that differs', async () => {
    const DOCS = 'kode,jenis,judul,wilayah,tahun_awal,tahun_akhir,dasar_hukum';
    const doc = 'RPJMD-75-ULANG,RPJMD,RPJMD Provinsi Gorontalo 2025–2029,75,2025,2029,';
    const docs = await run(use(), csv(DOCS, doc, doc));
    expect(docs).toMatchObject({ status: 'APPLIED', errors: [], counts: { inserted: 1 } });
    expect(repeats(docs)).toEqual([
      [
        3,
        expect.stringMatching(
          /^Dokumen RPJMD-75-ULANG tertulis dua kali .*baris 2 dan baris 3.* \/ Document RPJMD-75-ULANG is given twice .*line 2 and line 3; stored once\.$/,
        ),
      ],
    ]);
    const docsDiffer = await run(
      use(),
      csv(DOCS, 'RPJMD-75-LAIN,RPJMD,Judul A,75,2025,2029,', 'RPJMD-75-LAIN,RPJMD,Judul B,75,2025,2029,'),
    );
    expect(errors(docsDiffer).map(([line, code]) => [line, code])).toEqual([[3, 'DUPLICATE']]);

    const TARGETS = 'dokumen,indikator,wilayah,tahun,nilai,batas_bawah,batas_atas,tahun_dasar,nilai_dasar';
    const target = 'RPJMD-75-ULANG,poverty_rate_p0,75,2029,11.5,,,2024,13.87';
    const targets = await run(use(), csv(TARGETS, target, 'RPJMD-75-ULANG,poverty_rate_p0,75,2028,12,,,2024,13.87', target));
    expect(targets).toMatchObject({ status: 'APPLIED', errors: [], counts: { inserted: 2 } });
    expect(repeats(targets).map(([line, message]) => [line, String(message).match(/baris \d+ dan baris \d+/)?.[0]])).toEqual([
      [4, 'baris 2 dan baris 4'],
    ]);
    const targetsDiffer = await run(use(), csv(TARGETS, target, 'RPJMD-75-ULANG,poverty_rate_p0,75,2029,11.5,,,2023,13.87'));
    expect(errors(targetsDiffer).map(([line, code]) => [line, code])).toEqual([[3, 'DUPLICATE']]);

    const PROGRAMMES = 'kode_wilayah,program,tahun,penerima,sasaran,pagu,realisasi,sumber';
    const figure = '75.01,PKH,2024,1200,1500,,,Kemensos';
    const programmes = await run(use(), csv(PROGRAMMES, figure, figure));
    expect(programmes).toMatchObject({ status: 'APPLIED', errors: [], counts: { inserted: 1 } });
    expect(repeats(programmes).map(([line]) => line)).toEqual([3]);
    const programmesDiffer = await run(
      use(),
      csv(PROGRAMMES, '75.02,PKH,2024,1200,1500,,,Kemensos', '75.02,PKH,2024,1200,1600,,,Kemensos'),
    );
    expect(errors(programmesDiffer).map(([line, code]) => [line, code])).toEqual([[3, 'DUPLICATE']]);
  });

  it('lists at most a thousand repeats and counts the rest in one notice', async () => {
    const rows = Array.from({ length: 1_203 }, () => '75.71,human_development_index_ipm,2021,71.5,BPS,');
    const report = await run(use(), csv(LONG, ...rows), true);
    expect(report).toMatchObject({ status: 'DRY_RUN', errors: [], counts: { records: 1_203, inserted: 1 } });
    const listed = report.notices.filter((n) => n.code === 'REPEATED_CELL');
    expect(listed).toHaveLength(1_000);
    expect(report.notices.filter((n) => n.code === 'MORE_REPEATED_CELLS')).toEqual([
      {
        line: null,
        code: 'MORE_REPEATED_CELLS',
        message:
          '202 sel lain yang tertulis dua kali dengan isi yang sama tidak dicantumkan; masing-masing disimpan sekali. / ' +
          '202 more cells given twice with the same content are not listed; each is stored once.',
      },
    ]);
  });
});
