// The API benchmarks measure the server as `pnpm start` runs it: compiled by tsc into dist/ (`pnpm bench` builds it
// first) and in production mode (production-mode.ts). Run from source through tsx it would differ both ways: esbuild
// wraps every closure it creates in a naming helper, and emits no decorator metadata for type-graphql to act on.
import { existsSync } from 'node:fs';
import type { createApp as CreateApp } from '../src/app.js';

export async function compiledCreateApp(): Promise<typeof CreateApp> {
  const app = new URL('../dist/app.js', import.meta.url);
  if (!existsSync(app)) throw new Error('The server is not built: run `pnpm --filter @kesra/server build` (pnpm bench does).');
  return ((await import(app.href)) as { createApp: typeof CreateApp }).createApp;
}
