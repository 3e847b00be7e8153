import assert from 'node:assert/strict';
import { createApp } from '../app.js';
import type { Database } from '../db/database.js';
import { createContext } from '../graphql/context.js';

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

/** Runs operations through the real Apollo pipeline (validation, plugins, error formatting). */
export async function createTestApi(db: Database, options: { production?: boolean; webDist?: string } = {}) {
  const { apollo, express } = await createApp(db, { production: options.production ?? false, webDist: options.webDist });
  async function execute<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<T>> {
    const response = await apollo.executeOperation<T>({ query, variables }, { contextValue: createContext(db) });
    assert(response.body.kind === 'single');
    return response.body.singleResult as GraphQLResult<T>;
  }
  /** Like execute, but fails the test on any GraphQL error and returns the data. */
  async function query<T = Record<string, unknown>>(q: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await execute<T>(q, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${result.errors.map((e) => e.message).join('; ')}`);
    return result.data as T;
  }
  /** Runs `work` and returns the SQL statements it sent to the database. */
  async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
    const seen: string[] = [];
    const stop = db.onQuery((sql) => seen.push(sql));
    try {
      await work();
    } finally {
      stop();
    }
    return seen;
  }
  return { apollo, express, execute, query, statementsOf, stop: () => apollo.stop() };
}
