import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root: two levels above this file in both src/ and dist/. */
export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

export type DatabaseConfig = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

export interface AppConfig {
  port: number;
  host: string | undefined;
  database: DatabaseConfig;
  production: boolean;
  /** Folder of the built dashboard; served at / when present. */
  webDist: string;
}

export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: 'postgres', url };
  return { kind: 'pglite', dataDir: resolve(repoRoot, env.DATA_DIR?.trim() || '.data/pglite') };
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
