import { createHash } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ANONYMOUS, systemViewer, type Viewer } from '../accounts/viewer.js';
import { importFile } from '../imports/import.service.js';
import { signedIn } from '../test-support/accounts.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/graphql.js';
import { ANALYST, ANALYST_BEFORE_PASSWORD_CHANGE, VIEWER } from '../test-support/viewers.js';
import { auditEntryExportPages, importBatchExportPages } from './audit.service.js';

const HEADER = 'kode_wilayah,indikator,periode,nilai,sumber';
/** Gorontalo: the city and two kabupaten, and a kabupaten of Sulawesi Barat. */
const FIRST = [
  HEADER,
  '75.71,poverty_rate_p0,2025,5.12,BPS Gorontalo',
  '75.01,poverty_rate_p0,2025,16.10,BPS Gorontalo',
  '75.02,poverty_rate_p0,2025,17.40,BPS Gorontalo',
  '76.01,poverty_rate_p0,2025,9.80,BPS Sulawesi Barat',
].join('\n');
/** Revises two of Gorontalo's figures and one of Sulawesi Barat's. */
const SECOND = [
  HEADER,
  '75.71,poverty_rate_p0,2025,5.02,BPS Gorontalo',
  '75.01,poverty_rate_p0,2025,16.25,BPS Gorontalo',
  '75.02,poverty_rate_p0,2025,17.40,BPS Gorontalo',
  '76.01,poverty_rate_p0,2025,9.75,BPS Sulawesi Barat',
].join('\n');
/** Starts like a formula: an export writes it as text. */
const REASON = '@revisi BPS Maret';

const sha256 = (text: string) => createHash('sha256').update(Buffer.from(text)).digest('hex');
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const BATCHES = `query ($filter: ImportBatchFilter, $first: Int, $after: String) {
  importBatches(filter: $filter, first: $first, after: $after) {
    totalCount
    nodes { id fileName checksum layout importedBy startedAt finishedAt status inserted updated unchanged errorCount note }
    pageInfo { hasNextPage endCursor }
  }
}`;

const ENTRIES = `query ($filter: AuditEntryFilter, $first: Int, $after: String) {
  auditEntries(filter: $filter, first: $first, after: $after) {
    totalCount
    nodes { id entity entityKey field oldValue newValue changedBy changedAt reason importBatchId importBatch { id fileName checksum importedBy } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Batch {
  id: number;
  fileName: string;
  checksum: string;
  importedBy: string;
  inserted: number;
  updated: number;
  unchanged: number;
  note: string | null;
  status: string;
}
interface Entry {
  id: string;
  entity: string;
  entityKey: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  changedBy: string;
  reason: string | null;
  importBatchId: number | null;
  importBatch: { id: number; fileName: string; checksum: string; importedBy: string } | null;
}
interface PageOf<T> {
  totalCount: number;
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describeEachDatabase('import history and audit trail', (use) => {
  let api: TestApi;
  let first: number;
  let second: number;
  let analystCookie: string;
  let viewerCookie: string;

  const batches = async (variables: Record<string, unknown> = {}, viewer?: Viewer) =>
    (await api.query<{ importBatches: PageOf<Batch> }>(BATCHES, variables, { viewer })).importBatches;
  const entries = async (variables: Record<string, unknown> = {}, viewer?: Viewer) =>
    (await api.query<{ auditEntries: PageOf<Entry> }>(ENTRIES, variables, { viewer })).auditEntries;
  const refusal = async (query: string, variables: Record<string, unknown>, viewer?: Viewer) => {
    const result = await api.execute(query, variables, { viewer });
    expect(result.data ?? null).toBeNull();
    return { code: result.errors?.[0]?.extensions?.code, message: result.errors?.[0]?.message };
  };

  beforeAll(async () => {
    api = await createTestApi(use());
    const a = await importFile(use(), {
      bytes: Buffer.from(FIRST),
      fileName: 'kemiskinan-2025.csv',
      viewer: systemViewer('budi'),
    });
    const b = await importFile(use(), {
      bytes: Buffer.from(SECOND),
      fileName: 'Revisi-Kemiskinan.csv',
      viewer: systemViewer('sari'),
      reason: REASON,
    });
    expect([a.errors, b.errors]).toEqual([[], []]);
    first = a.importBatchId!;
    second = b.importBatchId!;
    // Accounts made by the test administrator ("tester"): entries about accounts (entity app_user).
    analystCookie = await signedIn(use(), api.http, 'analis', [{ role: 'ANALYST', regionCode: 'ID' }]);
    viewerCookie = await signedIn(use(), api.http, 'pemirsa', [{ role: 'VIEWER', regionCode: 'ID' }]);
  });
  afterAll(() => api.stop());

  it('lists the imports newest first: file, checksum, who, counts, reason', async () => {
    const page = await batches();
    expect(page.totalCount).toBe(2);
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(page.nodes).toMatchObject([
      {
        id: second,
        fileName: 'Revisi-Kemiskinan.csv',
        checksum: sha256(SECOND),
        importedBy: 'sari',
        status: 'APPLIED',
        inserted: 0,
        updated: 3,
        unchanged: 1,
        note: REASON,
      },
      { id: first, fileName: 'kemiskinan-2025.csv', checksum: sha256(FIRST), importedBy: 'budi', inserted: 4, note: null },
    ]);
  });

  it('filters imports by importer, part of the file name, checksum and dates', async () => {
    const ids = async (filter: Record<string, unknown>) => (await batches({ filter })).nodes.map((b) => b.id);
    expect(await ids({ importedBy: 'budi' })).toEqual([first]);
    expect(await ids({ importedBy: 'bud' })).toEqual([]);
    expect(await ids({ fileName: 'REVISI' })).toEqual([second]);
    expect(await ids({ fileName: 'kemiskinan' })).toEqual([second, first]);
    expect(await ids({ checksum: sha256(FIRST).toUpperCase() })).toEqual([first]);
    expect(await ids({ from: day(-1), to: day(1) })).toEqual([second, first]);
    expect(await ids({ to: '2020-01-31' })).toEqual([]);
    expect(await ids({ from: `${day(1)}T00:00:00Z` })).toEqual([]);
    expect((await batches({ filter: { importedBy: 'sari', fileName: 'kemiskinan' } })).totalCount).toBe(1);
    for (const bad of ['2026-02-30', 'kemarin', '2026-01-31T08:00']) {
      expect(await refusal(BATCHES, { filter: { from: bad } })).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
  });

  it('pages imports with a cursor, and refuses a cursor or page size it did not give', async () => {
    const one = await batches({ first: 1 });
    expect(one.nodes.map((b) => b.id)).toEqual([second]);
    expect(one.pageInfo.hasNextPage).toBe(true);
    expect(one.totalCount).toBe(2);
    const two = await batches({ first: 1, after: one.pageInfo.endCursor });
    expect(two.nodes.map((b) => b.id)).toEqual([first]);
    expect(two.pageInfo.hasNextPage).toBe(false);
    const none = await batches({ first: 1, after: two.pageInfo.endCursor });
    expect(none).toMatchObject({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
    expect(await refusal(BATCHES, { after: 'abc' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await refusal(BATCHES, { first: 501 })).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'first must be between 1 and 500, got 501.',
    });
    expect(await refusal(ENTRIES, { first: 0 })).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('lists the changes with their import, filtered by key prefix, field, who, batch and dates', async () => {
    const page = await entries({ filter: { entity: 'observation' } });
    expect(page.totalCount).toBe(3);
    expect(page.nodes.map((e) => e.entityKey).sort()).toEqual([
      'poverty_rate_p0|75.01|2025',
      'poverty_rate_p0|75.71|2025',
      'poverty_rate_p0|76.01|2025',
    ]);
    const city = page.nodes.find((e) => e.entityKey === 'poverty_rate_p0|75.71|2025')!;
    expect(city).toMatchObject({
      entity: 'observation',
      field: 'value',
      changedBy: 'sari',
      reason: REASON,
      importBatchId: second,
      importBatch: { id: second, fileName: 'Revisi-Kemiskinan.csv', checksum: sha256(SECOND), importedBy: 'sari' },
    });
    expect(Number(city.oldValue)).toBe(5.12);
    expect(Number(city.newValue)).toBe(5.02);
    // Newest first: ids descend.
    const ids = page.nodes.map((e) => BigInt(e.id));
    expect([...ids].sort((x, y) => (x > y ? -1 : 1))).toEqual(ids);

    const keys = async (filter: Record<string, unknown>) => (await entries({ filter })).nodes.map((e) => e.entityKey).sort();
    expect(await keys({ entityKeyPrefix: 'poverty_rate_p0|75.' })).toEqual([
      'poverty_rate_p0|75.01|2025',
      'poverty_rate_p0|75.71|2025',
    ]);
    expect(await keys({ entityKeyPrefix: 'poverty_rate_p0|75.7' })).toEqual(['poverty_rate_p0|75.71|2025']);
    // % and _ are letters, not wildcards.
    expect(await keys({ entityKeyPrefix: 'poverty%' })).toEqual([]);
    expect(await keys({ entityKeyPrefix: 'poverty_rate_p0_' })).toEqual([]);
    expect(await keys({ entityKey: 'poverty_rate_p0|76.01|2025' })).toEqual(['poverty_rate_p0|76.01|2025']);
    expect(await keys({ entityKey: 'poverty_rate_p0|76.01' })).toEqual([]);
    expect((await keys({ field: 'value', changedBy: 'sari', importBatchId: second })).length).toBe(3);
    expect(await keys({ importBatchId: first })).toEqual([]);
    expect(await keys({ changedBy: 'budi' })).toEqual([]);
    expect((await keys({ entity: 'observation', from: day(-1), to: day(1) })).length).toBe(3);
    expect(await keys({ entity: 'observation', to: '2020-12-31' })).toEqual([]);
  });

  it('pages the changes with a cursor', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 3; i++) {
      const page: PageOf<Entry> = await entries({ filter: { entity: 'observation' }, first: 1, after });
      expect(page.nodes).toHaveLength(1);
      expect(page.pageInfo.hasNextPage).toBe(i < 2);
      seen.push(page.nodes[0]!.id);
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(3);
  });

  it('shows entries about accounts to administrators only', async () => {
    const admin = await entries({ filter: { entity: 'app_user' } });
    expect(admin.nodes.map((e) => [e.entityKey, e.field, e.changedBy, e.importBatch])).toEqual([
      ['pemirsa', 'created', 'tester', null],
      ['analis', 'created', 'tester', null],
    ]);
    const all = await entries({});
    expect(all.totalCount).toBe(5);
    const analyst = await entries({}, ANALYST);
    expect(analyst.totalCount).toBe(3);
    expect(analyst.nodes.every((e) => e.entity !== 'app_user')).toBe(true);
    expect(await entries({ filter: { entityKeyPrefix: 'analis' } }, ANALYST)).toMatchObject({ totalCount: 0, nodes: [] });
    expect(await refusal(ENTRIES, { filter: { entity: 'app_user' } }, ANALYST)).toEqual({
      code: 'FORBIDDEN',
      message: 'Your account (analis) may not see the audit trail of accounts (entity app_user): that needs an administrator.',
    });
    // The import history is every reader's.
    expect((await batches({}, ANALYST)).totalCount).toBe(2);
  });

  it('refuses visitors (401), viewers and accounts that must change their password (403)', async () => {
    for (const query of [BATCHES, ENTRIES]) {
      expect((await refusal(query, {}, ANONYMOUS)).code).toBe('UNAUTHENTICATED');
      expect((await refusal(query, {}, ANALYST_BEFORE_PASSWORD_CHANGE)).code).toBe('FORBIDDEN');
    }
    expect(await refusal(ENTRIES, {}, VIEWER)).toEqual({
      code: 'FORBIDDEN',
      message:
        'Your account (pemirsa) may not see the audit trail: that needs an administrator or a verifier or an editor or an analyst.',
    });
    expect(await refusal(BATCHES, {}, VIEWER)).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/see the import history/),
    });
    // Over HTTP, with the status codes.
    const post = (http: typeof api.http, cookie?: string) => {
      const req = request(http).post('/graphql').set('content-type', 'application/json');
      if (cookie) req.set('cookie', cookie);
      return req.send({ query: ENTRIES });
    };
    expect((await post(api.anonymousHttp)).status).toBe(401);
    const refused = await post(api.http, viewerCookie);
    expect(refused.status).toBe(403);
    expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const read = await post(api.http, analystCookie);
    expect(read.status).toBe(200);
    expect(read.body.data.auditEntries.totalCount).toBe(3);
  });

  it('reads a page of any size, with its count and import batches, in two statements', async () => {
    for (const query of [BATCHES, ENTRIES]) {
      for (const size of [1, 500]) {
        const statements = await api.statementsOf(() => api.query(query, { first: size }));
        expect(statements, `${size} items`).toHaveLength(2);
      }
    }
  });

  it('reads exports page by page, newest first', async () => {
    const batchPages: number[][] = [];
    for await (const page of importBatchExportPages(use(), {}, 1)) batchPages.push(page.map((b) => b.id));
    expect(batchPages).toEqual([[second], [first]]);
    const entryPages: string[][] = [];
    for await (const page of auditEntryExportPages(use(), ANALYST, { entityKeyPrefix: 'poverty_rate_p0|' }, 2)) {
      entryPages.push(page.map((e) => e.entityKey));
    }
    expect(entryPages.map((p) => p.length)).toEqual([2, 1]);
  });

  it('exports the import history as CSV, with the same filters', async () => {
    const res = await request(api.http).get('/export/import-batches.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="riwayat-impor.csv"');
    const lines = res.text.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFid_impor,nama_berkas,checksum_sha256,tata_letak,diimpor_oleh,mulai,selesai,status,baru,diubah,tidak_berubah,galat,catatan',
    );
    expect(lines[1]).toMatch(
      new RegExp(
        `^${second},Revisi-Kemiskinan.csv,${sha256(SECOND)},long,sari,\\d{4}-.+Z,\\d{4}-.+Z,APPLIED,0,3,1,0,"'@revisi BPS Maret"$`,
      ),
    );
    expect(lines[2]).toMatch(new RegExp(`^${first},kemiskinan-2025.csv,${sha256(FIRST)},long,budi,`));
    expect(lines.slice(3)).toEqual(['']);

    const filtered = await request(api.http)
      .get('/export/import-batches.csv')
      .set('cookie', analystCookie)
      .query({ importedBy: 'budi', fileName: 'KEMISKINAN', from: day(-1), to: day(1), decimal: 'comma' });
    expect(filtered.status).toBe(200);
    const rows = filtered.text.split('\r\n');
    expect(rows[0]!.split(';')[0]).toBe('\uFEFFid_impor');
    expect(rows.slice(1).map((r) => r.split(';')[0])).toEqual([String(first), '']);
  });

  it('exports the audit trail as CSV with each change’s file and checksum; accounts for administrators only', async () => {
    const res = await request(api.http)
      .get('/export/audit.csv')
      .set('cookie', analystCookie)
      .query({ entityKeyPrefix: 'poverty_rate_p0|75.', field: 'value', importBatchId: String(second) });
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="jejak-audit.csv"');
    const lines = res.text.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFid,entitas,kunci,kolom,nilai_lama,nilai_baru,diubah_oleh,waktu,alasan,id_impor,nama_berkas,checksum_sha256',
    );
    expect(lines.slice(1, -1).map((l) => l.split(',').slice(1, 4).join(','))).toEqual([
      'observation,poverty_rate_p0|75.01|2025,value',
      'observation,poverty_rate_p0|75.71|2025,value',
    ]);
    expect(lines[1]).toMatch(
      new RegExp(`,sari,\\d{4}-.+Z,"'@revisi BPS Maret",${second},Revisi-Kemiskinan.csv,${sha256(SECOND)}$`),
    );

    const forAnalyst = await request(api.http).get('/export/audit.csv').set('cookie', analystCookie);
    expect(forAnalyst.text.split('\r\n').length - 2).toBe(3);
    expect(forAnalyst.text).not.toContain('app_user');
    const forAdmin = await request(api.http).get('/export/audit.csv').query({ entity: 'app_user' });
    expect(forAdmin.text.split('\r\n').length - 2).toBe(2);
    const accounts = await request(api.http).get('/export/audit.csv').set('cookie', analystCookie).query({ entity: 'app_user' });
    expect(accounts.status).toBe(403);
    expect(accounts.text).toBe(
      'Your account (analis) may not see the audit trail of accounts (entity app_user): that needs an administrator.',
    );
  });

  it('refuses exports in a sentence: visitors 401, viewers 403, bad parameters 400', async () => {
    for (const path of ['/export/import-batches.csv', '/export/audit.csv']) {
      const anonymous = await request(api.anonymousHttp).get(path).query({ nonsense: '1' });
      expect(anonymous.status).toBe(401);
      expect(anonymous.text).toMatch(/^Sign in first: /);
      expect(anonymous.headers['content-disposition']).toBeUndefined();
      const viewer = await request(api.http).get(path).set('cookie', viewerCookie);
      expect(viewer.status).toBe(403);
      expect(viewer.text).toMatch(
        /^Your account \(pemirsa\) may not see the (audit trail|import history): that needs an administrator/,
      );
    }
    const refused = async (path: string, query: Record<string, string>) => {
      const res = await request(api.http).get(`/export/${path}`).query(query);
      expect(res.status).toBe(400);
      return res.text;
    };
    expect(await refused('audit.csv', { entity_key: 'x' })).toBe(
      'Unknown parameter “entity_key”: /export/audit.csv takes entity, entityKey, entityKeyPrefix, changedBy, field, importBatchId, from, to, decimal.',
    );
    expect(await refused('audit.csv', { importBatchId: 'dua' })).toBe(
      'importBatchId=dua is not a whole number, e.g. importBatchId=12.',
    );
    expect(await refused('import-batches.csv', { from: '31-01-2026' })).toMatch(
      /^from “31-01-2026” is not a date: write "2026-01-31"/,
    );
    expect(await refused('import-batches.csv', { checksum: 'a'.repeat(101) })).toMatch(/^checksum is 101 characters long/);
    const twice = await request(api.http).get('/export/audit.csv?field=value&field=note');
    expect(twice.status).toBe(400);
  });
});
