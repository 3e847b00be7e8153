import { createComparisonLoaders } from '../comparison/comparison.loaders.js';
import type { Database } from '../db/database.js';
import { createObservationLoaders } from '../observations/observations.loaders.js';
import { createRegionLoaders } from '../regions/regions.loaders.js';
import { createTargetLoaders } from '../targets/targets.loaders.js';
import { budgetedDatabase, RequestBudget, STATEMENTS_PER_REQUEST } from './budget.js';
import type { ReferenceCache } from './reference-cache.js';
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
}

export function createLoaders(db: Database, reference: ReferenceCache) {
  return {
    ...createRegionLoaders(db, reference),
    ...createObservationLoaders(db, reference),
    ...createComparisonLoaders(db, reference),
    ...createTargetLoaders(db, reference),
  };
}

export function createContext(db: Database, reference: ReferenceCache, requestId: string = newRequestId()): Context {
  const budget = new RequestBudget(requestId, undefined, STATEMENTS_PER_REQUEST[db.kind]);
  const limited = budgetedDatabase(db, budget);
  return { db: limited, loaders: createLoaders(limited, reference), requestId, budget };
}
