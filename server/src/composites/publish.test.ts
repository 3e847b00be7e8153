import { afterAll, beforeAll, expect, it } from 'vitest';
import { ANONYMOUS, accountViewer, systemViewer } from '../accounts/viewer.js';
import { importFile } from '../imports/import.service.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/graphql.js';
import { TRAINING_SOURCE, writeDataset } from '../training/dataset.js';

// A stored IKS result set published as iks_elderly values, so that the scorecard compares it with the RPJMD and
// Renstra targets. The method, its "source" and every figure are test values typed here: the official IKS method and
// targets are not published (domain.md), and nothing here claims to be them.

const verifier = accountViewer('verifikator-gorontalo', [{ role: 'VERIFIER', regionCode: '75' }]);
const otherVerifier = accountViewer('verifikator-sulut', [{ role: 'VERIFIER', regionCode: '71' }]);
const editor = accountViewer('editor-kota', [{ role: 'EDITOR', regionCode: '75.71' }]);
const national = systemViewer('admin-uji');
const reader = accountViewer('pembaca', [{ role: 'VIEWER', regionCode: 'ID' }]);
const csv = (...lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);

const method = (code: string, status: string, extra: Record<string, unknown> = {}) => ({
  code,
  nameId: `${code} — metode uji`,
  nameEn: `${code} — test method`,
  descriptionId: 'Metode untuk uji, bukan metode resmi Kemensos.',
  status,
  aggregation: 'SUM',
  normalisation: 'NONE',
  resultIndicatorCode: 'iks_elderly',
  dimensions: ['basic_needs', 'social_role', 'economic_independence'].map((d) => ({
    code: d,
    nameId: d,
    nameEn: d,
    weight: 1,
    aggregation: 'SUM',
    components: [{ indicatorCode: `iks_elderly_${d}`, weight: 1 }],
  })),
  ...extra,
});
const OFFICIAL = method('IKS_UJI_RESMI', 'OFFICIAL', { source: 'Dokumen uji', legalBasis: 'Peraturan uji 1/2025' });

const DEFINE = `mutation ($input: CompositeMethodologyInput!) { defineCompositeMethodology(input: $input) { version resultIndicatorCode } }`;
const COMPUTE = `mutation ($m: String!) { computeCompositeIndex(methodologyCode: $m, parentCode: "75", period: "2025") { version } }`;
const PUBLISH = `mutation ($m: String!, $v: Int) { publishCompositeResultSet(methodologyCode: $m, parentCode: "75", period: "2025", version: $v) {
  methodologyCode resultSetVersion indicatorCode importBatchId inserted updated unchanged revisions withoutValue } }`;
const SCORECARD = `query ($doc: String!) { scorecard(documentCode: $doc, regionCodes: ["75.71", "75.02"], indicatorCodes: ["iks_elderly"], targetYear: 2029) {
  cells { regionCode status target { value } latest { period value } } } }`;
const STORED = `SELECT o.region_code AS region, o.value::float8 AS value, o.status::text AS status, s.title AS source, s.publisher, o.note
  FROM observation o JOIN source s ON s.id = o.source_id WHERE o.indicator_code = 'iks_elderly' ORDER BY o.region_code`;

/** Inputs for Kota Gorontalo and Boalemo, submitted by the test and verified by the province's verifier. */
async function verifiedInputs(api: TestApi, use: () => Parameters<typeof importFile>[0], source: string) {
  const rows = [
    ['75.71', 30, 20.5, 15],
    ['75.02', 25, 18, 12.25],
  ].flatMap(([r, a, b, c]) =>
    ['basic_needs', 'social_role', 'economic_independence'].map(
      (d, i) => `${r},iks_elderly_${d},2025,${[a, b, c][i]},${source},${source}`,
    ),
  );
  const report = await importFile(use(), {
    bytes: csv('kode_wilayah,indikator,periode,nilai,sumber,penerbit', ...rows),
    fileName: 'iks-masukan.csv',
    viewer: national,
    publish: true,
  });
  expect(report.errors).toEqual([]);
}

describeEachDatabase('publishing a stored IKS result set as iks_elderly values', (use) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(use());
    await api.query(DEFINE, { input: OFFICIAL });
    await api.query(DEFINE, { input: method('IKS_UJI_CONTOH', 'DRAFT') });
    await verifiedInputs(api, use, 'Dinas Sosial uji');
    for (const [fileName, lines] of [
      [
        'rpjmd.csv',
        [
          'kode,jenis,judul,wilayah,tahun_awal,tahun_akhir',
          'RPJMD-75-2025-2029,RPJMD,RPJMD Provinsi Gorontalo 2025–2029,75,2025,2029',
        ],
      ],
      ['target.csv', ['dokumen,indikator,wilayah,tahun,nilai,catatan', 'RPJMD-75-2025-2029,iks_elderly,75,2029,70,nilai uji']],
    ] as const) {
      const report = await importFile(use(), { bytes: csv(...lines), fileName, viewer: national, publish: true });
      expect(report.errors).toEqual([]);
    }
  });
  afterAll(() => api.stop());

  it('refuses who may not publish, a set not stored, and a method that is not official, writing nothing', async () => {
    await api.query(COMPUTE, { m: 'IKS_UJI_RESMI' }, { viewer: verifier });
    await api.query(COMPUTE, { m: 'IKS_UJI_CONTOH' }, { viewer: verifier });
    const { compositeResultSets } = await api.query<{ compositeResultSets: unknown[] }>(
      'query { compositeResultSets(methodologyCode: "IKS_UJI_RESMI", parentCode: "75") { period version provisional methodologyVersion computedBy } }',
      {},
      { viewer: reader },
    );
    expect(compositeResultSets).toEqual([
      { period: '2025', version: 1, provisional: false, methodologyVersion: 1, computedBy: 'verifikator-gorontalo' },
    ]);
    const refusal = async (variables: Record<string, unknown>, viewer = verifier) =>
      (await api.execute(PUBLISH, variables, { viewer })).errors?.[0]?.message;
    expect(await refusal({ m: 'IKS_UJI_RESMI' }, ANONYMOUS)).toMatch(/sign in|masuk/i);
    expect(await refusal({ m: 'IKS_UJI_RESMI' }, editor)).toMatch(/publish composite index results/);
    expect(await refusal({ m: 'IKS_UJI_RESMI' }, otherVerifier)).toMatch(/publish composite index results/);
    expect(await refusal({ m: 'IKS_UJI_RESMI', v: 9 })).toBe(
      'No stored result set IKS_UJI_RESMI 75 2025 versi 9: compute it first (computeCompositeIndex).',
    );
    expect(await refusal({ m: 'IKS_UJI_CONTOH' })).toMatch(
      /^Methodology IKS_UJI_CONTOH version 1 is DRAFT, not OFFICIAL: its result is not the official iks_elderly/,
    );
    expect(await use().sql.query(STORED)).toEqual([]);
  });

  it('writes the values submitted, with the method and result set as their source, idempotently; verified, they meet the RPJMD target', async () => {
    const first = await api.query<{ publishCompositeResultSet: Record<string, unknown> }>(
      PUBLISH,
      { m: 'IKS_UJI_RESMI' },
      { viewer: verifier },
    );
    expect(first.publishCompositeResultSet).toMatchObject({
      methodologyCode: 'IKS_UJI_RESMI',
      resultSetVersion: 1,
      indicatorCode: 'iks_elderly',
      importBatchId: expect.any(Number),
      inserted: 2,
      updated: 0,
      revisions: 0,
      withoutValue: ['75.01', '75.03', '75.04', '75.05'],
    });
    const source = 'Hasil indeks komposit IKS_UJI_RESMI versi 1 (RESMI), set hasil 75 2025 versi 1';
    const stored = await use().sql.query<Record<string, unknown>>(STORED);
    expect(stored).toEqual([
      {
        region: '75.02',
        value: 55.25,
        status: 'UNVERIFIED',
        source,
        publisher: '',
        note: expect.stringMatching(/^Dihitung oleh verifikator-gorontalo pada /),
      },
      { region: '75.71', value: 65.5, status: 'UNVERIFIED', source, publisher: '', note: expect.any(String) },
    ]);
    // The audit trail and batch name the verifier who published.
    const [batch] = await use().sql.query<{ importedBy: string; fileName: string }>(
      'SELECT imported_by AS "importedBy", file_name AS "fileName" FROM import_batch WHERE id = $1',
      [first.publishCompositeResultSet.importBatchId],
    );
    expect(batch).toEqual({ importedBy: 'verifikator-gorontalo', fileName: 'hasil-IKS_UJI_RESMI-75-2025-v1.csv' });

    // Again: nothing new, no batch.
    const again = await api.query<{ publishCompositeResultSet: Record<string, unknown> }>(
      PUBLISH,
      { m: 'IKS_UJI_RESMI' },
      { viewer: verifier },
    );
    expect(again.publishCompositeResultSet).toMatchObject({ importBatchId: null, inserted: 0, updated: 0, unchanged: 2 });

    // Submitted values wait for the verifier; once verified, the scorecard reads them against the RPJMD target.
    const scoreAsViewer = () =>
      api.query<{ scorecard: { cells: Record<string, unknown>[] } }>(
        SCORECARD,
        { doc: 'RPJMD-75-2025-2029' },
        { viewer: reader },
      );
    expect((await scoreAsViewer()).scorecard.cells.map((c) => c.latest)).toEqual([null, null]);
    const { reviewQueue } = await api.query<{ reviewQueue: { items: { id: string }[] } }>(
      'query { reviewQueue(regionCode: "75") { items { id } } }',
      {},
      { viewer: verifier },
    );
    expect(reviewQueue.items.map((i) => i.id)).toEqual(['obs:iks_elderly|75.02|2025', 'obs:iks_elderly|75.71|2025']);
    await api.query(
      'mutation ($d: [ReviewDecisionInput!]!) { reviewValues(decisions: $d) { verified } }',
      { d: reviewQueue.items.map((i) => ({ id: i.id, action: 'VERIFY' })) },
      { viewer: verifier },
    );
    expect((await scoreAsViewer()).scorecard.cells).toEqual([
      { regionCode: '75.71', status: expect.any(String), target: { value: 70 }, latest: { period: '2025', value: 65.5 } },
      { regionCode: '75.02', status: expect.any(String), target: { value: 70 }, latest: { period: '2025', value: 55.25 } },
    ]);
  });

  it('turns a changed result for a verified value into a revision, never replaces a published value, and refuses official figures into training data', async () => {
    // Kota Gorontalo's input is corrected (31 for 30): version 2 of the set changes its verified IKS.
    const corrected = await importFile(use(), {
      bytes: csv('kode_wilayah,indikator,periode,nilai,sumber', '75.71,iks_elderly_basic_needs,2025,31,Dinas Sosial uji'),
      fileName: 'koreksi.csv',
      viewer: national,
      publish: true,
    });
    expect(corrected.errors).toEqual([]);
    await api.query(COMPUTE, { m: 'IKS_UJI_RESMI' }, { viewer: verifier });
    const second = await api.query<{ publishCompositeResultSet: Record<string, unknown> }>(
      PUBLISH,
      { m: 'IKS_UJI_RESMI' },
      { viewer: verifier },
    );
    expect(second.publishCompositeResultSet).toMatchObject({ resultSetVersion: 2, inserted: 0 });
    const revisions = await use().sql.query<{ region: string; value: number }>(
      "SELECT region_code AS region, value::float8 AS value FROM observation_revision WHERE indicator_code = 'iks_elderly' ORDER BY region_code",
    );
    expect(revisions).toContainEqual({ region: '75.71', value: 66.5 });
    expect((await use().sql.query<{ value: number }>(STORED)).map((r) => r.value)).toEqual([55.25, 65.5]);

    // Kabupaten Pohuwato's IKS arrives as a published statistic before its inputs: a set that differs from it is refused
    // whole, nothing written.
    const release = await importFile(use(), {
      bytes: csv(
        'kode_wilayah,indikator,periode,nilai,sumber',
        '75.03,iks_elderly,2025,40,Rilis uji',
        ...['basic_needs', 'social_role', 'economic_independence'].map((d) => `75.03,iks_elderly_${d},2025,15,Rilis uji`),
      ),
      fileName: 'rilis.csv',
      viewer: national,
      publish: true,
    });
    expect(release.errors).toEqual([]);
    await api.query(COMPUTE, { m: 'IKS_UJI_RESMI' }, { viewer: verifier });
    const before = await use().sql.query(STORED);
    const refused = await api.execute(PUBLISH, { m: 'IKS_UJI_RESMI', v: 3 }, { viewer: verifier });
    expect(refused.errors?.[0]?.message).toMatch(
      /PUBLISHED_VALUE_CHANGE \(baris \d\): iks_elderly · 75\.03 · 2025 is a published statistic; .* \(40 → 45,/,
    );
    expect(await use().sql.query(STORED)).toEqual(before);

    // A set computed from official values is not published into a database of training data.
    await writeDataset(use().sql, { kind: 'TRAINING', seed: 'uji', generatorVersion: 'uji', generators: [] });
    const mixed = await api.execute(PUBLISH, { m: 'IKS_UJI_RESMI', v: 2 }, { viewer: verifier });
    expect(mixed.errors?.[0]?.message).toMatch(/OFFICIAL_INTO_TRAINING/);
    expect(await use().sql.query(STORED)).toEqual(before);
  });
});

describeEachDatabase('a result set never crosses between training and official data', (use) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(use());
    await writeDataset(use().sql, { kind: 'TRAINING', seed: 'uji', generatorVersion: 'uji', generators: [] });
    await verifiedInputs(api, use, TRAINING_SOURCE);
    await api.query(DEFINE, { input: OFFICIAL });
  });
  afterAll(() => api.stop());

  it('publishes an example method’s result in a training database, marked as training data, and refuses it in an official one', async () => {
    await api.query(COMPUTE, { m: 'IKS_ELDERLY_RPJMN' }, { viewer: verifier });
    const published = await api.query<{ publishCompositeResultSet: { inserted: number } }>(
      PUBLISH,
      { m: 'IKS_ELDERLY_RPJMN' },
      { viewer: verifier },
    );
    expect(published.publishCompositeResultSet.inserted).toBe(2);
    const stored = await use().sql.query<{ source: string; publisher: string }>(STORED);
    expect(stored.map((s) => [s.source, s.publisher])).toEqual(
      Array(2).fill(['Hasil indeks komposit IKS_ELDERLY_RPJMN versi 1 (CONTOH), set hasil 75 2025 versi 1', TRAINING_SOURCE]),
    );
    // The same database taken for an official one (its marker gone): an example's result is not the index, and a
    // result computed from training values is training data, whatever the method.
    await api.query(COMPUTE, { m: 'IKS_UJI_RESMI' }, { viewer: verifier });
    await use().sql.query('DELETE FROM dataset');
    const example = await api.execute(PUBLISH, { m: 'IKS_ELDERLY_RPJMN' }, { viewer: verifier });
    expect(example.errors?.[0]?.message).toMatch(/is EXAMPLE, not OFFICIAL/);
    const training = await api.execute(PUBLISH, { m: 'IKS_UJI_RESMI' }, { viewer: verifier });
    expect(training.errors?.[0]?.message).toMatch(/TRAINING_INTO_OFFICIAL/);
    expect(await use().sql.query(STORED)).toHaveLength(2);
  });
});
