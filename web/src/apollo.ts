import { type ApolloCache, ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

interface ObservationConnection {
  edges: unknown[];
}

export const apolloClient = new ApolloClient({
  link: new HttpLink({ uri: '/graphql' }),
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
