import { beforeAll, expect, it } from 'vitest';
import { accountViewer } from '../accounts/viewer.js';
import { importFile } from '../imports/import.service.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/graphql.js';

const editor = accountViewer('editor-kota-gorontalo', [{ role: 'EDITOR', regionCode: '75.71' }]);
const verifier = accountViewer('verifikator-gorontalo', [{ role: 'VERIFIER', regionCode: '75' }]);

const QUEUE = `query { reviewQueue(regionCode: "75") { items { id kind value previousValue } } }`;
const REVIEW = `mutation ($d: [ReviewDecisionInput!]!) { reviewValues(decisions: $d) { verified returned } }`;
const VALUE = `{ observations(filter: { indicatorCodes: ["spm_kab_elderly_outside_panti"], regionCodes: ["75.71"] }, first: 5) {
  edges { node { value numerator denominator status } } } }`;

describeEachDatabase('a ratio’s parts through the verification cycle', (use) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(use());
  });

  const submit = async (rows: string[]) =>
    importFile(use(), { bytes: Buffer.from(rows.join('\n')), fileName: 'spm-kota.csv', viewer: editor });
  const stored = async () =>
    (await api.query<{ observations: { edges: { node: unknown }[] } }>(VALUE, {}, { viewer: verifier })).observations.edges.map(
      (e) => e.node,
    );
  const verifyAll = async () => {
    const { reviewQueue } = await api.query<{ reviewQueue: { items: { id: string }[] } }>(QUEUE, {}, { viewer: verifier });
    await api.query(REVIEW, { d: reviewQueue.items.map((i) => ({ id: i.id, action: 'VERIFY' })) }, { viewer: verifier });
  };

  it('keeps the verified counts until the revised counts are verified, then stores them with the value', async () => {
    const header = 'kode_wilayah,indikator,periode,nilai,pembilang,penyebut';
    expect((await submit([header, '75.71,spm_kab_elderly_outside_panti,2024,,10,20'])).errors).toEqual([]);
    await verifyAll();
    expect(await stored()).toEqual([{ value: 50, numerator: 10, denominator: 20, status: 'VERIFIED' }]);

    const revision = await submit([header, '75.71,spm_kab_elderly_outside_panti,2024,,15,20']);
    expect(revision.counts).toMatchObject({ revisions: 1, updated: 0 });
    expect(await stored()).toEqual([{ value: 50, numerator: 10, denominator: 20, status: 'VERIFIED' }]);
    const { reviewQueue } = await api.query<{ reviewQueue: { items: Record<string, unknown>[] } }>(
      QUEUE,
      {},
      { viewer: verifier },
    );
    expect(reviewQueue.items).toEqual([expect.objectContaining({ kind: 'REVISION', value: 75, previousValue: 50 })]);
    await verifyAll();
    expect(await stored()).toEqual([{ value: 75, numerator: 15, denominator: 20, status: 'VERIFIED' }]);
    const audit = await use().sql.query<{ field: string; old_value: string; new_value: string }>(
      `SELECT field, old_value, new_value FROM audit_entry
       WHERE entity_key = 'spm_kab_elderly_outside_panti|75.71|2024' AND field IN ('value', 'numerator', 'denominator')
       ORDER BY id`,
    );
    expect(audit).toEqual([
      { field: 'value', old_value: '50', new_value: '75' },
      { field: 'numerator', old_value: '10', new_value: '15' },
    ]);
  });

  it('takes served and needing typed into the dashboard’s form, computing the achievement', async () => {
    const FORM = `mutation ($v: [FormValueInput!]!) { submitValues(values: $v) { status errors { line code } } }`;
    const row = { indicatorCode: 'spm_kab_children_outside_panti', regionCode: '75.71', period: '2024', value: '' };
    const refused = await api.query<{ submitValues: unknown }>(FORM, { v: [{ ...row, numerator: '7' }] }, { viewer: editor });
    expect(refused.submitValues).toEqual({ status: 'REJECTED', errors: [{ line: 2, code: 'RATIO_PART_MISSING' }] });
    const ok = await api.query<{ submitValues: unknown }>(
      FORM,
      { v: [{ ...row, numerator: '7', denominator: '8' }] },
      { viewer: editor },
    );
    expect(ok.submitValues).toEqual({ status: 'APPLIED', errors: [] });
    const [stored] = await use().sql.query(
      `SELECT value::float8 AS value, numerator::float8 AS numerator, denominator::float8 AS denominator FROM observation
       WHERE indicator_code = 'spm_kab_children_outside_panti' AND region_code = '75.71'`,
    );
    expect(stored).toEqual({ value: 87.5, numerator: 7, denominator: 8 });
  });
});
