import { can, type Viewer } from '../accounts/viewer.js';

/**
 * Which observation rows a request reads. Accounts that may read unverified values (administrators, verifiers,
 * editors, analysts) read every row; everyone else — anonymous visitors, viewers, accounts that must change their
 * password first — reads only values that are VERIFIED or PUBLISHED, as if the other rows did not exist: in lists
 * and counts, series, comparisons (ranks, quartiles, parent and national values, changes, the latest period),
 * progress, roll-ups, composite indices, coverage and the CSV exports alike.
 */
export type Visibility = 'all' | 'checked';

/** The statuses a viewer without `readUnverified` sees. */
export const VISIBLE_STATUSES = ['VERIFIED', 'PUBLISHED'] as const;

export function visibilityOf(viewer: Viewer): Visibility {
  return can(viewer, 'readUnverified') ? 'all' : 'checked';
}

/**
 * The SQL condition on the observation rows of alias `alias` that the viewer may read: `true` for every row, else
 * the status check. It holds no parameter (the statuses are constants), so it can be added to any statement, and a
 * prepared statement has one text per kind of viewer.
 */
export function visibleObservations(viewer: Viewer, alias = 'o'): string {
  return visibleRows(visibilityOf(viewer), alias);
}

/**
 * The same condition for any table with a verification status (observations, targets), by kind of reader: for
 * statements whose result is held between requests per kind of reader rather than per viewer.
 */
export function visibleRows(visibility: Visibility, alias: string): string {
  return visibility === 'all' ? 'true' : checkedObservations(alias);
}

/** Whether a row of alias `alias` is VERIFIED or PUBLISHED, as an SQL expression. */
export function checkedObservations(alias = 'o'): string {
  return `${alias}.status IN (${VISIBLE_STATUSES.map((s) => `'${s}'`).join(', ')})`;
}
