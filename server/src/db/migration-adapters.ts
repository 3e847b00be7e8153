import type { PGlite } from '@electric-sql/pglite';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';

// The schema engine only calls `executeScript` for migrations, and both published adapters get it
// wrong, so the factories used for migrating replace it; queries keep the adapters as published.
//
// pglite-prisma-adapter 0.7.2 runs the script with `client.exec(script)` but does not await it: a
// failing migration is recorded as finished and its SQL error escapes as an unhandled rejection
// that kills the process.
//
// @prisma/adapter-pg 7.10 splits the script at every ";" — inside a comment, a string or a PL/pgSQL
// function body too — so a migration that defines a trigger function cannot run, and a failing
// statement leaves the ones before it applied. PostgreSQL's simple query protocol takes the whole
// script at once, as psql does, and runs it as one implicit transaction.

interface AdapterInternals<Client> {
  client: Client;
  onError(error: unknown): never;
}

/** The adapter, running each migration script whole with `run` and reporting its error as the adapter does. */
function runningScriptsWith<Client>(
  adapter: SqlDriverAdapter,
  run: (client: Client, script: string) => Promise<unknown>,
): SqlDriverAdapter & AdapterInternals<Client> {
  const internals = adapter as unknown as SqlDriverAdapter & AdapterInternals<Client>;
  internals.executeScript = async (script: string) => {
    try {
      await run(internals.client, script);
    } catch (err) {
      internals.onError(err);
    }
  };
  return internals;
}

export function pgliteMigrationAdapter(pglite: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaPGlite(pglite);
  const exec = (client: PGlite, script: string) => client.exec(script);
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => runningScriptsWith(await inner.connect(), exec),
    // The shadow database is a fresh in-memory PGlite the adapter creates; close it with the adapter.
    connectToShadowDb: async () => {
      const adapter = runningScriptsWith(await inner.connectToShadowDb(), exec);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await adapter.client.close();
      };
      return adapter;
    },
  };
}

export function postgresMigrationAdapter(inner: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  const query = (client: pg.Pool, script: string) => client.query(script);
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => runningScriptsWith(await inner.connect(), query),
    connectToShadowDb: async () => runningScriptsWith(await inner.connectToShadowDb(), query),
  };
}
