import type { Database } from '../db/database.js';
import type { ReferenceCache } from '../graphql/reference-cache.js';
import { type PeriodsWithDataReader, readPeriodsWithData } from './comparison.service.js';

/** The periods with data of a comparison, held between requests until observations or regions change. */
export function createComparisonLoaders(db: Database, reference: ReferenceCache) {
  const periodsWithData: PeriodsWithDataReader = (codes, level, parentCode) => {
    const keys = codes.map((code) => `${level}\u0000${parentCode}\u0000${code}`);
    const codeOf = new Map(keys.map((key, i) => [key, codes[i]!]));
    return reference.periodsWithData.getMany(keys, (missing) =>
      readPeriodsWithData(
        db,
        missing.map((key) => codeOf.get(key)!),
        level,
        parentCode,
      ),
    );
  };
  return { periodsWithData };
}
