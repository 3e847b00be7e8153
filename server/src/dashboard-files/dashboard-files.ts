import { join, sep } from 'node:path';
import compression from 'compression';
import { type RequestHandler, Router } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** Files under /assets/ carry a hash of their content in their name: a new release has new names. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html (and the other unhashed files) is checked with the server on every use, so a release is seen at once. */
export const REVALIDATE = 'no-cache';

/** Paths the dashboard's client-side routing must never answer (the API's own, answered before this router). */
const NOT_DASHBOARD = /^\/(graphql|health|export)(\/|$)/;

/**
 * Serves the built dashboard (web/dist). The build writes a Brotli and a gzip copy beside each text file
 * (web/vite.config.ts); the copy the browser accepts is sent, Brotli first, with the original's Content-Type, the
 * copy's Content-Length and `Vary: Accept-Encoding`. What has no copy (source maps) is compressed on the fly.
 * Hashed files are cached for a year; index.html is revalidated. Any other path that names no file shows
 * index.html (the dashboard reads its state from the URL), except under /assets/ and paths with a file
 * extension: a missing script is a 404, not a page of HTML the browser would fail to run as JavaScript.
 */
export function dashboardFiles(webDist: string): Router {
  const assets = join(webDist, 'assets') + sep;
  const files = expressStaticGzip(webDist, {
    enableBrotli: true,
    // Brotli is 10–20 % smaller than gzip on these files; browsers list both at the same weight.
    orderPreference: ['br'],
    index: false,
    serveStatic: {
      index: false,
      redirect: false,
      cacheControl: false,
      // `path` is the file sent, which may be the .br or .gz copy: its folder says whether the name is hashed.
      setHeaders: (res, path) => res.setHeader('Cache-Control', path.startsWith(assets) ? IMMUTABLE : REVALIDATE),
    },
  }) as RequestHandler;

  const router = Router();
  // Only for what the build did not compress: a response that already has a Content-Encoding is left alone. Mounted
  // here, after /export and /graphql, so CSV streams and GraphQL answers never pass through it.
  router.use(compression());
  router.use(files);
  const notFound: RequestHandler = (_req, res) => {
    res.status(404).type('text/plain').send('Not found\n');
  };
  router.use('/assets', notFound);
  router.get(/.*/, (req, res, next) => {
    if (NOT_DASHBOARD.test(req.path)) return next();
    if (/\.[^/]*$/.test(req.path)) return notFound(req, res, next);
    // Client-side routes: the dashboard's page, revalidated like index.html itself.
    req.url = '/index.html';
    files(req, res, next);
  });
  return router;
}
