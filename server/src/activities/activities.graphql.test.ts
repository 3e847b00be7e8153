import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemViewer } from '../accounts/viewer.js';
import { importFile } from '../imports/import.service.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/graphql.js';

// The activity questions over GraphQL, against a fixture file (made-up figures; BANTU_UJI is a test programme of
// Sulawesi Tengah, 72). 72.01 and 72.02 are two of its kabupaten.

const HEADER =
  'tahun,status,kode_kegiatan,uraian,pelaksana,lokasi,sumber_dana,sasaran,tahap,tanggal_rencana,tanggal_salur,batas_laporan,tanggal_laporan,pagu,realisasi,target_penerima,penerima';
// Target groups by name, as files written before codes were required write them: still accepted, stored as codes.
const FIXTURE = [
  HEADER,
  // 72.01: all realised, both stages on time; one report on time, one five days late.
  '2024,realisasi,BANTU_UJI,Bantuan,72,72.01,APBD,Fakir miskin,1,2024-03-01,2024-02-20,2024-03-15,2024-03-10,50,50,10,10',
  '2024,realisasi,BANTU_UJI,Bantuan,72,72.01,APBD,Fakir miskin,2,2024-07-01,2024-06-30,2024-07-15,2024-07-20,50,50,10,10',
  // 72.02: 80% realised, one stage late, one overdue; the first report on time and complete, the second missing.
  '2024,realisasi,BANTU_UJI,Bantuan,72,72.02,APBD,Fakir miskin,1,2024-03-01,2024-03-20,2024-03-25,2024-03-25,50,50,10,10',
  '2024,realisasi,BANTU_UJI,Bantuan,72,72.02,APBD,Fakir miskin,2,2024-07-01,,2024-07-15,,50,30,10,',
  // Banggai's own activity for the same group in 72.01: overlaps the province's there.
  '2024,realisasi,1.06.05.2.02,Pendataan,72.01,72.01,APBD,Fakir  miskin,,,,,,20,18,5,5',
  // A different group in 72.02: no overlap.
  '2024,realisasi,1.06.04.2.01,Permakanan,72.02,72.02,DAK,Lanjut usia terlantar,,,,,,30,30,3,3',
  // Renja for 2025.
  '2025,renja,1.06.05.2.02,Pendataan,72.01,72.01,APBD,PPKS24,,,,,,25,,6,',
  '2023,realisasi,1.06.05.2.02,Pendataan,72.01,72.01,APBD,fakir miskin,,,,,,16,15,5,5',
  // The province's renja for 2025, with its planned stage.
  '2025,renja,BANTU_UJI,Bantuan,72,72.01,APBD,Fakir miskin,1,2025-03-01,,,,60,,10,',
].join('\n');

describeEachDatabase('activities over GraphQL', (use) => {
  let api: TestApi;
  beforeAll(async () => {
    const admin = systemViewer('admin-uji');
    const catalogue = await importFile(use(), {
      bytes: Buffer.from('kode_program,lingkup,wilayah_pemilik,nama,nama_en\nBANTU_UJI,daerah,72,Bantuan uji,Test aid'),
      fileName: 'katalog.csv',
      viewer: admin,
    });
    expect(catalogue.errors).toEqual([]);
    const report = await importFile(use(), { bytes: Buffer.from(FIXTURE), fileName: 'kegiatan.csv', viewer: admin });
    expect(report.errors).toEqual([]);
    api = await createTestApi(use());
  });
  afterAll(() => api.stop());

  it('lists who does what where, with stages and the renja beside the realisation', async () => {
    const data = await api.query<{
      activities: {
        totalCount: number;
        nodes: {
          year: number;
          status: string;
          implementerCode: string;
          programmeName: string;
          realisation: number | null;
          stages: { onTime: boolean | null }[];
        }[];
      };
    }>(`{ activities(filter: { locationCode: "72.01", programmeCode: "1.06" }) { totalCount
          nodes { year status implementerCode programmeName realisation stages { onTime } } } }`);
    expect(data.activities.totalCount).toBe(3);
    expect(data.activities.nodes.map((n) => [n.year, n.status, n.implementerCode, n.realisation])).toEqual([
      [2023, 'REALISATION', '72.01', 93.75],
      [2024, 'REALISATION', '72.01', 90],
      [2025, 'PLAN', '72.01', null],
    ]);
    expect(data.activities.nodes[1]!.programmeName).toBe('Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota');
    const province = await api.query<{
      activities: { nodes: { locationCode: string; stages: { stage: number; onTime: boolean | null }[] }[] };
    }>(
      '{ activities(filter: { implementerCode: "Sulawesi Tengah", year: 2024 }, first: 10) { nodes { locationCode stages { stage onTime } } } }',
    );
    const renja = await api.query<{
      activities: { nodes: { status: string; stages: { plannedDate: string; onTime: boolean | null }[] }[] };
    }>('{ activities(filter: { implementerCode: "72", year: 2025 }) { nodes { status stages { plannedDate onTime } } } }');
    // A proposal's planned stage is never late, however long ago its date.
    expect(renja.activities.nodes).toEqual([{ status: 'PLAN', stages: [{ plannedDate: '2025-03-01', onTime: null }] }]);
    expect(province.activities.nodes).toEqual([
      {
        locationCode: '72.01',
        stages: [
          { stage: 1, onTime: true },
          { stage: 2, onTime: true },
        ],
      },
      {
        locationCode: '72.02',
        stages: [
          { stage: 1, onTime: false },
          { stage: 2, onTime: false },
        ],
      },
    ]);
  });

  it('finds overlaps: one target group, one kabupaten/kota, two implementers in a year', async () => {
    const data = await api.query<{
      activityOverlaps: {
        locationCode: string;
        targetGroupCode: string;
        targetGroup: { code: string; nameId: string; nameEn: string };
        implementerCodes: string[];
        activities: { programmeCode: string; targetGroupCode: string }[];
      }[];
    }>(
      `{ activityOverlaps(parentCode: "72", year: 2024) { locationCode targetGroupCode targetGroup { code nameId nameEn }
          implementerCodes activities { programmeCode targetGroupCode } } }`,
    );
    expect(data.activityOverlaps).toEqual([
      {
        locationCode: '72.01',
        targetGroupCode: 'PPKS24',
        targetGroup: { code: 'PPKS24', nameId: 'Fakir Miskin', nameEn: 'The poor (fakir miskin)' },
        implementerCodes: ['72', '72.01'],
        activities: [
          { programmeCode: 'BANTU_UJI', targetGroupCode: 'PPKS24' },
          { programmeCode: '1.06.05.2.02', targetGroupCode: 'PPKS24' },
        ],
      },
    ]);
    const none = await api.query<{ activityOverlaps: unknown[] }>(
      '{ activityOverlaps(parentCode: "72", year: 2024, status: PLAN) { year } }',
    );
    expect(none.activityOverlaps).toEqual([]);
  });

  it('filters by target group given by code or name, and shows its PPKS category', async () => {
    const list = (group: string) =>
      api.query<{ activities: { nodes: { locationCode: string; targetGroup: { code: string; nameId: string } | null }[] } }>(
        `{ activities(filter: { targetGroup: ${JSON.stringify(group)}, year: 2024 }) { nodes { locationCode targetGroup { code nameId } } } }`,
      );
    const byName = await list('lansia terlantar');
    expect(byName.activities.nodes).toEqual([
      { locationCode: '72.02', targetGroup: { code: 'PPKS08', nameId: 'Lanjut Usia Terlantar' } },
    ]);
    expect(await list('PPKS08')).toEqual(byName);
    expect((await list('Fakir Miskin')).activities.nodes).toHaveLength(3);
    const refused = await api.execute('{ activities(filter: { targetGroup: "Lansia" }) { totalCount } }');
    expect(refused.errors?.[0]?.message).toMatch(/^Sasaran “Lansia” bukan kategori PPKS.*PPKS08 “Lanjut Usia Terlantar”/);
  });

  it('ranks the kabupaten/kota by realisation, on-time distribution and data response', async () => {
    const query = (order: string) =>
      api.query<{
        activityRanking: {
          rank: number | null;
          regionCode: string;
          realisation: number | null;
          onTime: number | null;
          stagesDue: number;
          reportsDue: number;
          reportsReceived: number;
          reportsMissing: number;
          reportsOnTimeComplete: number;
          dataResponse: number | null;
          realisationRank: number | null;
          onTimeRank: number | null;
          dataResponseRank: number | null;
        }[];
      }>(
        `{ activityRanking(programmeCode: "BANTU_UJI", parentCode: "72", year: 2024, orderBy: ${order}, asOf: "2024-12-31") {
             rank regionCode realisation onTime stagesDue reportsDue reportsReceived reportsMissing reportsOnTimeComplete
             dataResponse realisationRank onTimeRank dataResponseRank } }`,
      );
    const byRealisation = (await query('REALISATION')).activityRanking;
    expect(byRealisation.slice(0, 2)).toEqual([
      {
        rank: 1,
        regionCode: '72.01',
        realisation: 100,
        onTime: 100,
        stagesDue: 2,
        reportsDue: 2,
        reportsReceived: 2,
        reportsMissing: 0,
        reportsOnTimeComplete: 1,
        dataResponse: 50,
        realisationRank: 1,
        onTimeRank: 1,
        dataResponseRank: 1,
      },
      {
        rank: 2,
        regionCode: '72.02',
        realisation: 80,
        onTime: 0,
        stagesDue: 2,
        reportsDue: 2,
        reportsReceived: 1,
        reportsMissing: 1,
        reportsOnTimeComplete: 1,
        dataResponse: 50,
        realisationRank: 2,
        onTimeRank: 2,
        // As prompt as 72.01 (one of two reports on time and complete), but one report never came: behind it.
        dataResponseRank: 2,
      },
    ]);
    // Every other kabupaten/kota of the province is listed, unranked, its reports missing rather than zero.
    expect(byRealisation.length).toBeGreaterThan(2);
    expect(
      byRealisation
        .slice(2)
        .every((r) => r.rank === null && r.realisation === null && r.dataResponse === null && r.dataResponseRank === null),
    ).toBe(true);
    expect((await query('ON_TIME')).activityRanking[0]).toMatchObject({ regionCode: '72.01', onTime: 100 });
    const byResponse = (await query('DATA_RESPONSE')).activityRanking;
    expect(byResponse.slice(0, 2).map((r) => [r.regionCode, r.rank, r.dataResponse])).toEqual([
      ['72.01', 1, 50],
      ['72.02', 2, 50],
    ]);
    // Judged on a day before the second reports were due, only the first counts: both on time and complete, a tie.
    const early = await api.query<{ activityRanking: { regionCode: string; rank: number | null; reportsDue: number }[] }>(
      `{ activityRanking(programmeCode: "BANTU_UJI", parentCode: "72", year: 2024, orderBy: DATA_RESPONSE, asOf: "2024-07-01") {
           regionCode rank reportsDue } }`,
    );
    expect(early.activityRanking.slice(0, 2)).toEqual([
      { regionCode: '72.01', rank: 1, reportsDue: 1 },
      { regionCode: '72.02', rank: 1, reportsDue: 1 },
    ]);
  });

  it('gives a Dinas Sosial’s budget over the years, renja beside realisation', async () => {
    const data = await api.query<{
      activityBudget: {
        implementerCode: string;
        points: { year: number; budgetPlanned: number | null; budgetRealised: number | null; proposed: number | null }[];
      }[];
    }>(
      '{ activityBudget(implementerCodes: ["72.01"], fromYear: 2023, toYear: 2025) { implementerCode points { year budgetPlanned budgetRealised proposed } } }',
    );
    expect(data.activityBudget).toEqual([
      {
        implementerCode: '72.01',
        points: [
          { year: 2023, budgetPlanned: 16, budgetRealised: 15, proposed: null },
          { year: 2024, budgetPlanned: 20, budgetRealised: 18, proposed: null },
          { year: 2025, budgetPlanned: null, budgetRealised: null, proposed: 25 },
        ],
      },
    ]);
  });

  it('answers each question in a bounded number of statements', async () => {
    const cases: [string, number][] = [
      ['{ activities(filter: { locationCode: "72", year: 2024 }, first: 1000) { totalCount nodes { id stages { stage } } } }', 1],
      ['{ activityOverlaps(parentCode: "72", year: 2024) { locationCode activities { id stages { stage } } } }', 1],
      // The PPKS categories of every activity and overlap: one more statement, however many rows.
      ['{ activities(filter: { locationCode: "72" }, first: 1000) { nodes { id targetGroup { code nameId } } } }', 2],
      ['{ activityOverlaps(parentCode: "72", year: 2024) { targetGroup { nameId } activities { targetGroup { nameId } } } }', 2],
      ['{ activityRanking(programmeCode: "BANTU_UJI", parentCode: "72", year: 2024) { rank regionCode } }', 2],
      ['{ activityBudget(implementerCodes: ["72", "72.01", "72.02"], fromYear: 2020, toYear: 2025) { points { year } } }', 1],
    ];
    for (const [query, expected] of cases) {
      // Region names and codes are resolved from the index held between requests.
      await api.query(query);
      const statements = await api.statementsOf(() => api.query(query), 'held');
      expect(statements, query).toHaveLength(expected);
    }
  });

  it('refuses mistakes with a sentence', async () => {
    const message = async (query: string) => (await api.execute(query)).errors?.[0]?.message;
    expect(await message('{ activityRanking(programmeCode: "BANTUX", parentCode: "72", year: 2024) { rank } }')).toMatch(
      /Unknown programme/,
    );
    expect(await message('{ activityRanking(programmeCode: "BANTU_UJI", parentCode: "72.01", year: 2024) { rank } }')).toMatch(
      /not a province/,
    );
    expect(
      await message('{ activityBudget(implementerCodes: ["72"], fromYear: 2025, toYear: 2020) { implementerCode } }'),
    ).toMatch(/toYear/);
    expect(await message('{ activities(first: 5000) { totalCount } }')).toMatch(/first must be between/);
  });
});
