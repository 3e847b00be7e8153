import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ANONYMOUS, accountViewer, type Viewer } from '../accounts/viewer.js';
import { importFile } from '../imports/import.service.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/graphql.js';

// IKS end to end for the kabupaten/kota of Gorontalo: inputs submitted by each region's editor, verified by the
// province's verifier, computed and stored as versions. The method is an example defined here and the values are test
// values, not real figures: the official IKS method is not published.

const EXAMPLE = new URL('../../../web/src/explorer/examples/21-iks-kabupaten-kota-tersimpan.graphql', import.meta.url);

const verifier = accountViewer('verifikator-gorontalo', [{ role: 'VERIFIER', regionCode: '75' }]);
const otherVerifier = accountViewer('verifikator-sulut', [{ role: 'VERIFIER', regionCode: '71' }]);
const viewer = accountViewer('pembaca', [{ role: 'VIEWER', regionCode: 'ID' }]);
const editor = (region: string) => accountViewer(`editor-${region}`, [{ role: 'EDITOR', regionCode: region }]);

const METHOD = {
  code: 'IKS_LANSIA_UJI',
  nameId: 'IKS Lansia — CONTOH uji',
  nameEn: 'IKS older persons — test EXAMPLE',
  descriptionId: 'Metode contoh untuk uji, bukan metode resmi.',
  aggregation: 'WEIGHTED_SUM',
  normalisation: 'MIN_MAX',
  dimensions: [
    ['basic_needs', 0.4],
    ['social_role', 0.3],
    ['economic_independence', 0.3],
  ].map(([code, weight]) => ({
    code,
    nameId: String(code),
    nameEn: String(code),
    weight,
    components: [{ indicatorCode: `iks_elderly_${code}`, weight: 1, min: 0, max: 100 }],
  })),
};

const COMPUTE = `mutation ($parent: String!, $period: String!, $unverified: Boolean) {
  computeCompositeIndex(methodologyCode: "IKS_LANSIA_UJI", parentCode: $parent, period: $period, includeUnverified: $unverified) {
    methodologyCode methodologyVersion methodologyStatus parentCode period version provisional computedBy
    results { regionCode regionName value missing formula
      dimensions { code score components { indicatorCode rawValue status source reviewedBy importBatchId normalised } } } } }`;
const RESULT_SET = `query ($version: Int) {
  compositeResultSet(methodologyCode: "IKS_LANSIA_UJI", parentCode: "Provinsi Gorontalo", period: "2025", version: $version) {
    version provisional computedBy results { regionCode value dimensions { components { indicatorCode status } } } } }`;
const GAPS = `{ compositeInputGaps(methodologyCode: "IKS_LANSIA_UJI", parentCode: "75", period: "2025") {
  methodologyVersion regionCount completeCount regions { regionCode regionName missing unverified unverifiedStatuses } } }`;

interface ResultSet {
  version: number;
  provisional: boolean;
  computedBy: string;
  results: {
    regionCode: string;
    value: number | null;
    missing: string[];
    dimensions: { components: { indicatorCode: string; status: string | null; reviewedBy: string | null }[] }[];
  }[];
}

describeEachDatabase('stored composite index results', (use) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(use());
    await api.query(`mutation ($input: CompositeMethodologyInput!) { defineCompositeMethodology(input: $input) { version } }`, {
      input: METHOD,
    });
    const submit = async (region: string, rows: [string, number][]) => {
      const csv = `kode_wilayah,indikator,periode,nilai,sumber\n${rows.map(([i, v]) => `${region},iks_elderly_${i},2025,${v},Dinas Sosial ${region}`).join('\n')}\n`;
      const report = await importFile(use(), { bytes: Buffer.from(csv), fileName: `iks-${region}.csv`, viewer: editor(region) });
      expect(report.errors).toEqual([]);
    };
    await submit('75.71', [
      ['basic_needs', 72.5],
      ['social_role', 64],
      ['economic_independence', 58.25],
    ]);
    await submit('75.02', [
      ['basic_needs', 61],
      ['social_role', 55],
      ['economic_independence', 49.5],
    ]);
    await submit('75.01', [['basic_needs', 70]]);
    // The province's verifier verifies Kota Gorontalo's and Kabupaten Gorontalo's values; Boalemo's wait.
    for (const region of ['75.71', '75.01']) {
      const { reviewQueue } = await api.query<{ reviewQueue: { items: { id: string }[] } }>(
        'query ($r: String!) { reviewQueue(regionCode: $r) { items { id } } }',
        { r: region },
        { viewer: verifier },
      );
      await api.query(
        'mutation ($d: [ReviewDecisionInput!]!) { reviewValues(decisions: $d) { verified } }',
        { d: reviewQueue.items.map((i) => ({ id: i.id, action: 'VERIFY' })) },
        { viewer: verifier },
      );
    }
  });
  afterAll(() => api.stop());

  it('lists which kabupaten/kota lack which input, in one statement', async () => {
    const { compositeInputGaps } = await api.query<{ compositeInputGaps: Record<string, unknown> }>(
      GAPS,
      {},
      { viewer: verifier },
    );
    const all = ['iks_elderly_basic_needs', 'iks_elderly_economic_independence', 'iks_elderly_social_role'];
    expect(compositeInputGaps).toEqual({
      methodologyVersion: 1,
      regionCount: 6,
      completeCount: 1,
      regions: [
        {
          regionCode: '75.01',
          regionName: 'Kabupaten Gorontalo',
          missing: ['iks_elderly_economic_independence', 'iks_elderly_social_role'],
          unverified: [],
          unverifiedStatuses: [],
        },
        {
          regionCode: '75.02',
          regionName: 'Kabupaten Boalemo',
          missing: [],
          unverified: all,
          unverifiedStatuses: ['UNVERIFIED', 'UNVERIFIED', 'UNVERIFIED'],
        },
        ...['75.03', '75.04', '75.05'].map((regionCode) => ({
          regionCode,
          regionName: expect.any(String),
          missing: all,
          unverified: [],
          unverifiedStatuses: [],
        })),
      ],
    });
    // A viewer does not see values waiting for verification: Boalemo's are missing to it.
    const asViewer = await api.query<{ compositeInputGaps: { regions: { regionCode: string; missing: string[] }[] } }>(
      GAPS,
      {},
      { viewer },
    );
    expect(asViewer.compositeInputGaps.regions.find((r) => r.regionCode === '75.02')?.missing).toEqual(all);
    expect(await api.statementsOf(() => api.query(GAPS, {}, { viewer: verifier }), 'held')).toHaveLength(1);

    // The explorer's example answers for the shipped example method, whose inputs are the same indicators.
    const example = await api.query<{
      compositeInputGaps: { completeCount: number; regionCount: number };
      compositeResultSet: null;
    }>(readFileSync(EXAMPLE, 'utf8'), {}, { viewer: verifier });
    expect(example).toEqual({
      compositeInputGaps: expect.objectContaining({ regionCount: 6, completeCount: 1 }),
      compositeResultSet: null,
    });
  });

  it('stores a result from verified inputs only, with each input’s status and provenance, then a provisional second version', async () => {
    const first = (
      await api.query<{ computeCompositeIndex: ResultSet & Record<string, unknown> }>(
        COMPUTE,
        { parent: '75', period: '2025' },
        { viewer: verifier },
      )
    ).computeCompositeIndex;
    expect(first).toMatchObject({
      methodologyCode: 'IKS_LANSIA_UJI',
      methodologyVersion: 1,
      methodologyStatus: 'DRAFT',
      parentCode: '75',
      period: '2025',
      version: 1,
      provisional: false,
      computedBy: 'verifikator-gorontalo',
    });
    expect(first.results.map((r) => [r.regionCode, r.value])).toEqual([
      ['75.01', null],
      ['75.02', null],
      ['75.03', null],
      ['75.04', null],
      ['75.05', null],
      // 0.4 × 72.5 + 0.3 × 64 + 0.3 × 58.25
      ['75.71', 65.675],
    ]);
    const kota = first.results[5]!;
    expect(kota.dimensions[0]?.components[0]).toMatchObject({
      indicatorCode: 'iks_elderly_basic_needs',
      rawValue: 72.5,
      status: 'VERIFIED',
      source: 'Dinas Sosial 75.71',
      reviewedBy: 'verifikator-gorontalo',
      importBatchId: expect.any(Number),
    });
    expect(first.results[1]!.missing).toHaveLength(3);

    const second = (
      await api.query<{ computeCompositeIndex: ResultSet }>(
        COMPUTE,
        { parent: '75', period: '2025', unverified: true },
        { viewer: verifier },
      )
    ).computeCompositeIndex;
    expect(second).toMatchObject({ version: 2, provisional: true });
    // 0.4 × 61 + 0.3 × 55 + 0.3 × 49.5
    expect(second.results.find((r) => r.regionCode === '75.02')?.value).toBe(55.75);

    // The stored sets read back as computed; a viewer sees only the set that is not provisional.
    const latest = await api.query<{ compositeResultSet: ResultSet }>(RESULT_SET, {}, { viewer: verifier });
    expect(latest.compositeResultSet).toMatchObject({ version: 2, provisional: true, computedBy: 'verifikator-gorontalo' });
    expect(latest.compositeResultSet.results.find((r) => r.regionCode === '75.02')?.dimensions[0]?.components[0]?.status).toBe(
      'UNVERIFIED',
    );
    const forViewer = await api.query<{ compositeResultSet: ResultSet }>(RESULT_SET, {}, { viewer });
    expect(forViewer.compositeResultSet).toMatchObject({ version: 1, provisional: false });
    expect(forViewer.compositeResultSet.results.map((r) => r.value)).toEqual([null, null, null, null, null, 65.675]);
    expect((await api.query<{ compositeResultSet: ResultSet }>(RESULT_SET, { version: 1 })).compositeResultSet.version).toBe(1);
    expect((await api.query<{ compositeResultSet: null }>(RESULT_SET, { version: 9 })).compositeResultSet).toBeNull();
    expect(await api.statementsOf(() => api.query(RESULT_SET, {}, { viewer }), 'held')).toHaveLength(1);
  });

  it('never changes a stored result', async () => {
    await expect(use().sql.query("UPDATE composite_result_value SET value = 99 WHERE region_code = '75.71'")).rejects.toThrow(
      /never change/,
    );
    await expect(use().sql.query('UPDATE composite_result_set SET provisional = false')).rejects.toThrow(/never change/);
  });

  it('costs the same statements for a province of 6 kabupaten/kota as the cost rule bounds, and refuses what it should', async () => {
    const statements = await api.statementsOf(
      () => api.query(COMPUTE, { parent: '75', period: '2025' }, { viewer: verifier }),
      'held',
    );
    // Method, inputs with their regions, then one transaction: lock, the set, its values.
    expect(statements.filter((s) => !/^(BEGIN|COMMIT)/i.test(s.trim()))).toHaveLength(5);

    const refusal = async (variables: Record<string, unknown>, as: Viewer) =>
      (await api.execute(COMPUTE, variables, { viewer: as })).errors?.[0]?.message;
    const stored = async () =>
      use().sql.query(
        'SELECT (SELECT count(*)::int FROM composite_result_set) AS sets, (SELECT count(*)::int FROM composite_result_value) AS v',
      );
    const before = await stored();
    expect(await refusal({ parent: '75', period: '2025' }, ANONYMOUS)).toMatch(/may not store composite index results|sign in/i);
    expect(await refusal({ parent: '75'.repeat(5000), period: '2025' }, verifier)).toBeTruthy();
    expect(await refusal({ parent: '=HYPERLINK("x")', period: '2025' }, verifier)).toBeTruthy();
    expect(await refusal({ parent: '75', period: '2025' }, editor('75.71'))).toMatch(/may not store composite index results/);
    expect(await refusal({ parent: '75', period: '2025' }, otherVerifier)).toMatch(
      /may not store composite index results for region 75/,
    );
    expect(await refusal({ parent: '75.71', period: '2025' }, verifier)).toBe(
      'Composite index results are stored for the kabupaten/kota of a province: “75.71” is not a province.',
    );
    const inIndonesian = await api.execute(COMPUTE, { parent: '75.71', period: '2025' }, { viewer: verifier, language: 'id' });
    expect(inIndonesian.errors?.[0]?.message).toBe(
      'Hasil indeks komposit disimpan untuk kabupaten/kota dalam satu provinsi: “75.71” bukan provinsi.',
    );
    expect(await refusal({ parent: '75', period: '2024' }, verifier)).toBe(
      'No kabupaten/kota of 75 has every input of IKS_LANSIA_UJI version 1 for 2024 verified: nothing is stored. compositeInputGaps lists what is missing.',
    );
    // Refused as an anonymous visitor, the wrong role or region, or with hostile arguments: nothing was stored.
    expect(await stored()).toEqual(before);
  });
});
