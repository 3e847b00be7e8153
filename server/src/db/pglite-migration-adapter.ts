import type { PGlite } from '@electric-sql/pglite';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';

// pglite-prisma-adapter 0.7.2 runs a migration script with `client.exec(script)` but does not await
// it: a failing migration is recorded as finished and its SQL error escapes as an unhandled
// rejection that kills the process. The schema engine only calls executeScript for migrations, so
// this factory is used for migrating PGlite; queries keep the adapter as published.

interface PgliteAdapterInternals {
  client: PGlite;
  onError(error: unknown): never;
}

function awaitScripts(adapter: SqlDriverAdapter, closeClientOnDispose: boolean): SqlDriverAdapter {
  const internals = adapter as unknown as SqlDriverAdapter & PgliteAdapterInternals;
  internals.executeScript = async (script: string) => {
    try {
      await internals.client.exec(script);
    } catch (err) {
      internals.onError(err);
    }
  };
  if (closeClientOnDispose) {
    const dispose = adapter.dispose.bind(adapter);
    internals.dispose = async () => {
      await dispose();
      await internals.client.close();
    };
  }
  return internals;
}

export function pgliteMigrationAdapter(pglite: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaPGlite(pglite);
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => awaitScripts(await inner.connect(), false),
    // The shadow database is a fresh in-memory PGlite the adapter creates; close it with the adapter.
    connectToShadowDb: async () => awaitScripts(await inner.connectToShadowDb(), true),
  };
}
