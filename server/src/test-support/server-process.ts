// Starts the server (src/main.ts through tsx) as a separate process on an embedded data folder, as
// `pnpm start` would, for tests of what other processes see of it.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readDataDirOwner } from '../db/data-dir-lock.js';

const mainFile = fileURLToPath(new URL('../main.ts', import.meta.url));
// tsx reads the decorator settings from the tsconfig.json of the folder it runs in.
const serverDir = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  /** Resolves with the exit code (or signal) once it has ended. */
  exited: Promise<number | NodeJS.Signals | null>;
}

/** Spawns the server on `dataDir` (a free port, 127.0.0.1, no demo data). */
export function spawnServer(dataDir: string): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', mainFile], {
    cwd: serverDir,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', PORT: '0', HOST: '127.0.0.1', DEMO_DATA: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal)),
  );
  return { child, output: () => output, exited };
}

/** Spawns the server and waits until it listens; returns its address as it advertises it in the folder. */
export async function startServer(dataDir: string, timeoutMs = 90_000): Promise<ServerProcess & { url: string }> {
  const server = spawnServer(dataDir);
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (server.child.exitCode !== null) throw new Error(`The server exited with ${server.child.exitCode}:\n${server.output()}`);
    const owner = readDataDirOwner(dataDir);
    if (owner && owner.pid === server.child.pid && owner.url) return { ...server, url: owner.url };
    await new Promise((r) => setTimeout(r, 200));
  }
  server.child.kill('SIGKILL');
  throw new Error(`The server did not listen within ${timeoutMs / 1000} s:\n${server.output()}`);
}
