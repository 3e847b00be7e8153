import type { GraphQLError } from 'graphql';
import { actorName, authorize, forbidden, regionCovers, scopesFor, type Viewer } from '../accounts/viewer.js';
import type { Database, SqlClient } from '../db/database.js';
import { badInput, withIndonesian } from '../messages/errors.js';
import type { Localized } from '../messages/language.js';
import { otherHalf } from '../observations/annual-figure.js';
import { keyValues, observationRowId, parseRowId, ROWS, type RowKey } from './review.service.js';

// A verifier questioning a value, target or count it (or a colleague) verified earlier: a figure found wrong after
// verification — a rakor spots a kab/kota far off its neighbours, a source table is re-read — must stop reaching
// viewers at once and go back to the region, without waiting for the region to send a correction first. The row
// becomes DISPUTED: viewers no longer see it (visibility.ts shows VERIFIED and PUBLISHED only), it is back in the
// verifier's queue with the reason, and the region's import may change it in place (it is not locked as VERIFIED
// is), the correction going to the verifier as UNVERIFIED like a returned value's (upsert.ts). A verifier who finds
// the figure right after all verifies it again (reviewValues).
//
// PUBLISHED figures (BPS releases) are not disputed, by verifiers or administrators: a disputed row is open to the
// region's import and to a verifier's decision, so disputing one would let a kab/kota editor overwrite an official
// statistic and a verifier turn BPS's publication into a province's verification. A wrong release is replaced by an
// administrator's publishing import of the corrected one, which is already audited.

export interface Dispute {
  /** A queue id of a value, target or count: "obs:…", "tgt:…" or "cnt:…". */
  id: string;
  /** Why: the sentence the region's editor reads. */
  comment: string;
}

export interface DisputeOutcome {
  disputed: number;
}

const MAX_DISPUTES = 1_000;
const MAX_COMMENT = 1_000;

const refuse = (message: Localized) => badInput(message);
const short = (id: string) => id.slice(0, 80);

function checkRequest(disputes: Dispute[]): { id: string; kind: 'obs' | 'tgt' | 'cnt'; key: RowKey; comment: string }[] {
  if (disputes.length === 0) {
    throw refuse({ en: 'Give at least one value to dispute.', id: 'Sebutkan setidaknya satu nilai yang dipersoalkan.' });
  }
  if (disputes.length > MAX_DISPUTES) {
    throw refuse({
      en: `At most ${MAX_DISPUTES} values may be disputed at once.`,
      id: `Paling banyak ${MAX_DISPUTES} nilai dapat dipersoalkan sekaligus.`,
    });
  }
  const seen = new Set<string>();
  return disputes.map((d) => {
    const comment = d.comment?.trim() ?? '';
    if (!comment) {
      throw refuse({
        en: `Disputing ${short(d.id)} needs a reason: the sentence the region’s editor reads to know what to check.`,
        id: `Mempersoalkan ${short(d.id)} memerlukan alasan: kalimat yang dibaca editor wilayahnya untuk tahu apa yang perlu diperiksa.`,
      });
    }
    if (comment.length > MAX_COMMENT) {
      throw refuse({
        en: `A reason may have at most ${MAX_COMMENT} characters.`,
        id: `Alasan paling banyak ${MAX_COMMENT} karakter.`,
      });
    }
    const row = parseRowId(d.id);
    if (!row) {
      throw refuse({
        en: `“${short(d.id)}” is not a value, target or count that can be disputed (obs:…, tgt:… or cnt:…).`,
        id: `“${short(d.id)}” bukan nilai, target, atau jumlah yang dapat dipersoalkan (obs:…, tgt:… atau cnt:…).`,
      });
    }
    if (seen.has(d.id)) {
      throw refuse({
        en: `${d.id} is disputed twice in one request.`,
        id: `${d.id} dipersoalkan dua kali dalam satu permintaan.`,
      });
    }
    seen.add(d.id);
    return { id: d.id, ...row, comment };
  });
}

/** authorize's refusal (401 for a visitor, 403 for an account without the role), in Indonesian too. */
function authorizeDispute(viewer: Viewer): void {
  try {
    authorize(viewer, 'verify', 'dispute verified values');
  } catch (error) {
    const id =
      viewer.kind === 'anonymous'
        ? 'Masuk dulu: mempersoalkan nilai terverifikasi memerlukan akun.'
        : viewer.mustChangePassword
          ? 'Ganti kata sandi Anda dulu (administrator yang menetapkannya): mempersoalkan nilai belum diizinkan sebelum itu.'
          : `Akun Anda (${viewer.username}) tidak boleh mempersoalkan nilai terverifikasi: itu memerlukan verifikator atau administrator.`;
    throw withIndonesian(error as GraphQLError, id);
  }
}

/**
 * Disputes verified values, targets and counts, all in one transaction: an item that is not verified (not there,
 * still waiting, disputed already, published), outside the verifier's regions, or with a revision waiting, refuses
 * the whole set with a sentence naming it, and nothing is written. Each dispute is in the audit trail.
 */
export async function disputeValues(db: Database, viewer: Viewer, disputes: Dispute[]): Promise<DisputeOutcome> {
  authorizeDispute(viewer);
  const items = checkRequest(disputes);
  const scopes = scopesFor(viewer, 'verify');
  const verifier = actorName(viewer);
  return db.transaction(async (tx) => {
    // Keys disputed so far, so that an annual figure and its round given together are disputed once.
    const done = new Set<string>();
    for (const item of items) {
      if (!scopes.some((s) => regionCovers(s, item.key.region))) {
        throw withIndonesian(
          forbidden(`${item.id} is in region ${item.key.region}, outside the regions you verify (${scopes.join(', ')}).`),
          `${item.id} ada di wilayah ${item.key.region}, di luar wilayah yang Anda verifikasi (${scopes.join(', ')}).`,
        );
      }
      if (done.has(item.id)) continue;
      for (const id of await disputeRow(tx, item, verifier)) done.add(id);
    }
    return { disputed: done.size };
  });
}

/** Disputes one row (and, for a value, its annual pair); returns the queue ids of the rows disputed. */
async function disputeRow(
  tx: SqlClient,
  item: { id: string; kind: 'obs' | 'tgt' | 'cnt'; key: RowKey; comment: string },
  verifier: string,
): Promise<string[]> {
  const spec = ROWS[item.kind];
  const key = keyValues(item.kind, item.key);
  const match = spec.keys.map((k, i) => `${k} = $${i + 1}`).join(' AND ');
  const [row] = await tx.query<{ status: string }>(
    `SELECT status::text AS status FROM ${spec.table} WHERE ${match} FOR UPDATE`,
    key,
  );
  if (!row) {
    throw refuse({ en: `${short(item.id)} does not exist.`, id: `${short(item.id)} tidak ada.` });
  }
  if (row.status === 'PUBLISHED') {
    throw refuse({
      en: `${item.id} is a published statistic (a BPS release): it is not disputed but replaced, by an administrator’s publishing import of the corrected release.`,
      id: `${item.id} adalah statistik resmi yang dipublikasikan (rilis BPS): tidak dipersoalkan, tetapi diganti lewat impor publikasi rilis yang sudah diperbaiki oleh administrator.`,
    });
  }
  if (row.status !== 'VERIFIED') {
    throw refuse({
      en: `${item.id} is not verified (it is ${row.status}): only a verified figure can be disputed; one still waiting is returned instead (reviewValues).`,
      id: `${item.id} belum terverifikasi (statusnya ${row.status}): hanya angka terverifikasi yang dapat dipersoalkan; yang masih menunggu dikembalikan saja (reviewValues).`,
    });
  }
  await refuseWaitingRevision(tx, item, key);
  const pair = item.kind === 'obs' ? await verifiedPair(tx, item) : null;
  await markDisputed(tx, item.kind, key, verifier, item.comment);
  if (!pair) return [item.id];
  const pairKey = { ...item.key, period: pair };
  const pairId = observationRowId(pairKey);
  await refuseWaitingRevision(tx, { id: pairId, kind: 'obs' }, keyValues('obs', pairKey));
  await markDisputed(tx, 'obs', keyValues('obs', pairKey), verifier, item.comment);
  return [item.id, pairId];
}

async function markDisputed(
  tx: SqlClient,
  kind: 'obs' | 'tgt' | 'cnt',
  key: (string | number)[],
  verifier: string,
  comment: string,
): Promise<void> {
  const spec = ROWS[kind];
  const match = spec.keys.map((k, i) => `${k} = $${i + 1}`).join(' AND ');
  await tx.query(
    `UPDATE ${spec.table} SET status = 'DISPUTED', reviewed_by = $${key.length + 1}, reviewed_at = now(),
            review_comment = $${key.length + 2}
     WHERE ${match}`,
    [...key, verifier, comment],
  );
  await tx.query(
    `INSERT INTO audit_entry (entity, entity_key, field, old_value, new_value, changed_by, reason)
     VALUES ($1, $2, 'status', 'VERIFIED', 'DISPUTED', $3, $4)`,
    [spec.table, key.join('|'), verifier, comment],
  );
}

/**
 * An annual figure and its round (P0 "2025" and "2025-03", annual-figure.ts) are one figure: disputing one half
 * alone would leave viewers reading the same number under the other period. Returns the other half's period when it
 * is verified (it is disputed too); refuses when it is published (BPS's, see above); null when there is none, or it
 * is not visible to viewers anyway.
 */
async function verifiedPair(tx: SqlClient, item: { id: string; key: RowKey }): Promise<string | null> {
  const pair = await otherHalf(tx, item.key);
  if (!pair || (pair.status !== 'VERIFIED' && pair.status !== 'PUBLISHED')) return null;
  if (pair.status === 'PUBLISHED') {
    throw refuse({
      en: `${item.id} is one figure with ${pair.period} of the same year, a published statistic (a BPS release): it is not disputed but replaced, by an administrator’s publishing import of the corrected release.`,
      id: `${item.id} satu angka dengan periode ${pair.period} tahun yang sama, statistik resmi yang dipublikasikan (rilis BPS): tidak dipersoalkan, tetapi diganti lewat impor publikasi rilis yang sudah diperbaiki oleh administrator.`,
    });
  }
  return pair.period;
}

/**
 * A value or count whose revision waits in the queue is not disputed: verifying that revision later would replace a
 * correction the region imported meanwhile. The verifier decides the revision first (it is the region's correction
 * already, or is returned with the same comment).
 */
async function refuseWaitingRevision(
  tx: SqlClient,
  item: { id: string; kind: 'obs' | 'tgt' | 'cnt' },
  key: (string | number)[],
): Promise<void> {
  if (item.kind === 'tgt') return;
  const table = item.kind === 'obs' ? 'observation_revision' : 'breakdown_count_revision';
  const prefix = item.kind === 'obs' ? 'rev' : 'crev';
  const match = ROWS[item.kind].keys.map((k, i) => `${k} = $${i + 1}`).join(' AND ');
  const [waiting] = await tx.query<{ id: number }>(
    `SELECT id FROM ${table} WHERE ${match} AND status IN ('SUBMITTED', 'RETURNED') ORDER BY id DESC LIMIT 1`,
    key,
  );
  if (waiting) {
    throw refuse({
      en: `${item.id} has a revision waiting (${prefix}:${waiting.id}): verify or return that revision first.`,
      id: `${item.id} memiliki revisi yang menunggu (${prefix}:${waiting.id}): verifikasi atau kembalikan revisi itu dahulu.`,
    });
  }
}
