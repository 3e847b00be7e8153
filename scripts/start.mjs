// pnpm start — builds the server and the dashboard when their sources changed, then serves both
// on one port (PORT, default 4000) in production mode.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    max = Math.max(max, newest(join(path, entry)));
  }
  return max;
}

function buildIfStale(name, output, inputs) {
  const built = existsSync(output) ? statSync(output).mtimeMs : 0;
  if (built && inputs.every((p) => newest(join(root, p)) <= built)) return;
  console.log(`[kesra] Building ${name}…`);
  const result = spawnSync('pnpm', ['--filter', name, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

buildIfStale('@kesra/server', join(root, 'server/dist/main.js'), ['server/src', 'server/tsconfig.json', 'prisma']);
buildIfStale('@kesra/web', join(root, 'web/dist/index.html'), ['web/src', 'web/index.html', 'web/vite.config.ts']);

// Ctrl-C reaches this process too; the server stops on it by itself, and its exit status is this one's.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => {});
const server = spawnSync(process.execPath, [join(root, 'server/dist/main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: { NODE_ENV: 'production', ...process.env },
});
process.exit(server.status ?? 0);
