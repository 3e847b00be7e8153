import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root: two levels above this file in both src/ and dist/. */
export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/** The project's own seed files (catalogues, crosswalks, the demo data set). */
export const seedDir = resolve(repoRoot, 'prisma/seed');

export type DatabaseConfig =
  | {
      kind: 'postgres';
      url: string;
      /** Streaming replicas for read-only statements (DATABASE_REPLICA_URL, comma-separated). */
      replicaUrls?: string[];
    }
  | {
      kind: 'pglite';
      dataDir: string;
      /**
       * Start from a copy of another embedded database (its `dumpDataDir`) instead of an empty one: the tests make
       * one migrated database per run and copy it for each suite, which takes a second instead of ten.
       */
      loadDataDir?: Blob;
    };

export interface AppConfig {
  port: number;
  host: string | undefined;
  database: DatabaseConfig;
  production: boolean;
  /** Folder of the built dashboard; served at / when present. */
  webDist: string;
  /** Load the demo data set into a database that has never had an import (DEMO_DATA=off to skip). */
  demoData: boolean;
  /** ANONYMOUS_ACCESS=off: visitors must sign in to see anything. On (default): they see the published dashboard. */
  anonymousAccess: boolean;
  /** TRUST_PROXY=on: behind a reverse proxy, take the client's address and scheme from X-Forwarded-For/-Proto. */
  trustProxy: boolean;
  /**
   * KESRA_DATASET=TRAINING (pnpm start:training): serve the training data set, loading it first into an empty
   * database; a database of official data is refused.
   */
  training: boolean;
}

const isOff = (value: string | undefined) => ['off', '0', 'false', 'no'].includes((value ?? '').trim().toLowerCase());
const isOn = (value: string | undefined) => ['on', '1', 'true', 'yes'].includes((value ?? '').trim().toLowerCase());

export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    const replicaUrls = (env.DATABASE_REPLICA_URL ?? '')
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean);
    return replicaUrls.length ? { kind: 'postgres', url, replicaUrls } : { kind: 'postgres', url };
  }
  return { kind: 'pglite', dataDir: resolve(repoRoot, env.DATA_DIR?.trim() || '.data/pglite') };
}

/**
 * The training data set's own database (training/loader.ts): the PostgreSQL database in TRAINING_DATABASE_URL, else the
 * embedded one in TRAINING_DATA_DIR (default .data/training). Never DATABASE_URL or DATA_DIR, which hold official data.
 */
export function trainingDatabaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.TRAINING_DATABASE_URL?.trim();
  if (url) return { kind: 'postgres', url };
  return { kind: 'pglite', dataDir: resolve(repoRoot, env.TRAINING_DATA_DIR?.trim() || '.data/training') };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number (0–65535), got "${env.PORT}"`);
  }
  return {
    port,
    host: env.HOST?.trim() || undefined,
    database: databaseConfigFromEnv(env),
    production: env.NODE_ENV === 'production',
    webDist: resolve(repoRoot, 'web/dist'),
    demoData: !isOff(env.DEMO_DATA),
    anonymousAccess: !isOff(env.ANONYMOUS_ACCESS),
    trustProxy: isOn(env.TRUST_PROXY),
    training: (env.KESRA_DATASET ?? '').trim().toUpperCase() === 'TRAINING',
  };
}

/** Shows a connection string without its password, for logs. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === 'pglite') return `embedded PostgreSQL (PGlite) in ${config.dataDir}`;
  try {
    const u = new URL(config.url);
    if (u.password) u.password = '***';
    return `PostgreSQL server ${u.toString()}`;
  } catch {
    return 'PostgreSQL server (DATABASE_URL)';
  }
}
