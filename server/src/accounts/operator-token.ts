import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newSecret, OPERATOR_TOKEN_PREFIX } from './credentials.js';

// The command line on the machine of an embedded database cannot open the folder while the server holds it, so it
// sends imports to the server (imports/cli/through-server.ts). It proves it is the operator with a token the server
// writes into the data folder, readable only by the folder's owner: whoever can read it can already change the
// database files directly, so it gains nothing it did not have.

const FILE = 'operator-token';

/** A new operator token for this run of the server, written where only the folder's owner can read it. */
export function writeOperatorToken(dataDir: string): string {
  const token = newSecret(OPERATOR_TOKEN_PREFIX);
  const path = join(dataDir, FILE);
  rmSync(path, { force: true });
  writeFileSync(path, token, { mode: 0o600 });
  chmodSync(path, 0o600);
  return token;
}

/** The running server's operator token, if this process can read it. */
export function readOperatorToken(dataDir: string): string | undefined {
  try {
    return readFileSync(join(dataDir, FILE), 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}
