import { beforeAll, describe, expect, it } from 'vitest';
import { accountViewer } from '../accounts/viewer.js';
import { importFile } from '../imports/import.service.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi, TEST_ADMINISTRATOR, type TestApi } from '../test-support/graphql.js';
import { ANALYST } from '../test-support/viewers.js';

// Targets go round the same cycle as values: Kota Gorontalo's editor submits its RPJMD targets, which viewers do not
// see; the province's verifier returns one with a comment, the editor corrects it, the verifier verifies; then viewers
// see them in the document, its progress and scorecard. The national RPJMN targets of the demo data are published.

const editor = accountViewer('editor-kota-gorontalo', [{ role: 'EDITOR', regionCode: '75.71' }]);
const otherEditor = accountViewer('editor-boalemo', [{ role: 'EDITOR', regionCode: '75.02' }]);
const verifier = accountViewer('verifikator-gorontalo', [{ role: 'VERIFIER', regionCode: '75' }]);
const viewer = accountViewer('pembaca', [{ role: 'VIEWER', regionCode: 'ID' }]);

const DOC = 'RPJMD-75.71-2025-2029';
const bytes = (lines: string[]) => Buffer.from(`${lines.join('\n')}\n`);
const targetsCsv = (rows: string[]) => bytes(['dokumen,indikator,wilayah,tahun,nilai,batas_bawah,batas_atas', ...rows]);

const QUEUE = `query ($region: String!) { reviewQueue(regionCode: $region) {
  totalCount items { id kind indicatorCode regionCode period value lowerBound upperBound previousValue previousPeriod status submittedBy fileName comment } } }`;
const REVIEW = `mutation ($d: [ReviewDecisionInput!]!) { reviewValues(decisions: $d) { verified returned } }`;
const PROGRESS = `query ($doc: String!, $year: Int) { progress(regionCode: "75.71", indicatorCode: "poverty_rate_p0", documentCode: $doc, targetYear: $year) {
  goal targetRegionCode target { year value status } } }`;
const SCORECARD = `query ($doc: String!) { scorecard(documentCode: $doc) { regionCodes cells { regionCode status } } }`;
const DOCUMENT_TARGETS = `{ planningDocuments { code targets { year value lowerBound upperBound status } } }`;
const HISTORY = `query ($y: Int!) { targetHistory(documentCode: "${DOC}", indicatorCode: "poverty_rate_p0", regionCode: "75.71", year: $y) {
  value lowerBound upperBound status reviewedBy created { fileName importedBy } changes { by field oldValue newValue reason } } }`;

type Queue = { reviewQueue: { totalCount: number; items: Record<string, unknown>[] } };

describeEachDatabase(
  'targets in the verification cycle',
  (use) => {
    let api: TestApi;
    beforeAll(async () => {
      api = await createTestApi(use());
      // An administrator records Kota Gorontalo's RPJMD (planning documents are reference data).
      const docs = await importFile(use(), {
        bytes: bytes([
          'kode,jenis,judul,wilayah,tahun_awal,tahun_akhir',
          `${DOC},RPJMD,RPJMD Kota Gorontalo 2025–2029,75.71,2025,2029`,
        ]),
        fileName: 'rpjmd-kota-gorontalo.csv',
        viewer: TEST_ADMINISTRATOR,
      });
      expect(docs.errors).toEqual([]);
    });

    const submit = async (fileName: string, rows: string[], who = editor) =>
      importFile(use(), { bytes: targetsCsv(rows), fileName, viewer: who });
    const targetsOfDoc = async (who = viewer) =>
      (
        await api.query<{ planningDocuments: { code: string; targets: unknown[] }[] }>(DOCUMENT_TARGETS, {}, { viewer: who })
      ).planningDocuments.find((d) => d.code === DOC)!.targets;

    it('keeps an editor’s submitted targets from viewers, in the document, progress and scorecard', async () => {
      const report = await submit('target-rpjmd.csv', [
        `${DOC},poverty_rate_p0,75.71,2027,,4.6,4.9`,
        `${DOC},poverty_rate_p0,75.71,2028,4.5,,`,
        `${DOC},poverty_rate_p0,75.71,2029,4.0,,`,
      ]);
      expect(report.errors).toEqual([]);
      expect(report.counts).toMatchObject({ inserted: 3 });
      expect(await targetsOfDoc(ANALYST)).toHaveLength(3);
      expect(await targetsOfDoc(viewer)).toEqual([]);
      expect((await api.query<{ progress: unknown }>(PROGRESS, { doc: DOC }, { viewer })).progress).toEqual({
        goal: null,
        targetRegionCode: null,
        target: null,
      });
      expect((await api.query<{ progress: unknown }>(PROGRESS, { doc: DOC }, { viewer: ANALYST })).progress).toEqual({
        goal: 4,
        targetRegionCode: '75.71',
        target: { year: 2029, value: 4, status: 'UNVERIFIED' },
      });
      expect((await api.query<{ scorecard: unknown }>(SCORECARD, { doc: DOC }, { viewer })).scorecard).toEqual({
        regionCodes: [],
        cells: [],
      });
      // A viewer's request costs the same statements as an analyst's.
      const progressAnalyst = await api.statementsOf(() => api.query(PROGRESS, { doc: DOC }, { viewer: ANALYST }));
      const progressViewer = await api.statementsOf(() => api.query(PROGRESS, { doc: DOC }, { viewer }));
      expect(progressViewer.length).toBe(progressAnalyst.length);
    });

    it('lists submitted targets in the queue beside the document’s target for the year before', async () => {
      const queue = (await api.query<Queue>(QUEUE, { region: '75' }, { viewer: verifier })).reviewQueue;
      const targets = queue.items.filter((i) => i.kind === 'TARGET');
      expect(targets).toEqual([
        {
          id: `tgt:${DOC}|poverty_rate_p0|75.71|2027`,
          kind: 'TARGET',
          indicatorCode: 'poverty_rate_p0',
          regionCode: '75.71',
          period: '2027',
          value: 4.6,
          lowerBound: 4.6,
          upperBound: 4.9,
          previousValue: null,
          previousPeriod: null,
          status: 'SUBMITTED',
          submittedBy: 'editor-kota-gorontalo',
          fileName: 'target-rpjmd.csv',
          comment: null,
        },
        expect.objectContaining({ period: '2028', value: 4.5, lowerBound: null, previousValue: 4.6, previousPeriod: '2027' }),
        expect.objectContaining({ period: '2029', value: 4, previousValue: 4.5, previousPeriod: '2028' }),
      ]);
    });

    it('goes through a return and a correction to verified targets a viewer reads, with their history', async () => {
      const decided = await api.query(
        REVIEW,
        {
          d: [
            { id: `tgt:${DOC}|poverty_rate_p0|75.71|2029`, action: 'RETURN', comment: 'Target 2029 tidak sesuai Perda RPJMD.' },
            { id: `tgt:${DOC}|poverty_rate_p0|75.71|2027`, action: 'VERIFY' },
            { id: `tgt:${DOC}|poverty_rate_p0|75.71|2028`, action: 'VERIFY' },
          ],
        },
        { viewer: verifier },
      );
      expect(decided).toEqual({ reviewValues: { verified: 2, returned: 1 } });
      const returned = (await api.query<Queue>(QUEUE, { region: '75.71' }, { viewer: verifier })).reviewQueue.items;
      expect(returned.filter((i) => i.kind === 'TARGET')).toMatchObject([
        { period: '2029', status: 'RETURNED', comment: 'Target 2029 tidak sesuai Perda RPJMD.' },
      ]);

      const corrected = await submit('target-rpjmd-koreksi.csv', [`${DOC},poverty_rate_p0,75.71,2029,3.9,,`]);
      expect(corrected.errors).toEqual([]);
      const again = (await api.query<Queue>(QUEUE, { region: '75' }, { viewer: verifier })).reviewQueue.items;
      expect(again.filter((i) => i.kind === 'TARGET')).toMatchObject([{ period: '2029', status: 'SUBMITTED', value: 3.9 }]);
      await api.query(
        REVIEW,
        { d: [{ id: `tgt:${DOC}|poverty_rate_p0|75.71|2029`, action: 'VERIFY', comment: 'Sesuai Perda.' }] },
        { viewer: verifier },
      );

      // Planning documents and targets are held between requests until the change's notification arrives.
      await expect
        .poll(() => targetsOfDoc(viewer), { timeout: 10_000 })
        .toEqual([
          { year: 2027, value: null, lowerBound: 4.6, upperBound: 4.9, status: 'VERIFIED' },
          { year: 2028, value: 4.5, lowerBound: null, upperBound: null, status: 'VERIFIED' },
          { year: 2029, value: 3.9, lowerBound: null, upperBound: null, status: 'VERIFIED' },
        ]);
      expect((await api.query<{ progress: unknown }>(PROGRESS, { doc: DOC }, { viewer })).progress).toEqual({
        goal: 3.9,
        targetRegionCode: '75.71',
        target: { year: 2029, value: 3.9, status: 'VERIFIED' },
      });
      expect(
        (await api.query<{ scorecard: { regionCodes: string[] } }>(SCORECARD, { doc: DOC }, { viewer })).scorecard.regionCodes,
      ).toEqual(['75.71']);
      const asAnalyst = await api.statementsOf(() => api.query(SCORECARD, { doc: DOC }, { viewer: ANALYST }));
      const asViewer = await api.statementsOf(() => api.query(SCORECARD, { doc: DOC }, { viewer }));
      expect(asViewer.length).toBe(asAnalyst.length);

      const history = (
        await api.query<{ targetHistory: Record<string, unknown> & { changes: Record<string, unknown>[] } }>(
          HISTORY,
          { y: 2029 },
          { viewer },
        )
      ).targetHistory;
      expect(history).toMatchObject({
        value: 3.9,
        lowerBound: null,
        status: 'VERIFIED',
        reviewedBy: 'verifikator-gorontalo',
        created: { fileName: 'target-rpjmd.csv', importedBy: 'editor-kota-gorontalo' },
      });
      expect(history.changes.map((c) => [c.by, c.field, c.oldValue, c.newValue, c.reason])).toEqual([
        ['verifikator-gorontalo', 'status', 'UNVERIFIED', 'RETURNED', 'Target 2029 tidak sesuai Perda RPJMD.'],
        ['editor-kota-gorontalo', 'value', '4', '3.9', 'Impor target-rpjmd-koreksi.csv'],
        ['editor-kota-gorontalo', 'status', 'RETURNED', 'UNVERIFIED', 'Impor target-rpjmd-koreksi.csv'],
        ['verifikator-gorontalo', 'status', 'UNVERIFIED', 'VERIFIED', 'Sesuai Perda.'],
      ]);
    });

    it('refuses a change to a verified target until the verifier returns it', async () => {
      const refused = await submit('target-2028-ubah.csv', [`${DOC},poverty_rate_p0,75.71,2028,4.4,,`]);
      expect(refused.status).toBe('REJECTED');
      expect(refused.errors).toEqual([
        {
          line: 2,
          code: 'VERIFIED_VALUE_CHANGE',
          message: `${DOC} · poverty_rate_p0 · 75.71 · 2028 has been verified: the province’s verifier must return it (reviewValues, RETURN) before it can be changed (4.5 → 4.4).`,
        },
      ]);
      await api.query(
        REVIEW,
        { d: [{ id: `tgt:${DOC}|poverty_rate_p0|75.71|2028`, action: 'RETURN', comment: 'Revisi Perda 2027.' }] },
        { viewer: verifier },
      );
      // Returned, it is no longer shown to viewers; the editor's change goes back to the queue.
      await expect.poll(async () => (await targetsOfDoc(viewer)).length, { timeout: 10_000 }).toBe(2);
      const changed = await submit('target-2028-ubah.csv', [`${DOC},poverty_rate_p0,75.71,2028,4.4,,`]);
      expect(changed.errors).toEqual([]);
      const queue = (await api.query<Queue>(QUEUE, { region: '75.71' }, { viewer: verifier })).reviewQueue.items;
      expect(queue.filter((i) => i.kind === 'TARGET')).toMatchObject([{ period: '2028', value: 4.4, status: 'SUBMITTED' }]);
      await api.query(REVIEW, { d: [{ id: `tgt:${DOC}|poverty_rate_p0|75.71|2028`, action: 'VERIFY' }] }, { viewer: verifier });
    });

    describe('refusals', () => {
      it('an editor of another kabupaten may not write Kota Gorontalo’s targets', async () => {
        const report = await submit('target-luar.csv', [`${DOC},poverty_rate_p0,75.71,2026,5,,`], otherEditor);
        expect(report).toMatchObject({
          status: 'REJECTED',
          errors: [
            {
              line: 2,
              code: 'OUT_OF_SCOPE',
              message: 'Region 75.71 is outside the regions your account may submit for (75.02).',
            },
          ],
        });
      });

      it('a target that is not waiting cannot be verified; a viewer cannot read the history of a waiting one', async () => {
        const done = await api.execute(
          REVIEW,
          { d: [{ id: `tgt:${DOC}|poverty_rate_p0|75.71|2029`, action: 'VERIFY' }] },
          { viewer: verifier },
        );
        expect(done.errors?.[0]?.message).toBe(
          `tgt:${DOC}|poverty_rate_p0|75.71|2029 is not waiting for verification (decided already, or not submitted).`,
        );
        await submit('target-2026.csv', [`${DOC},poverty_rate_p0,75.71,2026,5,,`]);
        expect((await api.query<{ targetHistory: unknown }>(HISTORY, { y: 2026 }, { viewer })).targetHistory).toBeNull();
        expect(
          (await api.query<{ targetHistory: { status: string } }>(HISTORY, { y: 2026 }, { viewer: ANALYST })).targetHistory,
        ).toMatchObject({
          status: 'UNVERIFIED',
        });
      });
    });

    it('keeps the published national RPJMN targets of the demo data visible to viewers', async () => {
      const { progress } = await api.query<{ progress: unknown }>(
        `{ progress(regionCode: "ID", indicatorCode: "poverty_rate_p0", documentCode: "RPJMN-2025-2029") { goal target { year value status } } }`,
        {},
        { viewer },
      );
      expect(progress).toEqual({ goal: 4.5, target: { year: 2029, value: 4.5, status: 'PUBLISHED' } });
    });
  },
  { demoData: true },
);
