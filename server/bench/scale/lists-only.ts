// pnpm --filter @kesra/server bench:scale:lists — the list cases (lists.ts) on the synthetic scale data set at
// SCALE_DATABASE_URL (default kesra_scale; generate it first with bench:scale:generate). BENCH_SCALE_CASES=text times
// only the cases whose name contains it.
import { openDatabase } from '../../src/db/database.js';
import { benchLists } from './lists.js';
import { DEFAULT_SCALE_DATABASE_URL, scaleDatabaseProblem } from './synthetic.js';

const url = process.env.SCALE_DATABASE_URL ?? DEFAULT_SCALE_DATABASE_URL;
const problem = scaleDatabaseProblem(url);
if (problem) {
  console.error(problem);
  process.exit(1);
}
const db = await openDatabase({ kind: 'postgres', url });
try {
  await benchLists(db, process.env.BENCH_SCALE_CASES);
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await db.close();
}
