import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, heldDataDirLock, lockDataDir, readDataDirOwner } from './data-dir-lock.js';
import { openDatabase } from './database.js';

const holder = fileURLToPath(new URL('../test-support/hold-data-dir-lock.ts', import.meta.url));
const folders: string[] = [];
const children: ChildProcess[] = [];

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kesra-lock-'));
  folders.push(dir);
  return dir;
}

/** Starts a separate process that takes the folder's lock; resolves once it holds it. */
async function holdInChild(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', holder, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      output += d;
      if (output.includes('locked')) resolve();
    });
    child.stderr!.on('data', (d) => (output += d));
    child.once('exit', (code) => reject(new Error(`holder exited with ${code}: ${output}`)));
  });
  return child;
}

function lockError(work: () => unknown): DataDirLockedError {
  try {
    work();
  } catch (err) {
    if (err instanceof DataDirLockedError) return err;
    throw err;
  }
  throw new Error('expected the folder to be locked');
}

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

describe('embedded data folder lock', () => {
  it('lets one owner hold a folder at a time and says who holds it', () => {
    const dir = folder();
    const lock = lockDataDir(dir, { command: 'pnpm start' });
    expect(heldDataDirLock(dir)).toBe(lock);
    const err = lockError(() => lockDataDir(dir, { command: 'pnpm db:migrate' }));
    expect(err.owner).toMatchObject({ pid: process.pid, command: 'pnpm start' });
    expect(err.message).toContain(dir);
    expect(err.message).toMatch(/pnpm start \(pid \d+\)/);
    expect(err.message).toMatch(/Stop that process, or set DATA_DIR to another folder/);
    lock.release();
    expect(heldDataDirLock(dir)).toBeUndefined();
    lockDataDir(dir).release();
  });

  it('advertises where a server listens, for as long as it holds the folder', () => {
    const dir = folder();
    const lock = lockDataDir(dir, { command: 'pnpm start', server: 'starting' });
    expect(readDataDirOwner(dir)).toMatchObject({ server: 'starting', pid: process.pid });
    lock.update({ server: 'listening', url: 'http://127.0.0.1:4123/' });
    const err = lockError(() => lockDataDir(dir));
    expect(err.owner).toMatchObject({ server: 'listening', url: 'http://127.0.0.1:4123/' });
    expect(err.message).toContain('serving http://127.0.0.1:4123/');
    lock.release();
    // What a stopped owner left is not trusted: the folder is free, and the next owner overwrites it.
    const next = lockDataDir(dir, { command: 'pnpm run import' });
    expect(readDataDirOwner(dir)).toMatchObject({ command: 'pnpm run import' });
    expect(readDataDirOwner(dir)?.url).toBeUndefined();
    next.release();
  });

  it('is refused to a second process while the first lives, and freed by the OS when it is killed (kill -9)', async () => {
    const dir = folder();
    const child = await holdInChild(dir);
    const err = lockError(() => lockDataDir(dir));
    expect(err.owner).toMatchObject({ pid: child.pid, command: 'test holder' });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    const lock = lockDataDir(dir);
    expect(readDataDirOwner(dir)?.pid).toBe(process.pid);
    lock.release();
  });

  it('keeps a second embedded database off a folder that is open, and frees it on close', async () => {
    const dir = folder();
    const db = await openDatabase({ kind: 'pglite', dataDir: dir });
    try {
      const started = performance.now();
      await expect(openDatabase({ kind: 'pglite', dataDir: dir })).rejects.toThrow(DataDirLockedError);
      expect(performance.now() - started).toBeLessThan(500);
    } finally {
      await db.close();
    }
    const again = await openDatabase({ kind: 'pglite', dataDir: dir });
    await again.close();
  });
});
