import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/**
 * Every GraphQL response is `Cache-Control: no-store`: figures change with each import, and the schema
 * sets no cache hints. (What Apollo's cache-control plugin would conclude, without its per-field hook.)
 */
export function noStorePlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
