import { beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, accountViewer } from '../accounts/viewer.js';
import { importFile } from '../imports/import.service.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/graphql.js';

// One full cycle on real demo data: Kota Gorontalo's editor submits, the province's verifier returns one value with a
// comment, the editor corrects it, the verifier verifies; a viewer then reads the verified value, who verified it,
// and every step of its history. Then a correction of the verified value goes round as a revision.

const editor = accountViewer('editor-kota-gorontalo', [{ role: 'EDITOR', regionCode: '75.71' }]);
const verifier = accountViewer('verifikator-gorontalo', [{ role: 'VERIFIER', regionCode: '75' }]);
const otherVerifier = accountViewer('verifikator-sulut', [{ role: 'VERIFIER', regionCode: '71' }]);
const viewer = accountViewer('pembaca', [{ role: 'VIEWER', regionCode: 'ID' }]);

const csv = (rows: string[]) => Buffer.from(`kode_wilayah,indikator,periode,nilai,sumber,url_sumber\n${rows.join('\n')}\n`);
const SOURCE = 'Dinas Sosial Kota Gorontalo,https://dinsos.gorontalokota.go.id/';

type ObservationsAnswer = { observations: { edges: { node: unknown }[] } };

const QUEUE = `query ($region: String!) { reviewQueue(regionCode: $region) {
  totalCount items { id kind indicatorCode regionCode period value previousValue previousPeriod status submittedBy fileName comment flags } } }`;
const REVIEW = `mutation ($d: [ReviewDecisionInput!]!) { reviewValues(decisions: $d) { verified returned } }`;
const HISTORY = `query ($i: String!, $r: String!, $p: String!) { valueHistory(indicatorCode: $i, regionCode: $r, period: $p) {
  value status reviewedBy reviewedAt created { fileName importedBy checksum } changes { by field oldValue newValue reason importBatch { fileName } } } }`;
const VALUE = `query ($i: String!) { observations(filter: { indicatorCodes: [$i], regionCodes: ["75.71"], periodFrom: "2026" }, first: 10) {
  edges { node { period value status } } } }`;

describeEachDatabase(
  'verification cycle',
  (use) => {
    let api: TestApi;
    beforeAll(async () => {
      api = await createTestApi(use());
    });

    const submit = async (fileName: string, rows: string[]) => {
      const report = await importFile(use(), { bytes: csv(rows), fileName, viewer: editor });
      expect(report.errors).toEqual([]);
      return report;
    };

    it('goes from submission through a return and a correction to a verified value a viewer reads with its history', async () => {
      await submit('p0-2026.csv', [
        `75.71,poverty_rate_p0,2026,5.12,${SOURCE}`,
        `75.71,poverty_depth_index_p1,2026,0.95,${SOURCE}`,
      ]);
      // A viewer does not see submitted values.
      expect(
        (await api.query<ObservationsAnswer>(VALUE, { i: 'poverty_rate_p0' }, { viewer })).observations.edges.map(
          (e: { node: unknown }) => e.node,
        ),
      ).toEqual([]);

      const queue = (
        await api.query<{ reviewQueue: { totalCount: number; items: Record<string, unknown>[] } }>(
          QUEUE,
          { region: '75' },
          { viewer: verifier },
        )
      ).reviewQueue;
      expect(queue.totalCount).toBe(2);
      const p0 = queue.items.find((i) => i.indicatorCode === 'poverty_rate_p0')!;
      expect(p0).toMatchObject({
        id: 'obs:poverty_rate_p0|75.71|2026',
        kind: 'NEW_VALUE',
        value: 5.12,
        previousValue: 5.31,
        previousPeriod: '2025',
        status: 'SUBMITTED',
        submittedBy: 'editor-kota-gorontalo',
        fileName: 'p0-2026.csv',
        flags: [],
      });

      // Return P1 with a comment, verify P0: one step.
      const decided = await api.query(
        REVIEW,
        {
          d: [
            {
              id: 'obs:poverty_depth_index_p1|75.71|2026',
              action: 'RETURN',
              comment: 'P1 tertukar dengan P2; periksa tabel sumber.',
            },
            { id: 'obs:poverty_rate_p0|75.71|2026', action: 'VERIFY' },
          ],
        },
        { viewer: verifier },
      );
      expect(decided).toEqual({ reviewValues: { verified: 1, returned: 1 } });
      const returned = (
        await api.query<{ reviewQueue: { items: Record<string, unknown>[] } }>(QUEUE, { region: '75.71' }, { viewer: verifier })
      ).reviewQueue.items;
      expect(returned).toMatchObject([
        {
          id: 'obs:poverty_depth_index_p1|75.71|2026',
          status: 'RETURNED',
          comment: 'P1 tertukar dengan P2; periksa tabel sumber.',
        },
      ]);

      // The editor corrects and submits again; the verifier verifies.
      await submit('p1-2026-koreksi.csv', [`75.71,poverty_depth_index_p1,2026,0.81,${SOURCE}`]);
      const again = (
        await api.query<{ reviewQueue: { items: Record<string, unknown>[] } }>(QUEUE, { region: '75' }, { viewer: verifier })
      ).reviewQueue.items;
      expect(again).toMatchObject([{ id: 'obs:poverty_depth_index_p1|75.71|2026', status: 'SUBMITTED', value: 0.81 }]);
      await api.query(
        REVIEW,
        { d: [{ id: 'obs:poverty_depth_index_p1|75.71|2026', action: 'VERIFY', comment: 'Sesuai tabel BPS.' }] },
        { viewer: verifier },
      );

      // A viewer reads it, with who verified it and every step.
      expect(
        (await api.query<ObservationsAnswer>(VALUE, { i: 'poverty_depth_index_p1' }, { viewer })).observations.edges.map(
          (e: { node: unknown }) => e.node,
        ),
      ).toEqual([{ period: '2026', value: 0.81, status: 'VERIFIED' }]);
      const history = (
        await api.query<{ valueHistory: Record<string, unknown> & { changes: Record<string, unknown>[] } }>(
          HISTORY,
          { i: 'poverty_depth_index_p1', r: '75.71', p: '2026' },
          { viewer },
        )
      ).valueHistory;
      expect(history).toMatchObject({
        value: 0.81,
        status: 'VERIFIED',
        reviewedBy: 'verifikator-gorontalo',
        created: { fileName: 'p0-2026.csv', importedBy: 'editor-kota-gorontalo' },
      });
      expect(history.reviewedAt).toMatch(/^20\d\d-\d\d-\d\dT/);
      expect(history.changes.map((c) => [c.by, c.field, c.oldValue, c.newValue, c.reason])).toEqual([
        ['verifikator-gorontalo', 'status', 'UNVERIFIED', 'RETURNED', 'P1 tertukar dengan P2; periksa tabel sumber.'],
        ['editor-kota-gorontalo', 'value', '0.95', '0.81', 'Impor p1-2026-koreksi.csv'],
        ['editor-kota-gorontalo', 'status', 'RETURNED', 'UNVERIFIED', 'Impor p1-2026-koreksi.csv'],
        ['verifikator-gorontalo', 'status', 'UNVERIFIED', 'VERIFIED', 'Sesuai tabel BPS.'],
      ]);
      expect(history.changes[1]!.importBatch).toEqual({ fileName: 'p1-2026-koreksi.csv' });
    });

    it('keeps a verified value until its revision is verified; the old value stays in the history', async () => {
      const report = await submit('p0-2026-revisi.csv', [`75.71,poverty_rate_p0,2026,5.02,${SOURCE}`]);
      expect(report.counts).toMatchObject({ revisions: 1, updated: 0, inserted: 0 });
      expect(
        (await api.query<ObservationsAnswer>(VALUE, { i: 'poverty_rate_p0' }, { viewer })).observations.edges.map(
          (e: { node: unknown }) => e.node,
        ),
      ).toEqual([{ period: '2026', value: 5.12, status: 'VERIFIED' }]);
      const [item] = (
        await api.query<{ reviewQueue: { items: { id: string }[] } }>(QUEUE, { region: '75' }, { viewer: verifier })
      ).reviewQueue.items;
      expect(item).toMatchObject({ kind: 'REVISION', value: 5.02, previousValue: 5.12, previousPeriod: '2026' });
      await api.query(REVIEW, { d: [{ id: item!.id, action: 'VERIFY' }] }, { viewer: verifier });
      expect(
        (await api.query<ObservationsAnswer>(VALUE, { i: 'poverty_rate_p0' }, { viewer })).observations.edges.map(
          (e: { node: unknown }) => e.node,
        ),
      ).toEqual([{ period: '2026', value: 5.02, status: 'VERIFIED' }]);
      const history = (
        await api.query<{ valueHistory: { changes: Record<string, unknown>[] } }>(
          HISTORY,
          { i: 'poverty_rate_p0', r: '75.71', p: '2026' },
          { viewer },
        )
      ).valueHistory;
      expect(history.changes.map((c) => [c.by, c.field, c.oldValue, c.newValue])).toEqual([
        ['verifikator-gorontalo', 'status', 'UNVERIFIED', 'VERIFIED'],
        ['editor-kota-gorontalo', 'value', '5.12', '5.02'],
        ['verifikator-gorontalo', 'status', 'VERIFIED', 'VERIFIED (revision)'],
      ]);
    });

    it('takes a handful of values from the dashboard’s form through the same pipeline and rules', async () => {
      const FORM = `mutation ($v: [FormValueInput!]!) { submitValues(values: $v, reason: "Rapat verifikasi") {
        status counts { inserted } errors { line code message } } }`;
      const ok = await api.query<{ submitValues: unknown }>(
        FORM,
        {
          v: [
            {
              indicatorCode: 'poverty_severity_index_p2',
              regionCode: '75.71',
              period: '2026',
              value: '0,21',
              source: 'Dinsos',
              sourceUrl: 'https://dinsos.gorontalokota.go.id/',
            },
          ],
        },
        { viewer: editor },
      );
      expect(ok.submitValues).toEqual({ status: 'APPLIED', counts: { inserted: 1 }, errors: [] });
      const outside = await api.query<{ submitValues: unknown }>(
        FORM,
        { v: [{ indicatorCode: 'poverty_severity_index_p2', regionCode: '75.02', period: '2026', value: '0,3' }] },
        { viewer: editor },
      );
      expect(outside.submitValues).toMatchObject({
        status: 'REJECTED',
        errors: [
          { line: 2, code: 'OUT_OF_SCOPE', message: 'Region 75.02 is outside the regions your account may submit for (75.71).' },
        ],
      });
      const refused = await api.execute(
        FORM,
        { v: [{ indicatorCode: 'x', regionCode: '75.71', period: '2026', value: '1' }] },
        { viewer },
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      await api.query(
        REVIEW,
        { d: [{ id: 'obs:poverty_severity_index_p2|75.71|2026', action: 'VERIFY' }] },
        { viewer: verifier },
      );
    });

    it('flags a change far larger than usual for the indicator', async () => {
      await submit('p0-2027.csv', [`75.71,poverty_rate_p0,2027,25.4,${SOURCE}`]);
      const [item] = (
        await api.query<{ reviewQueue: { items: Record<string, unknown>[] } }>(QUEUE, { region: '75.71' }, { viewer: verifier })
      ).reviewQueue.items;
      expect(item).toMatchObject({ value: 25.4, previousValue: 5.02, flags: ['LARGE_CHANGE'] });
      // No other kabupaten/kota has a 2027 value yet: no peer range to be outside of.
    });

    it('flags a value outside the range of its peers (the same level under the same parent, checked values)', async () => {
      // Published 2029 figures for four other kabupaten of Gorontalo, then Kota Gorontalo's far above them.
      const published = await importFile(use(), {
        bytes: csv(
          [
            '75.01,poverty_rate_p0,2029,14.1',
            '75.02,poverty_rate_p0,2029,15.2',
            '75.03,poverty_rate_p0,2029,16.3',
            '75.04,poverty_rate_p0,2029,17.4',
          ].map((r) => `${r},BPS,https://gorontalo.bps.go.id/`),
        ),
        fileName: 'p0-2029-bps.csv',
        viewer: accountViewer('admin', [{ role: 'ADMINISTRATOR', regionCode: 'ID' }]),
        publish: true,
      });
      expect(published.errors).toEqual([]);
      await submit('p0-2029.csv', [`75.71,poverty_rate_p0,2029,31.5,${SOURCE}`]);
      const items = (
        await api.query<{ reviewQueue: { items: Record<string, unknown>[] } }>(QUEUE, { region: '75.71' }, { viewer: verifier })
      ).reviewQueue.items;
      expect(items.find((i) => i.period === '2029')).toMatchObject({
        value: 31.5,
        flags: expect.arrayContaining(['OUTSIDE_PEER_RANGE']),
      });
      // Inside the range: no peer flag.
      await submit('p0-2029-koreksi.csv', [`75.71,poverty_rate_p0,2029,15.0,${SOURCE}`]);
      const corrected = (
        await api.query<{ reviewQueue: { items: Record<string, unknown>[] } }>(QUEUE, { region: '75.71' }, { viewer: verifier })
      ).reviewQueue.items.find((i) => i.period === '2029');
      expect(corrected).toMatchObject({ value: 15, flags: expect.not.arrayContaining(['OUTSIDE_PEER_RANGE']) });
    });

    it('keeps drafts in the region until its editor submits them', async () => {
      const report = await importFile(use(), {
        bytes: csv([`75.71,poverty_rate_p0,2028,4.9,${SOURCE}`]),
        fileName: 'draf.csv',
        viewer: editor,
        draft: true,
      });
      expect(report).toMatchObject({ status: 'APPLIED', counts: { inserted: 1 } });
      const DRAFTS = 'query { drafts(regionCode: "75.71") { values targets revisions } }';
      expect(await api.query(DRAFTS, {}, { viewer: editor })).toEqual({ drafts: { values: 1, targets: 0, revisions: 0 } });
      const queue = async () =>
        (
          await api.query<{ reviewQueue: { items: { id: string }[] } }>(QUEUE, { region: '75' }, { viewer: verifier })
        ).reviewQueue.items.map((i) => i.id);
      expect(await queue()).not.toContain('obs:poverty_rate_p0|75.71|2028');
      const otherEditor = accountViewer('editor-boalemo', [{ role: 'EDITOR', regionCode: '75.02' }]);
      const refused = await api.execute('mutation { submitDrafts(regionCode: "75.71") { values } }', {}, { viewer: otherEditor });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(
        await api.query('mutation { submitDrafts(regionCode: "75.71") { values targets revisions } }', {}, { viewer: editor }),
      ).toEqual({
        submitDrafts: { values: 1, targets: 0, revisions: 0 },
      });
      expect(await queue()).toContain('obs:poverty_rate_p0|75.71|2028');
      const history = (
        await api.query<{ valueHistory: { changes: Record<string, unknown>[] } }>(
          HISTORY,
          { i: 'poverty_rate_p0', r: '75.71', p: '2028' },
          { viewer: editor },
        )
      ).valueHistory;
      expect(history.changes.map((c) => [c.by, c.field, c.oldValue, c.newValue])).toEqual([
        ['editor-kota-gorontalo', 'status', 'DRAFT', 'UNVERIFIED'],
      ]);
    });

    describe('refusals', () => {
      it('a verifier of another province, an editor, a viewer and a visitor may not see or decide the queue', async () => {
        for (const [who, code] of [
          [otherVerifier, 'FORBIDDEN'],
          [editor, 'FORBIDDEN'],
          [viewer, 'FORBIDDEN'],
          [ANONYMOUS, 'UNAUTHENTICATED'],
        ] as const) {
          const queue = await api.execute(QUEUE, { region: '75' }, { viewer: who });
          expect(queue.errors?.[0]?.extensions?.code).toBe(code);
          const decide = await api.execute(
            REVIEW,
            { d: [{ id: 'obs:poverty_rate_p0|75.71|2027', action: 'VERIFY' }] },
            { viewer: who },
          );
          expect(decide.errors?.[0]?.extensions?.code).toBe(code);
        }
        const outside = await api.execute(
          REVIEW,
          { d: [{ id: 'obs:poverty_rate_p0|75.71|2027', action: 'VERIFY' }] },
          { viewer: otherVerifier },
        );
        expect(outside.errors?.[0]?.message).toMatch(/outside the regions you verify \(71\)|may not verify or return values/);
      });

      it('refuses hostile form values and decisions with a sentence, and leaves the data as it was', async () => {
        const state = () =>
          use().sql.query(
            `SELECT (SELECT count(*)::int FROM observation) AS o, (SELECT count(*)::int FROM audit_entry) AS a,
                    (SELECT count(*)::int FROM import_batch) AS b, (SELECT md5(string_agg(status::text || value::text, ',' ORDER BY indicator_code, region_code, period)) FROM observation) AS h`,
          );
        const before = await state();
        const FORM = `mutation ($v: [FormValueInput!]!) { submitValues(values: $v) { status errors { line code } } }`;
        const row = (value: string, extra: Record<string, string> = {}) => ({
          indicatorCode: 'poverty_rate_p0',
          regionCode: '75.71',
          period: '2030',
          value,
          ...extra,
        });
        const tooMany = await api.execute(FORM, { v: Array.from({ length: 101 }, () => row('1')) }, { viewer: editor });
        expect(tooMany.errors?.[0]?.message).toMatch(/^The form takes at most 100 values; import a file/);
        const hostile = await api.query<{ submitValues: { status: string; errors: { line: number; code: string }[] } }>(
          FORM,
          {
            v: [
              row('=1+1'),
              row('1e309', { period: '2031' }),
              row('5', { period: '2033', sourceUrl: 'javascript:alert(1)', source: 'x' }),
            ],
          },
          { viewer: editor },
        );
        expect(hostile.submitValues.status).toBe('REJECTED');
        expect(hostile.submitValues.errors.map((e) => e.line).sort()).toEqual([2, 3, 4]);
        const huge = await api.execute(FORM, { v: [row('5', { note: 'x'.repeat(5000) })] }, { viewer: editor });
        expect(huge.errors?.[0]?.message).toMatch(/is 5000 characters long, more than the limit of 200/);
        const longComment = await api.execute(
          REVIEW,
          { d: [{ id: 'obs:poverty_rate_p0|75.71|2027', action: 'RETURN', comment: 'x'.repeat(1001) }] },
          { viewer: verifier },
        );
        expect(longComment.errors?.[0]?.message).toMatch(
          /comment \(of reviewValues\) is 1001 characters long, more than the limit of 200/,
        );
        const forged = await api.execute(
          REVIEW,
          { d: [{ id: "obs:x'; DROP TABLE observation; --|75.71|2027", action: 'VERIFY' }] },
          { viewer: verifier },
        );
        expect(forged.errors?.[0]?.message).toMatch(/is not waiting for verification|is not an item of the verification queue/);
        expect(await state()).toEqual(before);
      });

      it('all or none: a decision on an item that is not waiting refuses the set; returning needs a comment', async () => {
        const before = await use().sql.query(
          `SELECT status::text FROM observation WHERE region_code = '75.71' AND period = '2027'`,
        );
        const mixed = await api.execute(
          REVIEW,
          {
            d: [
              { id: 'obs:poverty_rate_p0|75.71|2027', action: 'VERIFY' },
              { id: 'obs:poverty_rate_p0|75.71|2026', action: 'VERIFY' },
            ],
          },
          { viewer: verifier },
        );
        expect(mixed.errors?.[0]?.message).toBe(
          'obs:poverty_rate_p0|75.71|2026 is not waiting for verification (decided already, or not submitted).',
        );
        const noComment = await api.execute(
          REVIEW,
          { d: [{ id: 'obs:poverty_rate_p0|75.71|2027', action: 'RETURN' }] },
          { viewer: verifier },
        );
        expect(noComment.errors?.[0]?.message).toMatch(/needs a comment saying what to correct/);
        expect(
          await use().sql.query(`SELECT status::text FROM observation WHERE region_code = '75.71' AND period = '2027'`),
        ).toEqual(before);
      });
    });
  },
  { demoData: true },
);
