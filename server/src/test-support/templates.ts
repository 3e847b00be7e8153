import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { bootstrapDatabase } from '../db/bootstrap.js';
import { openDatabase } from '../db/database.js';

/**
 * Migrating and seeding a database takes 5–12 s embedded and 1–2 s on the server, and nearly every suite needs one per
 * database kind: the global setup makes each variant once per run, and suites start from a copy (a PGlite archive
 * loaded in memory, a PostgreSQL `CREATE DATABASE … TEMPLATE`), which takes about a second.
 */
export interface TestTemplates {
  /** Files holding PGlite archives (dumpDataDir) of a bootstrapped database. */
  pglite: Record<TemplateVariant, string>;
  /** Names of bootstrapped databases on the test server, copied with CREATE DATABASE … TEMPLATE. */
  postgres: Record<TemplateVariant, string>;
}

export type TemplateVariant = 'plain' | 'demo';

declare module 'vitest' {
  export interface ProvidedContext {
    testTemplates: TestTemplates | null;
  }
}

export function templateVariant(demoData: boolean): TemplateVariant {
  return demoData ? 'demo' : 'plain';
}

/** The run's templates, or undefined outside a Vitest worker (the benches) or when the setup made none. */
export function providedTemplates(): TestTemplates | undefined {
  try {
    return inject('testTemplates') ?? undefined;
  } catch {
    return undefined;
  }
}

const archives = new Map<string, Promise<Blob>>();

/** A template's PGlite archive, read once per worker. */
export function pgliteArchive(path: string): Promise<Blob> {
  let archive = archives.get(path);
  if (!archive) {
    archive = readFile(path).then((bytes) => new Blob([bytes]));
    archives.set(path, archive);
  }
  return archive;
}

/**
 * Makes the templates: the embedded ones in this process, the server's through `createServerDatabase` (which names
 * and creates an empty database). Returns them and a function that removes them.
 */
export async function makeTestTemplates(server: {
  create(suffix: string): Promise<{ name: string; url: string }>;
  drop(name: string): Promise<void>;
}): Promise<{ templates: TestTemplates; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'kesra-test-templates-'));
  const made: string[] = [];
  async function embedded(variant: TemplateVariant): Promise<string> {
    const db = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    try {
      await bootstrapDatabase(db, { demoData: variant === 'demo' });
      const archive = await db.dumpDataDir?.();
      if (!archive) throw new Error('the embedded database gave no archive');
      const path = join(dir, `${variant}.tar`);
      await writeFile(path, new Uint8Array(await archive.arrayBuffer()));
      return path;
    } finally {
      await db.close();
    }
  }
  async function onServer(variant: TemplateVariant): Promise<string> {
    const { name, url } = await server.create(`template_${variant}`);
    made.push(name);
    const db = await openDatabase({ kind: 'postgres', url });
    try {
      await bootstrapDatabase(db, { demoData: variant === 'demo' });
    } finally {
      // A template may have no open connection while it is copied.
      await db.close();
    }
    return name;
  }
  const remove = async () => {
    await Promise.all(made.map((name) => server.drop(name)));
    await rm(dir, { recursive: true, force: true });
  };
  try {
    // PGlite runs in this thread, PostgreSQL in its own processes: the two kinds overlap.
    const [pglite, postgres] = await Promise.all([
      (async () => ({ plain: await embedded('plain'), demo: await embedded('demo') }))(),
      (async () => ({ plain: await onServer('plain'), demo: await onServer('demo') }))(),
    ]);
    return { templates: { pglite, postgres }, remove };
  } catch (err) {
    await remove();
    throw err;
  }
}
