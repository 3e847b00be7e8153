import type { Database } from '../db/database.js';
import { NATIONAL_CODE } from '../regions/registry.js';
import { countAccounts, createAccount } from './accounts.service.js';
import { newSecret } from './credentials.js';
import { operatorViewer } from './viewer.js';

/**
 * Creates a national administrator with a random one-time password (it must be changed at first sign-in) and
 * returns the password, to be shown once. Refused when any account exists: later administrators are made by one.
 */
export async function createFirstAdministrator(
  db: Database,
  osUser: string,
  username = 'admin',
  displayName = 'Administrator',
): Promise<string> {
  if ((await countAccounts(db.sql)) > 0) {
    throw new Error('Accounts exist already: an administrator creates further accounts in the dashboard (Akun page).');
  }
  const password = newSecret().slice(0, 20);
  await createAccount(db, operatorViewer(osUser), {
    username,
    displayName,
    password,
    grants: [{ role: 'ADMINISTRATOR', regionCode: NATIONAL_CODE }],
    mustChangePassword: true,
  });
  return password;
}
