import DataLoader from 'dataloader';
import type { Database } from '../db/database.js';
import type { ReferenceCache } from '../graphql/reference-cache.js';
import { childrenByParentCodes, type RegionRecord, regionsByCodes } from './regions.service.js';

/** Per-request batching: one statement per hierarchy level, however many regions are asked for. */
export function createRegionLoaders(db: Database, reference: ReferenceCache) {
  const regionByCode = new DataLoader<string, RegionRecord | null>((codes) =>
    reference.regions.getMany(codes, (missing) => regionsByCodes(db, missing)),
  );
  /** Regions fetched by any query are remembered, so asking for their parent costs nothing more. */
  const remember = (rows: readonly RegionRecord[]) => {
    for (const r of rows) regionByCode.prime(r.code, r);
    return rows;
  };
  const childrenOf = new DataLoader<string, RegionRecord[]>(async (codes) => {
    const lists = await childrenByParentCodes(db, codes);
    for (const list of lists) remember(list);
    return lists;
  });
  return { regionByCode, childrenOf, remember };
}

export type RegionLoaders = ReturnType<typeof createRegionLoaders>;
