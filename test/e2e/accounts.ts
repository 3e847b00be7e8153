// Signing in through the dashboard, shared by the browser tests. The e2e server is one for all test files, and its
// first administrator has a one-time password that the first sign-in must replace (the forced change-password
// screen); the test file that comes later signs in with the replacement. Test files run one after another in their
// own workers, so what the first one did is kept in a file, keyed by the one-time password (unique to the server).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect, inject } from 'vitest';

const STATE_FILE = fileURLToPath(new URL('../output/e2e-admin.json', import.meta.url));

/** What the administrator's password becomes (10+ characters, not containing the username). */
export const ADMIN_NEW_PASSWORD = 'Kata-Sandi-Uji-e2e-2026';

interface AdminState {
  oneTimePassword: string;
  password: string;
}

function currentAdminPassword(): string {
  const oneTime = inject('adminPassword');
  if (existsSync(STATE_FILE)) {
    const state = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as AdminState;
    if (state.oneTimePassword === oneTime) return state.password;
  }
  return oneTime;
}

function rememberAdminPassword(password: string): void {
  mkdirSync(dirname(STATE_FILE), { recursive: true });
  const state: AdminState = { oneTimePassword: inject('adminPassword'), password };
  writeFileSync(STATE_FILE, JSON.stringify(state));
}

/** Opens the sign-in dialog from the header and sends a username and password; does not wait for the outcome. */
export async function submitSignIn(page: Page, username: string, password: string): Promise<void> {
  await page.locator('header').getByRole('button', { name: 'Masuk', exact: true }).click();
  const dialog = page.locator('[data-testid="sign-in-dialog"]');
  await dialog.locator('[data-testid="sign-in-username"]').fill(username);
  await dialog.locator('[data-testid="sign-in-password"]').fill(password);
  await dialog.getByRole('button', { name: 'Masuk', exact: true }).click();
}

/**
 * Signs in through the dashboard's header. An account that must change its password gets the forced screen:
 * with `newPassword` it is changed there; without, the function returns with the screen showing.
 * Resolves to whether the password was changed.
 */
export async function signIn(page: Page, username: string, password: string, newPassword?: string): Promise<boolean> {
  await submitSignIn(page, username, password);
  const forced = page.locator('[data-testid="must-change-password"]');
  const signedIn = page.locator('[data-testid="account-name"]');
  const problem = page.locator('[data-testid="sign-in-problem"]');
  // The dialog (and its problem line) goes once signed in: read what is there, never wait for an element (a
  // textContent() between the dialog's last check and its closing would wait for it for the action timeout).
  const outcome = async () => {
    if (await forced.count()) return 'forced';
    if (await signedIn.count()) return 'in';
    return (await problem.allTextContents()).join('');
  };
  await expect.poll(outcome).toMatch(/^(forced|in)$/);
  if (!(await forced.count()) || !newPassword) return false;
  await forced.locator('[data-testid="current-password"]').fill(password);
  await forced.locator('[data-testid="new-password"]').fill(newPassword);
  await forced.locator('[data-testid="repeat-password"]').fill(newPassword);
  await forced.getByRole('button', { name: 'Ganti kata sandi' }).click();
  await expect.poll(() => forced.count()).toBe(0);
  return true;
}

/**
 * Signs in as the first administrator ("admin", Administrator · Indonesia). The first time on this server the
 * one-time password is replaced through the forced screen, and the replacement is kept for the test files after.
 */
export async function signInAsAdmin(page: Page): Promise<void> {
  const password = currentAdminPassword();
  const changed = await signIn(page, 'admin', password, ADMIN_NEW_PASSWORD);
  if (changed) rememberAdminPassword(ADMIN_NEW_PASSWORD);
  await expect.poll(() => page.locator('[data-testid="account-roles"]').textContent()).toBe('Administrator · Indonesia');
}

/** Signs out through the account menu, and waits for the visitor's "Masuk" button. */
export async function signOut(page: Page): Promise<void> {
  await page.locator('[data-testid="account-button"]').click();
  await page.locator('[data-testid="sign-out"]').click();
  await expect.poll(() => page.locator('header').getByRole('button', { name: 'Masuk', exact: true }).count()).toBe(1);
}

/**
 * GraphQL over HTTP with the session cookie of a signed-in page (setting up figures, accounts or decks is not what those
 * tests are about); fails on any GraphQL error.
 */
export async function graphqlWithSession<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const cookies = await page.context().cookies();
  const res = await fetch(`${inject('baseUrl')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; ') },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}

/** An account a test makes: its one-time password, and the one its first sign-in replaces it with. */
export interface TestAccount {
  username: string;
  password: string;
  newPassword: string;
}

/** The administrator (signed in on `admin`) makes these accounts, each with one role in one region. */
export async function createAccounts(
  admin: Page,
  accounts: readonly (readonly [account: TestAccount, role: string, regionCode: string, displayName: string])[],
): Promise<void> {
  for (const [account, role, regionCode, displayName] of accounts) {
    await graphqlWithSession(admin, 'mutation ($input: NewAccountInput!) { createAccount(input: $input) { username } }', {
      input: { username: account.username, displayName, password: account.password, grants: [{ role, regionCode }] },
    });
  }
}

/** A new page signed in as `account` (replacing its one-time password the first time), then at `path`. */
export async function signInAt(
  browser: { open(path: string): Promise<Page> },
  path: string,
  account: TestAccount,
): Promise<Page> {
  const page = await browser.open('/');
  await signIn(page, account.username, account.password, account.newPassword);
  await page.goto(`${inject('baseUrl')}${path}`);
  return page;
}
