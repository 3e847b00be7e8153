// A running production server to attack, on the embedded database or on a PostgreSQL server, with what the
// abuse suite checks around it: a fingerprint of the tables a refusal must not touch, the server's peak memory,
// and whether it still answers.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningServer, repoRoot, startServer } from '../support/server.js';

export type DatabaseKind = 'pglite' | 'postgres';

/** Tables whose rows must be exactly as they were after a refused request. */
export const GUARDED_TABLES = ['observation', 'target', 'planning_document', 'import_batch', 'audit_entry'] as const;

/** Row count and an order-independent checksum per table. */
export type Fingerprint = Record<string, { rows: number; md5: string }>;

const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

// The test package has no database drivers of its own; the server's are the ones the product uses.
const serverRequire = createRequire(join(repoRoot, 'server/package.json'));

interface Queryable {
  query<T>(sql: string): Promise<{ rows: T[] }>;
}

interface PgClient extends Queryable {
  connect(): Promise<void>;
  end(): Promise<void>;
}

async function pgClient(url: string): Promise<PgClient> {
  const pg = (await import(serverRequire.resolve('pg'))).default as {
    Client: new (options: { connectionString: string }) => PgClient;
  };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

async function fingerprintOf(db: Queryable): Promise<Fingerprint> {
  const result: Fingerprint = {};
  for (const table of GUARDED_TABLES) {
    const { rows } = await db.query<{ rows: number; md5: string | null }>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS md5 FROM ${table} t`,
    );
    result[table] = { rows: rows[0]?.rows ?? 0, md5: rows[0]?.md5 ?? '' };
  }
  return result;
}

function databaseUrl(name: string): string {
  const u = new URL(TEST_SERVER_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Peak resident memory of a process so far, in MiB (Linux: VmHWM). */
export function peakRssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

export interface AbuseTarget {
  readonly kind: DatabaseKind;
  readonly baseUrl: string;
  readonly server: RunningServer;
  /** Fingerprint of the guarded tables (the embedded database is read with the server stopped, then restarted). */
  fingerprint(): Promise<Fingerprint>;
  /** Stops the server and removes its database. */
  close(): Promise<void>;
}

/** A server with the demo data on a database of its own. */
export async function startTarget(kind: DatabaseKind, env: Record<string, string> = {}): Promise<AbuseTarget> {
  if (kind === 'postgres') {
    const name = `kesra_test_${process.pid}_abuse_${randomBytes(3).toString('hex')}`;
    const admin = await pgClient(TEST_SERVER_URL);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = databaseUrl(name);
    // A server database has no administrator until one is created from the command line (it prints the password).
    const created = execFileSync(process.execPath, ['scripts/cli.mjs', 'users:create-admin'], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: url },
      encoding: 'utf8',
    });
    const password = /one-time password "([^"]+)"/.exec(created)?.[1];
    if (!password) throw new Error(`users:create-admin printed no password: ${created}`);
    const server = await startServer({ databaseUrl: url, env });
    await signInAdministrator(server.baseUrl, password);
    return {
      kind,
      baseUrl: server.baseUrl,
      server,
      async fingerprint() {
        const client = await pgClient(url);
        try {
          return await fingerprintOf(client);
        } finally {
          await client.end();
        }
      },
      async close() {
        await server.stop();
        const c = await pgClient(TEST_SERVER_URL);
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  // A folder of its own, kept between the server's runs (see fingerprint) and removed by close.
  const dataDir = mkdtempSync(join(tmpdir(), 'kesra-abuse-'));
  let server = await startServer({ dataDir, env });
  await signInAdministrator(server.baseUrl, await server.adminPassword());
  const target: AbuseTarget = {
    kind,
    get baseUrl() {
      return server.baseUrl;
    },
    get server() {
      return server;
    },
    async fingerprint() {
      // One process owns an embedded data folder: read it between two runs of the server.
      await server.stop();
      const { PGlite } = (await import(serverRequire.resolve('@electric-sql/pglite'))) as {
        PGlite: { create(dataDir: string): Promise<Queryable & { close(): Promise<void> }> };
      };
      const db = await PGlite.create(dataDir);
      try {
        return await fingerprintOf(db);
      } finally {
        await db.close();
        server = await startServer({ dataDir, env });
      }
    },
    async close() {
      await server.stop();
      const { rmSync } = await import('node:fs');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return target;
}

export interface GraphQLAnswer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  bytes: number;
  ms: number;
}

/**
 * The administrator's session cookie: the suite attacks as a signed-in account, so that every limit behind sign-in is
 * reached (an anonymous visitor is refused before most of them). Sessions live in the database: a restarted server
 * on the same data keeps them.
 */
let administratorCookie: string | undefined;

/** Signs in with the one-time password and changes it (the account may do nothing else before). */
async function signInAdministrator(baseUrl: string, oneTimePassword: string): Promise<void> {
  const signIn = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation { signIn(username: "admin", password: ${JSON.stringify(oneTimePassword)}) { expiresAt } }`,
    }),
  });
  const cookie = signIn.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`sign-in as admin failed: ${await signIn.text()}`);
  const change = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({
      query: 'mutation ($c: String!) { changePassword(currentPassword: $c, newPassword: "uji-penyalahgunaan-2026") { id } }',
      variables: { c: oneTimePassword },
    }),
  });
  if (!change.ok) throw new Error(`password change failed: ${await change.text()}`);
  administratorCookie = cookie;
}

/**
 * POSTs a body to /graphql as the signed-in administrator (`anonymous: true` sends no credentials); the answer read
 * as JSON where it is (a refusal must be).
 */
export async function post(
  baseUrl: string,
  body: BodyInit,
  headers: Record<string, string>,
  options: { anonymous?: boolean } = {},
): Promise<GraphQLAnswer> {
  const started = performance.now();
  const credentials: Record<string, string> = !options.anonymous && administratorCookie ? { cookie: administratorCookie } : {};
  const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { ...credentials, ...headers }, body });
  const text = await res.text();
  let parsed: GraphQLAnswer['body'];
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
  }
  return { status: res.status, body: parsed, bytes: text.length, ms: performance.now() - started };
}

/** POSTs a GraphQL operation as the dashboard does. */
export function graphql(baseUrl: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLAnswer> {
  return post(baseUrl, JSON.stringify({ query, variables }), { 'content-type': 'application/json' });
}

/** Uploads a file through the importFile mutation, as the dashboard's import panel does. */
export function upload(
  baseUrl: string,
  fileName: string,
  content: Uint8Array | string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLAnswer> {
  const query = `mutation Import($file: Upload!, $dryRun: Boolean!, $indicator: String, $source: String) {
    importFile(file: $file, dryRun: $dryRun, indicator: $indicator, source: $source) {
      status importBatchId errors { line column code message }
    }
  }`;
  const form = new FormData();
  form.set('operations', JSON.stringify({ query, variables: { file: null, dryRun: false, ...variables } }));
  form.set('map', JSON.stringify({ 0: ['variables.file'] }));
  form.set('0', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), fileName);
  return post(baseUrl, form, { 'apollo-require-preflight': 'true' });
}

/** The dashboard's comparison: what a Bappeda head opens; must keep answering whatever else is going on. */
export const NORMAL_QUERY = `query Normal {
  comparison(indicatorCode: "poverty_rate_p0", parentCode: "75", period: "2025") {
    rows { region { code name } value rank }
  }
}`;

/** The server is up and answers an ordinary dashboard request correctly. */
export async function assertServing(baseUrl: string): Promise<void> {
  const health = await fetch(`${baseUrl}/health`);
  if (health.status !== 200) throw new Error(`/health answered ${health.status}`);
  const normal = await graphql(baseUrl, NORMAL_QUERY);
  if (normal.status !== 200 || normal.body.errors) {
    throw new Error(`the normal query failed: ${normal.status} ${JSON.stringify(normal.body).slice(0, 500)}`);
  }
}
