import type { RequestListener } from 'node:http';
import request from 'supertest';
import { createAccount } from '../accounts/accounts.service.js';
import type { Grant } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { TEST_ADMINISTRATOR } from './graphql.js';

export const TEST_PASSWORD = 'kata-sandi-uji-2026';

/** An account with the given roles, ready to sign in with TEST_PASSWORD (no forced change). */
export async function createTestAccount(db: Database, username: string, grants: Grant[]) {
  const account = await createAccount(db, TEST_ADMINISTRATOR, {
    username,
    displayName: username,
    password: TEST_PASSWORD,
    grants,
    mustChangePassword: false,
  });
  return account;
}

/** Signs in over HTTP and returns the Cookie header the browser would send afterwards. */
export async function signInCookie(http: RequestListener, username: string, password = TEST_PASSWORD): Promise<string> {
  const res = await request(http)
    .post('/graphql')
    .set('content-type', 'application/json')
    .send({
      query: 'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { expiresAt } }',
      variables: { u: username, p: password },
    });
  const setCookie = res.headers['set-cookie'] as unknown as string[] | undefined;
  const cookie = setCookie?.[0]?.split(';')[0];
  if (!cookie) throw new Error(`sign-in of ${username} failed: ${JSON.stringify(res.body)}`);
  return cookie;
}

/** An account with the given roles, signed in: the Cookie header of its session. */
export async function signedIn(db: Database, http: RequestListener, username: string, grants: Grant[]): Promise<string> {
  await createTestAccount(db, username, grants);
  return signInCookie(http, username);
}
