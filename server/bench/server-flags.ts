// Imported first by the benchmarks that run the server in their own process: they re-run themselves with the V8 flags
// `pnpm start` gives the server (scripts/server-node-flags.mjs), so that they measure the server as it runs.
import { spawnSync } from 'node:child_process';
import { SERVER_NODE_FLAGS } from '../../scripts/server-node-flags.mjs';

if (!SERVER_NODE_FLAGS.every((flag) => process.execArgv.includes(flag))) {
  const run = spawnSync(process.execPath, [...process.execArgv, ...SERVER_NODE_FLAGS, ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  process.exit(run.status ?? 1);
}
