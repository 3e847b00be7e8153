// pnpm --filter @kesra/server bench:scale — the scale bench alone (bench.ts); generate the data set first with
// bench:scale:generate.
import '../server-flags.js';
import '../production-mode.js';
import 'reflect-metadata';
import { benchScale } from './bench.js';

for (const line of await benchScale()) console.log(line);
