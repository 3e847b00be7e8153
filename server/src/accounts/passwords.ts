import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (19 MiB, 2 passes, 1 lane: OWASP's recommended minimum), about 12 ms a
// hash on these machines, computed off the event loop by the library's native thread pool.

export const MIN_PASSWORD_LENGTH = 10;
/** argon2 hashes any length; the cap keeps a megabyte "password" from costing anything. */
export const MAX_PASSWORD_LENGTH = 256;

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `A password may have at most ${MAX_PASSWORD_LENGTH} characters.`;
  if (password.toLowerCase().includes(username.toLowerCase())) return 'A password may not contain the username.';
  if (new Set(password).size < 4) return 'A password needs at least 4 different characters.';
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/**
 * Whether `password` matches `passwordHash`. Without a hash (an unknown user, an identity-provider account) a
 * dummy hash is still verified, so that the answer takes as long and does not tell which usernames exist.
 */
export async function passwordMatches(passwordHash: string | null, password: string): Promise<boolean> {
  if (password.length > MAX_PASSWORD_LENGTH) return false;
  try {
    return await verify(passwordHash ?? (await dummyHash()), password).then((ok) => ok && passwordHash !== null);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  dummy ??= hash('not a password of anyone');
  return dummy;
}
