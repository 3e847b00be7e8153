// pnpm run import <file> — see HELP (`pnpm import` without `run` is pnpm's own lockfile command). On the
// embedded database, a server running on the same folder owns it (see db/data-dir-lock.ts): the file
// then goes through that server, with the same checks and report.
import { readFile, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename, resolve } from 'node:path';
import { readOperatorToken } from '../../accounts/operator-token.js';
import { operatorViewer } from '../../accounts/viewer.js';
import { type Command, CommandError, EXIT, openDatabaseFor, readCommandLine, usageError } from '../../cli/command.js';
import { type AppConfig, loadConfig } from '../../config.js';
import { DataDirLockedError, describeThisProcess } from '../../db/data-dir-lock.js';
import type { Database } from '../../db/database.js';
import { formatReport } from '../report-text.js';
import { type PublicReport, publicReport } from './report-fields.js';
import { importThroughServer } from './through-server.js';

export const HELP = `Usage: pnpm run import <file> [options]

Imports a CSV or XLSX file through the import pipeline: every row is checked, then all rows are
written in one transaction, or none when any row has an error. Layouts: observations (long), a BPS
table export (wide, needs --indicator), targets, programmes, planning documents, and the indicator
and programme catalogues (kode_indikator / kode_program columns; see the README).

Options:
  --dry-run          Check the file and show what would change; write nothing.
  --json             Print the whole report as JSON (counts and every error).
  --indicator CODE   Indicator of a BPS wide table, which has no indicator column (e.g. poverty_rate_p0).
  --source TEXT      Source to record for a wide table's values.
  --decimal-comma    Numbers are written with a decimal comma ("8,47").
  --reason TEXT      Why the figures change; kept in the audit trail.
  --publish          The file holds published statistics (a BPS release): its values are stored as
                     PUBLISHED, without a verification round, and may replace published values.
  -h, --help         Show this help.

Database: the PostgreSQL server in DATABASE_URL, else the embedded database in DATA_DIR (default
.data/pglite). When a server (pnpm start) has that folder open, the file is sent to it and imported
there, with the same checks and the same report.

Who imports: the command line acts as an administrator — whoever can run it can already write the
database — and is recorded as "operator:<your user name>" in the import batch and audit trail.

Exit codes: 0 imported (or a dry run without errors); 1 rejected: the file has errors, nothing was
written; 2 wrong usage or a file that cannot be read; 3 the database cannot be reached or its folder
is in use by a process that does not take imports; 4 an unexpected fault of the program.`;

const OPTIONS = {
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  indicator: { type: 'string' },
  source: { type: 'string' },
  'decimal-comma': { type: 'boolean' },
  reason: { type: 'string' },
  publish: { type: 'boolean' },
} as const;

/** How long to wait for a server starting (the first start loads demo data) or stopping on the folder. */
const SERVER_WAIT_MS = 120_000;

export const importCommand: Command = async (args, io) => {
  const { values, positionals, help } = readCommandLine(args, OPTIONS, { max: 1 });
  if (help) {
    io.out(HELP);
    return EXIT.ok;
  }
  const file = positionals[0];
  if (!file) throw usageError('Name the file to import, e.g. pnpm run import data/p0-2025.csv');
  for (const name of ['indicator', 'source', 'reason'] as const) {
    if (values[name] !== undefined && !values[name].trim()) throw usageError(`Option --${name} needs a value that is not empty.`);
  }
  const path = resolve(io.cwd, file);
  const bytes = await readInput(path);
  let config: AppConfig;
  try {
    config = loadConfig(io.env);
  } catch (err) {
    throw usageError((err as Error).message);
  }
  describeThisProcess({ command: 'pnpm run import' });
  const request = {
    bytes,
    fileName: basename(path),
    publish: values.publish === true,
    dryRun: values['dry-run'] === true,
    decimalComma: values['decimal-comma'] === true,
    indicator: values.indicator?.trim(),
    source: values.source,
    reason: values.reason,
  };

  const opened = await openOrFindServer(config, io.err);
  let report: PublicReport;
  if ('serverUrl' in opened) {
    const token = config.database.kind === 'pglite' ? readOperatorToken(config.database.dataDir) : undefined;
    if (!token) {
      throw new CommandError(
        `The server at ${opened.serverUrl} has the database open, and its operator token (in the data folder) cannot be read by this user: run the command as the user who started the server.`,
        EXIT.database,
      );
    }
    report = await importThroughServer(opened.serverUrl, request, token);
  } else {
    const db = opened.db;
    try {
      // Loaded here, not above: a file sent to a server needs none of the import pipeline in this process.
      const [{ bootstrapDatabase }, { importFile }, { desaScaleIndexInFlight }] = await Promise.all([
        import('../../db/bootstrap.js'),
        import('../import.service.js'),
        import('../../observations/desa-scale-index.js'),
      ]);
      // A new database is set up exactly as `pnpm start` would, so that the first import is not special.
      await bootstrapDatabase(db, { demoData: config.demoData }).catch((err: Error) => {
        throw new CommandError(`Cannot prepare ${db.description}: ${err.message}`, EXIT.database);
      });
      const local = await importFile(db, {
        bytes,
        fileName: request.fileName,
        viewer: operatorViewer(userInfo().username),
        publish: request.publish,
        dryRun: request.dryRun,
        ...(request.reason ? { reason: request.reason } : {}),
        options: {
          ...(request.indicator ? { indicator: request.indicator } : {}),
          ...(request.source ? { source: request.source } : {}),
          decimalComma: request.decimalComma,
        },
      });
      report = publicReport(local);
      // The index an import of the first desa values starts is finished before the database is closed.
      await desaScaleIndexInFlight(db);
    } finally {
      await db.close();
    }
  }
  io.out(values.json ? JSON.stringify(report, null, 2) : formatReport({ ...report, foreignKeyChecks: null }));
  return report.status === 'REJECTED' ? EXIT.failed : EXIT.ok;
};

async function readInput(path: string): Promise<Buffer> {
  const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
    throw usageError(err.code === 'ENOENT' ? `There is no file ${path}.` : `Cannot read ${path}: ${err.message}`);
  });
  if (info.isDirectory()) throw usageError(`${path} is a folder; name a CSV or XLSX file.`);
  return readFile(path).catch((err: NodeJS.ErrnoException) => {
    throw usageError(err.code === 'EACCES' ? `Cannot read ${path}: permission denied.` : `Cannot read ${path}: ${err.message}`);
  });
}

/**
 * The database to import into: opened here, or, when a server owns the embedded folder, that server's
 * address. A server that is starting or stopping is waited for; any other owner is a DataDirLockedError.
 */
async function openOrFindServer(
  config: AppConfig,
  say: (line: string) => void,
): Promise<{ db: Database } | { serverUrl: string }> {
  const started = Date.now();
  let waiting = false;
  for (;;) {
    try {
      return { db: await openDatabaseFor(config.database) };
    } catch (err) {
      if (!(err instanceof DataDirLockedError)) throw err;
      const owner = err.owner;
      if (owner?.url) {
        say(`${owner.command} (pid ${owner.pid}) has the database open: sending the file to it at ${owner.url}`);
        return { serverUrl: owner.url };
      }
      const passing = owner?.server === 'starting' || owner?.server === 'stopping';
      if (!owner || !passing || Date.now() - started > SERVER_WAIT_MS) throw err;
      if (!waiting) say(`Waiting for ${owner.command} (pid ${owner.pid}), which is ${owner.server} on this database…`);
      waiting = true;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
