import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Temporary folders of this platform's processes: `kesra-uploads-<pid>` in the system's temporary folder. */
const PREFIX = 'kesra-uploads-';

let current: string | null = null;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the folders of processes that no longer run (a crash, kill -9); returns how many. */
export function removeStaleUploadDirs(base: string): number {
  let removed = 0;
  for (const name of readdirSync(base)) {
    if (!name.startsWith(PREFIX)) continue;
    const pid = Number(name.slice(PREFIX.length));
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || alive(pid)) continue;
    rmSync(join(base, name), { recursive: true, force: true });
    removed++;
  }
  return removed;
}

/**
 * Gives this process a temporary folder of its own and makes it the process's TMPDIR, so that the files
 * graphql-upload buffers uploads in (fs-capacitor writes `capacitor-*.tmp` to `os.tmpdir()`, with no option to say
 * where) are known to be ours. fs-capacitor removes them when a request ends; after a crash, the next start of any
 * server on the machine removes the folders of processes that are gone. Once per process.
 */
export function useUploadTempDir(base = tmpdir()): string {
  if (current) return current;
  try {
    removeStaleUploadDirs(base);
  } catch (err) {
    console.warn(`[kesra] could not clean old upload folders in ${base}: ${(err as Error).message}`);
  }
  const dir = join(base, `${PREFIX}${process.pid}`);
  mkdirSync(dir, { recursive: true });
  process.env.TMPDIR = dir;
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  current = dir;
  return dir;
}
