import type { Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import type { ReferenceCache } from '../graphql/reference-cache.js';
import { visibilityOf } from '../observations/visibility.js';
import { type PeriodsWithDataReader, readPeriodsWithData } from './comparison.service.js';

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
  return { periodsWithData };
}
