// pnpm bench — prints performance figures. Not a test: numbers vary with the machine.
import 'reflect-metadata';
import { bootstrapDatabase } from '../src/db/bootstrap.js';
import { createTestDatabase, type DatabaseKind } from '../src/test-support/databases.js';
import { createTestApi } from '../src/test-support/graphql.js';

const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function bench(kind: DatabaseKind) {
  let t = performance.now();
  const test = await createTestDatabase(kind, { bootstrap: false });
  const opened = ms(t);
  t = performance.now();
  await bootstrapDatabase(test.db);
  console.log(`[${kind}] open ${opened}; migrate + load registry (553 regions) ${ms(t)}`);

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
  console.log(
    `[${kind}] 38 provinces with their 514 kabupaten/kota via GraphQL: median ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (200 runs)`,
  );
  await api.stop();
  await test.drop();
}

for (const kind of ['pglite', 'postgres'] as const) await bench(kind);
