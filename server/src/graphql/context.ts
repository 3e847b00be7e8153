import type { Database } from '../db/database.js';
import { createObservationLoaders } from '../observations/observations.loaders.js';
import { createRegionLoaders } from '../regions/regions.loaders.js';

/** Everything a resolver may use for one request. Loaders are per request, so caches never leak. */
export interface Context {
  db: Database;
  loaders: ReturnType<typeof createLoaders>;
}

export function createLoaders(db: Database) {
  return { ...createRegionLoaders(db), ...createObservationLoaders(db) };
}

export function createContext(db: Database): Context {
  return { db, loaders: createLoaders(db) };
}
