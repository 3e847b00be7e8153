// Builds a package of the workspace when its sources changed since its last build: shared by pnpm start
// (scripts/start.mjs) and the command-line tools (scripts/cli.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Newest modification time under a path; tests and what builds write are not sources of a build. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return /\.test\.tsx?$/.test(path) ? 0 : st.mtimeMs;
  let max = st.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist' || entry === 'test-support') continue;
    max = Math.max(max, newest(join(path, entry)));
  }
  return max;
}

/**
 * Runs `pnpm --filter <name> build` unless `stamp` (written after each build, dated from its start) is
 * newer than every input. A stamp rather than an output file: an incremental compile leaves unchanged
 * outputs untouched, so their dates say nothing about the last build. Build output goes to standard
 * error, so that a command's own output (e.g. --json) stays clean.
 */
export function buildIfStale(name, stamp, inputs, failureExitCode, command = ['--filter', name, 'build']) {
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  if (built && inputs.every((p) => newest(join(root, p)) <= built)) return;
  process.stderr.write(`[kesra] Building ${name}…\n`);
  const started = new Date();
  const result = spawnSync('pnpm', command, { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) {
    process.stderr.write(`[kesra] The build of ${name} failed (see above).\n`);
    process.exit(failureExitCode ?? result.status ?? 1);
  }
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, '');
  utimesSync(stamp, started, started);
}

/** `failureExitCode`: the exit code when the build fails (default: the compiler's). */
export function buildServerIfStale(failureExitCode) {
  // A pulled change to the data model needs a new Prisma client before the server compiles against it.
  buildIfStale('Prisma client', join(root, 'server/src/generated/.built'), ['prisma/schema.prisma'], failureExitCode, [
    '--filter',
    '@kesra/server',
    'prisma:generate',
  ]);
  buildIfStale(
    '@kesra/server',
    join(root, 'server/dist/.built'),
    [
      'server/src',
      'server/tsconfig.json',
      'server/tsconfig.build.json',
      'server/package.json',
      'tsconfig.base.json',
      'prisma/schema.prisma',
    ],
    failureExitCode,
  );
}

export function buildWebIfStale() {
  buildIfStale('@kesra/web', join(root, 'web/dist/.built'), [
    'web/src',
    'web/index.html',
    'web/vite.config.ts',
    'web/package.json',
  ]);
}
