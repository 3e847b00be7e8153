import { createHash } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { createTestAccount, signedIn, signInCookie, TEST_PASSWORD } from '../test-support/accounts.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi, TEST_ADMINISTRATOR, type TestApi } from '../test-support/graphql.js';
import { setDisabled } from './accounts.service.js';
import { readDashboardOperations } from './anonymous-access.js';
import { FAILS_PER_USER_AND_ADDRESS } from './login-throttle.js';

// What an attacker or a careless user would try, through HTTP as a browser or script would send it. Every attempt is
// refused with a status and a sentence, and the stored figures are the same afterwards (row counts and checksums).

const TABLES = ['observation', 'target', 'planning_document', 'import_batch', 'composite_methodology'];

async function fingerprint(db: Database): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    const [row] = await db.sql.query<{ n: number; md5: string }>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS md5 FROM ${table} t`,
    );
    out[table] = `${row!.n}:${row!.md5}`;
  }
  return out;
}

const IMPORT = `mutation Import($file: Upload!, $dryRun: Boolean!, $publish: Boolean) {
  importFile(file: $file, dryRun: $dryRun, publish: $publish) { status importBatchId errors { line code message } }
}`;
const SPOOFED_IMPORT = `mutation Import($file: Upload!) {
  importFile(file: $file, dryRun: false, importedBy: "Kepala Bappeda") { status }
}`;

const P0_ROW = (region: string, value: string) =>
  `region_code,indicator,period,value,source,source_url\n${region},poverty_rate_p0,2025,${value},Uji,https://example.org/uji\n`;

describeEachDatabase(
  'what attackers and careless users try',
  (use) => {
    let api: TestApi;
    let before: Record<string, string>;
    const http = () => api.anonymousHttp;
    beforeAll(async () => {
      api = await createTestApi(use());
    });
    afterAll(() => api.stop());

    const post = (body: object, cookie?: string) => {
      const r = request(http()).post('/graphql').set('content-type', 'application/json');
      return (cookie ? r.set('cookie', cookie) : r).send(body);
    };
    const upload = (query: string, content: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
      let r = request(http()).post('/graphql').set('apollo-require-preflight', 'true');
      for (const [k, v] of Object.entries(headers)) r = r.set(k, v);
      return r
        .field('operations', JSON.stringify({ query, variables: { file: null, ...variables } }))
        .field('map', JSON.stringify({ 0: ['variables.file'] }))
        .attach('0', Buffer.from(content), 'p0.csv');
    };
    const kotaGorontaloP0 = async () =>
      (
        await use().sql.query<{ value: number; status: string }>(
          `SELECT value::float8 AS value, status::text AS status FROM observation
           WHERE indicator_code = 'poverty_rate_p0' AND region_code = '75.71' AND period = '2025'`,
        )
      )[0];

    describe('writes that must not happen', () => {
      let editor7501: string;
      let viewer: string;
      beforeAll(async () => {
        editor7501 = await signedIn(use(), http(), 'editor-boalemo', [{ role: 'EDITOR', regionCode: '75.02' }]);
        viewer = await signedIn(use(), http(), 'pembaca', [{ role: 'VIEWER', regionCode: 'ID' }]);
        before = await fingerprint(use());
      });

      it('an anonymous upload is refused with 401 before the file is read', async () => {
        const res = await upload(IMPORT, P0_ROW('75.71', '99.9'), { dryRun: false });
        expect(res.status).toBe(401);
        expect(res.body.errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
        // Refused as an operation anonymous visitors may not run, before the upload is read.
        expect(res.body.errors[0].message).toMatch(/^Sign in to run your own queries/);
      });

      it('a viewer’s upload is refused with 403 naming what is missing', async () => {
        const res = await upload(IMPORT, P0_ROW('75.71', '99.9'), { dryRun: false }, { cookie: viewer });
        expect(res.status).toBe(403);
        expect(res.body.errors[0].message).toMatch(
          /^Your account \(pembaca\) may not import data: that needs an administrator or a verifier or an editor/,
        );
      });

      it('an editor of Boalemo cannot write Kota Gorontalo’s figure: the row is an error naming its line, nothing is written', async () => {
        const file = `${P0_ROW('75.02', '16.40')}75.71,poverty_rate_p0,2025,99.9,Uji,https://example.org/uji\n`;
        const res = await upload(IMPORT, file, { dryRun: false }, { cookie: editor7501 });
        expect(res.body.data.importFile.status).toBe('REJECTED');
        expect(res.body.data.importFile.errors).toEqual([
          {
            line: 3,
            code: 'OUT_OF_SCOPE',
            message: 'Region 75.71 is outside the regions your account may submit for (75.02).',
          },
        ]);
      });

      it('an editor cannot overwrite a published BPS figure, nor publish', async () => {
        const res = await upload(IMPORT, P0_ROW('75.02', '1.23'), { dryRun: false }, { cookie: editor7501 });
        expect(res.body.data.importFile.status).toBe('REJECTED');
        expect(res.body.data.importFile.errors[0]).toMatchObject({ line: 2, code: 'PUBLISHED_VALUE_CHANGE' });
        const publish = await upload(IMPORT, P0_ROW('75.02', '1.23'), { dryRun: false, publish: true }, { cookie: editor7501 });
        expect(publish.status).toBe(403);
        expect(publish.body.errors[0].message).toMatch(/may not import published statistics/);
      });

      it('a client-chosen importedBy is refused, not recorded', async () => {
        const res = await upload(SPOOFED_IMPORT, P0_ROW('75.02', '16.40'), {}, { cookie: editor7501 });
        expect(res.status).toBe(400);
        expect(res.body.errors[0].message).toMatch(/^importedBy is no longer accepted: who did it is taken from your sign-in/);
      });

      it('only an administrator defines composite methodologies', async () => {
        const define = `mutation { defineCompositeMethodology(input: { code: "IKS-X", nameId: "x", nameEn: "x", descriptionId: "x", status: OFFICIAL, aggregation: "WEIGHTED_SUM", normalisation: "MIN_MAX", dimensions: [] }) { code } }`;
        const anonymous = await post({ query: define });
        expect(anonymous.status).toBe(401);
        const editor = await post({ query: define }, editor7501);
        expect(editor.status).toBe(403);
        // Methodologies belong to a region now (a province defines its own), so the refusal names no region.
        expect(editor.body.errors[0].message).toMatch(/may not define composite methodologies: that needs an administrator/);
      });

      it('an administrator of one province cannot make accounts (a national administrator, say)', async () => {
        const provincial = await signedIn(use(), http(), 'admin-gorontalo', [{ role: 'ADMINISTRATOR', regionCode: '75' }]);
        const res = await post(
          {
            query: `mutation { createAccount(input: { username: "naik-pangkat", displayName: "x", password: "sandi-yang-panjang-1", grants: [{ role: ADMINISTRATOR, regionCode: "ID" }] }) { id } }`,
          },
          provincial,
        );
        expect(res.status).toBe(403);
        expect(res.body.errors[0].message).toMatch(/^Your account \(admin-gorontalo\) may not create accounts for region ID/);
        expect(await use().sql.query(`SELECT 1 FROM app_user WHERE username = 'naik-pangkat'`)).toEqual([]);
      });

      it('leaves every table as it was', async () => {
        expect(await fingerprint(use())).toEqual(before);
        expect(await kotaGorontaloP0()).toEqual({ value: 5.31, status: 'PUBLISHED' });
      });
    });

    it('an editor writes its own region, recorded under its account whatever it claims', async () => {
      const editor = await signedIn(use(), http(), 'editor-kota', [{ role: 'EDITOR', regionCode: '75.71' }]);
      const res = await upload(
        IMPORT,
        `${P0_ROW('75.71', '5.31').replace('poverty_rate_p0,2025', 'poverty_rate_p0,2026')}`,
        { dryRun: false },
        { cookie: editor },
      );
      expect(res.body.data.importFile).toMatchObject({ status: 'APPLIED', errors: [] });
      const [batch] = await use().sql.query<{ imported_by: string }>('SELECT imported_by FROM import_batch WHERE id = $1', [
        res.body.data.importFile.importBatchId,
      ]);
      expect(batch!.imported_by).toBe('editor-kota');
      const [row] = await use().sql.query<{ status: string }>(
        `SELECT status::text AS status FROM observation WHERE region_code = '75.71' AND indicator_code = 'poverty_rate_p0' AND period = '2026'`,
      );
      expect(row!.status).toBe('UNVERIFIED');
    });

    describe('sessions and tokens', () => {
      it('a forged or unknown session cookie is 401 and is cleared, never read as anonymous', async () => {
        const res = await post({ query: '{ me { account { username } } }' }, 'kesra_session=not-a-session');
        expect(res.status).toBe(401);
        expect(res.body.errors[0].message).toMatch(/^Your session has ended/);
        expect(String(res.headers['set-cookie'])).toMatch(/^kesra_session=; .*Expires=Thu, 01 Jan 1970/);
      });

      it('a cookie replayed after sign-out is refused', async () => {
        const cookie = await signedIn(use(), http(), 'keluar', [{ role: 'ANALYST', regionCode: 'ID' }]);
        expect((await post({ query: '{ me { account { username } } }' }, cookie)).body.data.me.account.username).toBe('keluar');
        const out = await post({ query: 'mutation { signOut }' }, cookie);
        expect(out.body.data.signOut).toBe(true);
        const replay = await post({ query: '{ me { account { username } } }' }, cookie);
        expect(replay.status).toBe(401);
      });

      it('an expired session is refused and removed', async () => {
        const cookie = await signedIn(use(), http(), 'kedaluwarsa', [{ role: 'ANALYST', regionCode: 'ID' }]);
        const secret = cookie.split('=')[1]!;
        const hash = createHash('sha256').update(secret).digest('hex');
        await use().sql.query(`UPDATE user_session SET expires_at = now() - interval '1 second' WHERE id_hash = $1`, [hash]);
        expect((await post({ query: '{ me { seesUnverified } }' }, cookie)).status).toBe(401);
        expect(await use().sql.query('SELECT 1 FROM user_session WHERE id_hash = $1', [hash])).toEqual([]);
      });

      it('a changed password ends the other sessions; a disabled account’s sessions end', async () => {
        await createTestAccount(use(), 'ganti', [{ role: 'ANALYST', regionCode: 'ID' }]);
        const laptop = await signInCookie(http(), 'ganti');
        const phone = await signInCookie(http(), 'ganti');
        const changed = await post(
          {
            query: 'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { id } }',
            variables: { c: TEST_PASSWORD, n: 'sandi-baru-yang-panjang' },
          },
          laptop,
        );
        expect(changed.body.errors).toBeUndefined();
        expect((await post({ query: '{ me { seesUnverified } }' }, laptop)).status).toBe(200);
        expect((await post({ query: '{ me { seesUnverified } }' }, phone)).status).toBe(401);
        await setDisabled(use(), TEST_ADMINISTRATOR, changed.body.data.changePassword.id, true);
        expect((await post({ query: '{ me { seesUnverified } }' }, laptop)).status).toBe(401);
        const again = await post({
          query: 'mutation { signIn(username: "ganti", password: "sandi-baru-yang-panjang") { expiresAt } }',
        });
        expect(again.body.errors[0].message).toBe('The username or password is wrong (or the account is disabled).');
      });

      it('an account whose password an administrator set may do nothing but change it', async () => {
        const { id } = await createTestAccount(use(), 'baru', [{ role: 'EDITOR', regionCode: '75.71' }]);
        await use().sql.query('UPDATE app_user SET must_change_password = true WHERE id = $1', [id]);
        const cookie = await signInCookie(http(), 'baru');
        const res = await upload(IMPORT, P0_ROW('75.71', '5.0'), { dryRun: true }, { cookie });
        expect(res.status).toBe(403);
        expect(res.body.errors[0].message).toMatch(/^Change your password first/);
      });

      it('sign-in is rate limited: after 5 failures even the right password waits', async () => {
        await createTestAccount(use(), 'sasaran', [{ role: 'VIEWER', regionCode: 'ID' }]);
        const attempt = (password: string) =>
          post({
            query: 'mutation ($p: String!) { signIn(username: "sasaran", password: $p) { expiresAt } }',
            variables: { p: password },
          });
        for (let i = 0; i < FAILS_PER_USER_AND_ADDRESS; i++) {
          const wrong = await attempt(`salah-${i}-xxxxxxxx`);
          expect(wrong.status).toBe(401);
          expect(wrong.body.errors[0].message).toBe('The username or password is wrong (or the account is disabled).');
        }
        const right = await attempt(TEST_PASSWORD);
        expect(right.status).toBe(429);
        expect(right.body.errors[0]).toMatchObject({
          message: 'Too many failed sign-ins: wait 15 minutes before trying again.',
          extensions: { code: 'TOO_MANY_REQUESTS' },
        });
        expect(right.headers['set-cookie']).toBeUndefined();
      });

      it('personal access tokens: analysts only, from a session; a revoked token stops at once', async () => {
        const analyst = await signedIn(use(), http(), 'analis-skrip', [{ role: 'ANALYST', regionCode: 'ID' }]);
        const created = await post(
          { query: 'mutation { createAccessToken(name: "ekspor", expiresInDays: 30) { token accessToken { id } } }' },
          analyst,
        );
        const { token, accessToken } = created.body.data.createAccessToken;
        expect(token).toMatch(/^kesra_pat_[A-Za-z0-9_-]{43}$/);
        const asScript = (query: string) =>
          request(http())
            .post('/graphql')
            .set('content-type', 'application/json')
            .set('authorization', `Bearer ${token}`)
            .send({ query });
        expect((await asScript('{ me { account { username } seesUnverified } }')).body.data.me).toEqual({
          account: { username: 'analis-skrip' },
          seesUnverified: true,
        });
        // Only the hash is stored.
        expect(await use().sql.query('SELECT 1 FROM access_token WHERE token_hash = $1', [token])).toEqual([]);
        await post({ query: `mutation { revokeAccessToken(id: ${accessToken.id}) }` }, analyst);
        const revoked = await asScript('{ me { seesUnverified } }');
        expect(revoked.status).toBe(401);
        expect(revoked.body.errors[0].message).toMatch(/^This access token is not valid/);
        const viewer = await signedIn(use(), http(), 'pembaca-token', [{ role: 'VIEWER', regionCode: 'ID' }]);
        const refused = await post({ query: 'mutation { createAccessToken(name: "x") { token } }' }, viewer);
        expect(refused.status).toBe(403);
      });
    });

    describe('anonymous visitors', () => {
      it('may not send their own queries, however cheap', async () => {
        const res = await post({ query: '{ regions(level: PROVINCE) { code } }' });
        expect(res.status).toBe(401);
        expect(res.body.errors[0].message).toMatch(/^Sign in to run your own queries/);
      });

      it('are told so in Bahasa Indonesia when they ask for it, as the dashboard does', async () => {
        const res = await request(http())
          .post('/graphql')
          .set('content-type', 'application/json')
          .set('accept-language', 'id, en;q=0.5')
          .send({ query: '{ regions(level: PROVINCE) { code } }' });
        expect(res.status).toBe(401);
        expect(res.body.errors[0].message).toMatch(/^Masuk dulu untuk menjalankan kueri sendiri/);
      });

      it('run the dashboard’s operations by hash, and may sign in', async () => {
        const operations = readDashboardOperations();
        const me = [...operations].find(([, text]) => /query Me\b/.test(text));
        expect(me).toBeDefined();
        const res = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: me![0] } } });
        expect(res.status).toBe(200);
        expect(res.body.data.me).toMatchObject({ account: null, seesUnverified: false, anonymousAccess: true });
        // The same hash with another text is not the dashboard's operation.
        const smuggled = await post({
          query: '{ regions { code } }',
          extensions: { persistedQuery: { version: 1, sha256Hash: me![0] } },
        });
        expect(smuggled.status).toBe(400);
        expect(smuggled.body.errors[0]).toMatchObject({
          message: expect.stringMatching(/^The persisted query hash does not match the query text/),
          extensions: { code: 'BAD_REQUEST' },
        });
      });
    });
  },
  { demoData: true },
);
