import { createTestDatabase, type DatabaseKind } from '../src/test-support/databases.js';
import { compiledCreateApp } from './compiled-app.js';
import { percentile } from './stats.js';

export async function benchRegions(kind: DatabaseKind): Promise<string> {
  const test = await createTestDatabase(kind);
  const { apollo, context } = await (await compiledCreateApp())(test.db, { production: true });
  const query = '{ regions(level: PROVINCE) { code name children { code name kind } } }';
  const run = async () => {
    const response = await apollo.executeOperation({ query }, { contextValue: context() });
    if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(JSON.stringify(response.body));
  };
  for (let i = 0; i < 20; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const s = performance.now();
    await run();
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  await apollo.stop();
  await test.drop();
  return `[${kind}] 38 provinces with their 514 kabupaten/kota via GraphQL: median ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (200 runs)`;
}
