import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemViewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';
import { importFile } from './import.service.js';
import { parseReleaseDate } from './period-cells.js';

const csv = (...lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);
const run = (db: Database, bytes: Uint8Array) =>
  importFile(db, { bytes, fileName: 'sumber.csv', viewer: systemViewer('tester'), publish: true });

const MIRROR = 'https://github.com/example/mirror/blob/0000000/tpt.csv';
const BPS_TABLE = 'https://www.bps.go.id/id/statistics-table/2/NTQzIzI=/tingkat-pengangguran-terbuka-menurut-provinsi.html';
const HEADER = 'kode_wilayah,indikator,periode,nilai,sumber,url_sumber,penerbit,url_penerbit,tanggal_rilis';

type SourceOf = { source: { url: string; publisherUrl: string | null; releaseDate: string | null } | null };

describeEachDatabase(
  'the publisher’s page and release date of a source',
  (use) => {
    let api: Awaited<ReturnType<typeof createTestApi>>;
    beforeAll(async () => {
      api = await createTestApi(use());
    });
    afterAll(() => api.stop());
    const sourceOf = async (indicator: string, region: string, period: string) => {
      const { observations } = await api.query<{ observations: { edges: { node: SourceOf }[] } }>(
        `query ($i: String!, $r: String!, $p: String!) {
           observations(filter: { indicatorCodes: [$i], regionCodes: [$r], periodFrom: $p, periodTo: $p }) {
             edges { node { source { url publisherUrl releaseDate } } } } }`,
        { i: indicator, r: region, p: period },
      );
      return observations.edges[0]?.node.source ?? null;
    };

    it('carries the demo data’s publisher pages and the release dates its sources give, keeping the mirror', async () => {
      // TPT August 2025 comes from Statistik Indonesia 2026, a BPS publication released on 27 February 2026.
      expect(await sourceOf('open_unemployment_rate_tpt', '75', '2025-08')).toEqual({
        url: 'https://github.com/akbaralqahri/Kemiskinan-Indonesia/blob/e7cd3abdc0145105ff9bfdce6d2f467943bfc78b/data/processed/extracted_panel.json',
        publisherUrl: 'https://www.bps.go.id/id/publication/2026/02/27/a43f03f45543dc4e9942f44c/statistik-indonesia-2026.html',
        releaseDate: '2026-02-27',
      });
      // Kabupaten/kota P0 comes from a BPS table whose release date the source does not give: unknown, not guessed.
      expect(await sourceOf('poverty_rate_p0', '75.02', '2025')).toMatchObject({
        url: expect.stringContaining('github.com/muhammadludviarg/visdati'),
        publisherUrl: expect.stringContaining('https://www.bps.go.id/id/statistics-table/2/NjIxIzI='),
        releaseDate: null,
      });
    });

    it('reads url_penerbit and tanggal_rilis from a file, and a later file without them does not erase them', async () => {
      const source = 'Tabel TPT menurut provinsi (uji)';
      const first = await run(
        use(),
        csv(HEADER, `75,open_unemployment_rate_tpt,2019-02,3.25,${source},${MIRROR},BPS,${BPS_TABLE},2019-05-06`),
      );
      expect(first).toMatchObject({ status: 'APPLIED', errors: [] });
      const again = await run(use(), csv(HEADER, `75,open_unemployment_rate_tpt,2019-08,3.76,${source},${MIRROR},,,`));
      expect(again).toMatchObject({ status: 'APPLIED', errors: [] });
      const expected = { url: MIRROR, publisherUrl: BPS_TABLE, releaseDate: '2019-05-06' };
      expect(await sourceOf('open_unemployment_rate_tpt', '75', '2019-02')).toEqual(expected);
      expect(await sourceOf('open_unemployment_rate_tpt', '75', '2019-08')).toEqual(expected);
    });

    it('refuses a release date it cannot read, with a sentence, writing nothing', async () => {
      const report = await run(
        use(),
        csv(HEADER, `75,open_unemployment_rate_tpt,2020-02,3.29,Tabel uji,${MIRROR},BPS,${BPS_TABLE},15/01/2025`),
      );
      expect(report.status).toBe('REJECTED');
      expect(report.errors).toMatchObject([
        { line: 2, code: 'BAD_DATE', message: expect.stringContaining("write the publisher's date as YYYY-MM-DD") },
      ]);
      expect((await sourceOf('open_unemployment_rate_tpt', '75', '2020-02'))?.url).not.toBe(MIRROR);
    });
  },
  { demoData: true },
);

it('accepts only real calendar dates up to today as release dates', () => {
  const today = new Date('2026-12-05T06:00:00Z');
  expect(parseReleaseDate('2025-01-15', today)).toBe('2025-01-15');
  expect(parseReleaseDate('2025-02-30', today)).toBeNull();
  expect(parseReleaseDate('15/01/2025', today)).toBeNull();
  expect(parseReleaseDate('2027-01-01', today)).toBeNull();
  expect(parseReleaseDate('1899-12-31', today)).toBeNull();
});
