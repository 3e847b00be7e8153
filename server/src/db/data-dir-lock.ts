// One process owns an embedded (PGlite) data folder. PGlite is PostgreSQL in this process's memory: a
// second process opening the same folder works on its own copy, and whichever writes last overwrites the
// other's pages, silently losing data. So the owner holds an operating-system lock on a file in the folder
// for as long as it has the database open. The lock is the kernel's (fs-native-extensions: fcntl
// open-file-description locks on Linux, flock on macOS, LockFileEx on Windows), so a process that ends in
// any way, kill -9 and power loss included, frees the folder: nothing stale is left to clean up or guess at.
//
// The same file says who the owner is (pid, command, and for a server where it listens), written by the
// owner after it took the lock. Its content is trusted only while the lock is held: a process that cannot
// take the lock reads it to say who is in the way, and the import command sends its file to a listening
// server instead.
import { closeSync, constants, ftruncateSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { tryLock } from 'fs-native-extensions';

export const LOCK_FILE_NAME = 'kesra.lock';

export interface DataDirOwner {
  pid: number;
  /** What the owner is, in the words a person typed: "pnpm start", "pnpm run import". */
  command: string;
  /** When it took the folder (ISO 8601). */
  since: string;
  /** Set by a server: "starting" until it takes requests, then "listening" with its `url`, "stopping" at the end. */
  server?: 'starting' | 'listening' | 'stopping';
  /** Base address of a listening server (GraphQL at `${url}graphql`), reachable from this machine. */
  url?: string;
}

export interface DataDirLock {
  readonly dataDir: string;
  readonly owner: DataDirOwner;
  /** Changes what the owner says of itself (a server: once it listens, where). */
  update(change: Partial<Omit<DataDirOwner, 'pid' | 'since'>>): void;
  /** Frees the folder. Ending the process frees it too. */
  release(): void;
}

/** Raised when another process owns the folder; `owner` is what it says of itself (null if unreadable). */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: DataDirOwner | null,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by ${describeOwner(owner)}, and only one process at a time can open it. ` +
        'Stop that process, or set DATA_DIR to another folder.',
    );
    this.name = 'DataDirLockedError';
  }
}

function describeOwner(owner: DataDirOwner | null): string {
  if (!owner) return 'another process';
  const state = owner.url ? `, serving ${owner.url}` : owner.server && owner.server !== 'listening' ? `, ${owner.server}` : '';
  return `${owner.command} (pid ${owner.pid}${state})`;
}

/** How this process names itself in the lock file unless the caller says otherwise. */
let defaults: { command?: string; server?: DataDirOwner['server'] } = {};

/**
 * Says who this process is to anyone who finds a folder it opens locked, e.g. at the start of a command:
 * `describeThisProcess({ command: 'pnpm db:migrate' })`. The database opens the folder later, deep inside.
 */
export function describeThisProcess(info: { command?: string; server?: DataDirOwner['server'] }): void {
  defaults = { ...defaults, ...info };
}

function thisCommand(): string {
  if (defaults.command) return defaults.command;
  const script = process.env.npm_lifecycle_event;
  if (script) return script === 'import' ? 'pnpm run import' : `pnpm ${script}`;
  return `node ${process.argv[1] ?? ''}`.trim();
}

const held = new Map<string, DataDirLock>();

/** The lock this process holds on a folder, if any. */
export function heldDataDirLock(dataDir: string): DataDirLock | undefined {
  return held.get(dataDir);
}

/**
 * Takes the folder for this process, or throws DataDirLockedError at once when another process (or
 * another open database of this one) has it. The folder is created if missing.
 */
export function lockDataDir(dataDir: string, info: { command?: string; server?: DataDirOwner['server'] } = {}): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE_NAME);
  const fd = openSync(path, constants.O_RDWR | constants.O_CREAT, 0o644);
  let granted: boolean;
  try {
    granted = tryLock(fd);
  } catch (err) {
    closeSync(fd);
    throw new Error(`Cannot lock ${path}: ${(err as Error).message}`);
  }
  if (!granted) {
    closeSync(fd);
    throw new DataDirLockedError(dataDir, readDataDirOwner(dataDir));
  }
  const server = info.server ?? defaults.server;
  let owner: DataDirOwner = {
    pid: process.pid,
    command: info.command ?? thisCommand(),
    since: new Date().toISOString(),
    ...(server ? { server } : {}),
  };
  const write = () => {
    const text = Buffer.from(`${JSON.stringify(owner)}\n`);
    ftruncateSync(fd, 0);
    writeSync(fd, text, 0, text.length, 0);
  };
  write();
  let released = false;
  const lock: DataDirLock = {
    dataDir,
    get owner() {
      return owner;
    },
    update(change) {
      if (released) return;
      owner = { ...owner, ...change };
      write();
    },
    release() {
      if (released) return;
      released = true;
      held.delete(dataDir);
      // Emptied so that no one reads a stopped owner's address; closing the file frees the lock.
      try {
        ftruncateSync(fd, 0);
      } finally {
        closeSync(fd);
      }
    },
  };
  held.set(dataDir, lock);
  return lock;
}

/**
 * What the owner of a folder wrote of itself, or null when there is nothing readable. Meaningful only
 * while the folder is locked (after a DataDirLockedError): a stopped owner's words may still be there.
 */
export function readDataDirOwner(dataDir: string): DataDirOwner | null {
  // A new owner truncates, then writes: a read between the two finds nothing, so look a few times.
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const text = readFileSync(join(dataDir, LOCK_FILE_NAME), 'utf8').trim();
      if (text) {
        const owner = JSON.parse(text) as DataDirOwner;
        if (typeof owner.pid === 'number' && typeof owner.command === 'string') return owner;
      }
    } catch {
      // missing, or caught half-written
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  }
  return null;
}
