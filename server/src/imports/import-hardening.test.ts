import { expect, it } from 'vitest';
import { systemViewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { importFile } from './import.service.js';
import { sheetXml, textCell, workbookFile } from './test-workbooks.js';

// Inputs a column cannot hold, characters no cell may hold, and files that must not wipe what
// they do not mention: each is a row error with its line and column (nothing written), or leaves
// the stored metadata as it was.

const LONG = 'kode_wilayah,indikator,periode,nilai,sumber,url_sumber,catatan';
const csv = (...lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);
const run = (db: Database, bytes: Uint8Array, extra: Partial<Parameters<typeof importFile>[1]> = {}) =>
  importFile(db, { bytes, fileName: 'uji.csv', viewer: systemViewer('tester'), ...extra });

/** Everything an import may write. */
async function snapshot(db: Database) {
  return db.sql.query(
    `SELECT (SELECT count(*) FROM observation)::int AS observations, (SELECT count(*) FROM target)::int AS targets,
            (SELECT count(*) FROM programme_figure)::int AS figures, (SELECT count(*) FROM planning_document)::int AS documents,
            (SELECT count(*) FROM import_batch)::int AS batches, (SELECT count(*) FROM audit_entry)::int AS audit,
            (SELECT count(*) FROM source)::int AS sources, (SELECT coalesce(sum(value), 0)::text FROM observation) AS total`,
  );
}

async function rejected(db: Database, bytes: Uint8Array, extra: Partial<Parameters<typeof importFile>[1]> = {}) {
  const before = await snapshot(db);
  const report = await run(db, bytes, extra);
  expect(report.status).toBe('REJECTED');
  expect(await snapshot(db)).toEqual(before);
  return report.errors.map((e) => [e.line, e.column ?? null, e.code, e.message]);
}

describeEachDatabase('import hardening: values a column cannot hold, bad characters', (use) => {
  it('reports numbers too large, too precise or too small for the column, with line, column and what would be kept', async () => {
    // population has no maximum: only the column's own capacity stands in the way.
    const row = (region: string, value: string) => `${region},population,2025,${value},BPS,,`;
    const errors = await rejected(
      use(),
      csv(
        LONG,
        row('75.01', '1e309'),
        row('75.02', '1e20'),
        row('75.03', '9'.repeat(400)),
        row('75.04', '1e-400'),
        row('75.05', '0.123456789012'),
        row('75.71', '12345678901234.5678'),
        row('75', '-1e309'),
        row('71', '123456.5'),
      ),
    );
    expect(errors).toEqual([
      [
        2,
        'nilai',
        'NUMBER_TOO_LARGE',
        expect.stringMatching(/^Value “1e309” is too large: this column holds numbers below 10\^18/),
      ],
      [3, 'nilai', 'NUMBER_TOO_LARGE', expect.stringMatching(/^Value “1e20” is too large/)],
      [4, 'nilai', 'NUMBER_TOO_LARGE', expect.stringMatching(/^Value “9{40}… \(400 characters\)” is too large/)],
      [
        5,
        'nilai',
        'TOO_MANY_DECIMALS',
        'Value “1e-400” has 400 decimal places; the database keeps 6, so it would be stored as 0. Round it to 6 decimals in the file.',
      ],
      [
        6,
        'nilai',
        'TOO_MANY_DECIMALS',
        'Value “0.123456789012” has 12 decimal places; the database keeps 6, so it would be stored as 0.123457. Round it to 6 decimals in the file.',
      ],
      [
        7,
        'nilai',
        'TOO_MANY_DIGITS',
        'Value “12345678901234.5678” has 18 significant digits; at most 15 are kept exactly, so it would be stored as 12345678901234.568. Round it in the file.',
      ],
      [8, 'nilai', 'NUMBER_TOO_LARGE', expect.stringMatching(/^Value “-1e309” is too large/)],
    ]);
  });

  it('reports rupiah amounts with more than two decimals', async () => {
    const errors = await rejected(use(), csv('program,wilayah,tahun,penerima,pagu', 'PKH,75,2024,1000,16000000000.125'));
    expect(errors).toEqual([
      [
        2,
        'pagu',
        'TOO_MANY_DECIMALS',
        'Pagu “16000000000.125” has 3 decimal places; the database keeps 2, so it would be stored as 16000000000.13. Round it to 2 decimals in the file.',
      ],
    ]);
  });

  it('reports NUL and other control characters in any cell, with line and column', async () => {
    const errors = await rejected(
      use(),
      csv(
        LONG,
        '75.01,population,2025,1000,BPS,,a\u0000b',
        '75.0\u00002,population,2025,1000,BPS,,',
        '75.03,population,2025,10\u00000,BPS,,',
        '75.04,population,2025,1000,B\u001bPS,,',
      ),
    );
    expect(errors).toEqual([
      [
        2,
        'catatan',
        'CONTROL_CHARACTER',
        '“catatan” contains the control character U+0000 at character 2: remove it (karakter kontrol tidak diizinkan)',
      ],
      [3, 'kode_wilayah', 'CONTROL_CHARACTER', expect.stringMatching(/U\+0000 at character 5/)],
      [4, 'nilai', 'CONTROL_CHARACTER', expect.stringMatching(/U\+0000 at character 3/)],
      [5, 'sumber', 'CONTROL_CHARACTER', expect.stringMatching(/U\+001B at character 2/)],
    ]);
  });

  it('reports the lines of bytes that are not UTF-8 in a UTF-8 file, instead of reading it all as Windows-1252', async () => {
    const good = Buffer.from(
      csv(LONG, '75.01,population,2025,1000,BPS,,Kabupaten Pohuwato — revisi', '75.02,population,2025,1001,BPS,,catatan'),
    );
    const bad = Buffer.concat([good, Buffer.from('75.03,population,2025,1002,BPS,,caf'), Buffer.from([0xe9, 0x0a])]);
    expect(await rejected(use(), bad)).toEqual([
      [
        4,
        'catatan',
        'INVALID_UTF8',
        expect.stringMatching(/^“catatan” has bytes that are not valid UTF-8 \(shown as �\) at character 4/),
      ],
    ]);
  });

  it('reads a Windows-1252 file from old Excel: no UTF-8 sequences, bytes above 0x7F', async () => {
    const latin = Buffer.concat([
      Buffer.from(`${LONG}\n75.01,population,2031,1000,BPS,,caf`),
      Buffer.from([0xe9, 0x20, 0x96, 0x20, 0x31, 0x0a]),
    ]);
    const report = await run(use(), latin);
    expect(report).toMatchObject({ status: 'APPLIED', errors: [] });
    const [row] = await use().sql.query("SELECT note FROM observation WHERE indicator_code = 'population' AND period = '2031'");
    expect(row).toEqual({ note: 'café – 1' });
  });

  it('accepts only http(s) links for sources and documents', async () => {
    const errors = await rejected(
      use(),
      csv(
        LONG,
        '75.01,population,2025,1000,BPS,javascript:alert(1),',
        '75.02,population,2025,1000,BPS,data:text/html;base64,PHNjcmlwdD4=,',
        '75.03,population,2025,1000,BPS,file:///etc/passwd,',
        '75.04,population,2025,1000,BPS,https://www.bps.go.id/id/statistics-table,',
      ),
    );
    expect(errors.map((e) => e.slice(0, 3))).toEqual([
      [2, 'url_sumber', 'BAD_URL'],
      [3, 'url_sumber', 'BAD_URL'],
      [4, 'url_sumber', 'BAD_URL'],
    ]);
    expect(errors[0]![3]).toBe(
      '“url_sumber” must be a web address starting with http:// or https:// (got “javascript:alert(1)”)',
    );
    const documents = await rejected(
      use(),
      csv('kode,jenis,judul,wilayah,tahun_awal,tahun_akhir,url', 'RPJMD-X,RPJMD,RPJMD X,75,2025,2029,javascript:void(0)'),
    );
    expect(documents.map((e) => e.slice(0, 3))).toEqual([[2, 'url', 'BAD_URL']]);
  });

  it('accepts only http(s) links as the publisher’s page, and refuses a formula or a malformed release date', async () => {
    const header = 'kode_wilayah,indikator,periode,nilai,sumber,url_penerbit,tanggal_rilis';
    const errors = await rejected(
      use(),
      csv(
        header,
        '75.01,population,2025,1000,BPS,javascript:alert(1),2026-02-27',
        '75.02,population,2025,1000,BPS,=HYPERLINK("http://x"),2026-02-27',
        '75.03,population,2025,1000,BPS,https://www.bps.go.id/id/publication,=NOW()',
        `75.04,population,2025,1000,BPS,https://www.bps.go.id/${'a'.repeat(5000)},2026-02-27`,
      ),
    );
    // An over-long cell is found while reading, before the rows' values are checked: ordered by line here.
    expect(errors.map((e) => e.slice(0, 3)).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [2, 'url_penerbit', 'BAD_URL'],
      [3, 'url_penerbit', 'BAD_URL'],
      [4, 'tanggal_rilis', 'BAD_DATE'],
      [5, 'url_penerbit', 'TEXT_TOO_LONG'],
    ]);
  });

  it('refuses arguments PostgreSQL cannot store and text longer than a cell', async () => {
    const errors = await rejected(use(), csv(LONG, '75.01,population,2025,1000,BPS,,'), {
      fileName: 'a\u0000.csv',
      reason: 'x\u0001',
    });
    expect(errors.map((e) => e.slice(0, 3))).toEqual([
      [null, null, 'BAD_ARGUMENT'],
      [null, null, 'BAD_ARGUMENT'],
    ]);
    const long = await rejected(use(), csv(LONG, `75.01,population,2025,1000,BPS,,${'x'.repeat(40_000)}`));
    expect(long).toEqual([[2, 'catatan', 'TEXT_TOO_LONG', '“catatan” holds 40,000 characters; it may hold at most 32,767']]);
    // In a BPS table, a value cell and a region name each say their own limit.
    const wide = (...rows: string[]) =>
      rejected(use(), csv('Kabupaten/Kota,2030', ...rows), { options: { indicator: 'population' } });
    expect(await wide(`Boalemo,${'1'.repeat(1_001)}`)).toEqual([
      [2, '2030', 'TEXT_TOO_LONG', '“2030” holds 1,001 characters; it may hold at most 1000'],
    ]);
    expect(await wide(`${'B'.repeat(201)},5`)).toEqual([
      [2, 'Kabupaten/Kota', 'TEXT_TOO_LONG', '“Kabupaten/Kota” holds 201 characters; it may hold at most 200'],
    ]);
  });

  it('lists the first 1,000 problems of a file and counts the rest', async () => {
    const rows = Array.from({ length: 1_500 }, (_, i) => `75.01,population,${1900 + (i % 200)},x${i},BPS,,`);
    const errors = await rejected(use(), csv(LONG, ...rows));
    expect(errors).toHaveLength(1_001);
    expect(errors[1_000]).toEqual([
      null,
      null,
      'TOO_MANY_ERRORS',
      '500 more problems are not listed (1,500 in all): fix these and import again',
    ]);
  });

  it('refuses a decompression bomb, an over-long cell and rows past Excel’s last, writing nothing', async () => {
    const header = `<row r="1">${['kode_wilayah', 'indikator', 'periode', 'nilai'].map((t) => textCell(t)).join('')}</row>`;
    const row = (r: number) => `<row r="${r}">${['75.01', 'population', '2025', '1000'].map((t) => textCell(t)).join('')}</row>`;
    const files = {
      bomb: workbookFile({ sheet: sheetXml({ head: header + row(2), repeat: '<row/>', times: 700_000_000, tail: '' }) }),
      lying: workbookFile({
        sheet: sheetXml({ head: header + row(2), repeat: '<row/>', times: 700_000_000, tail: '' }),
        sheetDeclaredSize: 4096,
      }),
      cell: workbookFile({ sheet: sheetXml(`${header}<row r="2">${textCell('x'.repeat(40_000))}</row>`) }),
      rows: workbookFile({ sheet: sheetXml(`${header}${row(2)}${row(1_048_577)}`) }),
    };
    for (const [name, bytes] of Object.entries(files)) {
      const errors = await rejected(use(), bytes, { fileName: `${name}.xlsx` });
      expect(errors, name).toEqual([
        [null, null, expect.stringMatching(/^(OVER_LIMIT|UNREADABLE_FILE)$/), expect.stringContaining(`“${name}.xlsx”`)],
      ]);
    }
  });
});

describeEachDatabase('import hardening: a file changes only what it has columns for', (use) => {
  const sourceAndNote = (db: Database) =>
    db.sql.query(
      `SELECT o.region_code, o.value::float8 AS value, s.title AS source, s.url, o.note FROM observation o
       LEFT JOIN source s ON s.id = o.source_id WHERE o.indicator_code = 'population' AND o.period = '2024' ORDER BY o.region_code`,
    );

  it('keeps source and note when the file has no such columns, and tells a revision from a re-labelling', async () => {
    const first = await run(
      use(),
      csv(
        LONG,
        '75.01,population,2024,1000,Proyeksi BPS,https://bps.go.id/p,angka sementara',
        '75.02,population,2024,2000,Proyeksi BPS,,',
      ),
    );
    expect(first.status).toBe('APPLIED');

    // A revision without sumber/catatan columns: the figures change, their source and note stay.
    const revision = await run(
      use(),
      csv('kode_wilayah,indikator,periode,nilai', '75.01,population,2024,1001', '75.02,population,2024,2000'),
      {
        dryRun: true,
      },
    );
    expect(revision.counts).toMatchObject({ updated: 1, valueChanges: 1, metadataChanges: 0, unchanged: 1 });
    const applied = await run(
      use(),
      csv('kode_wilayah,indikator,periode,nilai', '75.01,population,2024,1001', '75.02,population,2024,2000'),
    );
    expect(applied.counts).toMatchObject({ updated: 1, valueChanges: 1, metadataChanges: 0, unchanged: 1 });
    expect(await sourceAndNote(use())).toEqual([
      { region_code: '75.01', value: 1001, source: 'Proyeksi BPS', url: 'https://bps.go.id/p', note: 'angka sementara' },
      { region_code: '75.02', value: 2000, source: 'Proyeksi BPS', url: '', note: null },
    ]);
    const audit = await use().sql.query(
      'SELECT entity_key, field, old_value, new_value FROM audit_entry WHERE import_batch_id = $1',
      [applied.importBatchId],
    );
    expect(audit).toEqual([{ entity_key: 'population|75.01|2024', field: 'value', old_value: '1000', new_value: '1001' }]);

    // A re-labelling: same figures, a note column that says something else.
    const relabel = await run(
      use(),
      csv(
        'kode_wilayah,indikator,periode,nilai,catatan',
        '75.01,population,2024,1001,angka tetap',
        '75.02,population,2024,2000,',
      ),
    );
    expect(relabel.counts).toMatchObject({ updated: 1, valueChanges: 0, metadataChanges: 1, unchanged: 1 });
  });

  it('keeps the fields of targets, programme figures and documents a file has no columns for', async () => {
    expect(
      (
        await run(
          use(),
          csv(
            'kode,jenis,judul,wilayah,tahun_awal,tahun_akhir,dasar_hukum,url',
            'RPJMD-75-H,RPJMD,RPJMD Gorontalo,75,2025,2029,Perda 1/2025,https://gorontaloprov.go.id',
          ),
        )
      ).status,
    ).toBe('APPLIED');
    await run(
      use(),
      csv('kode,jenis,judul,wilayah,tahun_awal,tahun_akhir', 'RPJMD-75-H,RPJMD,RPJMD Provinsi Gorontalo,75,2025,2029'),
    );
    expect(await use().sql.query("SELECT title, legal_basis, url FROM planning_document WHERE code = 'RPJMD-75-H'")).toEqual([
      { title: 'RPJMD Provinsi Gorontalo', legal_basis: 'Perda 1/2025', url: 'https://gorontaloprov.go.id' },
    ]);

    await run(
      use(),
      csv(
        'dokumen,indikator,wilayah,tahun,nilai,tahun_dasar,nilai_dasar,catatan,sumber',
        'RPJMD-75-H,poverty_rate_p0,75,2029,11.5,2024,13.87,target akhir,Perda 1/2025',
      ),
    );
    const revised = await run(use(), csv('dokumen,indikator,wilayah,tahun,nilai', 'RPJMD-75-H,poverty_rate_p0,75,2029,11'));
    expect(revised.counts).toMatchObject({ valueChanges: 1, metadataChanges: 0 });
    expect(
      await use().sql.query(
        `SELECT t.value::float8 AS value, t.baseline_year, t.baseline_value::float8 AS baseline, t.note, s.title AS source
         FROM target t LEFT JOIN source s ON s.id = t.source_id WHERE t.document_code = 'RPJMD-75-H'`,
      ),
    ).toEqual([{ value: 11, baseline_year: 2024, baseline: 13.87, note: 'target akhir', source: 'Perda 1/2025' }]);

    await run(
      use(),
      csv('program,wilayah,tahun,penerima,sasaran,pagu,realisasi', 'PKH,75,2024,1000,2000,16000000000,15000000000'),
    );
    await run(use(), csv('program,wilayah,tahun,penerima', 'PKH,75,2024,1100'));
    expect(
      await use().sql.query(
        `SELECT recipients::float8 AS recipients, eligible::float8 AS eligible, budget_allocated::float8 AS pagu, budget_spent::float8 AS realisasi
         FROM programme_figure WHERE programme_code = 'PKH' AND region_code = '75' AND year = 2024`,
      ),
    ).toEqual([{ recipients: 1100, eligible: 2000, pagu: 16_000_000_000, realisasi: 15_000_000_000 }]);
  });

  it('records a BPS table’s title as its values’ source when none is given, with the publisher of its footer', async () => {
    const table = csv(
      'Jumlah Penduduk Menurut Kabupaten/Kota (Jiwa)',
      '',
      'Kabupaten/Kota,2030',
      'Boalemo,150000',
      'Pohuwato,160000',
      'Sumber: Badan Pusat Statistik',
    );
    const report = await run(use(), table, { options: { indicator: 'population' } });
    expect(report).toMatchObject({ status: 'APPLIED', counts: { inserted: 2 } });
    expect(report.notices).toEqual([
      {
        line: 1,
        code: 'SOURCE_FROM_TITLE',
        message:
          "no source was given, so the table's title is recorded as the source of its values: “Jumlah Penduduk Menurut Kabupaten/Kota (Jiwa)” (publisher: Badan Pusat Statistik)",
      },
    ]);
    const rows = await use().sql.query(
      `SELECT DISTINCT s.title, s.publisher FROM observation o JOIN source s ON s.id = o.source_id
       WHERE o.indicator_code = 'population' AND o.period = '2030'`,
    );
    expect(rows).toEqual([{ title: 'Jumlah Penduduk Menurut Kabupaten/Kota (Jiwa)', publisher: 'Badan Pusat Statistik' }]);
    // --source still wins; and a later table without a title leaves the stored source alone.
    const untitled = await run(use(), csv('Kabupaten/Kota,2030', 'Boalemo,150001'), { options: { indicator: 'population' } });
    expect(untitled.counts).toMatchObject({ valueChanges: 1, metadataChanges: 0 });
    const [kept] = await use().sql.query(
      `SELECT s.title FROM observation o JOIN source s ON s.id = o.source_id WHERE o.indicator_code = 'population' AND o.period = '2030' AND o.region_code = '75.02'`,
    );
    expect(kept).toEqual({ title: 'Jumlah Penduduk Menurut Kabupaten/Kota (Jiwa)' });
  });

  it('writes no batch for a header-only file, and says so, in a dry run too', async () => {
    for (const dryRun of [true, false]) {
      const before = await snapshot(use());
      const report = await run(use(), csv(LONG), { dryRun });
      expect(report).toMatchObject({
        status: dryRun ? 'DRY_RUN' : 'APPLIED',
        importBatchId: null,
        errors: [],
        notices: [
          { line: null, code: 'NO_DATA_ROWS', message: expect.stringMatching(/^the file has no data rows below its header/) },
        ],
      });
      expect(await snapshot(use())).toEqual(before);
    }
  });
});
