// Builds the app, starts the production server on a free port with a fresh embedded database (the first start
// loads the demo data set), and stops it when the suite ends. See support/server.ts, shared with `pnpm bench`.
import type { TestProject } from 'vitest/node';
import { build, startServer } from '../support/server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The first administrator's one-time password (see e2e/accounts.ts: the first sign-in replaces it). */
    adminPassword: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.E2E_SKIP_BUILD !== '1') build();
  const server = await startServer();
  project.provide('baseUrl', server.baseUrl);
  try {
    project.provide('adminPassword', await server.adminPassword());
  } catch (err) {
    await server.stop();
    throw err;
  }
  return () => server.stop();
}
