import 'reflect-metadata';
import { createServer } from 'node:http';
import { userInfo } from 'node:os';
import { countAccounts } from './accounts/accounts.service.js';
import { createFirstAdministrator } from './accounts/first-administrator.js';
import { writeOperatorToken } from './accounts/operator-token.js';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { bootstrapDatabase } from './db/bootstrap.js';
import { DataDirLockedError, describeThisProcess, heldDataDirLock } from './db/data-dir-lock.js';
import { type Database, openDatabase } from './db/database.js';
import { readDataset, SYNTHETIC_LABEL_ID, TRAINING_LABEL_ID } from './training/dataset.js';
import { loadTrainingOnStart } from './training/loader.js';

const log = (line: string) => console.log(`[kesra] ${line}`);

async function main() {
  const config = loadConfig();
  const started = Date.now();
  // Anyone who finds the embedded folder taken is told a server has it (and, once it listens, where).
  describeThisProcess({ server: 'starting' });
  const db = await openDatabase(config.database).catch((err: Error) => {
    throw new StartError(err.message, 3);
  });
  log(`Database: ${db.description}`);
  if (config.training) {
    const loaded = await loadTrainingOnStart(db, log).catch((err: Error) => {
      throw new StartError(err.message, 1);
    });
    if (loaded) log(`Loaded the training data set (seed “${loaded.seed}”) in ${loaded.durationMs} ms.`);
  }
  if (config.database.kind === 'pglite' && process.env.DATABASE_REPLICA_URL?.trim()) {
    log('DATABASE_REPLICA_URL is ignored: read replicas serve a PostgreSQL server (DATABASE_URL), not the embedded database.');
  }
  await bootstrapDatabase(db, { demoData: config.demoData, log });
  const dataset = await readDataset(db.sql);
  if (dataset.kind === 'TRAINING')
    log(`Data set: ${TRAINING_LABEL_ID} (seed “${dataset.seed}”), labelled on every page, slide and export.`);
  if (dataset.kind === 'SYNTHETIC') log(`Data set: ${SYNTHETIC_LABEL_ID}, labelled on every page, slide and export.`);
  const operatorName = userInfo().username;
  // The command line on this machine sends imports through this server with this token (embedded database only).
  const operatorToken = config.database.kind === 'pglite' ? writeOperatorToken(config.database.dataDir) : undefined;
  await announceFirstAdministrator(db, config.database.kind === 'pglite', operatorName);
  const { handler } = await createApp(db, {
    production: config.production,
    webDist: config.webDist,
    accounts: { anonymousAccess: config.anonymousAccess, trustProxy: config.trustProxy, operatorToken, operatorName },
  });
  const server = createServer(handler).listen(config.port, config.host ?? '0.0.0.0', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    // The import command finds the server here and sends its files to it (see imports/cli/import.ts).
    if (config.database.kind === 'pglite') {
      heldDataDirLock(config.database.dataDir)?.update({
        server: 'listening',
        url: `http://${localAddress(config.host)}:${port}/`,
      });
    }
    log(`Ready in ${Date.now() - started} ms: dashboard http://localhost:${port}/ · GraphQL http://localhost:${port}/graphql`);
  });
  server.on('error', (err: NodeJS.ErrnoException) => {
    const reason =
      err.code === 'EADDRINUSE' ? `port ${config.port} is in use by another program (set PORT to another port)` : err.message;
    console.error(`[kesra] Could not start: ${reason}.`);
    process.exit(1);
  });
  // Ctrl-C reaches both pnpm and this process, and pnpm passes it on: the same stop arrives twice. Only a
  // signal after the first has been handled for a while means "stop now".
  let stopping = 0;
  const shutdown = () => {
    if (stopping) {
      if (Date.now() - stopping > 1000) process.exit(1);
      return;
    }
    stopping = Date.now();
    log('Shutting down…');
    // An import command arriving now waits for the folder rather than for an answer that will not come.
    if (config.database.kind === 'pglite')
      heldDataDirLock(config.database.dataDir)?.update({ server: 'stopping', url: undefined });
    server.close(() => void db.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

/**
 * With no account yet, the embedded database (a laptop, one command) gets an administrator with a one-time password
 * shown here once; a PostgreSQL server (a deployment) is told how to create one, so no password lands in its logs.
 */
async function announceFirstAdministrator(db: Database, embedded: boolean, osUser: string): Promise<void> {
  if ((await countAccounts(db.sql)) > 0) return;
  if (!embedded) {
    log('No accounts yet: create the first administrator with `pnpm users:create-admin` (it prints a one-time password).');
    return;
  }
  const password = await createFirstAdministrator(db, osUser);
  log(
    `First administrator account created: username "admin", one-time password "${password}" — sign in and change it; it is not shown again.`,
  );
}

/** Exit codes: 1 could not start; 3 the database cannot be reached, or its folder is in use by another process. */
class StartError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** An address of this machine on which a server listening on `host` can be reached. */
function localAddress(host: string | undefined): string {
  if (!host || host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

main().catch((err) => {
  console.error(`[kesra] Could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(err instanceof StartError || err instanceof DataDirLockedError ? 3 : 1);
});
