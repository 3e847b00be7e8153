import request from 'supertest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importFile } from '../imports/import.service.js';
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
          importedBy: 'tester',
          options: { decimalComma: decimal === 'comma' },
        });
        expect(report.errors).toEqual([]);
        expect(report.counts).toMatchObject({ records: 13 * 7, inserted: 0, updated: 0, unchanged: 13 * 7 });
      }
    });

    it('answers a bad request in words', async () => {
      const res = await request(api.http).get('/export/comparison.csv').query({ indicator: 'p0' });
      expect(res.status).toBe(400);
      expect(res.text).toBe('Unknown indicator “p0”.');
    });
  },
  { demoData: true },
);
