import { actorName, authorize, forbidden, regionCovers, scopesFor, type Viewer } from '../accounts/viewer.js';
import type { Database, SqlClient } from '../db/database.js';
import { badInput } from '../messages/errors.js';
import type { Localized } from '../messages/language.js';
import { type AnnualPair, annualRoundConflicts, otherHalf, reviewConflictMessage } from '../observations/annual-figure.js';
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

/** The queue id of an observation (the inverse of parseRowId for "obs:…"). */
export function observationRowId(key: Pick<RowKey, 'indicator' | 'region' | 'period'>): string {
  return `obs:${key.indicator}|${key.region}|${key.period}`;
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
    // Rows decided so far and how, so that the other half of a disputed annual figure, decided with the half named,
    // is not decided twice (or the other way) when the request names it too.
    const decided = new Map<string, { action: Decision['action']; with: string }>();
    for (const t of targets) {
      const comment = t.decision.comment?.trim() || null;
      const before = decided.get(t.decision.id);
      if (before) {
        if (before.action !== t.decision.action) throw badInput(pairDecidedApart(t.decision, before));
        continue;
      }
      let rows = 1;
      if (t.kind === 'rev' || t.kind === 'crev') {
        const key = await decideRevision(tx, t, comment, verifier, scopes);
        // Counts have no annual round; a value's verified revision is checked against its pair.
        if (key && t.kind === 'rev')
          revised.push({ indicatorCode: key.indicator, regionCode: key.region, year: key.year, round: null });
      } else {
        const ids = await decideRow(tx, t, comment, verifier, scopes);
        for (const id of ids) decided.set(id, { action: t.decision.action, with: t.decision.id });
        rows = ids.length;
      }
      if (t.decision.action === 'VERIFY') outcome.verified += rows;
      else outcome.returned += rows;
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

/** The refusal of a request deciding the two halves of a disputed annual figure differently, both languages. */
function pairDecidedApart(d: Decision, before: { action: Decision['action']; with: string }): Localized {
  const word = { VERIFY: { en: 'verified', id: 'diverifikasi' }, RETURN: { en: 'returned', id: 'dikembalikan' } };
  return {
    en: `${d.id} is one figure with ${before.with} (an annual figure and its round, disputed together), and was ${word[before.action].en} with it earlier in this request: it cannot be ${word[d.action].en} apart. Decide both the same way.`,
    id: `${d.id} satu angka dengan ${before.with} (angka tahunan dan putarannya, dipersoalkan bersama), dan sudah ${word[before.action].id} bersamanya sebelumnya dalam permintaan ini: tidak dapat ${word[d.action].id} terpisah. Putuskan keduanya dengan cara yang sama.`,
  };
}

/**
 * Verifies or returns a submitted (or returned) value, target or count. A verified target may be returned too: a
 * target is not revised beside its verified version, so a change to it (an amended document) starts with the verifier
 * reopening it. Returns the queue ids of the rows decided: the row named, and, for a disputed annual figure or round,
 * the other half when it is disputed too — the two were disputed together (dispute.ts) and hold one number, so
 * verifying one alone would show viewers the number under one period only, and returning one alone would ask the
 * region to correct half a figure.
 */
async function decideRow(tx: SqlClient, t: Item, comment: string | null, verifier: string, scopes: string[]): Promise<string[]> {
  checkScope(t.key!.region, scopes, t.decision.id);
  const old = await setStatus(tx, t.kind as keyof typeof ROWS, t.key!, t.decision.action, comment, verifier);
  if (!old) throw badInput(`${t.decision.id} is not waiting for verification (decided already, or not submitted).`);
  if (t.kind !== 'obs' || old !== 'DISPUTED') return [t.decision.id];
  const pair = await otherHalf(tx, t.key!);
  if (pair?.status !== 'DISPUTED') return [t.decision.id];
  const pairKey = { ...t.key!, period: pair.period };
  await setStatus(tx, 'obs', pairKey, t.decision.action, comment, verifier);
  return [t.decision.id, observationRowId(pairKey)];
}

/** Sets a waiting row's status from a decision, with its audit entry; returns the old status (null: not waiting). */
async function setStatus(
  tx: SqlClient,
  kindCode: keyof typeof ROWS,
  rowKey: RowKey,
  action: Decision['action'],
  comment: string | null,
  verifier: string,
): Promise<string | null> {
  const kind = ROWS[kindCode];
  const key = keyValues(kindCode, rowKey);
  const next = action === 'VERIFY' ? 'VERIFIED' : 'RETURNED';
  // A disputed row waits too: verified again, it stays as it is; returned, it goes to the editor as a returned one.
  const waiting =
    kindCode === 'tgt' && next === 'RETURNED'
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
  if (!row) return null;
  await tx.query(
    `INSERT INTO audit_entry (entity, entity_key, field, old_value, new_value, changed_by, reason)
     VALUES ($1, $2, 'status', $3, $4, $5, $6)`,
    [kind.table, key.join('|'), row.old, next, verifier, comment],
  );
  return row.old;
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
