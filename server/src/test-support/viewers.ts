import assert from 'node:assert/strict';
import type { Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import type { Role } from '../generated/prisma/enums.js';
import { createContext } from '../graphql/context.js';
import type { GraphQLResult, TestApi } from './graphql.js';

/** A signed-in account with one role over the whole country (no row in app_user: contexts made inside the process). */
export function accountViewer(role: Role, options: { mustChangePassword?: boolean } = {}): Viewer {
  const username = role.toLowerCase();
  return {
    kind: 'user',
    userId: 1,
    username,
    displayName: username,
    grants: [{ role, regionCode: 'ID' }],
    via: 'session',
    mustChangePassword: options.mustChangePassword ?? false,
  };
}

/** Reads verified and published values only. */
export const VIEWER = accountViewer('VIEWER');
/** Reads everything, unverified values included. */
export const ANALYST = accountViewer('ANALYST');

/** Runs operations through the real Apollo pipeline as `viewer`. */
export function asViewer(api: TestApi, db: Database, viewer: Viewer) {
  async function execute<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<T>> {
    const response = await api.apollo.executeOperation<T>(
      { query, variables },
      { contextValue: createContext(db, api.reference, { viewer }) },
    );
    assert(response.body.kind === 'single');
    return response.body.singleResult as GraphQLResult<T>;
  }
  async function query<T = Record<string, unknown>>(q: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await execute<T>(q, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${result.errors.map((e) => e.message).join('; ')}`);
    return result.data as T;
  }
  return { execute, query };
}
