import type { GraphQLFormattedError } from 'graphql';

const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** What a client is told of a fault of the server's own. */
export const INTERNAL_ERROR_MESSAGE = 'Terjadi kesalahan di server. / An internal error occurred on the server.';

/**
 * Errors the analyst caused keep their message; anything else becomes a generic message in
 * production so that SQL, file paths and stack traces never reach a client.
 */
export function formatError(formatted: GraphQLFormattedError, _error: unknown, production: boolean): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (!production || (typeof code === 'string' && PUBLIC_CODES.has(code))) return formatted;
  return {
    message: INTERNAL_ERROR_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
