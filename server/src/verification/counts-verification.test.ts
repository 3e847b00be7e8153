import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, accountViewer, type Viewer } from '../accounts/viewer.js';
import { repoRoot } from '../config.js';
import { importFile } from '../imports/import.service.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi, TEST_ADMINISTRATOR, type TestApi } from '../test-support/graphql.js';
import { ANALYST } from '../test-support/viewers.js';

// Counts by category (PPKS, PSKS) go round the same cycle as values: Kota Gorontalo's editor submits its PPKS counts,
// which visitors and viewers do not see; the province's verifier returns one with a comment, the editor corrects it,
// the verifier verifies; then viewers see them in the category profile. A change to a verified count is a revision:
// the verified count stays, and is what viewers see, until the revision is verified. Published counts stay as they are.

const editor = accountViewer('editor-kota-gorontalo', [{ role: 'EDITOR', regionCode: '75.71' }]);
const otherEditor = accountViewer('editor-boalemo', [{ role: 'EDITOR', regionCode: '75.02' }]);
const verifier = accountViewer('verifikator-gorontalo', [{ role: 'VERIFIER', regionCode: '75' }]);
const otherVerifier = accountViewer('verifikator-sulut', [{ role: 'VERIFIER', regionCode: '71' }]);
const viewer = accountViewer('pembaca', [{ role: 'VIEWER', regionCode: 'ID' }]);

const HEADER = 'kode_wilayah,indikator,kategori,periode,nilai,sumber,penerbit';
const counts = (rows: string[]) => Buffer.from(`${[HEADER, ...rows].join('\n')}\n`);
const SOURCE = 'Rekap PPKS,Dinas Sosial Kota Gorontalo';
const row = (region: string, category: string, year: number, value: number) =>
  `${region},jumlah_pmks,${category},${year},${value},${SOURCE}`;

const QUEUE = `query ($region: String!) { reviewQueue(regionCode: $region) {
  totalCount items { id kind indicatorCode regionCode period categoryCode categoryName value previousValue previousPeriod
  status submittedBy fileName comment flags } } }`;
const REVIEW = `mutation ($d: [ReviewDecisionInput!]!) { reviewValues(decisions: $d) { verified returned } }`;
const PROFILE = `query ($year: Int!) { breakdownProfile(indicatorCode: "jumlah_pmks", regionCode: "75.71", year: $year) {
  origin total categories { code value status } } }`;
const HISTORY = `query ($c: String!, $p: String!) { countHistory(indicatorCode: "jumlah_pmks", regionCode: "75.71", period: $p, categoryCode: $c) {
  value status reviewedBy created { fileName importedBy } changes { by field oldValue newValue reason } } }`;
const DRAFTS = 'query { drafts(regionCode: "75.71") { values counts countRevisions } }';
const SUBMIT_DRAFTS = 'mutation { submitDrafts(regionCode: "75.71") { values counts countRevisions } }';

type Item = Record<string, unknown>;
type Queue = { reviewQueue: { totalCount: number; items: Item[] } };
type Profile = {
  breakdownProfile: {
    origin: string;
    total: number | null;
    categories: { code: string; value: number | null; status: string | null }[];
  };
};

/** The text of one of the dashboard's own operations, the only ones an anonymous visitor may run. */
function dashboardOperation(name: string): string {
  const documents = JSON.parse(readFileSync(join(repoRoot, 'web/src/gql/persisted-documents.json'), 'utf8')) as Record<
    string,
    string
  >;
  const text = Object.values(documents).find((d) => new RegExp(`\\b(query|mutation) ${name}\\b`).test(d));
  if (!text) throw new Error(`The dashboard has no operation ${name}.`);
  return text;
}

const cnt = (category: string, year = 2024) => `cnt:jumlah_pmks|75.71|${year}|${category}`;

describeEachDatabase('counts by category in the verification cycle', (use) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(use());
    // Published figures of an administrator: Kota Gorontalo's 2023 counts, and 2024 counts of four other kabupaten of
    // Gorontalo (the peers of Kota Gorontalo's 2024 counts).
    const published = await importFile(use(), {
      bytes: counts([
        row('75.71', 'PPKS01', 2023, 100),
        row('75.71', 'PPKS24', 2023, 5000),
        ...['75.01', '75.02', '75.03', '75.04'].map((r, i) => row(r, 'PPKS24', 2024, 4000 + 100 * i)),
      ]),
      fileName: 'ppks-terbitan.csv',
      viewer: TEST_ADMINISTRATOR,
      publish: true,
    });
    expect(published.errors).toEqual([]);
  });

  const submit = async (fileName: string, rows: string[], options: { draft?: boolean; who?: Viewer } = {}) =>
    importFile(use(), { bytes: counts(rows), fileName, viewer: options.who ?? editor, draft: options.draft === true });
  const queue = async (region = '75') => (await api.query<Queue>(QUEUE, { region }, { viewer: verifier })).reviewQueue;
  // A visitor reads through the dashboard's own operation (the PPKS page's), everyone else through a query of their own.
  const profile = async (who: Viewer, year = 2024) =>
    who.kind === 'anonymous'
      ? (
          await api.query<{ profile: Profile['breakdownProfile'] }>(
            dashboardOperation('CategoryProfile'),
            { indicator: 'jumlah_pmks', region: '75.71', year, below: false },
            { viewer: who },
          )
        ).profile
      : (await api.query<Profile>(PROFILE, { year }, { viewer: who })).breakdownProfile;
  const shown = (p: Profile['breakdownProfile']) => p.categories.filter((c) => c.value !== null);

  it('keeps an editor’s submitted counts from visitors and viewers, in the same one statement as an analyst’s', async () => {
    const report = await submit('ppks-2024.csv', [row('75.71', 'PPKS01', 2024, 110), row('75.71', 'PPKS24', 2024, 52000)]);
    expect(report.errors).toEqual([]);
    expect(report.counts).toMatchObject({ inserted: 2 });
    expect(shown(await profile(ANALYST))).toEqual([
      { code: 'PPKS01', value: 110, status: 'UNVERIFIED' },
      { code: 'PPKS24', value: 52000, status: 'UNVERIFIED' },
    ]);
    // For a visitor or a viewer, as for a submitted value, the counts are not there.
    for (const who of [viewer, ANONYMOUS]) {
      expect(await profile(who)).toMatchObject({ origin: 'NONE', total: null });
    }
    // The condition is part of the one statement reading the counts: a viewer's request costs no more than an
    // analyst's (one fewer here: without counts there are no sources to read).
    const asAnalyst = await api.statementsOf(() => profile(ANALYST));
    const asViewer = await api.statementsOf(() => profile(viewer));
    for (const statements of [asAnalyst, asViewer]) {
      expect(statements.filter((q) => q.includes('FROM breakdown_count'))).toHaveLength(1);
    }
    expect(asViewer.length).toBe(asAnalyst.length - 1);
  });

  it('lists submitted counts beside the same category’s count before, flagged as values are, in one statement', async () => {
    const first = await queue();
    expect(first.totalCount).toBe(2);
    expect(first.items).toEqual([
      {
        id: cnt('PPKS01'),
        kind: 'COUNT',
        indicatorCode: 'jumlah_pmks',
        regionCode: '75.71',
        period: '2024',
        categoryCode: 'PPKS01',
        categoryName: 'Anak Balita Terlantar',
        value: 110,
        previousValue: 100,
        previousPeriod: '2023',
        status: 'SUBMITTED',
        submittedBy: 'editor-kota-gorontalo',
        fileName: 'ppks-2024.csv',
        comment: null,
        flags: [],
      },
      expect.objectContaining({
        id: cnt('PPKS24'),
        categoryName: 'Fakir Miskin',
        value: 52000,
        previousValue: 5000,
        flags: ['OUTSIDE_PEER_RANGE'],
      }),
    ]);
    const statements = await api.statementsOf(() => queue(), 'held');
    expect(statements.filter((s) => s.includes('breakdown_count'))).toHaveLength(1);
  });

  it('goes through a return and a correction to verified counts a viewer reads, with their history', async () => {
    const decided = await api.query(
      REVIEW,
      {
        d: [
          { id: cnt('PPKS24'), action: 'RETURN', comment: 'Fakir miskin 52.000 tidak sesuai rekap kecamatan.' },
          { id: cnt('PPKS01'), action: 'VERIFY' },
        ],
      },
      { viewer: verifier },
    );
    expect(decided).toEqual({ reviewValues: { verified: 1, returned: 1 } });
    expect((await queue('75.71')).items).toMatchObject([
      { id: cnt('PPKS24'), status: 'RETURNED', comment: 'Fakir miskin 52.000 tidak sesuai rekap kecamatan.' },
    ]);
    // A viewer sees the verified count and not the returned one.
    expect(shown(await profile(viewer))).toEqual([{ code: 'PPKS01', value: 110, status: 'VERIFIED' }]);

    expect((await submit('ppks-2024-koreksi.csv', [row('75.71', 'PPKS24', 2024, 5200)])).errors).toEqual([]);
    expect((await queue()).items).toMatchObject([{ id: cnt('PPKS24'), status: 'SUBMITTED', value: 5200 }]);
    await api.query(REVIEW, { d: [{ id: cnt('PPKS24'), action: 'VERIFY', comment: 'Sesuai rekap.' }] }, { viewer: verifier });
    expect(shown(await profile(viewer))).toEqual([
      { code: 'PPKS01', value: 110, status: 'VERIFIED' },
      { code: 'PPKS24', value: 5200, status: 'VERIFIED' },
    ]);

    const history = (
      await api.query<{ countHistory: Item & { changes: Item[] } }>(HISTORY, { c: 'PPKS24', p: '2024' }, { viewer })
    ).countHistory;
    expect(history).toMatchObject({
      value: 5200,
      status: 'VERIFIED',
      reviewedBy: 'verifikator-gorontalo',
      created: { fileName: 'ppks-2024.csv', importedBy: 'editor-kota-gorontalo' },
    });
    expect(history.changes.map((c) => [c.by, c.field, c.oldValue, c.newValue, c.reason])).toEqual([
      ['verifikator-gorontalo', 'status', 'UNVERIFIED', 'RETURNED', 'Fakir miskin 52.000 tidak sesuai rekap kecamatan.'],
      ['editor-kota-gorontalo', 'value', '52000', '5200', 'Impor ppks-2024-koreksi.csv'],
      ['editor-kota-gorontalo', 'status', 'RETURNED', 'UNVERIFIED', 'Impor ppks-2024-koreksi.csv'],
      ['verifikator-gorontalo', 'status', 'UNVERIFIED', 'VERIFIED', 'Sesuai rekap.'],
    ]);
  });

  it('keeps a verified count, for viewers, until its revision is verified; the old count stays in the history', async () => {
    const report = await submit('ppks-2024-revisi.csv', [row('75.71', 'PPKS01', 2024, 115)]);
    expect(report.errors).toEqual([]);
    expect(report.counts).toMatchObject({ revisions: 1, updated: 0, inserted: 0 });
    expect(shown(await profile(viewer))[0]).toEqual({ code: 'PPKS01', value: 110, status: 'VERIFIED' });
    const [item] = (await queue()).items;
    expect(item).toMatchObject({ kind: 'COUNT_REVISION', categoryCode: 'PPKS01', value: 115, previousValue: 110 });
    expect(item!.id).toMatch(/^crev:\d+$/);

    // A second revision replaces the waiting one; returned, it leaves the verified count as it was.
    await submit('ppks-2024-revisi-2.csv', [row('75.71', 'PPKS01', 2024, 999)]);
    const [second] = (await queue()).items;
    expect(second).toMatchObject({ kind: 'COUNT_REVISION', value: 999 });
    expect((await queue()).totalCount).toBe(1);
    await api.query(REVIEW, { d: [{ id: second!.id, action: 'RETURN', comment: 'Salah ketik.' }] }, { viewer: verifier });
    expect(shown(await profile(viewer))[0]).toEqual({ code: 'PPKS01', value: 110, status: 'VERIFIED' });

    await submit('ppks-2024-revisi-3.csv', [row('75.71', 'PPKS01', 2024, 115)]);
    const [third] = (await queue()).items;
    await api.query(REVIEW, { d: [{ id: third!.id, action: 'VERIFY' }] }, { viewer: verifier });
    expect(shown(await profile(viewer))[0]).toEqual({ code: 'PPKS01', value: 115, status: 'VERIFIED' });
    const history = (
      await api.query<{ countHistory: { changes: Item[] } }>(HISTORY, { c: 'PPKS01', p: '2024' }, { viewer: ANALYST })
    ).countHistory;
    expect(history.changes.map((c) => [c.by, c.field, c.oldValue, c.newValue])).toEqual([
      ['verifikator-gorontalo', 'status', 'UNVERIFIED', 'VERIFIED'],
      ['verifikator-gorontalo', 'revision', '999', 'RETURNED'],
      ['editor-kota-gorontalo', 'value', '110', '115'],
      ['verifikator-gorontalo', 'status', 'VERIFIED', 'VERIFIED (revision)'],
    ]);
    // A viewer is not told of revisions still waiting or returned (they were never part of the count).
    const forViewer = (await api.query<{ countHistory: { changes: Item[] } }>(HISTORY, { c: 'PPKS01', p: '2024' }, { viewer }))
      .countHistory;
    expect(forViewer.changes.map((c) => c.field)).toEqual(['status', 'value', 'status']);
  });

  it('keeps drafts in the region until its editor submits them', async () => {
    const report = await submit('ppks-2025-draf.csv', [row('75.71', 'PPKS01', 2025, 120)], { draft: true });
    expect(report).toMatchObject({ status: 'APPLIED', counts: { inserted: 1 } });
    expect(await api.query(DRAFTS, {}, { viewer: editor })).toEqual({ drafts: { values: 0, counts: 1, countRevisions: 0 } });
    expect((await queue()).items.map((i) => i.id)).not.toContain(cnt('PPKS01', 2025));
    expect(await api.query(SUBMIT_DRAFTS, {}, { viewer: editor })).toEqual({
      submitDrafts: { values: 0, counts: 1, countRevisions: 0 },
    });
    expect((await queue()).items.map((i) => i.id)).toContain(cnt('PPKS01', 2025));
    const history = (
      await api.query<{ countHistory: { changes: Item[] } }>(HISTORY, { c: 'PPKS01', p: '2025' }, { viewer: editor })
    ).countHistory;
    expect(history.changes.map((c) => [c.by, c.field, c.oldValue, c.newValue])).toEqual([
      ['editor-kota-gorontalo', 'status', 'DRAFT', 'UNVERIFIED'],
    ]);
    await api.query(REVIEW, { d: [{ id: cnt('PPKS01', 2025), action: 'VERIFY' }] }, { viewer: verifier });
  });

  it('leaves published counts as they are: an editor’s change is refused, and they never enter the queue', async () => {
    const refused = await submit('ppks-2023-ubah.csv', [row('75.71', 'PPKS01', 2023, 101)]);
    expect(refused).toMatchObject({
      status: 'REJECTED',
      errors: [{ line: 2, code: 'PUBLISHED_VALUE_CHANGE' }],
    });
    expect((await queue()).totalCount).toBe(0);
    expect(shown(await profile(viewer, 2023))).toEqual([
      { code: 'PPKS01', value: 100, status: 'PUBLISHED' },
      { code: 'PPKS24', value: 5000, status: 'PUBLISHED' },
    ]);
  });

  describe('refusals', () => {
    const state = () =>
      use().sql.query(
        `SELECT (SELECT md5(string_agg(concat_ws(',', region_code, period, category_code, value, status, reviewed_by), ';'
                   ORDER BY region_code, period, category_code)) FROM breakdown_count) AS counts,
                (SELECT count(*)::int FROM breakdown_count_revision) AS revisions,
                (SELECT count(*)::int FROM audit_entry) AS audit, (SELECT count(*)::int FROM import_batch) AS batches`,
      );

    it('an editor of another region, a viewer and a visitor are refused with a sentence, and nothing is written', async () => {
      await submit('ppks-2026.csv', [row('75.71', 'PPKS01', 2026, 130)]);
      const before = await state();
      for (const [who, code, sentence] of [
        [
          otherEditor,
          'FORBIDDEN',
          /^Your account \(editor-boalemo\) may not (verify or return values|submit drafts for region 75\.71): that needs/,
        ],
        [
          viewer,
          'FORBIDDEN',
          /^Your account \(pembaca\) may not (verify or return values|submit drafts for region 75\.71): that needs/,
        ],
        [ANONYMOUS, 'UNAUTHENTICATED', /^Sign in first: (verify or return values|submit drafts) needs an account\.$/],
      ] as const) {
        // The dashboard's own operations, which a visitor may send: the refusal is the service layer's.
        const decide = await api.execute(
          dashboardOperation('ReviewValues'),
          { decisions: [{ id: cnt('PPKS01', 2026), action: 'VERIFY' }] },
          { viewer: who },
        );
        expect(decide.errors?.[0]?.extensions?.code).toBe(code);
        expect(decide.errors?.[0]?.message).toMatch(sentence);
        const drafts = await api.execute(dashboardOperation('SubmitDrafts'), { regionCode: '75.71' }, { viewer: who });
        expect(drafts.errors?.[0]?.extensions?.code).toBe(code);
        expect(drafts.errors?.[0]?.message).toMatch(sentence);
        const queued = await api.execute(dashboardOperation('ReviewQueue'), { regionCode: '75' }, { viewer: who });
        expect(queued.errors?.[0]?.extensions?.code).toBe(code);
      }
      // Importing: a viewer and a visitor may not import at all; another region's editor is refused row by row.
      await expect(submit('ppks-pemirsa.csv', [row('75.71', 'PPKS01', 2026, 1)], { who: viewer })).rejects.toMatchObject({
        extensions: { code: 'FORBIDDEN' },
        message: expect.stringMatching(/^Your account \(pembaca\) may not import data: that needs/),
      });
      await expect(submit('ppks-tamu.csv', [row('75.71', 'PPKS01', 2026, 1)], { who: ANONYMOUS })).rejects.toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
        message: 'Sign in first: import data needs an account.',
      });
      expect(await submit('ppks-luar.csv', [row('75.71', 'PPKS01', 2026, 1)], { who: otherEditor })).toMatchObject({
        status: 'REJECTED',
        errors: [
          { line: 2, code: 'OUT_OF_SCOPE', message: 'Region 75.71 is outside the regions your account may submit for (75.02).' },
        ],
      });
      // A verifier of another province: refused for the item's region.
      const outside = await api.execute(
        REVIEW,
        { d: [{ id: cnt('PPKS01', 2026), action: 'VERIFY' }] },
        { viewer: otherVerifier },
      );
      expect(outside.errors?.[0]).toMatchObject({
        message: `${cnt('PPKS01', 2026)} is in region 75.71, outside the regions you verify (71).`,
        extensions: { code: 'FORBIDDEN' },
      });
      expect(await state()).toEqual(before);
    });

    it('refuses a count that is not waiting and a forged item, all or none', async () => {
      const before = await state();
      const mixed = await api.execute(
        REVIEW,
        {
          d: [
            { id: cnt('PPKS01', 2026), action: 'VERIFY' },
            { id: cnt('PPKS01', 2023), action: 'VERIFY' },
          ],
        },
        { viewer: verifier },
      );
      expect(mixed.errors?.[0]?.message).toBe(
        `${cnt('PPKS01', 2023)} is not waiting for verification (decided already, or not submitted).`,
      );
      const forged = await api.execute(
        REVIEW,
        { d: [{ id: "cnt:jumlah_pmks|75.71|2026|x'; DROP TABLE breakdown_count; --|y", action: 'VERIFY' }] },
        { viewer: verifier },
      );
      expect(forged.errors?.[0]?.message).toMatch(
        /is not an item of the verification queue \(obs:…, rev:…, tgt:…, cnt:… or crev:…\)/,
      );
      const noComment = await api.execute(REVIEW, { d: [{ id: cnt('PPKS01', 2026), action: 'RETURN' }] }, { viewer: verifier });
      expect(noComment.errors?.[0]?.message).toMatch(/needs a comment saying what to correct/);
      expect(await state()).toEqual(before);
    });
  });
});
