import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_TOKEN_PREFIX, newSecret, SESSION_COOKIE, secretHash } from '../accounts/credentials.js';
import { ANONYMOUS, type Viewer } from '../accounts/viewer.js';
import { type App, createApp } from '../app.js';
import { repoRoot } from '../config.js';
import type { Database } from '../db/database.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/graphql.js';
import { ANALYST, ANALYST_BEFORE_PASSWORD_CHANGE, VIEWER } from '../test-support/viewers.js';

// Values that are neither VERIFIED nor PUBLISHED are read only by accounts that may read unverified values
// (analysts and up); for anonymous visitors and viewers they do not exist: not in lists, counts, series,
// comparisons, progress, roll-ups, composite indices, coverage or exports.

/**
 * Poverty in Gorontalo (75) with some values not checked: the 2025 kabupaten/kota figures (the latest year), Kota
 * Gorontalo's 2024 figure, Kabupaten Gorontalo's 2023 figure (a previous value), the province's annual 2024 figure
 * (a parent value), the national March 2024 round (disputed), Kota Gorontalo's and the province's poor population of
 * 2025 (a roll-up) and every extreme-poverty value. Boalemo's 2024 figure is VERIFIED rather than PUBLISHED.
 */
async function markSomeUnchecked(db: Database): Promise<void> {
  await db.sql.query(`UPDATE observation SET status = 'PUBLISHED' WHERE status <> 'PUBLISHED'`);
  await db.sql.query(
    `UPDATE observation SET status = 'UNVERIFIED'
     WHERE (indicator_code = 'poverty_rate_p0' AND (
              (region_code LIKE '75.%' AND period = '2025') OR (region_code = '75.71' AND period = '2024')
              OR (region_code = '75.01' AND period = '2023') OR (region_code = '75' AND period = '2024')))
        OR (indicator_code = 'poor_population' AND region_code IN ('75', '75.71') AND period = '2025')
        OR indicator_code = 'extreme_poverty_rate'`,
  );
  await db.sql.query(
    `UPDATE observation SET status = 'DISPUTED' WHERE indicator_code = 'poverty_rate_p0' AND region_code = 'ID' AND period = '2024-03'`,
  );
  await db.sql.query(
    `UPDATE observation SET status = 'VERIFIED' WHERE indicator_code = 'poverty_rate_p0' AND region_code = '75.02' AND period = '2024'`,
  );
  // The elderly IKS of Gorontalo in 2025, one of its three components not verified yet.
  await db.sql.query(
    `INSERT INTO observation (indicator_code, region_code, period, year, subperiod, value, status)
     VALUES ('iks_elderly_basic_needs', '75', '2025', 2025, 0, 30, 'VERIFIED'),
            ('iks_elderly_social_role', '75', '2025', 2025, 0, 30, 'PUBLISHED'),
            ('iks_elderly_economic_independence', '75', '2025', 2025, 0, 30, 'UNVERIFIED')`,
  );
}

/** Rows of poverty_rate_p0 hidden from viewers, and those of them under Gorontalo from 2023 on. */
const HIDDEN_P0 = 10;
const HIDDEN_P0_UNDER_75 = 8;

const COMPARISON = `query ($period: String) {
  comparison(indicatorCode: "poverty_rate_p0", parentCode: "75", period: $period) {
    period previousPeriod parentValue parentPeriod nationalValue nationalPeriod
    rows { regionCode value rank previousValue change peerCodes status }
    summary { count }
  }
}`;

interface Comparison {
  period: string | null;
  previousPeriod: string | null;
  parentValue: number | null;
  parentPeriod: string | null;
  nationalValue: number | null;
  nationalPeriod: string | null;
  rows: {
    regionCode: string;
    value: number;
    rank: number;
    previousValue: number | null;
    change: number | null;
    peerCodes: string[];
    status: string;
  }[];
  summary: { count: number };
}

/** The text of one of the dashboard's own operations, the only ones an anonymous visitor may run. */
function dashboardOperation(name: string): string {
  const documents = JSON.parse(readFileSync(join(repoRoot, 'web/src/gql/persisted-documents.json'), 'utf8')) as Record<
    string,
    string
  >;
  const text = Object.values(documents).find((d) => new RegExp(`\\bquery ${name}\\b`).test(d));
  if (!text) throw new Error(`The dashboard has no operation ${name}.`);
  return text;
}

const OBSERVATIONS = `query ($status: VerificationStatus) {
  observations(filter: { indicatorCodes: ["poverty_rate_p0"], parentCode: "75", periodFrom: "2023", status: $status }, first: 1000) {
    totalCount edges { node { regionCode period status } }
  }
}`;

describeEachDatabase(
  'only verified and published values for visitors and viewers',
  (use) => {
    let api: TestApi;
    const as = (viewer: Viewer) => ({
      query: <T>(q: string, variables?: Record<string, unknown>) => api.query<T>(q, variables, { viewer }),
    });
    beforeAll(async () => {
      await markSomeUnchecked(use());
      api = await createTestApi(use());
    });
    afterAll(() => api.stop());

    const readers = [
      ['viewer', VIEWER],
      ['analyst who must change the password', ANALYST_BEFORE_PASSWORD_CHANGE],
    ] as const;

    for (const [who, viewer] of readers) {
      it(`ranks only the checked values for a ${who}: latest period, ranks, parent, nation and change follow`, async () => {
        const { comparison } = await as(viewer).query<{ comparison: Comparison }>(COMPARISON);
        expect(comparison).toMatchObject({
          // 2025 has no checked kabupaten/kota value: 2024 is the latest period with data.
          period: '2024',
          previousPeriod: '2023',
          // The province's annual 2024 figure is not checked: its March round stands in, as for a missing one.
          parentValue: 14.57,
          parentPeriod: '2024-03',
          // The national March 2024 round is disputed.
          nationalValue: null,
          nationalPeriod: null,
          summary: { count: 5 },
        });
        // Kota Gorontalo's 2024 figure is not checked: five regions ranked, and it is nobody's peer.
        expect(comparison.rows.map((r) => [r.regionCode, r.value, r.rank])).toEqual([
          ['75.03', 14.8, 1],
          ['75.01', 16.43, 2],
          ['75.05', 16.86, 3],
          ['75.04', 17.11, 4],
          ['75.02', 17.83, 5],
        ]);
        expect(comparison.rows.flatMap((r) => r.peerCodes)).not.toContain('75.71');
        // Kabupaten Gorontalo's 2023 figure is not checked: no previous value, no change.
        expect(comparison.rows.find((r) => r.regionCode === '75.01')).toMatchObject({ previousValue: null, change: null });
        expect(new Set(comparison.rows.map((r) => r.status))).toEqual(new Set(['PUBLISHED', 'VERIFIED']));
        const { comparisons } = await as(viewer).query<{ comparisons: Comparison[] }>(
          '{ comparisons(indicatorCodes: ["poverty_rate_p0"], parentCode: "75") { period summary { count } } }',
        );
        expect(comparisons).toEqual([{ period: '2024', summary: { count: 5 } }]);
      });
    }

    it("shows an anonymous visitor only checked values through the dashboard's own operations", async () => {
      const current = (
        await as(ANONYMOUS).query<{ current: Comparison }>(dashboardOperation('Comparison'), {
          indicator: 'poverty_rate_p0',
          parent: '75',
        })
      ).current;
      expect(current).toMatchObject({ period: '2024', parentPeriod: '2024-03', nationalValue: null, summary: { count: 5 } });
      const { observations } = await as(ANONYMOUS).query<{ observations: { totalCount: number } }>(
        dashboardOperation('Observations'),
        { filter: { indicatorCodes: ['poverty_rate_p0'], parentCode: '75', periodFrom: '2023' }, first: 100 },
      );
      expect(observations.totalCount).toBe(18 - HIDDEN_P0_UNDER_75);
    });

    it('ranks every value for an analyst', async () => {
      const latest = (await as(ANALYST).query<{ comparison: Comparison }>(COMPARISON)).comparison;
      expect(latest).toMatchObject({ period: '2025', previousPeriod: '2024', parentValue: 13.24, nationalValue: 8.47 });
      expect(latest.rows).toHaveLength(6);
      const earlier = (await as(ANALYST).query<{ comparison: Comparison }>(COMPARISON, { period: '2024' })).comparison;
      expect(earlier).toMatchObject({
        parentValue: 14.57,
        parentPeriod: '2024',
        nationalValue: 9.03,
        nationalPeriod: '2024-03',
        summary: { count: 6 },
      });
      expect(earlier.rows.find((r) => r.regionCode === '75.01')).toMatchObject({ previousValue: 17.48 });
    });

    it('holds the periods with data once for both kinds of reader, in either order', async () => {
      const period = async (viewer: Viewer) => (await as(viewer).query<{ comparison: Comparison }>(COMPARISON)).comparison.period;
      api.reference.clear();
      expect(await period(VIEWER)).toBe('2024');
      expect(await period(ANALYST)).toBe('2025');
      const viewerHeld = await api.statementsOf(async () => expect(await period(VIEWER)).toBe('2024'), 'held');
      const analystHeld = await api.statementsOf(async () => expect(await period(ANALYST)).toBe('2025'), 'held');
      api.reference.clear();
      expect(await period(ANALYST)).toBe('2025');
      expect(await period(VIEWER)).toBe('2024');
      // Held: only the values are read, for either reader.
      expect(viewerHeld.length).toBe(analystHeld.length);
      expect(api.reference.isLive).toBe(true);
      expect(viewerHeld).toHaveLength(1);
    });

    it('costs a viewer the same SQL statements as an analyst', async () => {
      const viewer = await api.statementsOf(() => as(VIEWER).query(COMPARISON));
      const analyst = await api.statementsOf(() => as(ANALYST).query(COMPARISON));
      expect(viewer.length).toBe(analyst.length);
    });

    it('lists and counts only checked observations, and none for a status a viewer may not read', async () => {
      type Page = { observations: { totalCount: number; edges: { node: { period: string; status: string } }[] } };
      const viewer = (await as(VIEWER).query<Page>(OBSERVATIONS)).observations;
      const analyst = (await as(ANALYST).query<Page>(OBSERVATIONS)).observations;
      expect(analyst.totalCount).toBe(18);
      expect(viewer.totalCount).toBe(18 - HIDDEN_P0_UNDER_75);
      expect(viewer.edges).toHaveLength(viewer.totalCount);
      expect(viewer.edges.every((e) => e.node.status === 'PUBLISHED' || e.node.status === 'VERIFIED')).toBe(true);
      expect(viewer.edges.map((e) => e.node.period)).not.toContain('2025');
      const unverified = { status: 'UNVERIFIED' };
      expect((await as(VIEWER).query<Page>(OBSERVATIONS, unverified)).observations).toEqual({ totalCount: 0, edges: [] });
      expect((await as(ANALYST).query<Page>(OBSERVATIONS, unverified)).observations.totalCount).toBe(HIDDEN_P0_UNDER_75);
    });

    it('draws series and grids without the values not checked', async () => {
      const all = ['2019', '2020', '2021', '2022', '2023', '2024', '2025'];
      type Series = { regionCode: string; points: { period: string }[] }[];
      const periods = (series: Series) => series.map((s) => [s.regionCode, s.points.map((p) => p.period)]);
      const q = '{ series(indicatorCode: "poverty_rate_p0", regionCodes: ["75.01", "75.71"]) { regionCode points { period } } }';
      const grid =
        '{ seriesGrid(indicatorCodes: ["poverty_rate_p0"], regionCodes: ["75.01", "75.71"]) { regionCode points { period } } }';
      const viewer = [
        ['75.01', ['2019', '2020', '2021', '2022', '2024']],
        ['75.71', ['2019', '2020', '2021', '2022', '2023']],
      ];
      expect(periods((await as(VIEWER).query<{ series: Series }>(q)).series)).toEqual(viewer);
      expect(periods((await as(VIEWER).query<{ seriesGrid: Series }>(grid)).seriesGrid)).toEqual(viewer);
      expect(periods((await as(ANALYST).query<{ series: Series }>(q)).series)).toEqual([
        ['75.01', all],
        ['75.71', all],
      ]);
    });

    it('counts only checked values in an indicator’s coverage', async () => {
      type Coverage = { indicator: { coverage: { observations: number; regions: number; periods: string[] } } };
      const q = '{ indicator(code: "extreme_poverty_rate") { coverage { observations regions periods } } }';
      expect((await as(VIEWER).query<Coverage>(q)).indicator.coverage).toEqual({ observations: 0, regions: 0, periods: [] });
      expect((await as(ANALYST).query<Coverage>(q)).indicator.coverage).toMatchObject({ observations: 11, periods: ['2023-03'] });
      const p0 = '{ indicator(code: "poverty_rate_p0") { coverage { observations regions periods } } }';
      const viewer = (await as(VIEWER).query<Coverage>(p0)).indicator.coverage;
      const analyst = (await as(ANALYST).query<Coverage>(p0)).indicator.coverage;
      expect(viewer.observations).toBe(analyst.observations - HIDDEN_P0);
    });

    it('measures progress and scores from checked values only: latest value and baseline', async () => {
      const progress = `{ progress(regionCode: "75.71", indicatorCode: "poverty_rate_p0", documentCode: "RKP-2026") {
        baseline { period value } latest { period value } } }`;
      expect((await as(VIEWER).query<{ progress: unknown }>(progress)).progress).toEqual({
        baseline: { period: '2023', value: 5.64 },
        latest: { period: '2023', value: 5.64 },
      });
      expect((await as(ANALYST).query<{ progress: unknown }>(progress)).progress).toEqual({
        baseline: { period: '2025', value: 5.31 },
        latest: { period: '2025', value: 5.31 },
      });
      const scorecard = `{ scorecard(documentCode: "RKP-2026", regionCodes: ["75.02", "75.71"], indicatorCodes: ["poverty_rate_p0"]) {
        cells { regionCode latest { period value } } } }`;
      type Cells = { scorecard: { cells: unknown[] } };
      expect((await as(VIEWER).query<Cells>(scorecard)).scorecard.cells).toEqual([
        { regionCode: '75.02', latest: { period: '2024', value: 17.83 } },
        { regionCode: '75.71', latest: { period: '2023', value: 5.64 } },
      ]);
      expect((await as(ANALYST).query<Cells>(scorecard)).scorecard.cells).toEqual([
        { regionCode: '75.02', latest: { period: '2025', value: 16.37 } },
        { regionCode: '75.71', latest: { period: '2025', value: 5.31 } },
      ]);
    });

    it('rolls up from checked values only, beside a checked published value', async () => {
      const q = `{ rollUp(indicatorCode: "poor_population", parentCode: "75", period: "2025") {
        value publishedValue childrenWithData missingChildren } }`;
      expect((await as(VIEWER).query<{ rollUp: unknown }>(q)).rollUp).toEqual({
        value: null,
        publishedValue: null,
        childrenWithData: 5,
        missingChildren: ['75.71'],
      });
      expect((await as(ANALYST).query<{ rollUp: unknown }>(q)).rollUp).toEqual({
        value: 162.76,
        publishedValue: 162.74,
        childrenWithData: 6,
        missingChildren: [],
      });
    });

    it('computes a composite index from checked values only', async () => {
      const q = '{ compositeIndex(methodologyCode: "IKS_ELDERLY_RPJMN", regionCodes: ["75"], period: "2025") { value missing } }';
      type Index = { compositeIndex: { value: number | null; missing: string[] }[] };
      expect((await as(VIEWER).query<Index>(q)).compositeIndex).toEqual([
        { value: null, missing: ['iks_elderly_economic_independence'] },
      ]);
      const [analyst] = (await as(ANALYST).query<Index>(q)).compositeIndex;
      expect(analyst?.missing).toEqual([]);
      expect(analyst?.value).not.toBeNull();
    });

    describe('CSV exports', () => {
      // The app's own HTTP entry point: what a request reaches with exactly the credentials it carries.
      let app: App;
      let analystToken = '';
      let viewerCookie = '';
      afterAll(() => app?.apollo.stop());
      beforeAll(async () => {
        const db = use();
        app = await createApp(db, { production: true });
        const account = async (username: string, role: string) => {
          const [user] = await db.sql.query<{ id: number }>(
            `INSERT INTO app_user (username, display_name, created_by) VALUES ($1, $1, 'test') RETURNING id`,
            [username],
          );
          await db.sql.query(`INSERT INTO role_grant (user_id, role, region_code) VALUES ($1, $2::"Role", 'ID')`, [
            user!.id,
            role,
          ]);
          return user!.id;
        };
        analystToken = newSecret(ACCESS_TOKEN_PREFIX);
        await db.sql.query(`INSERT INTO access_token (user_id, name, token_hash) VALUES ($1, 'skrip', $2)`, [
          await account('analis', 'ANALYST'),
          secretHash(analystToken),
        ]);
        const session = newSecret();
        await db.sql.query(`INSERT INTO user_session (id_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [
          secretHash(session),
          await account('pemirsa', 'VIEWER'),
        ]);
        viewerCookie = `${SESSION_COOKIE}=${session}`;
      });

      const get = (path: string, query: Record<string, string>, as: 'anonymous' | 'viewer' | 'analyst') => {
        const req = request(app.handler).get(path).query(query);
        if (as === 'analyst') req.set('authorization', `Bearer ${analystToken}`);
        if (as === 'viewer') req.set('cookie', viewerCookie);
        return req;
      };
      const dataLines = (text: string) => text.split(/\r?\n/).filter((line) => line.startsWith('75.'));

      it('exports only checked observations to visitors and viewers, every one to an analyst', async () => {
        const query = { indicator: 'poverty_rate_p0', parent: '75', from: '2023' };
        for (const who of ['anonymous', 'viewer'] as const) {
          const res = await get('/export/observations.csv', query, who);
          expect(res.status).toBe(200);
          expect(dataLines(res.text)).toHaveLength(18 - HIDDEN_P0_UNDER_75);
          expect(res.text).not.toContain('UNVERIFIED');
          const unverified = await get('/export/observations.csv', { ...query, status: 'UNVERIFIED' }, who);
          expect(unverified.status).toBe(200);
          expect(dataLines(unverified.text)).toEqual([]);
        }
        expect(dataLines((await get('/export/observations.csv', query, 'analyst')).text)).toHaveLength(18);
        const unverified = await get('/export/observations.csv', { ...query, status: 'UNVERIFIED' }, 'analyst');
        expect(dataLines(unverified.text)).toHaveLength(HIDDEN_P0_UNDER_75);
      });

      it('exports comparisons and series of checked values only', async () => {
        const comparison = { indicator: 'poverty_rate_p0', parent: '75' };
        const anonymous = await get('/export/comparison.csv', comparison, 'anonymous');
        expect(anonymous.headers['content-disposition']).toBe('attachment; filename="perbandingan-poverty_rate_p0-2024.csv"');
        const ranked = (text: string) => text.split(/\r?\n/).filter((line) => /^\d+,75\./.test(line));
        expect(ranked(anonymous.text)).toHaveLength(5);
        const analyst = await get('/export/comparison.csv', comparison, 'analyst');
        expect(analyst.headers['content-disposition']).toBe('attachment; filename="perbandingan-poverty_rate_p0-2025.csv"');
        expect(ranked(analyst.text)).toHaveLength(6);
        const series = { indicator: 'poverty_rate_p0', region: '75.01' };
        const periods = (text: string) => dataLines(text).map((l) => l.split(',')[2]);
        expect(periods((await get('/export/series.csv', series, 'viewer')).text)).toEqual([
          '2019',
          '2020',
          '2021',
          '2022',
          '2024',
        ]);
        expect(periods((await get('/export/series.csv', series, 'analyst')).text)).toHaveLength(7);
      });

      it('refuses anonymous exports with 401 and a sentence when the server shows its data to accounts only', async () => {
        const closed = await createApp(use(), { production: true, accounts: { anonymousAccess: false } });
        try {
          const query = { indicator: 'poverty_rate_p0', region: '75' };
          const res = await request(closed.handler).get('/export/series.csv').query(query);
          expect(res.status).toBe(401);
          expect(res.text).toBe('Sign in first: this server shows its data to signed-in accounts only.');
          const signedIn = await request(closed.handler).get('/export/series.csv').query(query).set('cookie', viewerCookie);
          expect(signedIn.status).toBe(200);
        } finally {
          await closed.apollo.stop();
        }
      });

      it('refuses credentials that are not valid with 401 and a sentence', async () => {
        const res = await request(app.handler)
          .get('/export/observations.csv')
          .query({ indicator: 'poverty_rate_p0' })
          .set('authorization', `Bearer ${ACCESS_TOKEN_PREFIX}nope`);
        expect(res.status).toBe(401);
        expect(res.text).toBe(
          'This access token is not valid (revoked, expired, or never issued). Create a new one in the dashboard.',
        );
        const ended = await request(app.handler)
          .get('/export/series.csv')
          .query({ indicator: 'poverty_rate_p0', region: '75' })
          .set('cookie', `${SESSION_COOKIE}=gone`);
        expect(ended.status).toBe(401);
        expect(ended.text).toMatch(/^Your session has ended/);
      });
    });

    it('shows a viewer a period as soon as its values are verified, as the held periods are read again', async () => {
      const period = async () =>
        (await api.query<{ comparison: Comparison }>(COMPARISON, undefined, { viewer: VIEWER })).comparison.period;
      expect(await period()).toBe('2024');
      const verify = (status: string) =>
        use().sql.query(
          `UPDATE observation SET status = $1::"VerificationStatus"
           WHERE indicator_code = 'poverty_rate_p0' AND region_code LIKE '75.%' AND period = '2025'`,
          [status],
        );
      await verify('VERIFIED');
      try {
        await expect.poll(period, { timeout: 10_000 }).toBe('2025');
      } finally {
        await verify('UNVERIFIED');
      }
      await expect.poll(period, { timeout: 10_000 }).toBe('2024');
    });
  },
  { demoData: true },
);
