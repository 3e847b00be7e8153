import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemViewer } from '../accounts/viewer.js';
import { importFile } from '../imports/import.service.js';
import { signedIn } from '../test-support/accounts.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';
import { SIX_INDICATORS } from '../test-support/key-indicators.js';

type Api = Awaited<ReturnType<typeof createTestApi>>;

/** A CSV export as records keyed by its header. */
function records(text: string): Record<string, string>[] {
  return parse(text.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
}

/** An XLSX export read back with exceljs: its first sheet. */
async function workbook(http: Api['http'], path: string, query: Record<string, string>) {
  const res = await request(http)
    .get(path)
    .query(query)
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Uint8Array.from(res.body as Buffer).buffer);
  const sheet = book.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const column = (name: string) => header.indexOf(name) + 1;
  return { res, sheet, header, column };
}

const TABLE_QUERY = { indicator: 'poverty_rate_p0,human_development_index_ipm', parent: 'ID', period: '2024' };

describeEachDatabase(
  'table, scorecard and programme figure exports',
  (use) => {
    let api: Api;
    beforeAll(async () => {
      api = await createTestApi(use());
    });
    afterAll(() => api.stop());

    it('exports the table as the query answers it, with region names and each value’s provenance', async () => {
      const res = await request(api.http).get('/export/table.csv').query(TABLE_QUERY);
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toBe('attachment; filename="tabel-2024.csv"');
      const [head] = res.text.split('\r\n');
      expect(head).toBe(
        '\uFEFFkode_wilayah,nama_wilayah,tingkat,periode,' +
          'poverty_rate_p0,poverty_rate_p0_periode,poverty_rate_p0_keterangan,poverty_rate_p0_sumber,poverty_rate_p0_penerbit,poverty_rate_p0_tanggal_rilis,' +
          'human_development_index_ipm,human_development_index_ipm_periode,human_development_index_ipm_keterangan,human_development_index_ipm_sumber,human_development_index_ipm_penerbit,human_development_index_ipm_tanggal_rilis',
      );
      const rows = records(res.text);
      const { table } = await api.query<{
        table: { rows: { regionCode: string; regionName: string; cells: { value: number | null; period: string | null }[] }[] };
      }>(
        `{ table(indicatorCodes: ["poverty_rate_p0", "human_development_index_ipm"], parentCode: "ID", periods: ["2024"]) {
             rows { regionCode regionName cells { value period } } } }`,
      );
      expect(rows).toHaveLength(38);
      expect(
        rows.map((r) => [r.kode_wilayah, r.nama_wilayah, Number(r.poverty_rate_p0), Number(r.human_development_index_ipm)]),
      ).toEqual(table.rows.map((r) => [r.regionCode, r.regionName, r.cells[0]!.value, r.cells[1]!.value]));
      const papuaTengah = rows.find((r) => r.kode_wilayah === '94')!;
      expect(papuaTengah).toMatchObject({
        nama_wilayah: 'Papua Tengah',
        tingkat: 'provinsi',
        poverty_rate_p0: '29.76',
        poverty_rate_p0_periode: '2024-03',
        poverty_rate_p0_keterangan: 'angka putaran tahunan (lihat kolom periode)',
        poverty_rate_p0_penerbit: 'Badan Pusat Statistik (BPS)',
        human_development_index_ipm: '60.25',
        human_development_index_ipm_tanggal_rilis: '2026-02-27',
      });
      // Indonesian Excel: decimal commas, fields separated by semicolons.
      const comma = await request(api.http)
        .get('/export/table.csv')
        .query({ ...TABLE_QUERY, decimal: 'koma' });
      expect(comma.text.split('\r\n').find((l) => l.startsWith('94;'))).toMatch(/^94;Papua Tengah;provinsi;2024;29,76;2024-03;/);
    });

    it('exports the table as a workbook of numbers with the indicator’s decimals', async () => {
      const { res, sheet, header, column } = await workbook(api.http, '/export/table.xlsx', TABLE_QUERY);
      expect(res.headers['content-disposition']).toBe('attachment; filename="tabel-2024.xlsx"');
      expect(sheet.name).toBe('Tabel');
      expect(header.slice(0, 5)).toEqual(['kode_wilayah', 'nama_wilayah', 'tingkat', 'periode', 'poverty_rate_p0']);
      expect(sheet.rowCount).toBe(39);
      const byCode = Array.from({ length: 38 }, (_, i) => sheet.getRow(i + 2)).find((r) => r.getCell(1).value === '94')!;
      expect(byCode.getCell(column('nama_wilayah')).value).toBe('Papua Tengah');
      const p0 = byCode.getCell(column('poverty_rate_p0'));
      expect(p0.value).toBe(29.76);
      expect(p0.numFmt).toBe('#,##0.00');
      const released = byCode.getCell(column('human_development_index_ipm_tanggal_rilis'));
      expect(released.value).toEqual(new Date('2026-02-27T00:00:00Z'));
      expect(released.numFmt).toBe('dd/mm/yyyy');
    });

    it('exports to each reader only what the query shows them', async () => {
      await use().sql.query(
        "UPDATE observation SET status = 'UNVERIFIED' WHERE indicator_code = 'human_development_index_ipm' AND region_code = '75' AND period = '2024'",
      );
      try {
        const query = { indicator: 'human_development_index_ipm', region: '75', period: '2024' };
        const admin = records((await request(api.http).get('/export/table.csv').query(query)).text);
        expect(admin[0]).toMatchObject({ nama_wilayah: 'Gorontalo', human_development_index_ipm: '72.01' });
        const viewer = await signedIn(use(), api.http, 'pemirsa-ekspor', [{ role: 'VIEWER', regionCode: 'ID' }]);
        const seen = records((await request(api.http).get('/export/table.csv').set('Cookie', viewer).query(query)).text);
        expect(seen[0]).toMatchObject({
          human_development_index_ipm: '',
          human_development_index_ipm_keterangan: 'tidak ada data',
        });
      } finally {
        await use().sql.query(
          "UPDATE observation SET status = 'PUBLISHED' WHERE indicator_code = 'human_development_index_ipm' AND region_code = '75' AND period = '2024'",
        );
      }
    });

    it('exports the scorecard cell by cell as the query scores it, with names and sources', async () => {
      const res = await request(api.http).get('/export/scorecard.csv').query({ document: 'RKP-2026', parent: 'ID' });
      expect(res.status).toBe(200);
      const rows = records(res.text);
      const { scorecard } = await api.query<{
        scorecard: { cells: { regionCode: string; indicatorCode: string; status: string; latest: { value: number } | null }[] };
      }>(
        '{ scorecard(documentCode: "RKP-2026", parentCode: "ID") { cells { regionCode indicatorCode status latest { value } } } }',
      );
      expect(
        rows.map((r) => [r.kode_wilayah, r.indikator, r.status, r.nilai_terakhir === '' ? null : Number(r.nilai_terakhir)]),
      ).toEqual(scorecard.cells.map((c) => [c.regionCode, c.indicatorCode, c.status, c.latest?.value ?? null]));
      const gorontalo = rows.find((r) => r.kode_wilayah === '75' && r.indikator === 'poverty_rate_p0')!;
      expect(gorontalo).toMatchObject({ nama_wilayah: 'Gorontalo', satuan: 'persen', dokumen: 'RKP-2026' });
      expect(gorontalo.penerbit).toBe('Badan Pusat Statistik (BPS)');
      const { sheet, column } = await workbook(api.http, '/export/scorecard.xlsx', { document: 'RKP-2026', parent: 'ID' });
      expect(sheet.rowCount).toBe(rows.length + 1);
      const latest = sheet.getRow(2).getCell(column('nilai_terakhir'));
      expect(typeof latest.value).toBe('number');
      expect(latest.value).toBe(Number(rows[0]!.nilai_terakhir));
      // Each row's values with its indicator's decimals: Gini 3, P0 2.
      const formats = new Map<string, string>();
      for (let i = 2; i <= sheet.rowCount; i++) {
        const row = sheet.getRow(i);
        if (typeof row.getCell(column('nilai_terakhir')).value === 'number') {
          formats.set(String(row.getCell(column('indikator')).value), row.getCell(column('nilai_terakhir')).numFmt);
        }
      }
      expect(formats.get('gini_ratio')).toBe('#,##0.000');
      expect(formats.get('poverty_rate_p0')).toBe('#,##0.00');
    });

    it('exports programme figures with region and programme names, coverage and provenance', async () => {
      const report = await importFile(use(), {
        bytes: Buffer.from(
          'program,wilayah,tahun,penerima,sasaran,pagu,realisasi,sumber,penerbit\n' +
            'PKH,Kabupaten Boalemo,2024,1000,2000,16000000000,15000000000,Tabel uji ekspor,Dinas Sosial Uji\n',
        ),
        fileName: 'program-uji.csv',
        viewer: systemViewer('tester'),
      });
      expect(report.errors).toEqual([]);
      const res = await request(api.http).get('/export/programme-figures.csv').query({ programme: 'PKH', parent: '75' });
      expect(records(res.text)).toEqual([
        expect.objectContaining({
          kode_program: 'PKH',
          kode_wilayah: '75.02',
          nama_wilayah: 'Kabupaten Boalemo',
          tahun: '2024',
          penerima: '1000',
          sasaran: '2000',
          cakupan_persen: '50',
          pagu_rupiah: '16000000000',
          realisasi_rupiah: '15000000000',
          serapan_persen: '93.75',
          sumber: 'Tabel uji ekspor',
          penerbit: 'Dinas Sosial Uji',
        }),
      ]);
      const { sheet, column } = await workbook(api.http, '/export/programme-figures.xlsx', { programme: 'PKH', parent: '75' });
      const pagu = sheet.getRow(2).getCell(column('pagu_rupiah'));
      expect(pagu.value).toBe(16_000_000_000);
      expect(pagu.numFmt).toBe('#,##0');
      expect(sheet.getRow(2).getCell(column('nama_program')).value).toEqual(expect.any(String));
      // A year is not grouped in thousands (2.024 in an Indonesian Excel).
      const year = sheet.getRow(2).getCell(column('tahun'));
      expect([year.value, year.numFmt ?? 'General']).toEqual([2024, 'General']);
      const coverage = sheet.getRow(2).getCell(column('cakupan_persen'));
      expect([coverage.value, coverage.numFmt]).toEqual([50, '#,##0.00']);
    });

    it('refuses bad arguments with a 400 and a sentence, in Bahasa Indonesia when asked', async () => {
      const refused = async (path: string, query: Record<string, string>, language?: string) => {
        const req = request(api.http).get(path).query(query);
        const res = await (language ? req.set('Accept-Language', language) : req);
        expect(res.status).toBe(400);
        expect(res.headers['content-disposition']).toBeUndefined();
        return res.text;
      };
      expect(await refused('/export/table.csv', { indicator: 'poverty_rate_p0' })).toMatch(/^Name the periods of the rows/);
      expect(await refused('/export/table.xlsx', { indicator: 'poverty_rate_p0' }, 'id-ID,id;q=0.9')).toMatch(
        /^Sebutkan periode baris/,
      );
      expect(await refused('/export/table.csv', { indicator: 'poverty_rate_p0', from: '2024', to: '2020' }, 'id')).toMatch(
        /lebih akhir daripada periodTo/,
      );
      expect(await refused('/export/table.xlsx', { ...TABLE_QUERY, decimal: 'koma' }, 'id')).toMatch(
        /^Parameter “decimal” tidak dikenal/,
      );
      expect(await refused('/export/table.csv', { ...TABLE_QUERY, region: 'Atlantis' }, 'id')).toMatch(/tidak dikenal/);
      const tenIndicators = [...SIX_INDICATORS, 'poverty_line', 'labour_force', 'population', 'poverty_depth_index_p1'];
      const twelveYears = Array.from({ length: 12 }, (_, i) => String(2014 + i));
      expect(
        await refused(
          '/export/table.xlsx',
          { indicator: tenIndicators.join(','), level: 'REGENCY_CITY', period: twelveYears.join(',') },
          'id',
        ),
      ).toMatch(/^Tabel ini akan berisi 61680 sel \(wilayah × periode × indikator\), melebihi batas 60000/);
      expect(await refused('/export/scorecard.csv', {}, 'en')).toMatch(/^document is missing, e.g. document=RPJMN-2025-2029/);
      expect(await refused('/export/scorecard.csv', { document: 'RKP-2026', includeParent: 'mungkin' }, 'id')).toMatch(
        /bukan ya atau tidak/,
      );
      expect(await refused('/export/programme-figures.csv', { year: 'dua ribu' }, 'id')).toMatch(/bukan bilangan bulat/);
      expect(await refused('/export/observations.csv', { indicators: 'x' }, 'id')).toMatch(
        /^Parameter “indicators” tidak dikenal/,
      );
      expect(await refused('/export/observations.csv', { indicators: 'x' })).toMatch(/^Unknown parameter “indicators”/);
    });

    it('costs a bounded number of statements whatever the number of regions', async () => {
      const one = await api.statementsOf(() =>
        request(api.http).get('/export/table.xlsx').query({ indicator: 'poverty_rate_p0', parent: '75', period: '2024' }),
      );
      const all = await api.statementsOf(() =>
        request(api.http).get('/export/table.xlsx').query({
          indicator: 'poverty_rate_p0,human_development_index_ipm',
          parent: 'ID',
          level: 'REGENCY_CITY',
          period: '2023,2024',
        }),
      );
      expect(all.length).toBe(one.length);
      expect(all.length).toBeLessThanOrEqual(6);
    });
  },
  { demoData: true },
);
