import { GraphQLError } from 'graphql';
import type { Localized } from './language.js';

/** The Indonesian text of an error, for requests that ask for Bahasa Indonesia (see format-error.ts). */
const INDONESIAN = Symbol('indonesian message');

/**
 * An error caused by the request itself, worded for the analyst who wrote it. Given in both languages, the message
 * is English and the Indonesian travels with the error until it is formatted for a request that prefers it.
 */
export function badInput(message: string | Localized, details?: Record<string, unknown>): GraphQLError {
  const error = new GraphQLError(typeof message === 'string' ? message : message.en, {
    extensions: { code: 'BAD_USER_INPUT', ...details },
  });
  if (typeof message !== 'string') (error as unknown as Record<symbol, string>)[INDONESIAN] = message.id;
  return error;
}

/** The Indonesian text of an error thrown with badInput (or of the error it wraps), if it has one. */
export function indonesianMessage(error: unknown): string | undefined {
  for (let e = error; e && typeof e === 'object'; e = (e as { originalError?: unknown }).originalError) {
    const text = (e as Record<symbol, unknown>)[INDONESIAN];
    if (typeof text === 'string') return text;
  }
  return undefined;
}

/** Gives an error made elsewhere (a 401, a 403) its Indonesian text, for requests that ask for Bahasa Indonesia. */
export function withIndonesian<E extends GraphQLError>(error: E, id: string): E {
  (error as unknown as Record<symbol, string>)[INDONESIAN] = id;
  return error;
}
