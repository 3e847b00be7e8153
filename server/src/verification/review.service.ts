import { actorName, authorize, forbidden, regionCovers, regionCoversSql, scopesFor, type Viewer } from '../accounts/viewer.js';
import type { Database, SqlClient } from '../db/database.js';
import { badInput } from '../graphql/errors.js';
import { type AnnualPair, annualRoundConflicts, reviewConflictMessage } from '../observations/annual-figure.js';
import { parseStoredPeriod } from '../observations/periods.js';

// The province ↔ kabupaten/kota verification cycle, for observations and targets. An editor's import writes new values
// and targets as UNVERIFIED (submitted) and changes to verified values as revisions (observation_revision); viewers
// see neither. The province's verifier sees them in a queue beside the previous values, with rows flagged for a look,
// and verifies or returns each with a comment. A returned value or target goes back to the editor, whose corrected
// import submits it again. A verified target is not revised but returned (reopened) first: see decideRow.

/** One value waiting for a verifier. */
export interface ReviewItem {
  /**
   * "obs:<indicator>|<region>|<period>" for a new or returned value, "rev:<n>" for a revision of a verified one,
   * "tgt:<document>|<indicator>|<region>|<year>" for a target.
   */
  id: string;
  kind: 'NEW_VALUE' | 'REVISION' | 'TARGET';
  indicatorCode: string;
  regionCode: string;
  /** For a target, its year. */
  period: string;
  /** For a target range, its lower edge. */
  value: number;
  /** A target range's edges; null for values and single-value targets. */
  lowerBound: number | null;
  upperBound: number | null;
  /** The planning document of a target; null for values. */
  documentCode: string | null;
  /**
   * The value it would replace (a revision), else the region's value of the period before, for comparison; for a
   * target, the same document's target (or lower edge) of the latest year before.
   */
  previousValue: number | null;
  previousPeriod: string | null;
  status: 'SUBMITTED' | 'RETURNED';
  submittedBy: string;
  submittedAt: string;
  fileName: string | null;
  /** The verifier's comment on a returned value. */
  comment: string | null;
  flags: string[];
}

/** A change more than this many times the indicator's usual change between two periods is flagged. */
export const LARGE_CHANGE_FACTOR = 3;
/** Items listed at once; the queue says how many there are in all. */
export const MAX_QUEUE_ITEMS = 500;

const ITEMS_SQL = `
WITH pending AS (
  SELECT 'obs:' || o.indicator_code || '|' || o.region_code || '|' || o.period AS id, 'NEW_VALUE' AS kind,
         o.indicator_code, o.region_code, o.period, o.year, o.subperiod, o.value,
         CASE WHEN o.status = 'RETURNED' THEN 'RETURNED' ELSE 'SUBMITTED' END AS status,
         b.imported_by AS submitted_by, o.updated_at AS submitted_at, b.file_name, o.review_comment AS comment,
         NULL::numeric AS revised_value, NULL::text AS document_code, NULL::numeric AS lower_bound, NULL::numeric AS upper_bound
  FROM observation o LEFT JOIN import_batch b ON b.id = o.import_batch_id
  WHERE o.status IN ('UNVERIFIED', 'RETURNED') AND ${regionCoversSql('o.region_code', '$1')}
  UNION ALL
  SELECT 'rev:' || r.id, 'REVISION', r.indicator_code, r.region_code, r.period, o.year, o.subperiod, r.value,
         r.status::text, r.submitted_by, r.submitted_at, b.file_name, r.review_comment, o.value, NULL, NULL, NULL
  FROM observation_revision r JOIN observation o USING (indicator_code, region_code, period)
  LEFT JOIN import_batch b ON b.id = r.import_batch_id
  WHERE r.status IN ('SUBMITTED', 'RETURNED') AND ${regionCoversSql('r.region_code', '$1')}
  UNION ALL
  -- A target submitted (the time of the import that last wrote it) or returned; a range as its lower edge.
  SELECT 'tgt:' || t.document_code || '|' || t.indicator_code || '|' || t.region_code || '|' || t.year, 'TARGET',
         t.indicator_code, t.region_code, t.year::text, t.year, 0, COALESCE(t.value, t.lower_bound),
         CASE WHEN t.status = 'RETURNED' THEN 'RETURNED' ELSE 'SUBMITTED' END, b.imported_by, b.started_at, b.file_name,
         t.review_comment, NULL, t.document_code, t.lower_bound, t.upper_bound
  FROM target t LEFT JOIN import_batch b ON b.id = t.import_batch_id
  WHERE t.status IN ('UNVERIFIED', 'RETURNED') AND ${regionCoversSql('t.region_code', '$1')}
),
listed AS (
  SELECT * FROM pending ORDER BY status DESC, region_code, indicator_code, year, subperiod, document_code NULLS FIRST LIMIT $2
)
SELECT l.id, l.kind, l.indicator_code AS "indicatorCode", l.region_code AS "regionCode", l.period, l.value::float8 AS value,
       l.lower_bound::float8 AS "lowerBound", l.upper_bound::float8 AS "upperBound", l.document_code AS "documentCode",
       COALESCE(l.revised_value, prev.value, prev_target.value)::float8 AS "previousValue",
       CASE WHEN l.revised_value IS NULL THEN COALESCE(prev.period, prev_target.period) ELSE l.period END AS "previousPeriod",
       l.status, l.submitted_by AS "submittedBy", l.submitted_at AS "submittedAt", l.file_name AS "fileName", l.comment,
       (SELECT count(*)::int FROM pending) AS total,
       -- Flags: a change far larger than usual for the indicator; a value outside the range of its peers (the other
       -- regions of the same level under the same parent, same period, verified or published).
       array_remove(ARRAY[
         CASE WHEN COALESCE(l.revised_value, prev.value) IS NOT NULL AND usual.change > 0
               AND abs(l.value - COALESCE(l.revised_value, prev.value)) > ${LARGE_CHANGE_FACTOR} * usual.change
              THEN 'LARGE_CHANGE' END,
         CASE WHEN peers.n >= 3 AND (l.value < peers.low OR l.value > peers.high) THEN 'OUTSIDE_PEER_RANGE' END
       ], NULL) AS flags
FROM listed l
JOIN region rg ON rg.code = l.region_code
LEFT JOIN LATERAL (
  SELECT p.value, p.period FROM observation p
  WHERE l.kind <> 'TARGET' AND p.indicator_code = l.indicator_code AND p.region_code = l.region_code
    AND (p.year, p.subperiod) < (l.year, l.subperiod)
  ORDER BY p.year DESC, p.subperiod DESC LIMIT 1
) prev ON true
LEFT JOIN LATERAL (
  -- A target beside the same document's target of the latest year before it (the path the document sets).
  SELECT COALESCE(p.value, p.lower_bound) AS value, p.year::text AS period FROM target p
  WHERE l.kind = 'TARGET' AND p.document_code = l.document_code AND p.indicator_code = l.indicator_code
    AND p.region_code = l.region_code AND p.year < l.year
  ORDER BY p.year DESC LIMIT 1
) prev_target ON true
LEFT JOIN LATERAL (
  -- The median change between consecutive values of the indicator, over its checked values.
  SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY abs(d.change)) AS change FROM (
    SELECT c.value - lag(c.value) OVER (PARTITION BY c.region_code ORDER BY c.year, c.subperiod) AS change
    FROM observation c WHERE l.kind <> 'TARGET' AND c.indicator_code = l.indicator_code AND c.status IN ('VERIFIED', 'PUBLISHED')
  ) d WHERE d.change IS NOT NULL
) usual ON true
LEFT JOIN LATERAL (
  SELECT count(*)::int AS n, min(q.value) AS low, max(q.value) AS high
  FROM observation q JOIN region qr ON qr.code = q.region_code
  WHERE l.kind <> 'TARGET' AND q.indicator_code = l.indicator_code AND q.period = l.period AND q.region_code <> l.region_code
    AND q.status IN ('VERIFIED', 'PUBLISHED') AND qr.level = rg.level AND qr.parent_code IS NOT DISTINCT FROM rg.parent_code
) peers ON true
ORDER BY l.status DESC, l.region_code, l.indicator_code, l.year, l.subperiod, l.document_code NULLS FIRST`;

export interface ReviewQueue {
  items: ReviewItem[];
  totalCount: number;
}

/** What waits for a verifier under `regionCode` (a province, say): verifiers and administrators covering it only. */
export async function reviewQueue(db: Database, viewer: Viewer, regionCode: string): Promise<ReviewQueue> {
  authorize(viewer, 'verify', 'see the verification queue', regionCode);
  const rows = await db.sql.query<ReviewItem & { total: number; submittedAt: Date | string }>(ITEMS_SQL, [
    regionCode,
    MAX_QUEUE_ITEMS,
  ]);
  return {
    totalCount: rows[0]?.total ?? 0,
    items: rows.map(({ total: _total, ...r }) => ({ ...r, submittedAt: new Date(r.submittedAt).toISOString() })),
  };
}

export interface Decision {
  id: string;
  action: 'VERIFY' | 'RETURN';
  comment?: string | null;
}

export interface ReviewOutcome {
  verified: number;
  returned: number;
}

const MAX_DECISIONS = 5_000;
const MAX_COMMENT = 1_000;

/** A decision with the row it decides: a value or target (by its key), or a revision (by its number). */
interface Item {
  decision: Decision;
  kind: 'obs' | 'rev' | 'tgt';
  key: { indicator: string; region: string; period: string; document?: string } | null;
  revision: number | null;
}

function parseDecision(d: Decision): Item {
  if (d.action === 'RETURN' && !d.comment?.trim()) {
    throw badInput(`Returning ${d.id.slice(0, 80)} needs a comment saying what to correct.`);
  }
  if ((d.comment?.length ?? 0) > MAX_COMMENT) throw badInput(`A comment may have at most ${MAX_COMMENT} characters.`);
  const obs = /^obs:([^|]{1,100})\|([^|]{1,40})\|([^|]{1,20})$/.exec(d.id);
  if (obs) return { decision: d, kind: 'obs', key: { indicator: obs[1]!, region: obs[2]!, period: obs[3]! }, revision: null };
  const rev = /^rev:(\d{1,9})$/.exec(d.id);
  if (rev) return { decision: d, kind: 'rev', key: null, revision: Number(rev[1]) };
  const tgt = /^tgt:([^|]{1,100})\|([^|]{1,100})\|([^|]{1,40})\|(\d{4})$/.exec(d.id);
  if (tgt) {
    const key = { document: tgt[1]!, indicator: tgt[2]!, region: tgt[3]!, period: tgt[4]! };
    return { decision: d, kind: 'tgt', key, revision: null };
  }
  throw badInput(`“${d.id.slice(0, 80)}” is not an item of the verification queue (obs:…, rev:… or tgt:…).`);
}

/**
 * Verifies or returns queue items, all in one transaction: an item that is not waiting (decided already, or not
 * there), or outside the verifier's regions, refuses the whole set with a sentence naming it. Every decision is in
 * the audit trail (who, when, old and new status, the comment); a verified revision replaces the value, and the old
 * value stays in the audit trail.
 */
export async function reviewValues(db: Database, viewer: Viewer, decisions: Decision[]): Promise<ReviewOutcome> {
  authorize(viewer, 'verify', 'verify or return values');
  if (decisions.length === 0) throw badInput('Give at least one decision.');
  if (decisions.length > MAX_DECISIONS) throw badInput(`At most ${MAX_DECISIONS} decisions at once.`);
  const targets = decisions.map(parseDecision);
  const seen = new Set<string>();
  for (const t of targets) {
    if (seen.has(t.decision.id)) throw badInput(`${t.decision.id} is decided twice in one request.`);
    seen.add(t.decision.id);
  }
  const scopes = scopesFor(viewer, 'verify');
  const verifier = actorName(viewer);
  return db.transaction(async (tx) => {
    const outcome: ReviewOutcome = { verified: 0, returned: 0 };
    // Only a verified revision changes a stored value: an annual figure and its round must still agree after it.
    const revised: AnnualPair[] = [];
    for (const t of targets) {
      const comment = t.decision.comment?.trim() || null;
      if (t.kind === 'rev') {
        const key = await decideRevision(tx, t, comment, verifier, scopes);
        if (key) revised.push({ indicatorCode: key.indicator, regionCode: key.region, year: key.year, round: null });
      } else await decideRow(tx, t, comment, verifier, scopes);
      if (t.decision.action === 'VERIFY') outcome.verified++;
      else outcome.returned++;
    }
    const [apart] = await annualRoundConflicts(tx, revised);
    if (apart) throw badInput(reviewConflictMessage(apart));
    return outcome;
  });
}

function checkScope(regionCode: string, scopes: string[], id: string): void {
  if (!scopes.some((s) => regionCovers(s, regionCode))) {
    throw forbidden(`${id} is in region ${regionCode}, outside the regions you verify (${scopes.join(', ')}).`);
  }
}

/** How a value or target row is found by its key; the audit trail names it by the same key, joined with "|". */
const ROWS = {
  obs: { table: 'observation', keys: ['indicator_code', 'region_code', 'period'] },
  tgt: { table: 'target', keys: ['document_code', 'indicator_code', 'region_code', 'year'] },
} as const;

/**
 * Verifies or returns a submitted (or returned) value or target. A verified target may be returned too: a target is not
 * revised beside its verified version, so a change to it (an amended document) starts with the verifier reopening it.
 */
async function decideRow(tx: SqlClient, t: Item, comment: string | null, verifier: string, scopes: string[]) {
  const { indicator, region, period, document } = t.key!;
  checkScope(region, scopes, t.decision.id);
  const kind = t.kind === 'tgt' ? ROWS.tgt : ROWS.obs;
  const key = t.kind === 'tgt' ? [document!, indicator, region, Number(period)] : [indicator, region, period];
  const next = t.decision.action === 'VERIFY' ? 'VERIFIED' : 'RETURNED';
  const waiting = t.kind === 'tgt' && next === 'RETURNED' ? "'UNVERIFIED', 'RETURNED', 'VERIFIED'" : "'UNVERIFIED', 'RETURNED'";
  const match = (alias: string) => kind.keys.map((k, i) => `${alias}${k} = $${i + 1}`).join(' AND ');
  const n = kind.keys.length;
  const [row] = await tx.query<{ old: string }>(
    `WITH old AS (SELECT status::text AS status FROM ${kind.table} WHERE ${match('')} AND status IN (${waiting}) FOR UPDATE)
     UPDATE ${kind.table} o SET status = $${n + 1}::"VerificationStatus", reviewed_by = $${n + 2}, reviewed_at = now(),
            review_comment = $${n + 3}
     FROM old WHERE ${match('o.')} RETURNING old.status AS old`,
    [...key, next, verifier, comment],
  );
  if (!row) throw badInput(`${t.decision.id} is not waiting for verification (decided already, or not submitted).`);
  await tx.query(
    `INSERT INTO audit_entry (entity, entity_key, field, old_value, new_value, changed_by, reason)
     VALUES ($1, $2, 'status', $3, $4, $5, $6)`,
    [kind.table, key.join('|'), row.old, next, verifier, comment],
  );
}

/** Returns the key of the value a verified revision changed; null when the revision was returned. */
async function decideRevision(
  tx: SqlClient,
  t: Item,
  comment: string | null,
  verifier: string,
  scopes: string[],
): Promise<{ indicator: string; region: string; year: number } | null> {
  const [rev] = await tx.query<{
    indicator: string;
    region: string;
    period: string;
    value: string;
    sourceId: number | null;
    note: string | null;
    numerator: string | null;
    denominator: string | null;
    submittedBy: string;
    reason: string | null;
    batch: number | null;
  }>(
    `SELECT indicator_code AS indicator, region_code AS region, period, value::text AS value, source_id AS "sourceId", note,
            numerator::text AS numerator, denominator::text AS denominator, submitted_by AS "submittedBy", reason, import_batch_id AS batch
     FROM observation_revision WHERE id = $1 AND status IN ('SUBMITTED', 'RETURNED') FOR UPDATE`,
    [t.revision],
  );
  if (!rev) throw badInput(`${t.decision.id} is not waiting for verification (decided already, or replaced).`);
  checkScope(rev.region, scopes, t.decision.id);
  const key = `${rev.indicator}|${rev.region}|${rev.period}`;
  if (t.decision.action === 'RETURN') {
    await tx.query(
      `UPDATE observation_revision SET status = 'RETURNED', reviewed_by = $2, reviewed_at = now(), review_comment = $3 WHERE id = $1`,
      [t.revision, verifier, comment],
    );
    await tx.query(
      `INSERT INTO audit_entry (entity, entity_key, field, old_value, new_value, changed_by, reason)
       VALUES ('observation', $1, 'revision', $2, 'RETURNED', $3, $4)`,
      [key, rev.value, verifier, comment],
    );
    return null;
  }
  // The old value, source and note go to the audit trail under the editor who submitted the revision; the status
  // change under the verifier.
  await tx.query(
    `INSERT INTO audit_entry (entity, entity_key, field, old_value, new_value, changed_by, reason, import_batch_id)
     SELECT 'observation', $1, c.field, c.old, c.new, $2, $3, $4
     FROM observation o CROSS JOIN LATERAL (VALUES
       ('value', trim_scale(o.value)::text, trim_scale($5::numeric)::text), ('source_id', o.source_id::text, $6::text), ('note', o.note, $7::text),
       ('numerator', trim_scale(o.numerator)::text, trim_scale($11::numeric)::text),
       ('denominator', trim_scale(o.denominator)::text, trim_scale($12::numeric)::text)
     ) AS c(field, old, new)
     WHERE o.indicator_code = $8 AND o.region_code = $9 AND o.period = $10 AND c.old IS DISTINCT FROM c.new`,
    [
      key,
      rev.submittedBy,
      rev.reason,
      rev.batch,
      rev.value,
      rev.sourceId?.toString() ?? null,
      rev.note,
      rev.indicator,
      rev.region,
      rev.period,
      rev.numerator,
      rev.denominator,
    ],
  );
  await tx.query(
    `UPDATE observation SET value = $4::numeric, numerator = $10::numeric, denominator = $11::numeric, source_id = $5, note = $6,
            status = 'VERIFIED', reviewed_by = $7,
            reviewed_at = now(), review_comment = $8, import_batch_id = COALESCE($9, import_batch_id), updated_at = now()
     WHERE indicator_code = $1 AND region_code = $2 AND period = $3`,
    [
      rev.indicator,
      rev.region,
      rev.period,
      rev.value,
      rev.sourceId,
      rev.note,
      verifier,
      comment,
      rev.batch,
      rev.numerator,
      rev.denominator,
    ],
  );
  await tx.query(
    `UPDATE observation_revision SET status = 'VERIFIED', reviewed_by = $2, reviewed_at = now(), review_comment = $3 WHERE id = $1`,
    [t.revision, verifier, comment],
  );
  await tx.query(
    `INSERT INTO audit_entry (entity, entity_key, field, old_value, new_value, changed_by, reason)
     VALUES ('observation', $1, 'status', 'VERIFIED', 'VERIFIED (revision)', $2, $3)`,
    [key, verifier, comment],
  );
  return { indicator: rev.indicator, region: rev.region, year: parseStoredPeriod(rev.period).year };
}
