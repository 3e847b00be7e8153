import { beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, accountViewer, type Viewer } from '../accounts/viewer.js';
import { importFile } from '../imports/import.service.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi, TEST_ADMINISTRATOR, type TestApi } from '../test-support/graphql.js';
import { ANALYST } from '../test-support/viewers.js';
import { reviewValues } from './review.service.js';

// A verifier disputes figures it verified earlier — a value, a target and a count by category of Kota Gorontalo —
// with the reason the region's editor reads. Viewers no longer see them; the verifier finds them in the queue, and
// either verifies one again or the editor's corrected import submits it to the verifier as any new figure.

const editor = accountViewer('editor-kota-gorontalo', [{ role: 'EDITOR', regionCode: '75.71' }]);
const verifier = accountViewer('verifikator-gorontalo', [{ role: 'VERIFIER', regionCode: '75' }]);
const otherVerifier = accountViewer('verifikator-sulut', [{ role: 'VERIFIER', regionCode: '71' }]);
const viewer = accountViewer('pembaca', [{ role: 'VIEWER', regionCode: 'ID' }]);

const DOC = 'RPJMD-75.71-2025-2029';
const SOURCE = 'Dinas Sosial Kota Gorontalo,https://dinsos.gorontalokota.go.id/';
const bytes = (lines: string[]) => Buffer.from(`${lines.join('\n')}\n`);
const values = (rows: string[]) => bytes(['kode_wilayah,indikator,periode,nilai,sumber,url_sumber', ...rows]);
const targets = (rows: string[]) => bytes(['dokumen,indikator,wilayah,tahun,nilai,batas_bawah,batas_atas', ...rows]);
const counts = (rows: string[]) => bytes(['kode_wilayah,indikator,kategori,periode,nilai,sumber,penerbit', ...rows]);

const P0 = 'obs:poverty_rate_p0|75.71|2026';
const P1 = 'obs:poverty_depth_index_p1|75.71|2026';
const TARGET = `tgt:${DOC}|poverty_rate_p0|75.71|2027`;
const COUNT = 'cnt:jumlah_pmks|75.71|2024|PPKS01';
const PUBLISHED_P0 = 'obs:poverty_rate_p0|75.71|2025';

const DISPUTE = `mutation ($d: [DisputeInput!]!) { disputeValues(disputes: $d) { disputed } }`;
const QUEUE = `query { reviewQueue(regionCode: "75") { items { id kind value status comment } } }`;
const HISTORY = `query ($i: String!) { valueHistory(indicatorCode: $i, regionCode: "75.71", period: "2026") {
  value status reviewedBy reviewComment changes { by field oldValue newValue reason } } }`;
const VALUES = `query ($i: String!) { observations(filter: { indicatorCodes: [$i], regionCodes: ["75.71"], periodFrom: "2026" }, first: 5) {
  edges { node { period value status } } } }`;
const COMPARISON = `{ comparison(indicatorCode: "poverty_rate_p0", parentCode: "75", period: "2026") { rows { regionCode value status } } }`;
const DOCUMENT_TARGETS = `{ planningDocuments { code targets { year value status } } }`;
const PROFILE = `{ breakdownProfile(indicatorCode: "jumlah_pmks", regionCode: "75.71", year: 2024) { categories { code value status } } }`;

type Change = { by: string; field: string; oldValue: string | null; newValue: string | null; reason: string | null };
type History = { valueHistory: { value: number; status: string; reviewedBy: string; reviewComment: string; changes: Change[] } };

describeEachDatabase(
  'disputing verified figures',
  (use) => {
    let api: TestApi;
    const dispute = (d: { id: string; comment: string }[], who: Viewer = verifier, language: 'en' | 'id' = 'en') =>
      api.execute(DISPUTE, { d }, { viewer: who, language });
    const statuses = async () =>
      (
        await use().sql.query<{ s: string }>(
          `SELECT concat_ws(',', (SELECT string_agg(status::text || value::text || coalesce(review_comment, ''), ',' ORDER BY indicator_code, period) FROM observation WHERE region_code = '75.71'),
                  (SELECT string_agg(status::text || coalesce(review_comment, ''), ',' ORDER BY year) FROM target WHERE region_code = '75.71'),
                  (SELECT string_agg(status::text || coalesce(review_comment, ''), ',' ORDER BY category_code) FROM breakdown_count WHERE region_code = '75.71'),
                  (SELECT count(*)::text FROM audit_entry)) AS s`,
        )
      )[0]!.s;
    const statusOf = async (table: string, where: string) =>
      (
        await use().sql.query<{ status: string; reviewed_by: string; review_comment: string }>(
          `SELECT status::text, reviewed_by, review_comment FROM ${table} WHERE region_code = '75.71' AND ${where}`,
        )
      )[0];
    const queue = async () =>
      (await api.query<{ reviewQueue: { items: Record<string, unknown>[] } }>(QUEUE, {}, { viewer: verifier })).reviewQueue.items;
    const valuesOf = async (indicator: string, who: Viewer) =>
      (
        await api.query<{ observations: { edges: { node: unknown }[] } }>(VALUES, { i: indicator }, { viewer: who })
      ).observations.edges.map((e) => e.node);

    beforeAll(async () => {
      api = await createTestApi(use());
      const document = await importFile(use(), {
        bytes: bytes([
          'kode,jenis,judul,wilayah,tahun_awal,tahun_akhir',
          `${DOC},RPJMD,RPJMD Kota Gorontalo 2025–2029,75.71,2025,2029`,
        ]),
        fileName: 'rpjmd.csv',
        viewer: TEST_ADMINISTRATOR,
      });
      expect(document.errors).toEqual([]);
      for (const [fileName, file] of [
        [
          'p0-2026.csv',
          values([`75.71,poverty_rate_p0,2026,5.12,${SOURCE}`, `75.71,poverty_depth_index_p1,2026,0.95,${SOURCE}`]),
        ],
        ['target.csv', targets([`${DOC},poverty_rate_p0,75.71,2027,4.6,,`])],
        ['ppks-2024.csv', counts(['75.71,jumlah_pmks,PPKS01,2024,110,Rekap PPKS,Dinas Sosial Kota Gorontalo'])],
      ] as const) {
        const report = await importFile(use(), { bytes: file, fileName, viewer: editor });
        expect(report.errors).toEqual([]);
      }
      await reviewValues(
        use(),
        verifier,
        [P0, P1, TARGET, COUNT].map((id) => ({ id, action: 'VERIFY' as const })),
      );
    });

    describe('refusals: nothing is written', () => {
      it('refuses an editor, a viewer, a visitor and another province’s verifier', async () => {
        const before = await statuses();
        const d = [{ id: P0, comment: 'Jauh di atas kabupaten tetangga.' }];
        for (const [who, code] of [
          [editor, 'FORBIDDEN'],
          [viewer, 'FORBIDDEN'],
          [ANONYMOUS, 'UNAUTHENTICATED'],
          [otherVerifier, 'FORBIDDEN'],
        ] as const) {
          const refused = await dispute(d, who);
          expect(refused.errors?.[0]?.extensions?.code).toBe(code);
        }
        expect((await dispute(d, otherVerifier)).errors?.[0]?.message).toBe(
          `${P0} is in region 75.71, outside the regions you verify (71).`,
        );
        expect((await dispute(d, otherVerifier, 'id')).errors?.[0]?.message).toBe(
          `${P0} ada di wilayah 75.71, di luar wilayah yang Anda verifikasi (71).`,
        );
        expect((await dispute(d, editor, 'id')).errors?.[0]?.message).toBe(
          'Akun Anda (editor-kota-gorontalo) tidak boleh mempersoalkan nilai terverifikasi: itu memerlukan verifikator atau administrator.',
        );
        expect(await statuses()).toBe(before);
      });

      it('refuses a dispute without a reason, of a published figure (administrators too), or of one not verified; all or none', async () => {
        const before = await statuses();
        const blank = await dispute([{ id: P0, comment: '   ' }]);
        expect(blank.errors?.[0]).toMatchObject({
          message: `Disputing ${P0} needs a reason: the sentence the region’s editor reads to know what to check.`,
          extensions: { code: 'BAD_USER_INPUT' },
        });
        expect((await dispute([{ id: P0, comment: '' }], verifier, 'id')).errors?.[0]?.message).toMatch(
          /^Mempersoalkan obs:poverty_rate_p0\|75\.71\|2026 memerlukan alasan/,
        );
        for (const who of [verifier, TEST_ADMINISTRATOR]) {
          const published = await dispute([{ id: PUBLISHED_P0, comment: 'Beda dengan tabel BPS.' }], who);
          expect(published.errors?.[0]?.message).toMatch(
            /is a published statistic \(a BPS release\): it is not disputed but replaced, by an administrator’s publishing import/,
          );
        }
        // The first item is fine, the second published: neither is disputed.
        const mixed = await dispute([
          { id: P0, comment: 'Jauh di atas kabupaten tetangga.' },
          { id: PUBLISHED_P0, comment: 'Beda dengan tabel BPS.' },
        ]);
        expect(mixed.errors?.[0]?.message).toMatch(/^obs:poverty_rate_p0\|75\.71\|2025 is a published statistic/);
        const revision = await dispute([{ id: 'rev:1', comment: 'x' }]);
        expect(revision.errors?.[0]?.message).toMatch(/is not a value, target or count that can be disputed/);
        const missing = await dispute([{ id: 'obs:poverty_rate_p0|75.71|2031', comment: 'x' }]);
        expect(missing.errors?.[0]?.message).toBe('obs:poverty_rate_p0|75.71|2031 does not exist.');
        const twice = await dispute([
          { id: P0, comment: 'a' },
          { id: P0, comment: 'b' },
        ]);
        expect(twice.errors?.[0]?.message).toBe(`${P0} is disputed twice in one request.`);
        expect(await statuses()).toBe(before);
      });
    });

    it('disputes a verified value, target and count: viewers no longer see them, the queue lists them with the reason', async () => {
      const reasons = {
        [P0]: 'P0 naik jauh di atas kabupaten tetangga; periksa tabel Susenas.',
        [TARGET]: 'Target 2027 tidak sesuai Perda RPJMD.',
        [COUNT]: 'Jumlah fakir miskin tidak sesuai DTSEN.',
      };
      const done = await api.query(
        DISPUTE,
        { d: Object.entries(reasons).map(([id, comment]) => ({ id, comment })) },
        { viewer: verifier },
      );
      expect(done).toEqual({ disputeValues: { disputed: 3 } });
      expect(await statusOf('observation', `indicator_code = 'poverty_rate_p0' AND period = '2026'`)).toEqual({
        status: 'DISPUTED',
        reviewed_by: 'verifikator-gorontalo',
        review_comment: reasons[P0],
      });
      expect(await statusOf('target', 'year = 2027')).toMatchObject({ status: 'DISPUTED', review_comment: reasons[TARGET] });
      expect(await statusOf('breakdown_count', `category_code = 'PPKS01' AND period = '2024'`)).toMatchObject({
        status: 'DISPUTED',
        review_comment: reasons[COUNT],
      });
      const items = await queue();
      // By region, then indicator: jumlah_pmks before poverty_rate_p0.
      expect(items.filter((i) => i.status === 'DISPUTED')).toEqual([
        { id: COUNT, kind: 'COUNT', value: 110, status: 'DISPUTED', comment: reasons[COUNT] },
        { id: P0, kind: 'NEW_VALUE', value: 5.12, status: 'DISPUTED', comment: reasons[P0] },
        { id: TARGET, kind: 'TARGET', value: 4.6, status: 'DISPUTED', comment: reasons[TARGET] },
      ]);
      const history = (await api.query<History>(HISTORY, { i: 'poverty_rate_p0' }, { viewer: editor })).valueHistory;
      expect(history).toMatchObject({ status: 'DISPUTED', reviewedBy: 'verifikator-gorontalo', reviewComment: reasons[P0] });
      expect(history.changes.at(-1)).toEqual({
        by: 'verifikator-gorontalo',
        field: 'status',
        oldValue: 'VERIFIED',
        newValue: 'DISPUTED',
        reason: reasons[P0],
      });

      // Viewers: the value, its rank in the comparison, the target and the count are gone; analysts see them disputed.
      expect(await valuesOf('poverty_rate_p0', viewer)).toEqual([]);
      expect(await valuesOf('poverty_rate_p0', ANALYST)).toEqual([{ period: '2026', value: 5.12, status: 'DISPUTED' }]);
      type Rows = { comparison: { rows: { regionCode: string; value: number | null; status: string | null }[] } };
      const rowOf = async (who: Viewer) =>
        (await api.query<Rows>(COMPARISON, {}, { viewer: who })).comparison.rows.find((r) => r.regionCode === '75.71');
      expect((await rowOf(viewer))?.value ?? null).toBeNull();
      expect(await rowOf(ANALYST)).toEqual({ regionCode: '75.71', value: 5.12, status: 'DISPUTED' });
      // The scorecard against the RKP: a viewer's latest value of Kota Gorontalo is the published 2025 one again.
      const SCORECARD = `{ scorecard(documentCode: "RKP-2026", regionCodes: ["75.71"], indicatorCodes: ["poverty_rate_p0"]) {
        cells { regionCode latest { period value } } } }`;
      type Cells = { scorecard: { cells: unknown[] } };
      expect((await api.query<Cells>(SCORECARD, {}, { viewer })).scorecard.cells).toEqual([
        { regionCode: '75.71', latest: { period: '2025', value: 5.31 } },
      ]);
      expect((await api.query<Cells>(SCORECARD, {}, { viewer: ANALYST })).scorecard.cells).toEqual([
        { regionCode: '75.71', latest: { period: '2026', value: 5.12 } },
      ]);
      type Docs = { planningDocuments: { code: string; targets: { year: number; status: string }[] }[] };
      const targetsOf = async (who: Viewer) =>
        (await api.query<Docs>(DOCUMENT_TARGETS, {}, { viewer: who })).planningDocuments.find((d) => d.code === DOC)!.targets;
      expect(await targetsOf(viewer)).toEqual([]);
      expect(await targetsOf(ANALYST)).toEqual([{ year: 2027, value: 4.6, status: 'DISPUTED' }]);
      type Profile = { breakdownProfile: { categories: { code: string; value: number | null; status: string | null }[] } };
      const countOf = async (who: Viewer) =>
        (await api.query<Profile>(PROFILE, {}, { viewer: who })).breakdownProfile.categories.find((c) => c.code === 'PPKS01');
      expect(await countOf(viewer)).toMatchObject({ value: null });
      expect(await countOf(ANALYST)).toEqual({ code: 'PPKS01', value: 110, status: 'DISPUTED' });

      // Disputed already: not disputed again.
      expect((await dispute([{ id: P0, comment: 'Lagi.' }])).errors?.[0]?.message).toMatch(
        /^obs:poverty_rate_p0\|75\.71\|2026 is not verified \(it is DISPUTED\)/,
      );
    });

    it('a verifier verifies a disputed value again, as it is', async () => {
      await api.query(
        'mutation ($d: [ReviewDecisionInput!]!) { reviewValues(decisions: $d) { verified } }',
        { d: [{ id: P0, action: 'VERIFY', comment: 'Dicek ulang: sesuai tabel Susenas.' }] },
        { viewer: verifier },
      );
      expect(await valuesOf('poverty_rate_p0', viewer)).toEqual([{ period: '2026', value: 5.12, status: 'VERIFIED' }]);
      const history = (await api.query<History>(HISTORY, { i: 'poverty_rate_p0' }, { viewer: editor })).valueHistory;
      expect(history.changes.slice(-2).map((c) => [c.by, c.oldValue, c.newValue, c.reason])).toEqual([
        ['verifikator-gorontalo', 'VERIFIED', 'DISPUTED', 'P0 naik jauh di atas kabupaten tetangga; periksa tabel Susenas.'],
        ['verifikator-gorontalo', 'DISPUTED', 'VERIFIED', 'Dicek ulang: sesuai tabel Susenas.'],
      ]);
      expect((await queue()).map((i) => i.id)).not.toContain(P0);
    });

    it('disputes an annual figure and its round together: they are one figure', async () => {
      const round = `${P0}-03`;
      const report = await importFile(use(), {
        bytes: values([`75.71,poverty_rate_p0,2026-03,5.12,${SOURCE}`]),
        fileName: 'p0-2026-03.csv',
        viewer: editor,
      });
      expect(report.errors).toEqual([]);
      await reviewValues(use(), verifier, [{ id: round, action: 'VERIFY' }]);
      const done = await dispute([{ id: P0, comment: 'Periksa tabel Susenas Maret.' }]);
      expect(done.data).toEqual({ disputeValues: { disputed: 2 } });
      expect(
        await use().sql.query(
          `SELECT period, status::text, review_comment FROM observation
           WHERE indicator_code = 'poverty_rate_p0' AND region_code = '75.71' AND year = 2026 ORDER BY period`,
        ),
      ).toEqual([
        { period: '2026', status: 'DISPUTED', review_comment: 'Periksa tabel Susenas Maret.' },
        { period: '2026-03', status: 'DISPUTED', review_comment: 'Periksa tabel Susenas Maret.' },
      ]);
      expect(await valuesOf('poverty_rate_p0', viewer)).toEqual([]);
      await reviewValues(use(), verifier, [
        { id: P0, action: 'VERIFY' },
        { id: round, action: 'VERIFY' },
      ]);
      // Both halves named in one request: each disputed once.
      const both = await dispute([
        { id: P0, comment: 'Lagi.' },
        { id: round, comment: 'Lagi.' },
      ]);
      expect(both.data).toEqual({ disputeValues: { disputed: 2 } });
      await reviewValues(use(), verifier, [
        { id: P0, action: 'VERIFY' },
        { id: round, action: 'VERIFY' },
      ]);
    });

    it('decides a disputed annual figure and its round together, whichever half the verifier names', async () => {
      const round = `${P0}-03`;
      const REVIEW = 'mutation ($d: [ReviewDecisionInput!]!) { reviewValues(decisions: $d) { verified returned } }';
      const halves = () =>
        use().sql.query(
          `SELECT period, status::text, reviewed_by, review_comment FROM observation
           WHERE indicator_code = 'poverty_rate_p0' AND region_code = '75.71' AND year = 2026 ORDER BY period`,
        );
      const auditOf = (period: string) =>
        use().sql.query(
          `SELECT old_value, new_value, changed_by, reason FROM audit_entry
           WHERE entity = 'observation' AND entity_key = $1 AND field = 'status' ORDER BY id DESC LIMIT 1`,
          [`poverty_rate_p0|75.71|${period}`],
        );
      expect((await dispute([{ id: P0, comment: 'Periksa tabel Susenas Maret.' }])).data).toEqual({
        disputeValues: { disputed: 2 },
      });

      // Verified again through the round alone: the annual figure is verified with it, not left disputed.
      const verified = await api.query(
        REVIEW,
        { d: [{ id: round, action: 'VERIFY', comment: 'Sesuai tabel Maret.' }] },
        { viewer: verifier },
      );
      expect(verified).toEqual({ reviewValues: { verified: 2, returned: 0 } });
      expect(await halves()).toEqual([
        { period: '2026', status: 'VERIFIED', reviewed_by: 'verifikator-gorontalo', review_comment: 'Sesuai tabel Maret.' },
        { period: '2026-03', status: 'VERIFIED', reviewed_by: 'verifikator-gorontalo', review_comment: 'Sesuai tabel Maret.' },
      ]);
      for (const period of ['2026', '2026-03']) {
        expect(await auditOf(period)).toEqual([
          { old_value: 'DISPUTED', new_value: 'VERIFIED', changed_by: 'verifikator-gorontalo', reason: 'Sesuai tabel Maret.' },
        ]);
      }
      expect(await valuesOf('poverty_rate_p0', viewer)).toEqual([
        { period: '2026', value: 5.12, status: 'VERIFIED' },
        { period: '2026-03', value: 5.12, status: 'VERIFIED' },
      ]);

      // Different decisions on the two halves: refused, nothing written.
      expect((await dispute([{ id: round, comment: 'Periksa lagi.' }])).data).toEqual({ disputeValues: { disputed: 2 } });
      const before = await statuses();
      const apart = await api.execute(
        REVIEW,
        {
          d: [
            { id: P0, action: 'VERIFY' },
            { id: round, action: 'RETURN', comment: 'Koreksi.' },
          ],
        },
        { viewer: verifier },
      );
      expect(apart.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(apart.errors?.[0]?.message).toMatch(
        /^obs:poverty_rate_p0\|75\.71\|2026-03 is one figure with obs:poverty_rate_p0\|75\.71\|2026 \(an annual figure and its round, disputed together\), and was verified with it/,
      );
      const apartId = await api.execute(
        REVIEW,
        {
          d: [
            { id: P0, action: 'VERIFY' },
            { id: round, action: 'RETURN', comment: 'Koreksi.' },
          ],
        },
        { viewer: verifier, language: 'id' },
      );
      expect(apartId.errors?.[0]?.message).toMatch(
        /^obs:poverty_rate_p0\|75\.71\|2026-03 satu angka dengan obs:poverty_rate_p0\|75\.71\|2026 .* Putuskan keduanya dengan cara yang sama\.$/,
      );
      expect(await statuses()).toBe(before);

      // Returned through the annual figure alone: the round goes back to the region with it.
      const returned = await api.query(
        REVIEW,
        { d: [{ id: P0, action: 'RETURN', comment: 'Koreksi dari tabel Maret.' }] },
        { viewer: verifier },
      );
      expect(returned).toEqual({ reviewValues: { verified: 0, returned: 2 } });
      expect((await halves()).map((h) => [h.period, h.status, h.review_comment])).toEqual([
        ['2026', 'RETURNED', 'Koreksi dari tabel Maret.'],
        ['2026-03', 'RETURNED', 'Koreksi dari tabel Maret.'],
      ]);
      // A returned pair is decided half by half as any submission (the region's correction must change both anyway).
      await reviewValues(use(), verifier, [
        { id: P0, action: 'VERIFY' },
        { id: round, action: 'VERIFY' },
      ]);
      expect((await halves()).map((h) => h.status)).toEqual(['VERIFIED', 'VERIFIED']);
    });

    it('the editor’s corrected import submits a disputed value, target and count again, not verified', async () => {
      await api.query(DISPUTE, { d: [{ id: P1, comment: 'P1 tertukar dengan P2.' }] }, { viewer: verifier });
      for (const [fileName, file] of [
        ['p1-koreksi.csv', values([`75.71,poverty_depth_index_p1,2026,0.81,${SOURCE}`])],
        ['target-koreksi.csv', targets([`${DOC},poverty_rate_p0,75.71,2027,4.7,,`])],
        ['ppks-koreksi.csv', counts(['75.71,jumlah_pmks,PPKS01,2024,120,Rekap PPKS,Dinas Sosial Kota Gorontalo'])],
      ] as const) {
        const report = await importFile(use(), { bytes: file, fileName, viewer: editor });
        expect(report.errors).toEqual([]);
        // Changed in place, not as a revision of a verified figure.
        expect(report.counts).toMatchObject({ updated: 1, revisions: 0 });
      }
      expect(await statusOf('observation', `indicator_code = 'poverty_depth_index_p1' AND period = '2026'`)).toMatchObject({
        status: 'UNVERIFIED',
      });
      expect(await statusOf('target', 'year = 2027')).toMatchObject({ status: 'UNVERIFIED' });
      expect(await statusOf('breakdown_count', `category_code = 'PPKS01' AND period = '2024'`)).toMatchObject({
        status: 'UNVERIFIED',
      });
      expect((await queue()).filter((i) => [P1, TARGET, COUNT].includes(i.id as string))).toEqual([
        expect.objectContaining({ id: COUNT, value: 120, status: 'SUBMITTED' }),
        expect.objectContaining({ id: P1, value: 0.81, status: 'SUBMITTED' }),
        expect.objectContaining({ id: TARGET, value: 4.7, status: 'SUBMITTED' }),
      ]);
      expect(await valuesOf('poverty_depth_index_p1', viewer)).toEqual([]);
      const history = (await api.query<History>(HISTORY, { i: 'poverty_depth_index_p1' }, { viewer: editor })).valueHistory;
      expect(history.changes.slice(-3).map((c) => [c.by, c.field, c.oldValue, c.newValue])).toEqual([
        ['verifikator-gorontalo', 'status', 'VERIFIED', 'DISPUTED'],
        ['editor-kota-gorontalo', 'value', '0.95', '0.81'],
        ['editor-kota-gorontalo', 'status', 'DISPUTED', 'UNVERIFIED'],
      ]);
      await reviewValues(use(), verifier, [{ id: P1, action: 'VERIFY' }]);
      expect(await valuesOf('poverty_depth_index_p1', viewer)).toEqual([{ period: '2026', value: 0.81, status: 'VERIFIED' }]);
    });

    it('a correction of a disputed value replaces a revision of it the region saved as a draft before', async () => {
      const draft = await importFile(use(), {
        bytes: values([`75.71,poverty_depth_index_p1,2026,0.79,${SOURCE}`]),
        fileName: 'p1-draf.csv',
        viewer: editor,
        draft: true,
      });
      expect(draft.counts).toMatchObject({ revisions: 1 });
      expect((await dispute([{ id: P1, comment: 'Periksa lagi P1.' }])).data).toEqual({ disputeValues: { disputed: 1 } });
      const report = await importFile(use(), {
        bytes: values([`75.71,poverty_depth_index_p1,2026,0.8,${SOURCE}`]),
        fileName: 'p1-koreksi-2.csv',
        viewer: editor,
      });
      expect(report.counts).toMatchObject({ updated: 1, revisions: 0 });
      expect(
        await use().sql.query(
          `SELECT value::float8 AS value, status::text FROM observation_revision
           WHERE indicator_code = 'poverty_depth_index_p1' AND region_code = '75.71' AND period = '2026'`,
        ),
      ).toEqual([{ value: 0.79, status: 'SUPERSEDED' }]);
      expect(await statusOf('observation', `indicator_code = 'poverty_depth_index_p1' AND period = '2026'`)).toMatchObject({
        status: 'UNVERIFIED',
      });
    });

    it('refuses to dispute a value whose revision waits: the verifier decides the revision first', async () => {
      const report = await importFile(use(), {
        bytes: values([`75.71,poverty_rate_p0,2026,5.02,${SOURCE}`, `75.71,poverty_rate_p0,2026-03,5.02,${SOURCE}`]),
        fileName: 'p0-revisi.csv',
        viewer: editor,
      });
      expect(report.errors).toEqual([]);
      expect(report.counts).toMatchObject({ revisions: 2 });
      const before = await statuses();
      const refused = await dispute([{ id: P0, comment: 'Periksa lagi.' }]);
      expect(refused.errors?.[0]?.message).toMatch(/^obs:poverty_rate_p0\|75\.71\|2026 has a revision waiting \(rev:\d+\)/);
      expect(await statuses()).toBe(before);
    });
  },
  { demoData: true },
);
