// pnpm start — builds the server and the dashboard when their sources changed, then serves both
// on one port (PORT, default 4000) in production mode.
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
  env: { NODE_ENV: 'production', ...process.env },
});
process.exit(server.status ?? 0);
