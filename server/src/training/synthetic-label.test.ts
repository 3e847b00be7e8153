import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaleDatabaseProblem } from '../../bench/scale/synthetic.js';
import { createTestDatabase, type TestDatabase } from '../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/graphql.js';
import { SYNTHETIC_LABEL_EN, SYNTHETIC_LABEL_ID, writeDataset } from './dataset.js';

// The synthetic scale data set (server/bench/scale) is labelled as training data is: every response and export says
// so, and its generator writes only into a database named for it.

describe('synthetic scale data set', () => {
  it('is generated only into a PostgreSQL database whose name contains “scale”', () => {
    expect(scaleDatabaseProblem(undefined)).toMatch(/SCALE_DATABASE_URL/);
    expect(scaleDatabaseProblem('postgresql://postgres@127.0.0.1:5432/kesra')).toMatch(/Refused: database “kesra”/);
    expect(scaleDatabaseProblem('postgresql://postgres@127.0.0.1:5432/')).toMatch(/Refused/);
    expect(scaleDatabaseProblem('.data/pglite')).toMatch(/not a URL/);
    expect(scaleDatabaseProblem('postgresql://postgres@127.0.0.1:5432/kesra_scale')).toBeNull();
  });

  describe('a database marked SYNTHETIC', () => {
    let test: TestDatabase;
    let api: TestApi;
    beforeAll(async () => {
      test = await createTestDatabase('pglite');
      await writeDataset(test.db.sql, { kind: 'SYNTHETIC', seed: 'uji', generatorVersion: 'scale-test' });
      api = await createTestApi(test.db);
    });
    afterAll(async () => {
      await api.stop();
      await test.drop();
    });

    it('says so in Query.dataset, in extensions.dataset and on every export', async () => {
      const result = await api.execute('{ dataset { kind label labelEn } }');
      expect(result.data?.dataset).toEqual({ kind: 'SYNTHETIC', label: SYNTHETIC_LABEL_ID, labelEn: SYNTHETIC_LABEL_EN });
      expect((result as { extensions?: unknown }).extensions).toEqual({
        dataset: { kind: 'SYNTHETIC', label: SYNTHETIC_LABEL_ID, labelEn: SYNTHETIC_LABEL_EN },
      });
      const res = await request(api.http).get('/export/comparison.csv').query({ indicator: 'poverty_rate_p0', parent: '75' });
      expect(res.status).toBe(200);
      expect(res.text.split('\r\n')[0]).toBe(`\uFEFF${SYNTHETIC_LABEL_ID} / ${SYNTHETIC_LABEL_EN}`);
      expect(res.headers['content-disposition']).toMatch(/filename="SINTETIS-/);
      expect(res.headers['x-kesra-dataset']).toBe('SYNTHETIC');
    });
  });
});
