import type { Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import type { RegionLevel } from '../generated/prisma/enums.js';
import { visibilityOf } from '../observations/visibility.js';
import type { ReferenceCache } from '../reference/reference-cache.js';
import { readRegionNameIndex } from '../regions/region-names.js';
import { type PeriodsWithDataReader, readPeriodsWithData } from './comparison.service.js';
import type { ScopeRegion } from './comparison-query.js';
import type { HeldRegions } from './comparison-values.js';
import { scopeOf } from './scope.js';

/**
 * The periods with data of a comparison, held between requests until observations or regions change. What is held
 * serves every viewer: a viewer who reads only VERIFIED and PUBLISHED values gets the periods that have such values.
 */
export function createComparisonLoaders(db: Database, reference: ReferenceCache, viewer: Viewer) {
  const everything = visibilityOf(viewer) === 'all';
  const periodsWithData: PeriodsWithDataReader = async (codes, level, parentCode) => {
    const keys = codes.map((code) => `${level}\u0000${parentCode}\u0000${code}`);
    const codeOf = new Map(keys.map((key, i) => [key, codes[i]!]));
    const periods = await reference.periodsWithData.getMany(keys, (missing) =>
      readPeriodsWithData(
        db,
        missing.map((key) => codeOf.get(key)!),
        level,
        parentCode,
      ),
    );
    return everything ? periods : periods.map((list) => list.filter((p) => p.visibleToAll));
  };
  /**
   * Every region of a level under a parent, for what a comparison is missing: provinces and kabupaten/kota from the
   * region index held between requests (no statement once held), deeper levels in one statement per scope.
   */
  const regionIndex: HeldRegions = () =>
    reference.regionNames.get('all', () => readRegionNameIndex(db)).then((index) => index.byCode);
  const scopes = new Map<string, Promise<readonly ScopeRegion[]>>();
  const regionsInScope = (parentCode: string, level: RegionLevel): Promise<readonly ScopeRegion[]> => {
    const key = `${level}\u0000${parentCode}`;
    let found = scopes.get(key);
    if (!found) {
      found =
        level === 'PROVINCE' || level === 'REGENCY_CITY'
          ? regionIndex().then((byCode) =>
              [...byCode.values()].filter(
                (r) => r.level === level && (parentCode === 'ID' || r.code.startsWith(`${parentCode}.`)),
              ),
            )
          : readRegionsInScope(db, parentCode, level);
      scopes.set(key, found);
    }
    return found;
  };
  return { periodsWithData, regionsInScope, regionIndex };
}

async function readRegionsInScope(db: Database, parentCode: string, level: RegionLevel): Promise<ScopeRegion[]> {
  const scope = scopeOf(parentCode, level, 1);
  return db.sql.query<ScopeRegion>(
    `SELECT r.code, r.exists_since AS "existsSince", r.valid_until AS "validUntil" FROM region r WHERE ${scope.sql} ORDER BY r.code`,
    scope.params,
    { prepare: true },
  );
}
