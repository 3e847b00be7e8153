import { actorName, authorize, forbidden, regionCovers, scopesFor, type Viewer } from '../accounts/viewer.js';
import type { Database, SqlClient } from '../db/database.js';
import { badInput } from '../graphql/errors.js';
import { type AnnualPair, annualRoundConflicts, reviewConflictMessage } from '../observations/annual-figure.js';
import { parseStoredPeriod } from '../observations/periods.js';

// The province ↔ kabupaten/kota verification cycle, for observations, targets and counts by category (PPKS, PSKS). An
// editor's import writes new values, targets and counts as UNVERIFIED (submitted) and changes to verified values and
// counts as revisions (observation_revision, breakdown_count_revision); viewers see neither. The province's verifier
// sees them in a queue beside the previous figures (review-queue.ts), with rows flagged for a look, and verifies or
// returns each with a comment. A returned value, target or count goes back to the editor, whose corrected import
// submits it again. A verified target is not revised but returned (reopened) first: see decideRow.

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

/** A decision with the row it decides: a value, target or count (by its key), or a revision (by its number). */
interface Item {
  decision: Decision;
  kind: 'obs' | 'tgt' | 'cnt' | 'rev' | 'crev';
  key: RowKey | null;
  revision: number | null;
}

const QUEUE_IDS = 'obs:…, rev:…, tgt:…, cnt:… or crev:…';

function parseDecision(d: Decision): Item {
  if (d.action === 'RETURN' && !d.comment?.trim()) {
    throw badInput(`Returning ${d.id.slice(0, 80)} needs a comment saying what to correct.`);
  }
  if ((d.comment?.length ?? 0) > MAX_COMMENT) throw badInput(`A comment may have at most ${MAX_COMMENT} characters.`);
  const rev = /^(rev|crev):(\d{1,9})$/.exec(d.id);
  if (rev) return { decision: d, kind: rev[1] as 'rev' | 'crev', key: null, revision: Number(rev[2]) };
  const row = parseRowId(d.id);
  if (row) return { decision: d, ...row, revision: null };
  throw badInput(`“${d.id.slice(0, 80)}” is not an item of the verification queue (${QUEUE_IDS}).`);
}

/** A value's, target's or count's key, as queue ids and the audit trail write it. */
export interface RowKey {
  indicator: string;
  region: string;
  period: string;
  document?: string;
  category?: string;
}

/** The row a queue id names ("obs:…", "tgt:…", "cnt:…"); null for anything else (revisions included). */
export function parseRowId(id: string): { kind: 'obs' | 'tgt' | 'cnt'; key: RowKey } | null {
  const obs = /^obs:([^|]{1,100})\|([^|]{1,40})\|([^|]{1,20})$/.exec(id);
  if (obs) return { kind: 'obs', key: { indicator: obs[1]!, region: obs[2]!, period: obs[3]! } };
  const tgt = /^tgt:([^|]{1,100})\|([^|]{1,100})\|([^|]{1,40})\|(\d{4})$/.exec(id);
  if (tgt) return { kind: 'tgt', key: { document: tgt[1]!, indicator: tgt[2]!, region: tgt[3]!, period: tgt[4]! } };
  const cnt = /^cnt:([^|]{1,100})\|([^|]{1,40})\|([^|]{1,20})\|([^|]{1,40})$/.exec(id);
  if (cnt) return { kind: 'cnt', key: { indicator: cnt[1]!, region: cnt[2]!, period: cnt[3]!, category: cnt[4]! } };
  return null;
}

/** A row's key values in its table's key order (ROWS). */
export function keyValues(kind: 'obs' | 'tgt' | 'cnt', key: RowKey): (string | number)[] {
  const { indicator, region, period, document, category } = key;
  if (kind === 'tgt') return [document!, indicator, region, Number(period)];
  if (kind === 'cnt') return [indicator, region, period, category!];
  return [indicator, region, period];
}

/**
 * Verifies or returns queue items, all in one transaction: an item that is not waiting (decided already, or not
 * there), or outside the verifier's regions, refuses the whole set with a sentence naming it. Every decision is in
 * the audit trail (who, when, old and new status, the comment); a verified revision replaces the value or count, and
 * the old one stays in the audit trail.
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
      if (t.kind === 'rev' || t.kind === 'crev') {
        const key = await decideRevision(tx, t, comment, verifier, scopes);
        // Counts have no annual round; a value's verified revision is checked against its pair.
        if (key && t.kind === 'rev')
          revised.push({ indicatorCode: key.indicator, regionCode: key.region, year: key.year, round: null });
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

/** How a value, target or count row is found by its key; the audit trail names it by the same key, joined with "|". */
export const ROWS = {
  obs: { table: 'observation', keys: ['indicator_code', 'region_code', 'period'] },
  tgt: { table: 'target', keys: ['document_code', 'indicator_code', 'region_code', 'year'] },
  cnt: { table: 'breakdown_count', keys: ['indicator_code', 'region_code', 'period', 'category_code'] },
} as const;

/**
 * Verifies or returns a submitted (or returned) value, target or count. A verified target may be returned too: a
 * target is not revised beside its verified version, so a change to it (an amended document) starts with the verifier
 * reopening it.
 */
async function decideRow(tx: SqlClient, t: Item, comment: string | null, verifier: string, scopes: string[]) {
  checkScope(t.key!.region, scopes, t.decision.id);
  const kind = ROWS[t.kind as keyof typeof ROWS];
  const key = keyValues(t.kind as keyof typeof ROWS, t.key!);
  const next = t.decision.action === 'VERIFY' ? 'VERIFIED' : 'RETURNED';
  // A disputed row waits too: verified again, it stays as it is; returned, it goes to the editor as a returned one.
  const waiting =
    t.kind === 'tgt' && next === 'RETURNED'
      ? "'UNVERIFIED', 'RETURNED', 'DISPUTED', 'VERIFIED'"
      : "'UNVERIFIED', 'RETURNED', 'DISPUTED'";
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

/**
 * Where revisions of verified rows wait, the table they revise (also its entity in the audit trail), its key and the
 * fields a revision carries; numbers are audited without trailing zeros.
 */
const REVISIONS = {
  rev: {
    table: 'observation_revision',
    revised: 'observation',
    keys: ['indicator_code', 'region_code', 'period'],
    fields: [
      ['value', 'numeric'],
      ['source_id', 'int'],
      ['note', 'text'],
      ['numerator', 'numeric'],
      ['denominator', 'numeric'],
    ],
  },
  crev: {
    table: 'breakdown_count_revision',
    revised: 'breakdown_count',
    keys: ['indicator_code', 'region_code', 'period', 'category_code'],
    fields: [
      ['value', 'numeric'],
      ['source_id', 'int'],
      ['note', 'text'],
    ],
  },
} as const;

/**
 * Verifies or returns a revision of a verified value or count. Verified, it replaces the row's figures; the old ones
 * go to the audit trail under the editor who submitted the revision, the status change under the verifier. Returns
 * the key of what a verified revision changed; null when it was returned.
 */
async function decideRevision(
  tx: SqlClient,
  t: Item,
  comment: string | null,
  verifier: string,
  scopes: string[],
): Promise<{ indicator: string; region: string; year: number } | null> {
  const spec = REVISIONS[t.kind as 'rev' | 'crev'];
  const [rev] = await tx.query<{ indicator: string; region: string; period: string; key: string }>(
    `SELECT indicator_code AS indicator, region_code AS region, period, concat_ws('|', ${spec.keys.join(', ')}) AS key
     FROM ${spec.table} WHERE id = $1 AND status IN ('SUBMITTED', 'RETURNED') FOR UPDATE`,
    [t.revision],
  );
  if (!rev) throw badInput(`${t.decision.id} is not waiting for verification (decided already, or replaced).`);
  checkScope(rev.region, scopes, t.decision.id);
  if (t.decision.action === 'RETURN') {
    await tx.query(
      `UPDATE ${spec.table} SET status = 'RETURNED', reviewed_by = $2, reviewed_at = now(), review_comment = $3 WHERE id = $1`,
      [t.revision, verifier, comment],
    );
    await tx.query(
      `INSERT INTO audit_entry (entity, entity_key, field, old_value, new_value, changed_by, reason)
       SELECT $1, $2, 'revision', trim_scale(r.value)::text, 'RETURNED', $3, $4 FROM ${spec.table} r WHERE r.id = $5`,
      [spec.revised, rev.key, verifier, comment, t.revision],
    );
    return null;
  }
  const asText = (alias: string, [name, type]: readonly [string, string]) =>
    type === 'numeric' ? `trim_scale(${alias}.${name})::text` : type === 'int' ? `${alias}.${name}::text` : `${alias}.${name}`;
  const joined = `${spec.table} r JOIN ${spec.revised} o ON ${spec.keys.map((k) => `o.${k} = r.${k}`).join(' AND ')}`;
  await tx.query(
    `INSERT INTO audit_entry (entity, entity_key, field, old_value, new_value, changed_by, reason, import_batch_id)
     SELECT $1, $2, c.field, c.old, c.new, r.submitted_by, r.reason, r.import_batch_id
     FROM ${joined} CROSS JOIN LATERAL (VALUES ${spec.fields
       .map((f) => `('${f[0]}', ${asText('o', f)}, ${asText('r', f)})`)
       .join(', ')}) AS c(field, old, new)
     WHERE r.id = $3 AND c.old IS DISTINCT FROM c.new`,
    [spec.revised, rev.key, t.revision],
  );
  await tx.query(
    `UPDATE ${spec.revised} o SET ${spec.fields.map(([name]) => `${name} = r.${name}`).join(', ')}, status = 'VERIFIED',
            reviewed_by = $2, reviewed_at = now(), review_comment = $3, import_batch_id = COALESCE(r.import_batch_id, o.import_batch_id),
            updated_at = now()
     FROM ${spec.table} r WHERE r.id = $1 AND ${spec.keys.map((k) => `o.${k} = r.${k}`).join(' AND ')}`,
    [t.revision, verifier, comment],
  );
  await tx.query(
    `UPDATE ${spec.table} SET status = 'VERIFIED', reviewed_by = $2, reviewed_at = now(), review_comment = $3 WHERE id = $1`,
    [t.revision, verifier, comment],
  );
  await tx.query(
    `INSERT INTO audit_entry (entity, entity_key, field, old_value, new_value, changed_by, reason)
     VALUES ($1, $2, 'status', 'VERIFIED', 'VERIFIED (revision)', $3, $4)`,
    [spec.revised, rev.key, verifier, comment],
  );
  return { indicator: rev.indicator, region: rev.region, year: parseStoredPeriod(rev.period).year };
}
