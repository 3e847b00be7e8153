// Builds the app and starts the production server on a free port with a fresh embedded database (the first
// start loads the demo data set). Shared by the end-to-end tests (e2e/global-setup.ts) and `pnpm bench`
// (bench/frontend.ts), so both measure the same thing a user gets from `pnpm start`.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_FLAGS } from '../../scripts/server-node-flags.mjs';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function waitForHealth(url: string, server: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (server.exitCode !== null) throw new Error(`The server exited with code ${server.exitCode}:\n${log()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server did not answer ${url} within ${timeoutMs / 1000} s:\n${log()}`);
}

/** `pnpm build` (server and dashboard) for production. */
export function build(): void {
  // Vitest sets NODE_ENV=test, under which Vite would bundle React's development build: build for production.
  const result = spawnSync('pnpm', ['build'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`pnpm build failed:\n${result.stdout}\n${result.stderr}`);
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'generated') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** True when a build output is missing or older than a source it is built from. */
export function buildIsStale(): boolean {
  const outputs = ['web/dist/index.html', 'server/dist/main.js'].map((p) => join(repoRoot, p));
  if (!outputs.every((p) => existsSync(p))) return true;
  const built = Math.min(...outputs.map((p) => statSync(p).mtimeMs));
  const sources = ['web/src', 'web/index.html', 'web/vite.config.ts', 'web/package.json', 'server/src', 'server/package.json'];
  return sources.some((p) => newestMtime(join(repoRoot, p)) > built);
}

/**
 * The one-time password of the first administrator, from what the server printed on its first start on an empty
 * account table: `[kesra] First administrator account created: username "admin", one-time password "…" — …`.
 */
export function oneTimeAdminPassword(output: string): { username: string; password: string } | null {
  const m = output.match(/First administrator account created: username "([^"]+)", one-time password "([A-Za-z0-9_-]+)"/);
  return m ? { username: m[1]!, password: m[2]! } : null;
}

export interface RunningServer {
  baseUrl: string;
  /** The server's own process (node), for reading its memory. */
  pid: number;
  /** The embedded database folder (empty when the server runs on DATABASE_URL). */
  dataDir: string;
  /**
   * The first administrator's one-time password, as the server printed it (it must be changed at first sign-in).
   * Rejects when the server printed none within `timeoutMs` (a database that already had accounts).
   */
  adminPassword(timeoutMs?: number): Promise<string>;
  /** Stops the server; a data folder it made is removed (one given in the options is kept). */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** A PostgreSQL server's database instead of a fresh embedded one. */
  databaseUrl?: string;
  /** An existing embedded database folder to open (kept on stop). */
  dataDir?: string;
  env?: Record<string, string>;
}

/** Starts `server/dist/main.js` on a free port with a fresh database folder, removed again by `stop()`. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = options.databaseUrl ? '' : (options.dataDir ?? mkdtempSync(join(tmpdir(), 'kesra-e2e-')));
  const removeData = () => {
    if (dataDir && !options.dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  let output = '';
  const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'server/dist/main.js'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      NODE_ENV: 'production',
      DATABASE_URL: options.databaseUrl ?? '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (d) => (output += d));
  server.stderr?.on('data', (d) => (output += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(`${baseUrl}/health`, server, () => output, 120_000);
  } catch (err) {
    server.kill('SIGKILL');
    removeData();
    throw err;
  }
  return {
    baseUrl,
    pid: server.pid ?? 0,
    dataDir,
    async adminPassword(timeoutMs = 10_000) {
      const started = Date.now();
      for (;;) {
        const found = oneTimeAdminPassword(output);
        if (found) return found.password;
        if (Date.now() - started > timeoutMs || server.exitCode !== null) {
          throw new Error(`The server printed no one-time administrator password (were there accounts already?):\n${output}`);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop() {
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (server.exitCode === null) server.kill('SIGKILL');
      }
      removeData();
    },
  };
}
