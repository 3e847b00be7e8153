import { createComparisonLoaders } from '../comparison/comparison.loaders.js';
import type { Database } from '../db/database.js';
import { createObservationLoaders } from '../observations/observations.loaders.js';
import { createRegionLoaders } from '../regions/regions.loaders.js';
import { createTargetLoaders } from '../targets/targets.loaders.js';
import type { ReferenceCache } from './reference-cache.js';

/**
 * Everything a resolver may use for one request. Loaders are per request; only reference data (see
 * ReferenceCache) outlives a request.
 */
export interface Context {
  db: Database;
  loaders: ReturnType<typeof createLoaders>;
}

export function createLoaders(db: Database, reference: ReferenceCache) {
  return {
    ...createRegionLoaders(db, reference),
    ...createObservationLoaders(db, reference),
    ...createComparisonLoaders(db, reference),
    ...createTargetLoaders(db, reference),
  };
}

export function createContext(db: Database, reference: ReferenceCache): Context {
  return { db, loaders: createLoaders(db, reference) };
}
