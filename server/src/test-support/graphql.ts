import assert from 'node:assert/strict';
import type { RequestListener } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import { newSecret, OPERATOR_TOKEN_PREFIX } from '../accounts/credentials.js';
import { systemViewer, type Viewer } from '../accounts/viewer.js';
import { createApp } from '../app.js';
import type { Database } from '../db/database.js';
import { BACKGROUND_SQL } from '../graphql/cost-facts.js';
import type { Language } from '../messages/language.js';
import { createTestDatabase } from './databases.js';

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

/** The viewer tests run as unless they say otherwise. */
export const TEST_ADMINISTRATOR = systemViewer('tester');

/** Runs operations through the real Apollo pipeline (validation, plugins, error formatting). */
export async function createTestApi(db: Database, options: { production?: boolean; webDist?: string } = {}) {
  // HTTP requests without credentials act as the command-line operator (an administrator), as `execute` does; tests
  // of what visitors may do use `anonymousHttp`.
  const operatorToken = newSecret(OPERATOR_TOKEN_PREFIX);
  const { apollo, handler, context, reference } = await createApp(db, {
    production: options.production ?? false,
    webDist: options.webDist,
    accounts: { operatorToken, operatorName: 'tester' },
  });
  /**
   * Runs as an administrator over the whole country unless another viewer is given (ANONYMOUS for a visitor), in
   * English unless another language is given (as Accept-Language would).
   */
  async function execute<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    as: { viewer?: Viewer; language?: Language } = {},
  ): Promise<GraphQLResult<T>> {
    const viewer = as.viewer ?? TEST_ADMINISTRATOR;
    const contextValue = context({ viewer, language: as.language ?? 'en' });
    const response = await apollo.executeOperation<T>({ query, variables }, { contextValue });
    assert(response.body.kind === 'single');
    return response.body.singleResult as GraphQLResult<T>;
  }
  /** Like execute, but fails the test on any GraphQL error and returns the data. */
  async function query<T = Record<string, unknown>>(
    q: string,
    variables?: Record<string, unknown>,
    as: { viewer?: Viewer } = {},
  ): Promise<T> {
    const result = await execute<T>(q, variables, as);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${result.errors.map((e) => e.message).join('; ')}`);
    return result.data as T;
  }
  /**
   * Runs `work` and returns the SQL statements it sent to the database. By default the reference data
   * held between requests is dropped first, so the count is the most a request costs; `held` counts
   * what a request costs once the catalogue, registry and series breaks it needs are held.
   */
  async function statementsOf(work: () => Promise<unknown>, held: 'cold' | 'held' = 'cold'): Promise<string[]> {
    if (held === 'cold') reference.clear();
    const seen: string[] = [];
    // Statements the server runs for itself (the cost estimate's facts, read again after a change) are no request's.
    const stop = db.onQuery((sql) => {
      if (!sql.startsWith(BACKGROUND_SQL)) seen.push(sql);
    });
    try {
      await work();
    } finally {
      stop();
    }
    return seen;
  }
  /** The HTTP entry point as an administrator, for supertest: `request(api.http)`. */
  const http: RequestListener = (req, res) => {
    if (!req.headers.authorization && !req.headers.cookie) req.headers.authorization = `Bearer ${operatorToken}`;
    handler(req, res);
  };
  /** The HTTP entry point with no credentials added: what an anonymous visitor reaches. */
  const anonymousHttp = handler;
  return { apollo, http, anonymousHttp, reference, execute, query, statementsOf, stop: () => apollo.stop() };
}

export type TestApi = Awaited<ReturnType<typeof createTestApi>>;

/**
 * For a suite of HTTP-level tests: a fresh embedded database and the app in production mode, made before the
 * suite and dropped after it. Call inside `describe`; the returned function gives the API inside tests.
 */
export function useProductionApi(): () => TestApi {
  let api: TestApi | undefined;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const test = await createTestDatabase('pglite');
    drop = test.drop;
    api = await createTestApi(test.db, { production: true });
  });
  afterAll(async () => {
    await api?.stop();
    await drop?.();
  });
  return () => {
    if (!api) throw new Error('the test API is not ready');
    return api;
  };
}
