import { type ApolloCache, ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { apiProblem } from './auth/auth-model';
import { ME } from './auth/auth-queries';
import { markSessionEnded } from './auth/session-ended';
import { persistedHash } from './persisted';
import { requestLanguageHeaders } from './request-language';

interface ObservationConnection {
  edges: unknown[];
}

/**
 * An UNAUTHENTICATED answer while we believed we were signed in: the session has ended (the server has cleared its
 * cookie in that answer). Forget the account, say so, and fetch everything again as a visitor. Only once: after the
 * reset `me` has no account, so a server that refuses visitors too cannot start a loop. (A failed sign-in is not an
 * ended session.) Uploads, which do not go through Apollo, call it too.
 */
export function forgetEndedSession(): void {
  const me = apolloClient.cache.readQuery({ query: ME });
  if (!me?.me.account) return;
  markSessionEnded();
  apolloClient.cache.evict({ id: 'ROOT_QUERY', fieldName: 'me' });
  // Outside the link chain that is still delivering this answer.
  setTimeout(() => void apolloClient.resetStore().catch(() => {}), 0);
}

/** Every request asks for the page's language (see request-language.ts), read when it is sent: a switch applies at once. */
const languageLink = new ApolloLink((operation, forward) => {
  operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
    headers: { ...headers, ...requestLanguageHeaders() },
  }));
  return forward(operation);
});

const sessionLink = new ErrorLink(({ error, operation }) => {
  if (operation.operationName !== 'SignIn' && apiProblem(error).code === 'UNAUTHENTICATED') forgetEndedSession();
});

export const apolloClient: ApolloClient = new ApolloClient({
  link: ApolloLink.from([
    sessionLink,
    languageLink,
    // Every operation is sent as the hash of its persisted document only (anonymous visitors may run nothing
    // else); the server knows src/gql/persisted-documents.json.
    // A hash the server does not know means this page is older than the server (a new version was installed
    // while it was open). Sending the text instead would not help (a visitor may send only known hashes, and the
    // text Apollo prints is not the manifest's), so the error is shown as it is: the page asks to be reloaded.
    new PersistedQueryLink({ generateHash: persistedHash, retry: () => false }),
    new HttpLink({ uri: '/graphql' }),
  ]),
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
