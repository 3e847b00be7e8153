// The registry as names for region arguments and search: the import's RegionResolver (Kemendagri and BPS codes,
// names with their prefixes and abbreviations, aliases such as "DKI Jakarta" and "Kaltim") over the regions down to
// kabupaten/kota. Kecamatan and desa are named by code: their names repeat by the hundred.

import type { Database } from '../db/database.js';
import { RegionResolver } from '../imports/region-resolver.js';
import { REGION_COLUMNS, type RegionRecord } from './regions.service.js';

export interface RegionNameIndex {
  resolver: RegionResolver;
  byCode: ReadonlyMap<string, RegionRecord>;
}

export async function readRegionNameIndex(db: Database): Promise<RegionNameIndex> {
  const rows = await db.sql.query<RegionRecord>(
    `SELECT ${REGION_COLUMNS('r')} FROM region r WHERE r.level IN ('NATIONAL', 'PROVINCE', 'REGENCY_CITY') ORDER BY r.code`,
    [],
    { prepare: true },
  );
  return { resolver: new RegionResolver(rows), byCode: new Map(rows.map((r) => [r.code, r])) };
}
