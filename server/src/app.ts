import 'reflect-metadata';
import { existsSync } from 'node:fs';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import graphqlUploadExpress from 'graphql-upload/graphqlUploadExpress.mjs';
import { anonymousAccessPlugin, dashboardOperationsCache, readDashboardOperations } from './accounts/anonymous-access.js';
import { type AccountSettings, type Accounts, accountsFor } from './accounts/request-auth.js';
import { dashboardFiles } from './dashboard-files/dashboard-files.js';
import type { Database } from './db/database.js';
import { exportsRouter } from './exports/exports.router.js';
import { compiledGateway } from './graphql/compiled-execution.js';
import { type Context, type ContextOptions, createContext, createRequestContext } from './graphql/context.js';
import { CostFactsHolder } from './graphql/cost-facts.js';
import { depthRule } from './graphql/depth.js';
import { serveGraphQLExplorer } from './graphql/explorer.js';
import { capQuotes, formatError } from './graphql/format-error.js';
import { bodyErrorHandler, graphqlJsonHandler, isJsonGraphQLPost, parseJsonBody } from './graphql/http.js';
import { costLimitPlugin, MAX_TOKENS } from './graphql/limits.js';
import { noStorePlugin } from './graphql/no-store.js';
import { requestIdOf } from './graphql/request-id.js';
import { requestPlugin, stringifyResult } from './graphql/request-plugin.js';
import { buildAppSchema } from './graphql/schema.js';
import { useUploadTempDir } from './graphql/upload-temp.js';
import { VISITOR_ANSWER_SETTINGS, VisitorAnswers, visitorAnswersPlugin } from './graphql/visitor-answers.js';
import { MAX_UPLOAD_BYTES } from './imports/imports.resolver.js';
import { ReferenceCache } from './reference/reference-cache.js';
import { readOnlyRoutes, readRoutingPlugin } from './replicas/route.js';
import { readDataset } from './training/dataset.js';
import { datasetExtensionPlugin } from './training/extensions-plugin.js';

/** How long /health waits for the database before answering 503. */
export const HEALTH_TIMEOUT_MS = 2_000;

export interface App {
  /** Answers every HTTP request: JSON GraphQL operations directly through Apollo, the rest through Express. */
  handler: RequestListener;
  apollo: ApolloServer<Context>;
  /** A request's context made inside the process (tests): anonymous unless a viewer is given, a new request id unless one is. */
  context(options?: ContextOptions): Context;
  accounts: Accounts;
  reference: ReferenceCache;
}

export interface AppOptions {
  production: boolean;
  /** Built dashboard to serve at /, if it exists. */
  webDist?: string | undefined;
  accounts?: Partial<AccountSettings>;
}

export async function createApp(db: Database, options: AppOptions): Promise<App> {
  // Upload buffers in a folder known to be this process's, removed on the next start after a crash.
  useUploadTempDir();
  const schema = await buildAppSchema();
  const reference = await ReferenceCache.start(db);
  const accounts = accountsFor(db, options.accounts);
  const context = (contextOptions: ContextOptions = {}) => createContext(db, reference, { accounts, ...contextOptions });
  const requestContext = (req: IncomingMessage, res: ServerResponse, requestId: string) =>
    createRequestContext(db, reference, accounts, req, res, requestId);
  // What the cost estimate knows of the data, read before the first request and again after the data changes.
  const costFacts = new CostFactsHolder(db, reference);
  await costFacts.get();
  const dashboardOperations = readDashboardOperations();
  // Training or official, read once: the kind of a database does not change under a running server.
  const dataset = await readDataset(db.sql);
  const apollo = new ApolloServer<Context>({
    // Queries run compiled (compiled-execution.ts); Apollo takes another executor only from a gateway.
    gateway: compiledGateway(schema),
    // Apollo's default landing page loads from a CDN, which offline government networks cannot reach.
    // Apollo's default cache-control plugin runs a hook on every resolved field (and makes Apollo wrap every
    // resolver in the schema) only to arrive at "no-store", since the schema sets no cache hints. The
    // same header is set once per response instead.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
      // Before requestPlugin, which serialises the response.
      datasetExtensionPlugin(() => dataset.kind),
      requestPlugin(),
      // Queries to read replicas when there are any (DATABASE_REPLICA_URL), mutations to the primary.
      readRoutingPlugin(),
      // Before the cost check: an anonymous ad-hoc query is refused for who sends it, whatever it costs.
      anonymousAccessPlugin(dashboardOperations),
      costLimitPlugin(schema, costFacts),
      // After the access and cost checks: a visitor's query answered before, nothing changed since, is answered again.
      visitorAnswersPlugin(new VisitorAnswers(reference, { ...VISITOR_ANSWER_SETTINGS, settleMs: db.replicas?.maxLagMs ?? 0 })),
      { serverWillStart: async () => ({ serverWillStop: () => reference.stop() }) },
    ],
    validationRules: [depthRule],
    // The dashboard sends its operations by hash; the cache knows exactly those and learns no others.
    persistedQueries: { cache: dashboardOperationsCache(dashboardOperations), ttl: null },
    // graphql-js stops reading a document after this many tokens: parsing and validating stay linear and small.
    parseOptions: { maxTokens: MAX_TOKENS },
    introspection: true,
    includeStacktraceInErrorResponses: !options.production,
    formatError: (formatted, error) => formatError(formatted, error, options.production, schema),
    // Compact JSON: Apollo's default indents every response, which doubles a series' bytes (57 KB → 26 KB) and the
    // time to write and parse them. GraphiQL formats results itself.
    // The size check (requestPlugin) has serialised the answer already: that text is sent.
    stringifyResult: (result) => stringifyResult(result as Record<string, unknown>),
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Express would hash every answer for an ETag, GraphQL POSTs included (marked no-store, never revalidated);
  // CSV downloads are fetched anew anyway. The dashboard's static files keep theirs (serve-static's own, see dashboard-files).
  app.set('etag', false);
  app.use((req, res, next) => {
    res.locals.requestId = requestIdOf(req);
    res.setHeader('x-request-id', res.locals.requestId);
    next();
  });
  // Health answers within HEALTH_TIMEOUT_MS whatever the database does: 503 when it did not answer in time (frozen,
  // or every pooled connection busy), so that a load balancer or monitor learns it at once.
  app.get('/health', async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`The database did not answer within ${HEALTH_TIMEOUT_MS / 1000} s.`)),
        HEALTH_TIMEOUT_MS,
      );
    });
    try {
      const [row] = await Promise.race([
        db.sql.query<{ regions: number }>('SELECT count(*)::int AS regions FROM region', [], {
          timeoutMs: HEALTH_TIMEOUT_MS,
        }),
        late,
      ]);
      // Replicas' states for monitoring; a replica that is down or behind costs the primary reads, not availability.
      res.json({
        status: 'ok',
        database: db.kind,
        regions: row?.regions ?? 0,
        ...(db.replicas ? { replicas: db.replicas.status() } : {}),
      });
    } catch (err) {
      res.status(503).json({ status: 'unavailable', database: db.kind, error: capQuotes((err as Error).message).slice(0, 300) });
    } finally {
      clearTimeout(timer);
    }
  });
  // Exports only read: from the replicas when there are any.
  const exportReads = readOnlyRoutes(db);
  app.use('/export', exportReads.middleware, exportsRouter(exportReads.database, reference, accounts, dataset.kind));
  serveGraphQLExplorer(app, options.webDist); // browsers opening /graphql get the explorer (GraphiQL)
  app.use(
    '/graphql',
    // Multipart uploads (import files); Apollo's CSRF prevention still requires a preflight header for them.
    graphqlUploadExpress({ maxFileSize: MAX_UPLOAD_BYTES, maxFiles: 1 }),
    parseJsonBody,
    expressMiddleware(apollo, { context: ({ req, res }) => requestContext(req, res, res.locals.requestId as string) }),
    bodyErrorHandler,
  );

  if (options.webDist && existsSync(join(options.webDist, 'index.html'))) {
    // Precompressed and cached; every other GET shows the dashboard, which reads its state from the URL.
    app.use(dashboardFiles(options.webDist));
  }
  const graphql = graphqlJsonHandler(apollo, requestContext);
  const handler: RequestListener = (req, res) => (isJsonGraphQLPost(req) ? graphql(req, res) : app(req, res));
  return { handler, apollo, context, reference, accounts };
}
