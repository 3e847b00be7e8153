// pnpm --filter @kesra/server bench:load — only the load benchmark (BENCH_LOAD_SECONDS per case, default 10).
import './server-flags.js';
import './production-mode.js';
import 'reflect-metadata';
import { benchLoad } from './load.js';

for (const line of await benchLoad()) console.log(line);
