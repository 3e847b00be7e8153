import { createTestDatabase, type DatabaseKind } from '../src/test-support/databases.js';
import { createTestApi } from '../src/test-support/graphql.js';
import { percentile } from './stats.js';

export async function benchRegions(kind: DatabaseKind): Promise<string> {
  const test = await createTestDatabase(kind);
  const api = await createTestApi(test.db);
  const query = '{ regions(level: PROVINCE) { code name children { code name kind } } }';
  for (let i = 0; i < 20; i++) await api.query(query);
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const s = performance.now();
    await api.query(query);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  await api.stop();
  await test.drop();
  return `[${kind}] 38 provinces with their 514 kabupaten/kota via GraphQL: median ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (200 runs)`;
}
