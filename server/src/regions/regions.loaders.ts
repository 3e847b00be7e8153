import DataLoader from 'dataloader';
import type { Database } from '../db/database.js';
import { childrenByParentCodes, type RegionRecord, regionsByCodes } from './regions.service.js';

/** Per-request batching: one statement per hierarchy level, however many regions are asked for. */
export function createRegionLoaders(db: Database) {
  return {
    regionByCode: new DataLoader<string, RegionRecord | null>((codes) => regionsByCodes(db, codes)),
    childrenOf: new DataLoader<string, RegionRecord[]>((codes) => childrenByParentCodes(db, codes)),
  };
}

export type RegionLoaders = ReturnType<typeof createRegionLoaders>;
