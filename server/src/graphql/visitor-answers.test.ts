import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readDashboardOperations } from '../accounts/anonymous-access.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/graphql.js';
import { VisitorAnswers } from './visitor-answers.js';

describe('answers kept for visitors', () => {
  const settings = { ttlMs: 60_000, maxAnswers: 2, maxChars: 100, settleMs: 0 };
  const result = (n: number) => ({ data: { n } });
  const make = () => {
    const changes = { changes: 0, isLive: true };
    let now = 0;
    const answers = new VisitorAnswers(changes, settings, () => now);
    return { changes, answers, later: (ms: number) => (now += ms) };
  };

  it('gives an answer back in the epoch it was made in, and not after any change', () => {
    const { changes, answers } = make();
    answers.set('a', answers.epoch(), result(1), 10);
    expect(answers.get('a')).toEqual(result(1));
    changes.changes++;
    expect(answers.get('a')).toBeUndefined();
    const epoch = answers.epoch();
    answers.changedHere();
    // Made before this process's write, finished after it: never kept.
    answers.set('b', epoch, result(2), 10);
    expect(answers.get('b')).toBeUndefined();
  });

  it('forgets answers after their time, the least recently used when full, and keeps none too large', () => {
    const { answers, later } = make();
    answers.set('a', answers.epoch(), result(1), 10);
    answers.set('b', answers.epoch(), result(2), 10);
    answers.get('a');
    answers.set('c', answers.epoch(), result(3), 10);
    expect([answers.get('a'), answers.get('b'), answers.get('c')]).toEqual([result(1), undefined, result(3)]);
    answers.set('big', answers.epoch(), result(4), 101);
    expect(answers.get('big')).toBeUndefined();
    later(60_001);
    expect(answers.get('a')).toBeUndefined();
  });

  it('with read replicas, keeps nothing made while a replica may not have replayed the last change', () => {
    const changes = { changes: 0, isLive: true };
    let now = 0;
    const answers = new VisitorAnswers(changes, { ...settings, settleMs: 5_000 }, () => now);
    now = 10_000;
    changes.changes++;
    answers.set('a', answers.epoch(), result(1), 10);
    expect(answers.get('a')).toBeUndefined();
    now += 5_000;
    answers.set('a', answers.epoch(), result(1), 10);
    expect(answers.get('a')).toEqual(result(1));
  });

  it('keeps nothing while change notifications are not arriving', () => {
    const { changes, answers } = make();
    changes.isLive = false;
    answers.set('a', answers.epoch(), result(1), 10);
    changes.isLive = true;
    expect(answers.get('a')).toBeUndefined();
  });
});

const OPERATIONS = readDashboardOperations();
const OBSERVATIONS = [...OPERATIONS].find(([, text]) => text.startsWith('query Observations('))?.[0] ?? '';

describeEachDatabase(
  'a visitor’s answers through the API',
  (use) => {
    let api: TestApi;
    beforeAll(async () => {
      api = await createTestApi(use());
    });
    afterAll(async () => {
      await api?.stop();
    });

    const variables = {
      filter: { indicatorCodes: ['poverty_rate_p0'], regionCodes: ['75'], periodFrom: '2024', periodTo: '2024' },
      first: 10,
    };
    const asVisitor = () =>
      request(api.anonymousHttp)
        .post('/graphql')
        .send({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: OBSERVATIONS } } });
    const p0Of = (res: request.Response) =>
      (res.body as { data: { observations: { edges: { node: { value: number } }[] } } }).data.observations.edges[0]?.node.value;

    /** Waits until the server heard of a change made by a statement of its own (as another process would make it). */
    async function changeBehindItsBack(sql: string) {
      const before = api.reference.changes;
      await use().sql.query(sql);
      await vi.waitFor(() => expect(api.reference.changes).toBeGreaterThan(before), { timeout: 10_000 });
    }

    it('answers the same visitor query again without the database, until the data changes', async () => {
      expect(OBSERVATIONS).not.toBe('');
      let first: request.Response | undefined;
      const firstStatements = await api.statementsOf(async () => {
        first = await asVisitor();
      }, 'held');
      expect(first?.status).toBe(200);
      expect(firstStatements.length).toBeGreaterThan(0);
      const original = p0Of(first!);
      expect(original).toEqual(expect.any(Number));

      let again: request.Response | undefined;
      const againStatements = await api.statementsOf(async () => {
        again = await asVisitor();
      }, 'held');
      expect(againStatements).toEqual([]);
      expect(again?.text).toBe(first?.text);

      // A hand-written change (or another instance's import) is notified, and the next answer reads it.
      await changeBehindItsBack(
        "UPDATE observation SET value = value + 1 WHERE indicator_code = 'poverty_rate_p0' AND region_code = '75' AND period = '2024'",
      );
      const changed = await asVisitor();
      expect(p0Of(changed)).toBeCloseTo(original! + 1, 6);
      await changeBehindItsBack(
        "UPDATE observation SET value = value - 1 WHERE indicator_code = 'poverty_rate_p0' AND region_code = '75' AND period = '2024'",
      );
      expect(p0Of(await asVisitor())).toBeCloseTo(original!, 6);
    });

    it('drops what it kept when this process runs a mutation, and never serves a signed-in account from it', async () => {
      await asVisitor();
      // Nothing to submit: the mutation changes nothing, but it ran, and what visitors were given is made again.
      const submitted = await api.execute<{ submitDrafts: unknown }>('mutation { submitDrafts(regionCode: "75") { targets } }');
      expect(submitted.errors).toBeUndefined();
      const afterMutation = await api.statementsOf(async () => {
        await asVisitor();
      }, 'held');
      expect(afterMutation.length).toBeGreaterThan(0);

      const asOperator = () =>
        request(api.http)
          .post('/graphql')
          .send({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: OBSERVATIONS } } });
      await asOperator();
      const operatorAgain = await api.statementsOf(async () => {
        expect((await asOperator()).status).toBe(200);
      }, 'held');
      expect(operatorAgain.length).toBeGreaterThan(0);
    });
  },
  { demoData: true },
);
