import type { IncomingMessage, ServerResponse } from 'node:http';
import { sessionSecretOf } from '../accounts/credentials.js';
import { type Accounts, accountsFor, type RequestHttp, requestHttp, viewerOfRequest } from '../accounts/request-auth.js';
import { ANONYMOUS, type Viewer } from '../accounts/viewer.js';
import { createActivityLoaders } from '../activities/activities.loaders.js';
import { createComparisonLoaders } from '../comparison/comparison.loaders.js';
import type { Database } from '../db/database.js';
import { type Language, preferredLanguage } from '../messages/language.js';
import { createObservationLoaders } from '../observations/observations.loaders.js';
import type { ReferenceCache } from '../reference/reference-cache.js';
import { createRegionGraphLoaders } from '../region-graph/region-graph.loaders.js';
import { createRegionLoaders } from '../regions/regions.loaders.js';
import { type ReadClient, ReadRoute, readClientOf, routedDatabase } from '../replicas/route.js';
import { createTargetLoaders } from '../targets/targets.loaders.js';
import { budgetedDatabase, RequestBudget, STATEMENTS_PER_REQUEST } from './budget.js';
import { newRequestId } from './request-id.js';

/**
 * Everything a resolver may use for one request. Loaders are per request; only reference data (see
 * ReferenceCache) outlives a request.
 */
export interface Context {
  /** The database through the request's budget (deadline, share of the pool). */
  db: Database;
  loaders: ReturnType<typeof createLoaders>;
  /** Sent back in the X-Request-Id header and in every error; logged with every unexpected error. */
  requestId: string;
  budget: RequestBudget;
  /** Who is asking, from the request's credentials; every service that reads or writes takes it. */
  viewer: Viewer;
  /** The request's HTTP side (cookies, address); absent for requests made inside the process (tests, the schema printer). */
  http: RequestHttp | undefined;
  accounts: Accounts;
  /** The language of the request's messages (Accept-Language: Bahasa Indonesia when preferred, else English). */
  language: Language;
  /** Primary or read replica for the request's statements (see replicas/route.ts); the primary without replicas. */
  route: ReadRoute;
}

export function createLoaders(db: Database, reference: ReferenceCache, viewer: Viewer) {
  const observations = createObservationLoaders(db, reference, viewer);
  const targets = createTargetLoaders(db, reference, viewer);
  return {
    ...createRegionLoaders(db, reference),
    ...observations,
    ...createRegionGraphLoaders(db, viewer, observations.seriesBreaks, targets.targetsOfDocument),
    ...createComparisonLoaders(db, reference, viewer),
    ...targets,
    ...createActivityLoaders(db),
  };
}

export interface ContextOptions {
  requestId?: string;
  viewer?: Viewer;
  http?: RequestHttp;
  accounts?: Accounts;
  language?: Language;
  /** Who reads, for read-your-writes on replicas (see replicas/route.ts). */
  readClient?: ReadClient;
}

export function createContext(db: Database, reference: ReferenceCache, options: ContextOptions = {}): Context {
  const requestId = options.requestId ?? newRequestId();
  const budget = new RequestBudget(requestId, undefined, STATEMENTS_PER_REQUEST[db.kind]);
  const viewer = options.viewer ?? ANONYMOUS;
  const route = new ReadRoute(
    db.replicas,
    options.readClient ?? { sessionKey: viewer.kind === 'user' ? `account:${viewer.username}` : undefined },
  );
  const limited = budgetedDatabase(
    routedDatabase(db, () => route),
    budget,
  );
  return {
    db: limited,
    loaders: createLoaders(limited, reference, options.viewer ?? ANONYMOUS),
    requestId,
    budget,
    viewer: options.viewer ?? ANONYMOUS,
    http: options.http,
    accounts: options.accounts ?? accountsFor(db),
    language: options.language ?? 'en',
    route,
  };
}

/** The context of an HTTP request: its viewer proved by its credentials (refused with 401 when they are not valid). */
export async function createRequestContext(
  db: Database,
  reference: ReferenceCache,
  accounts: Accounts,
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
): Promise<Context> {
  const http = requestHttp(req, res, accounts, sessionSecretOf(req.headers));
  const viewer = await viewerOfRequest(db, req, http, accounts);
  const language = preferredLanguage(req.headers['accept-language']);
  return createContext(db, reference, {
    requestId,
    viewer,
    http,
    accounts,
    language,
    readClient: readClientOf(req, res, http.secure),
  });
}
