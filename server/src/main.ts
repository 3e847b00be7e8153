import 'reflect-metadata';
import { createServer } from 'node:http';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { bootstrapDatabase } from './db/bootstrap.js';
import { openDatabase } from './db/database.js';

const log = (line: string) => console.log(`[kesra] ${line}`);

async function main() {
  const config = loadConfig();
  const started = Date.now();
  const db = await openDatabase(config.database);
  log(`Database: ${db.description}`);
  await bootstrapDatabase(db, { demoData: config.demoData, log });
  const { handler } = await createApp(db, { production: config.production, webDist: config.webDist });
  const server = createServer(handler).listen(config.port, config.host ?? '0.0.0.0', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    log(`Ready in ${Date.now() - started} ms: dashboard http://localhost:${port}/ · GraphQL http://localhost:${port}/graphql`);
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
    server.close(() => void db.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err) => {
  console.error(`[kesra] Could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
