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
    ],
  },
});
