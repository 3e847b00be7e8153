import { type ApolloCache, ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { persistedHash } from './persisted';

interface ObservationConnection {
  edges: unknown[];
}

export const apolloClient = new ApolloClient({
  // Every operation is sent as the hash of its persisted document only (anonymous visitors may run nothing
  // else); the server knows src/gql/persisted-documents.json.
  link: ApolloLink.from([new PersistedQueryLink({ generateHash: persistedHash }), new HttpLink({ uri: '/graphql' })]),
  cache: new InMemoryCache({
    typePolicies: {
      Region: { keyFields: ['code'] },
      Indicator: { keyFields: ['code'] },
      PlanningDocument: { keyFields: ['code'] },
      Query: {
        fields: {
          // One list per filter: "Muat lebih banyak" appends the next page (`after`); the first page replaces it.
          observations: {
            keyArgs: ['filter', 'first'],
            merge(existing: ObservationConnection | undefined, incoming: ObservationConnection, { args }) {
              if (!existing || !args?.after) return incoming;
              return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
            },
          },
        },
      },
    },
  }),
});

/**
 * Drops the cached answers of these root fields; every query on screen that used them fetches again (after an
 * import, for instance). Regions and other untouched fields stay cached.
 */
export function evictRootFields(cache: ApolloCache, fieldNames: readonly string[]): void {
  for (const fieldName of fieldNames) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}
