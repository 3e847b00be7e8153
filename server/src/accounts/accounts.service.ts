import { GraphQLError } from 'graphql';
import type { Database, SqlClient } from '../db/database.js';
import type { Role } from '../generated/prisma/enums.js';
import { badInput } from '../messages/errors.js';
import { NATIONAL_CODE } from '../regions/registry.js';
import { ACCESS_TOKEN_PREFIX, GRANTS_JSON, newSecret, SESSION_LIFETIME_MS, secretHash } from './credentials.js';
import type { LoginThrottle } from './login-throttle.js';
import { hashPassword, passwordMatches, passwordProblem } from './passwords.js';
import { actorName, authorize, forbidden, type Grant, unauthenticated, type Viewer } from './viewer.js';

export const ROLES: readonly Role[] = ['ADMINISTRATOR', 'VERIFIER', 'EDITOR', 'ANALYST', 'VIEWER'];
/** What a username may be, and the sentence saying so. */
export const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;
export const USERNAME_RULE = 'A username has 3–64 characters: lowercase letters, digits, and . _ - (not first).';

export interface Account {
  id: number;
  username: string;
  displayName: string;
  mustChangePassword: boolean;
  disabled: boolean;
  createdAt: Date;
  createdBy: string;
  lastLoginAt: Date | null;
  grants: Grant[];
}

const ACCOUNT_SELECT = `SELECT u.id, u.username, u.display_name AS "displayName", u.must_change_password AS "mustChangePassword",
  u.disabled_at IS NOT NULL AS disabled, u.created_at AS "createdAt", u.created_by AS "createdBy", u.last_login_at AS "lastLoginAt",
  ${GRANTS_JSON} AS grants
  FROM app_user u`;

function toAccount(row: Account & { grants: Grant[] | string }): Account {
  return { ...row, grants: typeof row.grants === 'string' ? (JSON.parse(row.grants) as Grant[]) : row.grants };
}

export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

export async function countAccounts(sql: SqlClient): Promise<number> {
  const [row] = await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM app_user');
  return row?.n ?? 0;
}

export async function accountById(sql: SqlClient, id: number): Promise<Account | null> {
  const [row] = await sql.query<Account>(`${ACCOUNT_SELECT} WHERE u.id = $1`, [id]);
  return row ? toAccount(row) : null;
}

export async function listAccounts(db: Database, viewer: Viewer): Promise<Account[]> {
  authorize(viewer, 'administer', 'list the accounts', NATIONAL_CODE);
  const rows = await db.sql.query<Account>(`${ACCOUNT_SELECT} ORDER BY u.username`);
  return rows.map(toAccount);
}

async function checkGrants(sql: SqlClient, grants: readonly Grant[]): Promise<void> {
  if (grants.length > 50) throw badInput('An account may have at most 50 roles.');
  for (const g of grants) if (!ROLES.includes(g.role)) throw badInput(`Unknown role ${String(g.role).slice(0, 40)}.`);
  const codes = [...new Set(grants.map((g) => g.regionCode))];
  const known = await sql.query<{ code: string }>('SELECT code FROM region WHERE code = ANY($1::text[])', [codes]);
  const missing = codes.filter((c) => !known.some((k) => k.code === c));
  if (missing.length) throw badInput(`Unknown region code ${missing.map((c) => `“${c.slice(0, 20)}”`).join(', ')} in the roles.`);
}

export interface NewAccount {
  username: string;
  displayName: string;
  password: string;
  grants: Grant[];
  /** The administrator chose the password: the user must change it at first sign-in. */
  mustChangePassword?: boolean;
}

/** Creates an account; only an administrator may. The creator comes from the viewer. */
export async function createAccount(db: Database, viewer: Viewer, input: NewAccount): Promise<Account> {
  authorize(viewer, 'administer', 'create accounts', NATIONAL_CODE);
  const username = normaliseUsername(input.username);
  if (!USERNAME.test(username)) {
    throw badInput(USERNAME_RULE);
  }
  const displayName = input.displayName.trim();
  if (!displayName || displayName.length > 120) throw badInput('A display name has 1–120 characters.');
  const problem = passwordProblem(input.password, username);
  if (problem) throw badInput(problem);
  await checkGrants(db.sql, input.grants);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [existing] = await tx.query<{ id: number }>('SELECT id FROM app_user WHERE username = $1', [username]);
    if (existing) throw badInput(`The username “${username}” is taken.`);
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO app_user (username, display_name, password_hash, must_change_password, created_by, password_changed_at)
       VALUES ($1, $2, $3, $4, $5, now()) RETURNING id`,
      [username, displayName, passwordHash, input.mustChangePassword ?? true, actorName(viewer)],
    );
    const id = row!.id;
    await insertGrants(tx, id, input.grants);
    await audit(tx, viewer, 'app_user', username, 'created', null, describeGrants(input.grants));
    return toAccount((await tx.query<Account>(`${ACCOUNT_SELECT} WHERE u.id = $1`, [id]))[0]!);
  });
}

async function insertGrants(sql: SqlClient, userId: number, grants: readonly Grant[]): Promise<void> {
  if (!grants.length) return;
  await sql.query(
    `INSERT INTO role_grant (user_id, role, region_code)
     SELECT $1, r::"Role", c FROM unnest($2::text[], $3::text[]) AS g(r, c) ON CONFLICT DO NOTHING`,
    [userId, grants.map((g) => g.role), grants.map((g) => g.regionCode)],
  );
}

function describeGrants(grants: readonly Grant[]): string {
  return grants.map((g) => `${g.role}@${g.regionCode}`).join(', ');
}

async function audit(
  sql: SqlClient,
  viewer: Viewer,
  entity: string,
  key: string,
  field: string,
  oldValue: string | null,
  newValue: string | null,
): Promise<void> {
  await sql.query(
    `INSERT INTO audit_entry (entity, entity_key, field, old_value, new_value, changed_by) VALUES ($1, $2, $3, $4, $5, $6)`,
    [entity, key, field, oldValue, newValue, actorName(viewer)],
  );
}

async function requireAccount(sql: SqlClient, id: number): Promise<Account> {
  const account = await accountById(sql, id);
  if (!account) throw badInput(`There is no account ${id}.`);
  return account;
}

/** Replaces an account's roles; an administrator may not take away the last national administrator role. */
export async function setRoles(db: Database, viewer: Viewer, userId: number, grants: Grant[]): Promise<Account> {
  authorize(viewer, 'administer', 'change roles', NATIONAL_CODE);
  await checkGrants(db.sql, grants);
  return db.transaction(async (tx) => {
    const before = await requireAccount(tx, userId);
    const administrators = await nationalAdministrators(tx);
    await tx.query('DELETE FROM role_grant WHERE user_id = $1', [userId]);
    await insertGrants(tx, userId, grants);
    await keepOneAdministrator(tx, administrators);
    await audit(tx, viewer, 'app_user', before.username, 'roles', describeGrants(before.grants), describeGrants(grants));
    return requireAccount(tx, userId);
  });
}

/** Disables (signs out everywhere, revokes nothing else) or enables an account. */
export async function setDisabled(db: Database, viewer: Viewer, userId: number, disabled: boolean): Promise<Account> {
  authorize(viewer, 'administer', 'disable or enable accounts', NATIONAL_CODE);
  return db.transaction(async (tx) => {
    const before = await requireAccount(tx, userId);
    const administrators = await nationalAdministrators(tx);
    await tx.query(`UPDATE app_user SET disabled_at = ${disabled ? 'COALESCE(disabled_at, now())' : 'NULL'} WHERE id = $1`, [
      userId,
    ]);
    if (disabled) await tx.query('DELETE FROM user_session WHERE user_id = $1', [userId]);
    await keepOneAdministrator(tx, administrators);
    await audit(tx, viewer, 'app_user', before.username, 'disabled', String(before.disabled), String(disabled));
    return requireAccount(tx, userId);
  });
}

/** An administrator sets a new password for someone (forgotten password): their sessions end, they must change it. */
export async function resetPassword(db: Database, viewer: Viewer, userId: number, password: string): Promise<Account> {
  authorize(viewer, 'administer', 'reset passwords', NATIONAL_CODE);
  const account = await requireAccount(db.sql, userId);
  const problem = passwordProblem(password, account.username);
  if (problem) throw badInput(problem);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    await tx.query(
      'UPDATE app_user SET password_hash = $2, must_change_password = true, password_changed_at = now() WHERE id = $1',
      [userId, passwordHash],
    );
    await tx.query('DELETE FROM user_session WHERE user_id = $1', [userId]);
    await audit(tx, viewer, 'app_user', account.username, 'password', null, 'reset by an administrator');
    return requireAccount(tx, userId);
  });
}

/** Enabled national administrators; a change that takes the last one away is refused (nobody could manage accounts). */
async function nationalAdministrators(sql: SqlClient): Promise<number> {
  const [row] = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM role_grant g JOIN app_user u ON u.id = g.user_id
     WHERE g.role = 'ADMINISTRATOR' AND g.region_code = 'ID' AND u.disabled_at IS NULL`,
  );
  return row?.n ?? 0;
}

async function keepOneAdministrator(sql: SqlClient, before: number): Promise<void> {
  if (before > 0 && (await nationalAdministrators(sql)) === 0) {
    throw badInput('This would leave no enabled national administrator; give the role to someone else first.');
  }
}

export interface SignIn {
  username: string;
  password: string;
  /** The client's address, for the sign-in rate limit. */
  address: string;
}

export interface SessionStarted {
  secret: string;
  expiresAt: Date;
  account: Account;
}

/**
 * Checks a username and password and starts a session (a new random id: a session id known before sign-in is
 * worth nothing after it). Failed attempts are counted per username and address, and per address.
 */
export async function signIn(db: Database, throttle: LoginThrottle, input: SignIn): Promise<SessionStarted> {
  const username = normaliseUsername(input.username).slice(0, 200);
  const wait = await throttle.waitSeconds(username, input.address);
  if (wait > 0) throw tooManyAttempts(wait);
  const [row] = await db.sql.query<{ id: number; passwordHash: string | null; disabled: boolean }>(
    `SELECT id, password_hash AS "passwordHash", disabled_at IS NOT NULL AS disabled FROM app_user WHERE username = $1`,
    [username],
  );
  const ok = await passwordMatches(row?.passwordHash ?? null, input.password);
  if (!row || !ok || row.disabled) {
    const blocked = await throttle.failed(username, input.address);
    if (blocked > 0) throw tooManyAttempts(blocked);
    throw unauthenticated('The username or password is wrong (or the account is disabled).');
  }
  await throttle.succeeded(username, input.address);
  const secret = newSecret();
  const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
  await db.transaction(async (tx) => {
    await tx.query('INSERT INTO user_session (id_hash, user_id, expires_at) VALUES ($1, $2, $3)', [
      secretHash(secret),
      row.id,
      expiresAt,
    ]);
    await tx.query('UPDATE app_user SET last_login_at = now() WHERE id = $1', [row.id]);
    // Sessions that ended are removed here rather than by a timer.
    await tx.query('DELETE FROM user_session WHERE user_id = $1 AND expires_at < now()', [row.id]);
  });
  return { secret, expiresAt, account: (await accountById(db.sql, row.id))! };
}

function tooManyAttempts(seconds: number): GraphQLError {
  const minutes = Math.ceil(seconds / 60);
  return new GraphQLError(`Too many failed sign-ins: wait ${minutes} minute${minutes === 1 ? '' : 's'} before trying again.`, {
    extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: seconds, http: { status: 429 } },
  });
}

export async function signOut(db: Database, sessionSecret: string | undefined): Promise<void> {
  if (sessionSecret) await db.sql.query('DELETE FROM user_session WHERE id_hash = $1', [secretHash(sessionSecret)]);
}

/**
 * Changes the viewer's own password after checking the current one. Every other session of the account ends; the
 * one making the change stays signed in.
 */
export async function changePassword(
  db: Database,
  viewer: Viewer,
  sessionSecret: string | undefined,
  currentPassword: string,
  newPassword: string,
): Promise<Account> {
  if (viewer.kind === 'anonymous' || viewer.via === 'operator') throw unauthenticated('Sign in to change your password.');
  const [row] = await db.sql.query<{ passwordHash: string | null }>(
    'SELECT password_hash AS "passwordHash" FROM app_user WHERE id = $1',
    [viewer.userId],
  );
  if (!(await passwordMatches(row?.passwordHash ?? null, currentPassword))) throw badInput('The current password is wrong.');
  if (newPassword === currentPassword) throw badInput('The new password is the same as the current one.');
  const problem = passwordProblem(newPassword, viewer.username);
  if (problem) throw badInput(problem);
  const passwordHash = await hashPassword(newPassword);
  return db.transaction(async (tx) => {
    await tx.query(
      'UPDATE app_user SET password_hash = $2, must_change_password = false, password_changed_at = now() WHERE id = $1',
      [viewer.userId, passwordHash],
    );
    await tx.query('DELETE FROM user_session WHERE user_id = $1 AND id_hash <> $2', [
      viewer.userId,
      sessionSecret ? secretHash(sessionSecret) : '',
    ]);
    await audit(tx, viewer, 'app_user', viewer.username, 'password', null, 'changed by the user');
    return requireAccount(tx, viewer.userId);
  });
}

export interface AccessTokenInfo {
  id: number;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
}

const MAX_TOKENS_PER_ACCOUNT = 20;

/** A personal access token for the viewer's scripts; the secret is shown once and never stored. */
export async function createAccessToken(
  db: Database,
  viewer: Viewer,
  name: string,
  expiresInDays: number,
): Promise<{ token: string; info: AccessTokenInfo }> {
  authorize(viewer, 'useTokens', 'create access tokens');
  if (viewer.kind !== 'user' || viewer.via !== 'session')
    throw forbidden('Create access tokens from a signed-in session, not with another token.');
  const label = name.trim();
  if (!label || label.length > 80) throw badInput('A token name has 1–80 characters.');
  if (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > 366) {
    throw badInput('A token lasts 1 to 366 days.');
  }
  const token = newSecret(ACCESS_TOKEN_PREFIX);
  const [count] = await db.sql.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM access_token WHERE user_id = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())',
    [viewer.userId],
  );
  if ((count?.n ?? 0) >= MAX_TOKENS_PER_ACCOUNT)
    throw badInput(`An account may have at most ${MAX_TOKENS_PER_ACCOUNT} tokens; revoke one first.`);
  const [info] = await db.sql.query<AccessTokenInfo>(
    `INSERT INTO access_token (user_id, name, token_hash, expires_at) VALUES ($1, $2, $3, now() + make_interval(days => $4))
     RETURNING id, name, created_at AS "createdAt", last_used_at AS "lastUsedAt", expires_at AS "expiresAt"`,
    [viewer.userId, label, secretHash(token), expiresInDays],
  );
  return { token, info: info! };
}

export async function listAccessTokens(db: Database, viewer: Viewer): Promise<AccessTokenInfo[]> {
  if (viewer.kind !== 'user') return [];
  return db.sql.query<AccessTokenInfo>(
    `SELECT id, name, created_at AS "createdAt", last_used_at AS "lastUsedAt", expires_at AS "expiresAt" FROM access_token
     WHERE user_id = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now()) ORDER BY created_at`,
    [viewer.userId],
  );
}

export async function revokeAccessToken(db: Database, viewer: Viewer, id: number): Promise<boolean> {
  if (viewer.kind !== 'user') throw unauthenticated();
  const rows = await db.sql.query(
    'UPDATE access_token SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING id',
    [id, viewer.userId],
  );
  if (!rows.length) throw badInput(`You have no active token ${id}.`);
  return true;
}
