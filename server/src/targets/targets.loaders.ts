import type { Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { visibilityOf } from '../observations/visibility.js';
import type { ReferenceCache } from '../reference/reference-cache.js';
import { type DocumentRecord, findDocuments, type TargetRecord, targetsOf } from './targets.service.js';

/**
 * Planning documents and their targets, held between requests until either table changes. The targets are held per
 * document and kind of reader: all of them for those who read unverified data, the verified and published ones for
 * everyone else (see visibility.ts).
 */
export function createTargetLoaders(db: Database, reference: ReferenceCache, viewer: Viewer) {
  const planningDocuments = (): Promise<readonly DocumentRecord[]> =>
    reference.planningDocuments.get('all', () => findDocuments(db));
  const visibility = visibilityOf(viewer);
  /** The targets a document sets; none for a code that is not a document (then not kept: clients choose it). */
  const targetsOfDocument = async (documentCode: string): Promise<readonly TargetRecord[]> => {
    if (!(await planningDocuments()).some((d) => d.code === documentCode)) return [];
    return reference.targets.get(`${visibility}:${documentCode}`, () => targetsOf(db, [documentCode], visibility));
  };
  return { planningDocuments, targetsOfDocument };
}
