// pnpm --filter @kesra/server build && pnpm --filter @kesra/server exec tsx bench/api-only.ts — just the API benchmark.
import './server-flags.js';
import './production-mode.js';
import 'reflect-metadata';
import { benchApi } from './api.js';

for (const line of await benchApi()) console.log(line);
