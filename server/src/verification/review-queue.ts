import { authorize, regionCoversSql, type Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';

// What waits for the province's verifier, in one statement whatever its length: values and their revisions, targets,
// and counts by category (PPKS, PSKS) and their revisions, each beside the figure before it and flagged where it
// deserves a look (see review.service.ts for the decisions). Verified figures a verifier disputed (dispute.ts) are
// listed too, as returned ones are, until the region corrects them or a verifier verifies them again.

/** One item waiting for a verifier. */
export interface ReviewItem {
  /**
   * "obs:<indicator>|<region>|<period>" for a new or returned value, "rev:<n>" for a revision of a verified one,
   * "tgt:<document>|<indicator>|<region>|<year>" for a target, "cnt:<indicator>|<region>|<period>|<category>" for a
   * count by category, "crev:<n>" for a revision of a verified count.
   */
  id: string;
  kind: 'NEW_VALUE' | 'REVISION' | 'TARGET' | 'COUNT' | 'COUNT_REVISION';
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
  /** The category of a count (PPKS01) and its name as the regulation writes it; null for values and targets. */
  categoryCode: string | null;
  categoryName: string | null;
  /**
   * The value it would replace (a revision), else the region's value of the period before, for comparison; for a
   * target, the same document's target (or lower edge) of the latest year before; for a count, the same category's
   * count of the period before.
   */
  previousValue: number | null;
  previousPeriod: string | null;
  /** RETURNED and DISPUTED (a verified figure questioned, see dispute.ts) wait for the region's correction. */
  status: 'SUBMITTED' | 'RETURNED' | 'DISPUTED';
  submittedBy: string;
  submittedAt: string;
  fileName: string | null;
  /** The verifier's comment on a returned value, the reason on a disputed one. */
  comment: string | null;
  flags: string[];
}

/** A change more than this many times the indicator's usual change between two periods is flagged. */
export const LARGE_CHANGE_FACTOR = 3;
/** Items listed at once; the queue says how many there are in all. */
export const MAX_QUEUE_ITEMS = 500;

const CHECKED = `IN ('VERIFIED', 'PUBLISHED')`;

/**
 * The verifier's order of work: what waits for the verifier's decision (SUBMITTED) first, then what waits for the
 * region's correction (RETURNED, then DISPUTED); within each, by region, indicator and period. The queue is cut at
 * MAX_QUEUE_ITEMS, so the items the verifier can act on must come before those the verifier cannot. Spelled out rather
 * than left to the statuses' alphabetical order, which happened to give the same thing.
 */
const queueOrder = (alias: string) =>
  `CASE ${alias}status WHEN 'SUBMITTED' THEN 0 WHEN 'RETURNED' THEN 1 ELSE 2 END, ${alias}region_code, ${alias}indicator_code, ` +
  `${alias}year, ${alias}subperiod, ${alias}document_code NULLS FIRST, ${alias}category_code NULLS FIRST`;

/** The item is a value or a revision of one (read from observation), or a count or its revision (breakdown_count). */
const IS_VALUE = `l.category_code IS NULL AND l.kind <> 'TARGET'`;
const IS_COUNT = 'l.category_code IS NOT NULL';

const ITEMS_SQL = `
WITH pending AS (
  SELECT 'obs:' || o.indicator_code || '|' || o.region_code || '|' || o.period AS id, 'NEW_VALUE' AS kind,
         o.indicator_code, o.region_code, o.period, o.year, o.subperiod, o.value,
         CASE WHEN o.status IN ('RETURNED', 'DISPUTED') THEN o.status::text ELSE 'SUBMITTED' END AS status,
         b.imported_by AS submitted_by, o.updated_at AS submitted_at, b.file_name, o.review_comment AS comment,
         NULL::numeric AS revised_value, NULL::text AS document_code, NULL::numeric AS lower_bound, NULL::numeric AS upper_bound,
         NULL::text AS category_code
  FROM observation o LEFT JOIN import_batch b ON b.id = o.import_batch_id
  WHERE o.status IN ('UNVERIFIED', 'RETURNED', 'DISPUTED') AND ${regionCoversSql('o.region_code', '$1')}
  UNION ALL
  SELECT 'rev:' || r.id, 'REVISION', r.indicator_code, r.region_code, r.period, o.year, o.subperiod, r.value,
         r.status::text, r.submitted_by, r.submitted_at, b.file_name, r.review_comment, o.value, NULL, NULL, NULL, NULL
  FROM observation_revision r JOIN observation o USING (indicator_code, region_code, period)
  LEFT JOIN import_batch b ON b.id = r.import_batch_id
  WHERE r.status IN ('SUBMITTED', 'RETURNED') AND ${regionCoversSql('r.region_code', '$1')}
  UNION ALL
  -- A target submitted (the time of the import that last wrote it) or returned; a range as its lower edge.
  SELECT 'tgt:' || t.document_code || '|' || t.indicator_code || '|' || t.region_code || '|' || t.year, 'TARGET',
         t.indicator_code, t.region_code, t.year::text, t.year, 0, COALESCE(t.value, t.lower_bound),
         CASE WHEN t.status IN ('RETURNED', 'DISPUTED') THEN t.status::text ELSE 'SUBMITTED' END, b.imported_by, b.started_at, b.file_name,
         t.review_comment, NULL, t.document_code, t.lower_bound, t.upper_bound, NULL
  FROM target t LEFT JOIN import_batch b ON b.id = t.import_batch_id
  WHERE t.status IN ('UNVERIFIED', 'RETURNED', 'DISPUTED') AND ${regionCoversSql('t.region_code', '$1')}
  UNION ALL
  -- A count by category (PPKS, PSKS) submitted or returned, as a value is.
  SELECT 'cnt:' || c.indicator_code || '|' || c.region_code || '|' || c.period || '|' || c.category_code, 'COUNT',
         c.indicator_code, c.region_code, c.period, c.year, c.subperiod, c.value,
         CASE WHEN c.status IN ('RETURNED', 'DISPUTED') THEN c.status::text ELSE 'SUBMITTED' END, b.imported_by, c.updated_at, b.file_name,
         c.review_comment, NULL, NULL, NULL, NULL, c.category_code
  FROM breakdown_count c LEFT JOIN import_batch b ON b.id = c.import_batch_id
  WHERE c.status IN ('UNVERIFIED', 'RETURNED', 'DISPUTED') AND ${regionCoversSql('c.region_code', '$1')}
  UNION ALL
  SELECT 'crev:' || r.id, 'COUNT_REVISION', r.indicator_code, r.region_code, r.period, c.year, c.subperiod, r.value,
         r.status::text, r.submitted_by, r.submitted_at, b.file_name, r.review_comment, c.value, NULL, NULL, NULL, r.category_code
  FROM breakdown_count_revision r JOIN breakdown_count c USING (indicator_code, region_code, period, category_code)
  LEFT JOIN import_batch b ON b.id = r.import_batch_id
  WHERE r.status IN ('SUBMITTED', 'RETURNED') AND ${regionCoversSql('r.region_code', '$1')}
),
listed AS (
  SELECT * FROM pending ORDER BY ${queueOrder('')}
  LIMIT $2
),
-- The median change between consecutive checked counts of each category listed, computed once per category rather
-- than once per item (a national queue lists hundreds of counts of the same 26 categories).
count_usual AS (
  SELECT d.indicator_code, d.category_code, percentile_cont(0.5) WITHIN GROUP (ORDER BY abs(d.change)) AS change FROM (
    SELECT c.indicator_code, c.category_code,
           c.value - lag(c.value) OVER (PARTITION BY c.indicator_code, c.category_code, c.region_code ORDER BY c.year, c.subperiod) AS change
    FROM breakdown_count c
    WHERE c.status ${CHECKED}
      AND (c.indicator_code, c.category_code) IN (SELECT indicator_code, category_code FROM listed WHERE category_code IS NOT NULL)
  ) d WHERE d.change IS NOT NULL GROUP BY d.indicator_code, d.category_code
)
SELECT l.id, l.kind, l.indicator_code AS "indicatorCode", l.region_code AS "regionCode", l.period, l.value::float8 AS value,
       l.lower_bound::float8 AS "lowerBound", l.upper_bound::float8 AS "upperBound", l.document_code AS "documentCode",
       l.category_code AS "categoryCode", cat.name_id AS "categoryName",
       COALESCE(l.revised_value, prev.value, prev_target.value)::float8 AS "previousValue",
       CASE WHEN l.revised_value IS NULL THEN COALESCE(prev.period, prev_target.period) ELSE l.period END AS "previousPeriod",
       l.status, l.submitted_by AS "submittedBy", l.submitted_at AS "submittedAt", l.file_name AS "fileName", l.comment,
       (SELECT count(*)::int FROM pending) AS total,
       -- Flags: a change far larger than usual for the indicator (for a count, its category); a value outside the range
       -- of its peers (the other regions of the same level under the same parent, same period, verified or published).
       array_remove(ARRAY[
         CASE WHEN COALESCE(l.revised_value, prev.value) IS NOT NULL AND f.usual_change > 0
               AND abs(l.value - COALESCE(l.revised_value, prev.value)) > ${LARGE_CHANGE_FACTOR} * f.usual_change
              THEN 'LARGE_CHANGE' END,
         CASE WHEN f.peer_count >= 3 AND (l.value < f.peer_low OR l.value > f.peer_high) THEN 'OUTSIDE_PEER_RANGE' END
       ], NULL) AS flags
FROM listed l
JOIN region rg ON rg.code = l.region_code
LEFT JOIN breakdown_category cat ON cat.code = l.category_code
LEFT JOIN LATERAL (
  -- The region's figure of the latest period before: a value's, or the same category's count.
  SELECT p.value, p.period FROM (
    SELECT p.value, p.period, p.year, p.subperiod FROM observation p
    WHERE ${IS_VALUE} AND p.indicator_code = l.indicator_code AND p.region_code = l.region_code
      AND (p.year, p.subperiod) < (l.year, l.subperiod)
    UNION ALL
    SELECT p.value, p.period, p.year, p.subperiod FROM breakdown_count p
    WHERE ${IS_COUNT} AND p.indicator_code = l.indicator_code AND p.region_code = l.region_code
      AND p.category_code = l.category_code AND (p.year, p.subperiod) < (l.year, l.subperiod)
  ) p ORDER BY p.year DESC, p.subperiod DESC LIMIT 1
) prev ON true
LEFT JOIN LATERAL (
  -- A target beside the same document's target of the latest year before it (the path the document sets).
  SELECT COALESCE(p.value, p.lower_bound) AS value, p.year::text AS period FROM target p
  WHERE l.kind = 'TARGET' AND p.document_code = l.document_code AND p.indicator_code = l.indicator_code
    AND p.region_code = l.region_code AND p.year < l.year
  ORDER BY p.year DESC LIMIT 1
) prev_target ON true
LEFT JOIN LATERAL (
  -- The median change between consecutive checked values of the indicator.
  SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY abs(d.change)) AS change FROM (
    SELECT c.value - lag(c.value) OVER (PARTITION BY c.region_code ORDER BY c.year, c.subperiod) AS change
    FROM observation c WHERE ${IS_VALUE} AND c.indicator_code = l.indicator_code AND c.status ${CHECKED}
  ) d WHERE d.change IS NOT NULL
) usual_value ON true
LEFT JOIN count_usual ON count_usual.indicator_code = l.indicator_code AND count_usual.category_code = l.category_code
LEFT JOIN LATERAL (
  SELECT count(*)::int AS n, min(q.value) AS low, max(q.value) AS high
  FROM observation q JOIN region qr ON qr.code = q.region_code
  WHERE ${IS_VALUE} AND q.indicator_code = l.indicator_code AND q.period = l.period AND q.region_code <> l.region_code
    AND q.status ${CHECKED} AND qr.level = rg.level AND qr.parent_code IS NOT DISTINCT FROM rg.parent_code
) value_peers ON true
LEFT JOIN LATERAL (
  -- A count's peers from the region side: the siblings (a province's kabupaten/kota), each count found by its key.
  SELECT count(*)::int AS n, min(q.value) AS low, max(q.value) AS high
  FROM region qr JOIN breakdown_count q ON q.region_code = qr.code
  WHERE ${IS_COUNT} AND qr.parent_code = rg.parent_code AND qr.level = rg.level AND qr.code <> l.region_code
    AND q.indicator_code = l.indicator_code AND q.period = l.period AND q.category_code = l.category_code AND q.status ${CHECKED}
) count_peers ON true
-- The usual change and the peers' range of the item's kind, side by side.
CROSS JOIN LATERAL (VALUES (
  COALESCE(usual_value.change, count_usual.change),
  CASE WHEN l.category_code IS NULL THEN value_peers.n ELSE count_peers.n END,
  CASE WHEN l.category_code IS NULL THEN value_peers.low ELSE count_peers.low END,
  CASE WHEN l.category_code IS NULL THEN value_peers.high ELSE count_peers.high END
)) AS f(usual_change, peer_count, peer_low, peer_high)
ORDER BY ${queueOrder('l.')}`;

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
