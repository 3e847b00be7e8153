import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemViewer } from '../accounts/viewer.js';
import { importFile } from '../imports/import.service.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';
import { VIEWER } from '../test-support/viewers.js';

const GORONTALO = ['75.01', '75.02', '75.03', '75.04', '75.05', '75.71'];
const line = (region: string, category: string, year: number, value: number) =>
  `${region},jumlah_pmks,${category},${year},${value},Rekap PPKS ${year},Dinas Sosial`;
const lines = (rows: [string, string, number, number][]) => rows.map((row) => line(...row));
const PPKS = Array.from({ length: 26 }, (_, i) => `PPKS${String(i + 1).padStart(2, '0')}`);
/** A full report of a region and year: the categories given, every other one 0 (as a Dinas Sosial recap prints "-"). */
const fullReport = (region: string, year: number, given: Record<string, number>) =>
  PPKS.map((category) => line(region, category, year, given[category] ?? 0));

const PROFILE = `query ($region: String!, $year: Int!) {
  breakdownProfile(indicatorCode: "jumlah_pmks", regionCode: $region, year: $year) {
    regionCode origin complete total previousTotal change noChangeReasonEn childrenCount childrenWithData
    missingRegions { code } missingCategoryCodes
    categories { code position nameId value share previousValue change changePercent }
    sources { title publisher }
  }
}`;

interface Share {
  code: string;
  position: number;
  nameId: string;
  value: number | null;
  share: number | null;
  previousValue: number | null;
  change: number | null;
  changePercent: number | null;
}

describeEachDatabase('category profiles (PPKS)', (use) => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi(use());
    // 2023: every kabupaten/kota of Gorontalo; 2024: Kota Gorontalo (75.71) has not reported. Kalimantan Timur (64)
    // reports its own province figure for 2024, for two categories only.
    const rows = [
      ...GORONTALO.flatMap((r) => fullReport(r, 2023, { PPKS01: 10, PPKS24: 100 })),
      ...GORONTALO.filter((r) => r !== '75.71').flatMap((r) => fullReport(r, 2024, { PPKS01: 12, PPKS24: 90 })),
      ...lines([
        ['64', 'PPKS08', 2024, 700],
        ['64', 'PPKS24', 2024, 3000],
      ]),
    ];
    const text = ['kode_wilayah,indikator,kategori,periode,nilai,sumber,penerbit', ...rows].join('\n');
    const report = await importFile(use(), {
      bytes: new TextEncoder().encode(text),
      fileName: 'ppks.csv',
      viewer: systemViewer('tester'),
    });
    expect(report.errors).toEqual([]);
  });
  afterAll(() => api.stop());

  const profile = async (region: string, year: number, viewer = systemViewer('tester')) =>
    (
      await api.query<{ breakdownProfile: Record<string, unknown> & { categories: Share[] } }>(
        PROFILE,
        { region, year },
        { viewer },
      )
    ).breakdownProfile;

  it("gives a kabupaten's counts with shares and the change from the year before, every category in the regulation's order", async () => {
    const p = await profile('75.01', 2024);
    expect(p).toMatchObject({ origin: 'STORED', complete: true, total: 102, previousTotal: 110, change: -8, missingRegions: [] });
    expect(p.categories).toHaveLength(26);
    expect(p.categories[0]).toEqual({
      code: 'PPKS01',
      position: 1,
      nameId: 'Anak Balita Terlantar',
      value: 12,
      share: 11.76,
      previousValue: 10,
      change: 2,
      changePercent: 20,
    });
    expect(p.categories[23]).toMatchObject({ code: 'PPKS24', nameId: 'Fakir Miskin', value: 90, share: 88.24, change: -10 });
    expect(p.categories[1]).toMatchObject({ code: 'PPKS02', value: 0, share: 0, change: 0 });
    expect(p.sources).toEqual([{ title: 'Rekap PPKS 2024', publisher: 'Dinas Sosial' }]);
  });

  it('sums a complete province from its kabupaten/kota', async () => {
    const p = await profile('75', 2023);
    expect(p).toMatchObject({
      origin: 'SUMMED',
      complete: true,
      total: 660,
      childrenCount: 6,
      childrenWithData: 6,
      missingRegions: [],
    });
    expect(p.categories.filter((c) => c.value).map((c) => [c.code, c.value])).toEqual([
      ['PPKS01', 60],
      ['PPKS24', 600],
    ]);
  });

  it('gives a partial sum marked incomplete, naming the missing kabupaten/kota, and no change from a partial sum', async () => {
    const p = await profile('Provinsi Gorontalo', 2024);
    expect(p).toMatchObject({
      regionCode: '75',
      origin: 'SUMMED',
      complete: false,
      total: 510,
      previousTotal: 660,
      change: null,
      childrenCount: 6,
      childrenWithData: 5,
      missingRegions: [{ code: '75.71' }],
    });
    expect(p.noChangeReasonEn).toContain('incomplete');
    expect(p.categories.every((c) => c.change === null)).toBe(true);
  });

  it("takes a province's own counts before its kabupaten/kota, and sums Indonesia from the provinces", async () => {
    const kaltim = await profile('64', 2024);
    // Two categories of 26 reported: the total is theirs, marked partial, the others named.
    expect(kaltim).toMatchObject({ origin: 'STORED', complete: false, total: 3700 });
    expect(kaltim.missingCategoryCodes).toHaveLength(24);
    expect(kaltim.missingCategoryCodes).not.toContain('PPKS08');
    expect(kaltim.categories[1]).toMatchObject({ code: 'PPKS02', value: null });
    const id = await profile('ID', 2024);
    expect(id).toMatchObject({ origin: 'SUMMED', complete: false, total: 4210, childrenWithData: 2 });
    const missing = (id.missingRegions as { code: string }[]).map((r) => r.code);
    expect(missing).toContain('75.71');
    expect(missing).toContain('11');
    expect(missing).not.toContain('64');
    expect(missing).not.toContain('75');
  });

  it('answers every kabupaten/kota of a province in one request', async () => {
    const { breakdownProfiles } = await api.query<{
      breakdownProfiles: { regionCode: string; total: number | null; change: number | null }[];
    }>('{ breakdownProfiles(indicatorCode: "jumlah_pmks", parentCode: "75", year: 2024) { regionCode total change } }');
    expect(breakdownProfiles).toEqual([
      ...GORONTALO.filter((r) => r !== '75.71').map((regionCode) => ({ regionCode, total: 102, change: -8 })),
      { regionCode: '75.71', total: null, change: null },
    ]);
  });

  it('costs the same few statements for one region, six kabupaten/kota or all provinces', async () => {
    const one = await api.statementsOf(() => profile('75', 2024));
    const six = await api.statementsOf(() =>
      api.query(
        '{ breakdownProfiles(indicatorCode: "jumlah_pmks", parentCode: "75", year: 2024) { total categories { value } missingRegions { code } sources { title } } }',
      ),
    );
    const all = await api.statementsOf(() =>
      api.query(
        '{ breakdownProfiles(indicatorCode: "jumlah_pmks", parentCode: "ID", year: 2024) { total categories { value } missingRegions { code } sources { title } } }',
      ),
    );
    // Cold: the catalogue and the registry (held between requests), then the set, the subtree, the counts, the sources.
    expect(one).toHaveLength(6);
    expect(six).toHaveLength(6);
    expect(all).toHaveLength(6);
    expect(all.filter((q) => q.includes('FROM breakdown_count'))).toHaveLength(1);
  });

  it('lists the years with counts in a region or below it, latest first', async () => {
    const years = async (region: string) =>
      (await api.query<{ breakdownYears: number[] }>(`{ breakdownYears(indicatorCode: "jumlah_pmks", regionCode: "${region}") }`))
        .breakdownYears;
    expect(await years('75')).toEqual([2024, 2023]);
    expect(await years('64')).toEqual([2024]);
    expect(await years('11')).toEqual([]);
  });

  it('shows viewers only verified or published counts', async () => {
    expect(await profile('75.01', 2024, VIEWER)).toMatchObject({ origin: 'NONE', total: null });
  });

  it('refuses an indicator without categories, with a sentence', async () => {
    const result = await api.execute(PROFILE.replace('jumlah_pmks', 'poverty_rate_p0'), { region: '75', year: 2024 });
    expect(result.errors?.[0]?.message).toContain('poverty_rate_p0 is not counted by category');
  });
});
