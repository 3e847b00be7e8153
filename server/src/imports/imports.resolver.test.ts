import request from 'supertest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signedIn } from '../test-support/accounts.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';
import { sheetXml, textCell, workbookFile } from './test-workbooks.js';

const MUTATION = `mutation Import($file: Upload!, $dryRun: Boolean!, $indicator: String) {
  importFile(file: $file, dryRun: $dryRun, indicator: $indicator) {
    status layout importBatchId counts { records inserted updated unchanged missing } errors { line column code message }
    notices { line code message }
  }
}`;

// A BPS table export as downloaded (real figures, BPS var 621): title rows, a region label, province
// rows in capitals, "-" for a missing value.
const BPS_WIDE = [
  'Persentase Penduduk Miskin (P0) Menurut Kabupaten/Kota (Persen)',
  '',
  'Kabupaten/Kota,2023,2024,2025',
  'GORONTALO,15.15,14.57,13.24',
  'Boalemo,18.38,17.83,16.37',
  'Gorontalo,17.48,16.43,14.89',
  'Kota Gorontalo,5.64,-,5.31', // 2024 left out to test the missing marker
  'Sumber: Badan Pusat Statistik',
].join('\n');

describeEachDatabase('importFile mutation (multipart upload)', (use) => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let cookie: string;
  beforeAll(async () => {
    api = await createTestApi(use());
    cookie = await signedIn(use(), api.http, 'admin-impor', [{ role: 'ADMINISTRATOR', regionCode: 'ID' }]);
  });
  afterAll(() => api.stop());

  const upload = (content: string | Buffer, fileName: string, variables: Record<string, unknown>) =>
    request(api.http)
      .post('/graphql')
      .set('apollo-require-preflight', 'true')
      .set('cookie', cookie)
      .field('operations', JSON.stringify({ query: MUTATION, variables: { file: null, ...variables } }))
      .field('map', JSON.stringify({ 0: ['variables.file'] }))
      .attach('0', typeof content === 'string' ? Buffer.from(content) : content, fileName);

  it('previews a BPS wide table with a dry run, then applies it', async () => {
    const preview = await upload(BPS_WIDE, 'p0-kabkota.csv', { dryRun: true, indicator: 'poverty_rate_p0' });
    expect(preview.body.errors).toBeUndefined();
    expect(preview.body.data.importFile).toMatchObject({
      status: 'DRY_RUN',
      layout: 'wide',
      importBatchId: null,
      counts: { records: 12, inserted: 11, updated: 0, unchanged: 0, missing: 1 },
      errors: [],
    });
    const applied = await upload(BPS_WIDE, 'p0-kabkota.csv', { dryRun: false, indicator: 'poverty_rate_p0' });
    expect(applied.body.data.importFile).toMatchObject({ status: 'APPLIED', counts: { inserted: 11 } });
    // Under the GORONTALO row, a bare "Gorontalo" is the kabupaten (75.01), not the province.
    const rows = await use().sql.query(
      `SELECT region_code, period, value::float8 AS value FROM observation
       WHERE indicator_code = 'poverty_rate_p0' AND period = '2025' ORDER BY region_code`,
    );
    expect(rows).toEqual([
      { region_code: '75', period: '2025', value: 13.24 },
      { region_code: '75.01', period: '2025', value: 14.89 },
      { region_code: '75.02', period: '2025', value: 16.37 },
      { region_code: '75.71', period: '2025', value: 5.31 },
    ]);
  });

  it('reports the line and column of a bad cell in a wide table', async () => {
    const broken = BPS_WIDE.replace('Boalemo,18.38,17.83,16.37', 'Boalemo,17.59,enam belas,16.37');
    const res = await upload(broken, 'p0-kabkota.csv', { dryRun: false, indicator: 'poverty_rate_p0' });
    expect(res.body.data.importFile.status).toBe('REJECTED');
    expect(res.body.data.importFile.errors).toEqual([
      { line: 5, column: '2024', code: 'NOT_A_NUMBER', message: 'Value “enam belas” is not a number.' },
    ]);
  });

  it('answers a row BPS prints twice with the same figures with a notice naming both lines, in a preview too', async () => {
    // As BPS prints a kabupaten under its former and its new province: the same row again, further down.
    const twice = BPS_WIDE.replace('Sumber:', 'Boalemo,18.38,17.83,16.37\nSumber:');
    const preview = await upload(twice, 'p0-kabkota.csv', { dryRun: true, indicator: 'poverty_rate_p0' });
    expect(preview.body.errors).toBeUndefined();
    expect(preview.body.data.importFile).toMatchObject({ status: 'DRY_RUN', errors: [], counts: { records: 15 } });
    const notices = preview.body.data.importFile.notices.filter((n: { code: string }) => n.code === 'REPEATED_CELL');
    expect(
      notices.map((n: { line: number; message: string }) => [
        n.line,
        n.message.match(/baris \d+, kolom “2023” dan baris \d+/)?.[0],
      ]),
    ).toEqual([
      [8, 'baris 5, kolom “2023” dan baris 8'],
      [8, undefined],
      [8, undefined],
    ]);
    expect(notices[2].message).toMatch(/line 5, column “2025” and line 8, column “2025”; stored once\.$/);
  });

  it('asks for the indicator when a wide table has none', async () => {
    const res = await upload(BPS_WIDE, 'p0-kabkota.csv', { dryRun: true });
    expect(res.body.data.importFile.status).toBe('REJECTED');
    expect(res.body.data.importFile.errors[0].code).toBe('INDICATOR_REQUIRED');
  });

  it('answers inputs a column cannot hold, bad bytes and bombs with the report and its row errors, never a 500', async () => {
    const header = 'kode_wilayah,indikator,periode,nilai,sumber,url_sumber,catatan';
    const utf8 = Buffer.from(`${header}\n75.01,population,2025,1000,BPS,,Pohuwato — revisi\n75.02,population,2025,1,BPS,,caf`);
    const sheet = (rows: string) =>
      workbookFile({
        sheet: sheetXml({
          head: `<row>${['kode_wilayah', 'indikator', 'periode', 'nilai'].map((t) => textCell(t)).join('')}</row>${rows}`,
          repeat: '<row/>',
          times: 900_000_000,
          tail: '',
        }),
      });
    const cases: [string, string | Buffer, [number | null, string | null, string][]][] = [
      [
        'angka.csv',
        `${header}\n75.01,population,2025,1e309,BPS,,\n75.02,population,2025,1e-400,BPS,,`,
        [
          [2, 'nilai', 'NUMBER_TOO_LARGE'],
          [3, 'nilai', 'TOO_MANY_DECIMALS'],
        ],
      ],
      ['nul.csv', `${header}\n75.01,population,2025,1000,BPS,,a\u0000b`, [[2, 'catatan', 'CONTROL_CHARACTER']]],
      ['utf8.csv', Buffer.concat([utf8, Buffer.from([0xe9, 0x0a])]), [[3, 'catatan', 'INVALID_UTF8']]],
      ['link.csv', `${header}\n75.01,population,2025,1000,BPS,javascript:alert(1),`, [[2, 'url_sumber', 'BAD_URL']]],
      ['bom.xlsx', sheet(''), [[null, null, 'OVER_LIMIT']]],
    ];
    for (const [fileName, content, expected] of cases) {
      const res = await upload(content, fileName, { dryRun: false });
      expect(res.status, fileName).toBe(200);
      expect(res.body.errors, fileName).toBeUndefined();
      expect(res.body.data.importFile.status, fileName).toBe('REJECTED');
      expect(
        res.body.data.importFile.errors.map((e: { line: number | null; column: string | null; code: string }) => [
          e.line,
          e.column,
          e.code,
        ]),
        fileName,
      ).toEqual(expected);
    }
    const empty = await upload(header, 'kosong.csv', { dryRun: false });
    expect(empty.body.data.importFile).toMatchObject({
      status: 'APPLIED',
      importBatchId: null,
      notices: [{ code: 'NO_DATA_ROWS' }],
    });
  });

  it('refuses a multipart request without the preflight header (CSRF prevention)', async () => {
    const res = await request(api.http)
      .post('/graphql')
      .field('operations', JSON.stringify({ query: MUTATION, variables: { file: null, dryRun: true } }))
      .field('map', JSON.stringify({ 0: ['variables.file'] }))
      .attach('0', Buffer.from(BPS_WIDE), 'x.csv');
    expect(res.status).toBe(400);
  });
});
