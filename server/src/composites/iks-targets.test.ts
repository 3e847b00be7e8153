import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemViewer } from '../accounts/viewer.js';
import { importFile } from '../imports/import.service.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/graphql.js';

// IKS as an IKU: a province sets its IKS target in its RPJMD and its Dinas Sosial's Renstra, and reads them beside the
// RPJMN's in one request. The RPJMN's IKS targets were not found (domain.md), so every target here is a test value
// typed by the test, as a user would enter one; none is a published figure.

const csv = (...lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);
const admin = systemViewer('admin-uji');

const PROGRESS = `query ($region: String!) {
  rpjmn: progress(regionCode: $region, indicatorCode: "iks_elderly", documentCode: "RPJMN-2025-2029") { ...p }
  rpjmd: progress(regionCode: $region, indicatorCode: "iks_elderly", documentCode: "RPJMD-75-2025-2029") { ...p }
  renstra: progress(regionCode: $region, indicatorCode: "iks_elderly", documentCode: "RENSTRA-DINSOS-75-2025-2029") { ...p }
}
fragment p on TargetProgress { documentCode targetRegionCode target { year value lowerBound upperBound } latest { period value } }`;

describeEachDatabase('IKS targets in RPJMD and Renstra beside the RPJMN', (use) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(use());
    const run = async (bytes: Uint8Array, publish = false) => {
      const report = await importFile(use(), { bytes, fileName: 'iks-targets.csv', viewer: admin, publish });
      expect(report.errors).toEqual([]);
      return report;
    };
    await run(
      csv(
        'kode,jenis,judul,wilayah,tahun_awal,tahun_akhir,dasar_hukum',
        'RPJMN-2025-2029,RPJMN,RPJMN 2025–2029,ID,2025,2029,Perpres 12/2025',
        'RPJMD-75-2025-2029,RPJMD,RPJMD Provinsi Gorontalo 2025–2029,75,2025,2029,',
        'RENSTRA-DINSOS-75-2025-2029,RENSTRA,Renstra Dinas Sosial Provinsi Gorontalo 2025–2029,75,2025,2029,',
      ),
    );
    await run(
      csv(
        'dokumen,indikator,wilayah,tahun,nilai,batas_bawah,batas_atas,catatan',
        'RPJMN-2025-2029,iks_elderly,ID,2029,,60,65,nilai uji',
        'RPJMD-75-2025-2029,iks_elderly,75,2029,62,,,nilai uji',
        'RENSTRA-DINSOS-75-2025-2029,iks_elderly,75,2029,63.5,,,nilai uji',
      ),
    );
    await run(csv('kode_wilayah,indikator,periode,nilai,sumber', '75,iks_elderly,2025,58.2,Uji'), true);
  });
  afterAll(() => api.stop());

  it('answers in one query: the province’s RPJMD and Renstra IKS targets beside the RPJMN’s national target', async () => {
    const answer = await api.query<Record<string, unknown>>(PROGRESS, { region: '75' });
    const latest = { period: '2025', value: 58.2 };
    expect(answer).toEqual({
      rpjmn: {
        documentCode: 'RPJMN-2025-2029',
        targetRegionCode: 'ID',
        target: { year: 2029, value: null, lowerBound: 60, upperBound: 65 },
        latest,
      },
      rpjmd: {
        documentCode: 'RPJMD-75-2025-2029',
        targetRegionCode: '75',
        target: { year: 2029, value: 62, lowerBound: null, upperBound: null },
        latest,
      },
      renstra: {
        documentCode: 'RENSTRA-DINSOS-75-2025-2029',
        targetRegionCode: '75',
        target: { year: 2029, value: 63.5, lowerBound: null, upperBound: null },
        latest,
      },
    });
  });
});
