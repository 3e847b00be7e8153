import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemViewer } from '../accounts/viewer.js';
import { importFile } from '../imports/import.service.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';
import { VIEWER } from '../test-support/viewers.js';

const CHILDREN_LATEST = `query ($parent: String!) { region(code: $parent) { name children { code name
  latest(indicatorCode: "poverty_rate_p0") { period value status source { publisher } } } } }`;

interface Latest {
  period: string;
  value: number;
  status: string;
  source: { publisher: string } | null;
}

describeEachDatabase(
  'a region’s own data as fields',
  (use) => {
    let api: Awaited<ReturnType<typeof createTestApi>>;
    beforeAll(async () => {
      api = await createTestApi(use());
    });
    afterAll(() => api.stop());

    it("gives a province's kabupaten/kota with their latest values in one query", async () => {
      const { region } = await api.query<{
        region: { name: string; children: { code: string; name: string; latest: Latest | null }[] };
      }>(CHILDREN_LATEST, { parent: 'Sulawesi Tengah' });
      expect(region.children).toHaveLength(13);
      // BPS, P0 2025: Kabupaten Banggai 6.23%, Kota Palu 5.26%.
      expect(region.children.find((c) => c.code === '72.01')?.latest).toMatchObject({ period: '2025', value: 6.23 });
      expect(region.children.find((c) => c.code === '72.71')?.latest).toMatchObject({
        period: '2025',
        value: 5.26,
        source: { publisher: 'Badan Pusat Statistik (BPS)' },
      });
    });

    it("answers the explorer's example with its default variables", async () => {
      const example = readFileSync(
        new URL('../../../web/src/explorer/examples/22-provinsi-dan-kabupaten-kota-dalam-satu-kueri.graphql', import.meta.url),
        'utf8',
      );
      const { region } = await api.query<{
        region: { name: string; children: { code: string; latest: { value: number } | null; series: { points: unknown[] } }[] };
      }>(example);
      expect(region.name).toBe('Sulawesi Tengah');
      expect(region.children).toHaveLength(13);
      expect(region.children.find((c) => c.code === '72.71')?.latest?.value).toBe(5.26);
      expect(region.children.every((c) => c.series.points.length >= 3)).toBe(true);
    });

    it('gives the full provenance of one value', async () => {
      const { region } = await api.query<{ region: { latest: Record<string, unknown> } }>(
        `{ region(code: "Kabupaten Boalemo") { latest(indicatorCode: "poverty_rate_p0") {
            period value status note updatedAt importBatchId region { name bpsCode } indicator { nameId unitId }
            source { title url publisher publisherUrl } } } }`,
      );
      expect(region.latest).toMatchObject({
        period: '2025',
        value: 16.37,
        note: 'annual estimate from Susenas March',
        region: { name: 'Kabupaten Boalemo', bpsCode: '7501' },
        indicator: { unitId: 'persen' },
        source: {
          publisher: 'Badan Pusat Statistik (BPS)',
          publisherUrl:
            'https://www.bps.go.id/id/statistics-table/2/NjIxIzI=/persentase-penduduk-miskin--p0--menurut-kabupaten-kota--persen-.html',
        },
      });
      expect(region.latest.importBatchId).toEqual(expect.any(Number));
      expect(String((region.latest.source as { url: string }).url)).toMatch(
        /^https:\/\/github\.com\/muhammadludviarg\/visdati\//,
      );
    });

    it("gives a province's trend beside the national line in one query", async () => {
      const { series } = await api.query<{ series: { regionCode: string; points: { period: string; value: number }[] }[] }>(
        `{ series(indicatorCode: "poverty_rate_p0", regionCodes: ["Sulawesi Tengah", "ID"], frequency: SUBANNUAL, periodFrom: "2019-03") {
            regionCode points { period value } } }`,
      );
      expect(series.map((s) => s.regionCode)).toEqual(['72', 'ID']);
      const at = (code: string, period: string) =>
        series.find((s) => s.regionCode === code)!.points.find((p) => p.period === period)?.value;
      // BPS: Sulawesi Tengah 13.48% in March 2019 and 10.92% in March 2025; Indonesia 9.41% and 8.47%.
      expect([at('72', '2019-03'), at('72', '2025-03'), at('ID', '2019-03'), at('ID', '2025-03')]).toEqual([
        13.48, 10.92, 9.41, 8.47,
      ]);
    });

    it('takes a parent and a level instead of a list of codes', async () => {
      const { series } = await api.query<{ series: { regionCode: string }[] }>(
        '{ series(indicatorCode: "poverty_rate_p0", parentCode: "ID", level: PROVINCE, periodFrom: "2025") { regionCode } }',
      );
      expect(series).toHaveLength(38);
      const grid = await api.query<{ seriesGrid: { regionCode: string; indicatorCode: string }[] }>(
        '{ seriesGrid(indicatorCodes: ["poverty_rate_p0", "poor_population"], parentCode: "Provinsi Gorontalo", periodFrom: "2024") { regionCode indicatorCode } }',
      );
      expect(grid.seriesGrid).toHaveLength(12);
      const kabkota = await api.query<{ series: { regionCode: string }[] }>(
        '{ series(indicatorCode: "poverty_rate_p0", parentCode: "ID", level: REGENCY_CITY, periodFrom: "2025") { regionCode } }',
      );
      expect(kabkota.series).toHaveLength(514);
      const both = await api.execute(
        '{ series(indicatorCode: "poverty_rate_p0", regionCodes: ["75"], parentCode: "ID") { regionCode } }',
      );
      expect(both.errors?.[0]?.message).toBe('Give regionCodes or parentCode (with level), not both.');
      const neither = await api.execute('{ series(indicatorCode: "poverty_rate_p0") { regionCode } }', {}, { language: 'id' });
      expect(neither.errors?.[0]?.message).toMatch(/^Sebutkan wilayahnya: regionCodes/);
    });

    it('gives the targets set for a region, with its region, indicator and document as objects', async () => {
      const { region } = await api.query<{
        region: {
          targets: { year: number; indicator: { code: string }; region: { name: string }; document: { code: string } }[];
        };
      }>(
        `{ region(code: "ID") { targets(documentCode: "RPJMN-2025-2029", indicatorCode: "poverty_rate_p0") {
            year indicator { code } region { name } document { code } } } }`,
      );
      expect(region.targets.length).toBeGreaterThan(0);
      expect(region.targets.every((t) => t.region.name === 'Indonesia' && t.indicator.code === 'poverty_rate_p0')).toBe(true);
      expect(region.targets.map((t) => t.year)).toContain(2029);
      const unknown = await api.execute('{ region(code: "ID") { targets(documentCode: "RPJMN-2025") { year } } }');
      expect(unknown.errors?.[0]?.message).toMatch(/^Unknown planning document “RPJMN-2025”/);
    });

    it("gives a region's programme figures with the programme and region as objects", async () => {
      const file = [
        'program,kode_wilayah,tahun,pagu,realisasi,sumber',
        '1.06,72.01,2023,16000000000,,"Rakor Dinas Sosial Sulawesi Tengah, Luwuk, Maret 2024"',
        '1.06,72.01,2024,32000000000,,"Rakor Dinas Sosial Sulawesi Tengah, Luwuk, Maret 2024"',
      ].join('\n');
      await importFile(use(), { bytes: Buffer.from(file), fileName: 'banggai.csv', viewer: systemViewer('tester') });
      const { region } = await api.query<{
        region: {
          children: {
            code: string;
            programmeFigures: { year: number; budgetAllocated: number; programme: { code: string }; region: { name: string } }[];
          }[];
        };
      }>(
        `{ region(code: "72") { children { code programmeFigures(programmeCodes: ["1.06"]) {
            year budgetAllocated programme { code } region { name } } } } }`,
      );
      const banggai = region.children.find((c) => c.code === '72.01')!;
      // Dinas Sosial Kabupaten Banggai's APBD allocation: Rp 16 miliar in 2023, Rp 32 miliar in 2024 (domain notes).
      expect(banggai.programmeFigures.map((f) => [f.year, f.budgetAllocated, f.programme.code, f.region.name])).toEqual([
        [2023, 16e9, '1.06', 'Kabupaten Banggai'],
        [2024, 32e9, '1.06', 'Kabupaten Banggai'],
      ]);
      expect(region.children.filter((c) => c.code !== '72.01').every((c) => c.programmeFigures.length === 0)).toBe(true);
      const unknown = await api.execute('{ region(code: "72") { programmeFigures(programmeCodes: ["PKHH"]) { year } } }');
      expect(unknown.errors?.[0]?.message).toMatch(/^Unknown programme “PKHH”/);
    });

    it('costs the same statements for 514 kabupaten/kota as for 6', async () => {
      const query = `query ($parent: String, $level: RegionLevel) { regions(parentCode: $parent, level: $level) { code
        latest(indicatorCode: "poverty_rate_p0") { value } series(indicatorCode: "poor_population", periodFrom: "2024") { points { value } }
        programmeFigures(year: 2024) { budgetAllocated } targets { year } } }`;
      // The first request reads the planning documents' targets, held from then on.
      await api.query(query, { parent: '75' }, { viewer: VIEWER });
      const six = await api.statementsOf(() => api.query(query, { parent: '75' }, { viewer: VIEWER }), 'held');
      const all = await api.statementsOf(() => api.query(query, { level: 'REGENCY_CITY' }, { viewer: VIEWER }), 'held');
      expect(all.length).toBe(six.length);
      // The regions, then each field's one statement: latest values, series, programme figures.
      expect(six.length).toBe(4);
    });
  },
  { demoData: true },
);
