import type { Database } from '../db/database.js';
import type { ReferenceCache } from '../graphql/reference-cache.js';
import { type DocumentRecord, findDocuments, type TargetRecord, targetsOf } from './targets.service.js';

/** Planning documents and their targets, held between requests until either table changes. */
export function createTargetLoaders(db: Database, reference: ReferenceCache) {
  const planningDocuments = (): Promise<readonly DocumentRecord[]> =>
    reference.planningDocuments.get('all', () => findDocuments(db));
  /** The targets a document sets; none for a code that is not a document (then not kept: clients choose it). */
  const targetsOfDocument = async (documentCode: string): Promise<readonly TargetRecord[]> => {
    if (!(await planningDocuments()).some((d) => d.code === documentCode)) return [];
    return reference.targets.get(documentCode, () => targetsOf(db, [documentCode]));
  };
  return { planningDocuments, targetsOfDocument };
}
