// pnpm users:create-admin [username] — the first administrator, from the command line.
import { userInfo } from 'node:os';
import { type Command, CommandError, EXIT, openDatabaseFor, readCommandLine, usageError } from '../../cli/command.js';
import { databaseConfigFromEnv } from '../../config.js';
import { bootstrapDatabase } from '../../db/bootstrap.js';
import { describeThisProcess } from '../../db/data-dir-lock.js';
import { USERNAME, USERNAME_RULE } from '../accounts.service.js';
import { createFirstAdministrator } from '../first-administrator.js';

export const HELP = `Usage: pnpm users:create-admin [username] [--name "Display name"]

Creates the first administrator (national, all regions) with a random one-time password, printed
once; the administrator must change it at the first sign-in, then creates the other accounts in the
dashboard (Akun page). Refused when any account exists. The username defaults to "admin".

Database: the PostgreSQL server in DATABASE_URL, else the embedded database in DATA_DIR (default
.data/pglite), which no other process may have open. (On the embedded database, the first
\`pnpm start\` creates "admin" itself and prints its one-time password.)

Options:
  --name TEXT   Display name (default "Administrator").
  -h, --help    Show this help.

Exit codes: 0 created; 1 refused: accounts exist already; 2 wrong usage; 3 the database cannot be
reached, or its folder is in use by another process; 4 an unexpected fault of the program.`;

export const createAdminCommand: Command = async (args, io) => {
  const { values, positionals, help } = readCommandLine(args, { name: { type: 'string' } }, { max: 1 });
  if (help) {
    io.out(HELP);
    return EXIT.ok;
  }
  const username = (positionals[0] ?? 'admin').trim().toLowerCase();
  if (!USERNAME.test(username)) throw usageError(USERNAME_RULE);
  describeThisProcess({ command: 'pnpm users:create-admin' });
  const db = await openDatabaseFor(databaseConfigFromEnv(io.env));
  try {
    await bootstrapDatabase(db, { demoData: false });
    let password: string;
    try {
      password = await createFirstAdministrator(db, userInfo().username, username, values.name?.trim() || 'Administrator');
    } catch (err) {
      throw new CommandError((err as Error).message, EXIT.failed);
    }
    io.out(`Administrator account created: username "${username}", one-time password "${password}".`);
    io.out('Sign in to the dashboard and choose a new password; this one is not shown again.');
    return EXIT.ok;
  } finally {
    await db.close();
  }
};
