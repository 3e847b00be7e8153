import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Express } from 'express';

/**
 * Shows the GraphQL explorer (GraphiQL, built into `<webDist>/explorer.html` by the web package) to a browser
 * opening /graphql. GraphQL GET requests (`?query=`, or a persisted query's `?extensions=`) and clients that do
 * not ask for HTML go on to Apollo, whose CSRF prevention is unchanged. Register before the Apollo middleware.
 */
export function serveGraphQLExplorer(app: Express, webDist: string | undefined): void {
  app.get('/graphql', (req, res, next) => {
    // The same URL answers HTML or JSON depending on Accept: caches must keep them apart.
    res.vary('Accept');
    const graphqlRequest = req.query.query !== undefined || req.query.extensions !== undefined;
    if (graphqlRequest || req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    const page = webDist ? join(webDist, 'explorer.html') : undefined;
    if (!page || !existsSync(page)) {
      res
        .status(404)
        .type('text/plain')
        .send(
          'Penjelajah GraphQL belum dibangun: jalankan `pnpm build` (atau `pnpm start`).\n' +
            'The GraphQL explorer is not built: run `pnpm build`.\n',
        );
      return;
    }
    res.sendFile(page, { headers: { 'Cache-Control': 'no-cache' } });
  });
}
