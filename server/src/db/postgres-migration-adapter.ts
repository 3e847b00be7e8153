import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type pg from 'pg';

// @prisma/adapter-pg 7.10 runs a migration script by splitting it at every ";" — inside a comment, a
// string or a PL/pgSQL function body too — so a migration that defines a trigger function cannot run,
// and a failing statement leaves the ones before it applied. PostgreSQL's simple query protocol takes
// the whole script at once, as psql does, and runs it as one implicit transaction.

interface PgAdapterInternals {
  client: pg.Pool;
  onError(error: unknown): never;
}

function wholeScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const internals = adapter as unknown as SqlDriverAdapter & PgAdapterInternals;
  internals.executeScript = async (script: string) => {
    try {
      await internals.client.query(script);
    } catch (err) {
      internals.onError(err);
    }
  };
  return internals;
}

export function postgresMigrationAdapter(inner: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => wholeScripts(await inner.connect()),
    connectToShadowDb: async () => wholeScripts(await inner.connectToShadowDb()),
  };
}
