import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Node loads graphql's CommonJS build (the package has no "exports" map) while Vite would pick its
// ESM build: two copies of graphql in one process break `instanceof` checks. Use Node's choice.
const graphqlEntry = createRequire(new URL('./server/package.json', import.meta.url)).resolve('graphql');

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
        test: {
          name: 'server',
          root: './server',
          include: ['src/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./src/test-support/global-setup.ts'],
          // type-graphql's decorators need the metadata polyfill before any decorated class loads.
          setupFiles: ['reflect-metadata'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Pure option builders, formatters and models of the dashboard: no DOM needed.
        test: {
          name: 'web',
          root: './web',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        // The built dashboard in Chromium against a fresh server with the demo data (see test/e2e/global-setup.ts).
        test: {
          name: 'e2e',
          root: './test',
          include: ['e2e/**/*.test.ts', 'abuse/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./e2e/global-setup.ts'],
          fileParallelism: false,
          // A page's first data can take seconds on a busy CI machine; polls wait for it rather than fail.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
