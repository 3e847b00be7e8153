// A process that takes an embedded data folder's lock and waits to be killed: `node --import tsx
// hold-data-dir-lock.ts <folder>` prints "locked" once it holds the lock. Used by the lock's tests.
import { lockDataDir } from '../db/data-dir-lock.js';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: hold-data-dir-lock.ts <folder>');
lockDataDir(dataDir, { command: 'test holder' });
console.log('locked');
setInterval(() => {}, 60_000);
