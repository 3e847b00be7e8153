import { GraphQLError } from 'graphql';

/** An error caused by the request itself, worded for the analyst who wrote it. */
export function badInput(message: string, details?: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...details } });
}
