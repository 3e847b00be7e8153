import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemViewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { importFile } from '../imports/import.service.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/graphql.js';

// A made-up ratio indicator (test_…) declared through a catalogue file, then values with their parts.
const load = (db: Database, text: string, fileName: string) =>
  importFile(db, { bytes: Buffer.from(text), fileName, viewer: systemViewer('admin-katalog') });

const HEADER =
  'kode_indikator,nama,nama_en,definisi,definisi_en,satuan,satuan_en,desimal,arah,periodisitas,tingkat,agregasi,topik,sumber,' +
  'faktor_rasio,label_pembilang,label_pembilang_en,label_penyebut,label_penyebut_en';

describeEachDatabase('ratio indicators declared in a catalogue file', (use) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(use());
  });
  afterAll(() => api.stop());

  it('takes the factor and the labels of both parts, refuses a ratio without them, and rolls its values up as sums', async () => {
    const row =
      'test_bantu_coverage,Cakupan BANTU (uji),BANTU coverage (test),Definisi uji.,Test definition.,persen,percent,1,naik_lebih_baik,tahunan,provinsi;kabupaten/kota,rasio_jumlah,program,Sumber uji';
    const incomplete = await load(use(), `${HEADER}\n${row},100,jumlah penerima,recipients,,eligible`, 'kurang.csv');
    expect(incomplete.status).toBe('REJECTED');
    expect(incomplete.errors.map((e) => [e.line, e.code])).toEqual([[2, 'MISSING_VALUE']]);
    expect(incomplete.errors[0]!.message).toMatch(/label_penyebut/);

    const report = await load(use(), `${HEADER}\n${row},100,jumlah penerima,recipients,jumlah sasaran,eligible`, 'katalog.csv');
    expect(report).toMatchObject({ status: 'APPLIED', errors: [] });
    const values = await load(
      use(),
      [
        'kode_wilayah,indikator,periode,pembilang,penyebut',
        ...['75.01', '75.02', '75.03', '75.04', '75.05', '75.71'].map(
          (c, i) => `${c},test_bantu_coverage,2025,${i + 1},${10 * (i + 1)}`,
        ),
      ].join('\n'),
      'bantu.csv',
    );
    expect(values).toMatchObject({ status: 'APPLIED', errors: [] });
    const data = await api.query<{ indicator: Record<string, unknown>; rollUp: Record<string, unknown> }>(
      `{ indicator(code: "test_bantu_coverage") { aggregation ratioFactor numeratorId numeratorEn denominatorId denominatorEn }
         rollUp(indicatorCode: "test_bantu_coverage", parentCode: "75", period: "2025") { value numerator denominator } }`,
    );
    expect(data.indicator).toEqual({
      aggregation: 'RATIO_OF_SUMS',
      ratioFactor: 100,
      numeratorId: 'jumlah penerima',
      numeratorEn: 'recipients',
      denominatorId: 'jumlah sasaran',
      denominatorEn: 'eligible',
    });
    expect(data.rollUp).toEqual({ value: 10, numerator: 21, denominator: 210 });
  });
});
