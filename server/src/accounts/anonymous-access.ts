import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { type GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import { repoRoot } from '../config.js';
import type { Context } from '../graphql/context.js';
import { withIndonesian } from '../messages/errors.js';
import { unauthenticated } from './viewer.js';

/**
 * The dashboard's own operations, by the SHA-256 of their text: graphql-codegen writes them at build time
 * (web/src/gql/persisted-documents.json) and the dashboard sends only the hash. These are all an anonymous visitor
 * may run: a request for anything else, however cheap, needs an account.
 */
export const DASHBOARD_OPERATIONS_FILE = join(repoRoot, 'web/src/gql/persisted-documents.json');

export function readDashboardOperations(file = DASHBOARD_OPERATIONS_FILE): Map<string, string> {
  let manifest: Record<string, string>;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    return new Map();
  }
  // codegen may write "sha256:<hex>"; Apollo's automatic persisted queries use the bare hex.
  return new Map(Object.entries(manifest).map(([hash, text]) => [hash.replace(/^sha256:/, ''), text]));
}

/**
 * Apollo's persisted-query cache holding exactly the dashboard's operations. It never learns new ones: a client
 * cannot register a query under a hash (Apollo would store any query sent with its hash).
 */
export function dashboardOperationsCache(operations: ReadonlyMap<string, string>): KeyValueCache<string> {
  const PREFIX = 'apq:';
  return {
    get: async (key) => (key.startsWith(PREFIX) ? operations.get(key.slice(PREFIX.length)) : undefined),
    set: async () => {},
    delete: async () => false,
  };
}

/** The refusal of a visitor who is not signed in, on a server with ANONYMOUS_ACCESS off (GraphQL and exports alike). */
export function anonymousAccessOff(): GraphQLError {
  return withIndonesian(
    unauthenticated('Sign in first: this server shows its data to signed-in accounts only.'),
    'Masuk dulu: server ini hanya menampilkan datanya kepada akun yang sudah masuk.',
  );
}

/** Fields anyone may use to find out who they are and to sign in or out, even with anonymous access off. */
const SIGN_IN_FIELDS = new Set(['me', 'signIn', 'signOut', '__typename']);

function onlySignInFields(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && SIGN_IN_FIELDS.has(s.name.value));
}

/**
 * Anonymous visitors run only the dashboard's operations (when ANONYMOUS_ACCESS is on) and the sign-in fields;
 * everything else answers 401 with a sentence. Decided once the operation is known, before any resolver runs.
 */
export function anonymousAccessPlugin(operations: ReadonlyMap<string, string>): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, queryHash }) {
          if (contextValue.viewer.kind !== 'anonymous' || (operation && onlySignInFields(operation))) return;
          if (!contextValue.accounts.anonymousAccess) {
            throw anonymousAccessOff();
          }
          if (!operations.has(queryHash)) {
            throw withIndonesian(
              unauthenticated(
                'Sign in to run your own queries: visitors who are not signed in may only use the dashboard’s views. Analysts get an account (and an access token for scripts) from their administrator.',
              ),
              'Masuk dulu untuk menjalankan kueri sendiri: pengunjung yang belum masuk hanya dapat memakai tampilan dasbor. Analis mendapat akun (dan token akses untuk skrip) dari administratornya.',
            );
          }
        },
      };
    },
  };
}
