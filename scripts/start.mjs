// pnpm start — builds the server and the dashboard when their sources changed, then serves both
// on one port (PORT, default 4000) in production mode.
// pnpm start:training (--training) — the same on the training data set's own database (TRAINING_DATABASE_URL, else
// TRAINING_DATA_DIR, default .data/training; loaded first when empty) on PORT, default 4001, so that the official
// platform can run beside it. DATABASE_URL and DATA_DIR, which hold official data, are not used.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildServerIfStale, buildWebIfStale, root } from './build.mjs';
import { SERVER_NODE_FLAGS } from './server-node-flags.mjs';

buildServerIfStale();
buildWebIfStale();

// Ctrl-C reaches this process too; the server stops on it by itself, and its exit status is this one's.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => {});
const server = spawnSync(process.execPath, [...SERVER_NODE_FLAGS, join(root, 'server/dist/main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: process.argv.includes('--training') ? trainingEnv(process.env) : { NODE_ENV: 'production', ...process.env },
});
process.exit(server.status ?? 0);

/** The server's environment on the training database: never the official database's settings. */
function trainingEnv(env) {
  const { DATABASE_URL: _url, DATA_DIR: _dir, ...rest } = env;
  return {
    NODE_ENV: 'production',
    ...rest,
    PORT: env.PORT ?? '4001',
    KESRA_DATASET: 'TRAINING',
    ...(env.TRAINING_DATABASE_URL ? { DATABASE_URL: env.TRAINING_DATABASE_URL } : {}),
    DATA_DIR: env.TRAINING_DATA_DIR || '.data/training',
  };
}
