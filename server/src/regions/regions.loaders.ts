import DataLoader from 'dataloader';
import type { Database } from '../db/database.js';
import type { ReferenceCache } from '../graphql/reference-cache.js';
import { childrenByParentCodes, type RegionRecord, regionsByCodes } from './regions.service.js';

/** Per-request batching: one statement per hierarchy level, however many regions are asked for. */
export function createRegionLoaders(db: Database, reference: ReferenceCache) {
  /** Every region this request has seen, for regionOf. */
  const known = new Map<string, RegionRecord>();
  const regionByCode = new DataLoader<string, RegionRecord | null>(async (codes) => {
    const regions = await reference.regions.getMany(codes, (missing) => regionsByCodes(db, missing));
    for (const r of regions) if (r) known.set(r.code, r);
    return regions;
  });
  /** Regions fetched by any query are remembered, so asking for their parent costs nothing more. */
  const remember = (rows: readonly RegionRecord[]) => {
    for (const r of rows) {
      regionByCode.prime(r.code, r);
      known.set(r.code, r);
    }
    return rows;
  };
  /**
   * The region of `code`, without waiting when this request or the held registry already has it. A field
   * answered at once lets GraphQL complete a row without a promise: a comparison has hundreds of them.
   */
  const regionOf = (code: string): RegionRecord | Promise<RegionRecord | null> =>
    known.get(code) ?? reference.regions.peek(code) ?? regionByCode.load(code);
  const childrenOf = new DataLoader<string, readonly RegionRecord[]>(async (codes) => {
    const lists = await reference.children.getMany(codes, (missing) => childrenByParentCodes(db, missing));
    for (const list of lists) remember(list);
    return lists;
  });
  return { regionByCode, regionOf, childrenOf, remember };
}

export type RegionLoaders = ReturnType<typeof createRegionLoaders>;
