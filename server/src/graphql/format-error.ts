import type { GraphQLFormattedError } from 'graphql';

export const PUBLIC_CODES = new Set([
  'TIME_LIMIT_EXCEEDED',
  'RESPONSE_TOO_LARGE',
  'DATABASE_UNAVAILABLE',
  'PAYLOAD_TOO_LARGE',
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'TOO_MANY_REQUESTS',
]);

/** What a client is told of a fault of the server's own. */
export const INTERNAL_ERROR_MESSAGE = 'Terjadi kesalahan di server. / An internal error occurred on the server.';

/**
 * Errors the analyst caused keep their message; anything else becomes a generic message in
 * production so that SQL, file paths and stack traces never reach a client.
 */
export function formatError(formatted: GraphQLFormattedError, _error: unknown, production: boolean): GraphQLFormattedError {
  // Apollo's own refusal of a persisted-query hash sent with other text carries no code of its own.
  if (formatted.message === 'provided sha does not match query') {
    return {
      message:
        'The persisted query hash does not match the query text sent with it: send the text whose SHA-256 it is, or the hash alone.',
      extensions: { ...formatted.extensions, code: 'BAD_REQUEST' },
    };
  }
  const code = formatted.extensions?.code;
  if (!production || (typeof code === 'string' && PUBLIC_CODES.has(code))) {
    const message = capQuotes(formatted.message);
    return message === formatted.message ? formatted : { ...formatted, message };
  }
  return {
    message: INTERNAL_ERROR_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Longest quoted piece of a request a message repeats, and the longest message. */
export const MAX_QUOTED = 80;
export const MAX_MESSAGE = 1000;

/**
 * Shortens what a message quotes from the request (a 10,000-character field name, a megabyte string in a
 * variable), so that an error never sends the input back: `"aaaa…" (10000 characters)`. graphql-js quotes names
 * and values in double quotes; the analyst still sees where the text begins and how long it was.
 */
export function capQuotes(message: string): string {
  if (message.length <= MAX_QUOTED) return message;
  // Split at double quotes: every other piece is quoted. Linear in the message, whatever it holds.
  const pieces = message.split('"');
  let capped = pieces[0]!;
  for (let i = 1; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const quoted = i % 2 === 1 && i < pieces.length - 1;
    if (quoted && piece.length > MAX_QUOTED) {
      capped += `"${piece.slice(0, MAX_QUOTED / 2)}…" (${piece.length} characters)`;
      i++;
      capped += pieces[i]!;
    } else capped += `"${piece}`;
  }
  return capped.length <= MAX_MESSAGE ? capped : `${capped.slice(0, MAX_MESSAGE)}… (message shortened)`;
}
