// The benchmarks' credentials. Anonymous visitors may run only the dashboard's persisted operations, so a benchmark
// that posts its own GraphQL documents acts as the command-line operator (an administrator over the whole country):
// the server is started with an operator token and every request carries it. The token is checked in memory, with
// no SQL statement, so the timings are those of the work itself, as a signed-in analyst's would be plus one lookup.
import { newSecret, OPERATOR_TOKEN_PREFIX } from '../src/accounts/credentials.js';

export interface BenchOperator {
  /** For createApp's options: the token the server accepts, and the name it records. */
  accounts: { operatorToken: string; operatorName: string };
  /** The Authorization header each request sends. */
  authorization: string;
}

export function benchOperator(): BenchOperator {
  const operatorToken = newSecret(OPERATOR_TOKEN_PREFIX);
  return { accounts: { operatorToken, operatorName: 'bench' }, authorization: `Bearer ${operatorToken}` };
}
