import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { withRegionCodes } from '../reference/lookups.js';
import {
  type AccessTokenInfo,
  type Account as AccountRecord,
  accountById,
  changePassword,
  createAccessToken,
  createAccount,
  listAccessTokens,
  listAccounts,
  resetPassword,
  revokeAccessToken,
  setDisabled,
  setRoles,
  signIn,
  signOut,
} from './accounts.service.js';
import { AccessToken, Account, Me, NewAccessToken, NewAccountInput, RoleGrantInput, SignedIn } from './accounts.types.js';
import { clearedSessionCookie, sessionCookie } from './credentials.js';
import { can, unauthenticated } from './viewer.js';

function present(a: AccountRecord): Account {
  return { ...a, createdAt: a.createdAt.toISOString(), lastLoginAt: a.lastLoginAt?.toISOString() ?? null };
}

function presentToken(t: AccessTokenInfo): AccessToken {
  return {
    ...t,
    createdAt: new Date(t.createdAt).toISOString(),
    lastUsedAt: t.lastUsedAt ? new Date(t.lastUsedAt).toISOString() : null,
    expiresAt: t.expiresAt ? new Date(t.expiresAt).toISOString() : null,
  };
}

function httpOf(ctx: Context) {
  if (!ctx.http) throw unauthenticated('Sign-in works over HTTP only.');
  return ctx.http;
}

@Resolver()
export class AccountsResolver {
  @Query(() => Me, { description: 'Who is asking: the signed-in account (null when anonymous) and what it may read.' })
  async me(@Ctx() { db, viewer, accounts }: Context): Promise<Me> {
    const account = viewer.kind === 'user' && viewer.userId > 0 ? await accountById(db.sql, viewer.userId) : null;
    return {
      account: account ? present(account) : null,
      seesUnverified: can(viewer, 'readUnverified'),
      anonymousAccess: accounts.anonymousAccess,
    };
  }

  @Mutation(() => SignedIn, {
    description:
      'Signs in with a username and password and starts a session, kept in an HTTP-only cookie. After 5 failed attempts for a username from one address, sign-in waits 15 minutes.',
  })
  async signIn(
    @Ctx() ctx: Context,
    @Arg('username', () => String, { description: 'Sign-in name.' }) username: string,
    @Arg('password', () => String, { description: 'Password.' }) password: string,
  ): Promise<SignedIn> {
    const http = httpOf(ctx);
    const started = await signIn(ctx.db, ctx.accounts.throttle, { username, password, address: http.clientAddress });
    http.setCookie(sessionCookie(started.secret, started.expiresAt, http.secure));
    return { account: present(started.account), expiresAt: started.expiresAt.toISOString() };
  }

  @Mutation(() => Boolean, { description: 'Ends this session (the cookie stops working everywhere at once).' })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    const http = httpOf(ctx);
    await signOut(ctx.db, http.sessionSecret);
    http.setCookie(clearedSessionCookie(http.secure));
    return true;
  }

  @Mutation(() => Account, { description: 'Changes your own password; your other sessions end.' })
  async changePassword(
    @Ctx() ctx: Context,
    @Arg('currentPassword', () => String, { description: 'The password now.' }) currentPassword: string,
    @Arg('newPassword', () => String, { description: 'The new password: 10+ characters, not containing the username.' })
    newPassword: string,
  ): Promise<Account> {
    return present(await changePassword(ctx.db, ctx.viewer, ctx.http?.sessionSecret, currentPassword, newPassword));
  }

  @Query(() => [Account], { description: 'Every account (administrators only).' })
  async accounts(@Ctx() { db, viewer }: Context): Promise<Account[]> {
    return (await listAccounts(db, viewer)).map(present);
  }

  @Mutation(() => Account, {
    description: 'Creates an account (administrators only); the person changes the password at first sign-in.',
  })
  async createAccount(
    @Ctx() { db, viewer, loaders }: Context,
    @Arg('input', () => NewAccountInput, { description: 'Username, name, first password and roles.' }) input: NewAccountInput,
  ): Promise<Account> {
    const grants = await withRegionCodes(loaders, input.grants);
    return present(await createAccount(db, viewer, { ...input, grants, mustChangePassword: true }));
  }

  @Mutation(() => Account, { description: 'Replaces an account’s roles (administrators only).' })
  async setAccountRoles(
    @Ctx() { db, viewer, loaders }: Context,
    @Arg('accountId', () => Int, { description: 'Account number.' }) accountId: number,
    @Arg('grants', () => [RoleGrantInput], { description: 'The roles it has from now on.' }) grants: RoleGrantInput[],
  ): Promise<Account> {
    return present(await setRoles(db, viewer, accountId, await withRegionCodes(loaders, grants)));
  }

  @Mutation(() => Account, { description: 'Disables (and signs out everywhere) or enables an account (administrators only).' })
  async setAccountDisabled(
    @Ctx() { db, viewer }: Context,
    @Arg('accountId', () => Int, { description: 'Account number.' }) accountId: number,
    @Arg('disabled', () => Boolean, { description: 'true to disable, false to enable.' }) disabled: boolean,
  ): Promise<Account> {
    return present(await setDisabled(db, viewer, accountId, disabled));
  }

  @Mutation(() => Account, {
    description: 'Sets a new password for someone who forgot theirs (administrators only); they must change it at sign-in.',
  })
  async resetAccountPassword(
    @Ctx() { db, viewer }: Context,
    @Arg('accountId', () => Int, { description: 'Account number.' }) accountId: number,
    @Arg('password', () => String, { description: 'A temporary password (10+ characters).' }) password: string,
  ): Promise<Account> {
    return present(await resetPassword(db, viewer, accountId, password));
  }

  @Query(() => [AccessToken], { description: 'Your active personal access tokens.' })
  async accessTokens(@Ctx() { db, viewer }: Context): Promise<AccessToken[]> {
    return (await listAccessTokens(db, viewer)).map(presentToken);
  }

  @Mutation(() => NewAccessToken, {
    description: 'Creates a personal access token for scripts (analysts and administrators, from a signed-in session).',
  })
  async createAccessToken(
    @Ctx() { db, viewer }: Context,
    @Arg('name', () => String, { description: 'What it is for, e.g. "ekspor mingguan".' }) name: string,
    @Arg('expiresInDays', () => Int, { defaultValue: 90, description: 'Days until it stops working (1–366).' })
    expiresInDays: number,
  ): Promise<NewAccessToken> {
    const { token, info } = await createAccessToken(db, viewer, name, expiresInDays);
    return { token, accessToken: presentToken(info) };
  }

  @Mutation(() => Boolean, { description: 'Revokes one of your personal access tokens at once.' })
  async revokeAccessToken(
    @Ctx() { db, viewer }: Context,
    @Arg('id', () => Int, { description: 'Token number.' }) id: number,
  ): Promise<boolean> {
    return revokeAccessToken(db, viewer, id);
  }
}
