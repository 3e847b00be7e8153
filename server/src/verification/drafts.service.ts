import { actorName, authorize, regionCoversSql, type Viewer } from '../accounts/viewer.js';
import type { Database, SqlClient } from '../db/database.js';

/** What a region has saved as drafts (or what submitDrafts sent to the verifier). */
export interface DraftCounts {
  values: number;
  targets: number;
  revisions: number;
  /** Counts by category (PPKS, PSKS) and revisions of verified counts. */
  counts: number;
  countRevisions: number;
}

const UNDER = (alias: string) => regionCoversSql(`${alias}.region_code`, '$1');

/** The drafts saved under a region: for those who may submit there. */
export async function draftCounts(db: Database, viewer: Viewer, regionCode: string): Promise<DraftCounts> {
  authorize(viewer, 'submit', 'see the drafts', regionCode);
  const [row] = await db.sql.query<DraftCounts>(
    `SELECT (SELECT count(*)::int FROM observation o WHERE o.status = 'DRAFT' AND ${UNDER('o')}) AS values,
            (SELECT count(*)::int FROM target t WHERE t.status = 'DRAFT' AND ${UNDER('t')}) AS targets,
            (SELECT count(*)::int FROM observation_revision r WHERE r.status = 'DRAFT' AND ${UNDER('r')}) AS revisions,
            (SELECT count(*)::int FROM breakdown_count c WHERE c.status = 'DRAFT' AND ${UNDER('c')}) AS counts,
            (SELECT count(*)::int FROM breakdown_count_revision r WHERE r.status = 'DRAFT' AND ${UNDER('r')}) AS "countRevisions"`,
    [regionCode],
  );
  return row ?? { values: 0, targets: 0, revisions: 0, counts: 0, countRevisions: 0 };
}

/**
 * Submits every draft under a region to the province's verifier in one step: values, targets and counts become
 * UNVERIFIED (submitted), revisions SUBMITTED, each with a history step saying who submitted it.
 */
export async function submitDrafts(db: Database, viewer: Viewer, regionCode: string): Promise<DraftCounts> {
  authorize(viewer, 'submit', 'submit drafts', regionCode);
  const by = actorName(viewer);
  return db.transaction(async (tx) => {
    const values = await submitted(
      tx,
      `UPDATE observation o SET status = 'UNVERIFIED', updated_at = now() WHERE o.status = 'DRAFT' AND ${UNDER('o')}
       RETURNING o.indicator_code || '|' || o.region_code || '|' || o.period AS key`,
      'observation',
      regionCode,
      by,
    );
    const targets = await submitted(
      tx,
      `UPDATE target t SET status = 'UNVERIFIED' WHERE t.status = 'DRAFT' AND ${UNDER('t')}
       RETURNING t.document_code || '|' || t.indicator_code || '|' || t.region_code || '|' || t.year AS key`,
      'target',
      regionCode,
      by,
    );
    const counts = await submitted(
      tx,
      `UPDATE breakdown_count c SET status = 'UNVERIFIED', updated_at = now() WHERE c.status = 'DRAFT' AND ${UNDER('c')}
       RETURNING c.indicator_code || '|' || c.region_code || '|' || c.period || '|' || c.category_code AS key`,
      'breakdown_count',
      regionCode,
      by,
    );
    const revisions = await tx.query(
      `UPDATE observation_revision r SET status = 'SUBMITTED', submitted_at = now() WHERE r.status = 'DRAFT' AND ${UNDER('r')} RETURNING id`,
      [regionCode],
    );
    const countRevisions = await tx.query(
      `UPDATE breakdown_count_revision r SET status = 'SUBMITTED', submitted_at = now() WHERE r.status = 'DRAFT' AND ${UNDER('r')} RETURNING id`,
      [regionCode],
    );
    return { values, targets, revisions: revisions.length, counts, countRevisions: countRevisions.length };
  });
}

async function submitted(tx: SqlClient, update: string, entity: string, regionCode: string, by: string): Promise<number> {
  const rows = await tx.query<{ key: string }>(update, [regionCode]);
  if (rows.length) {
    await tx.query(
      `INSERT INTO audit_entry (entity, entity_key, field, old_value, new_value, changed_by, reason)
       SELECT $1, k, 'status', 'DRAFT', 'UNVERIFIED', $2, 'submitted for verification' FROM unnest($3::text[]) AS k`,
      [entity, by, rows.map((r) => r.key)],
    );
  }
  return rows.length;
}
