import { actorName, authorize, can, forbidden, type Viewer } from '../accounts/viewer.js';
import { ACCOUNT_ENTITY } from '../audit/audit.service.js';
import type { Database, SqlClient } from '../db/database.js';
import { badInput } from '../messages/errors.js';
import { NATIONAL_CODE } from '../regions/registry.js';
import { checkId, checkSlides, checkTitle, DECK_LIMITS, quote, type SlideInput } from './deck.rules.js';
import {
  accountOf,
  changeDeck,
  type DeckRecord,
  type DeckSummaryRecord,
  deckNotFound,
  ownAccount,
  readDeck,
} from './deck-access.js';
import { insertSlides } from './deck-slides.service.js';

// A presenter's decks: listed, created, renamed, shared, duplicated and deleted (their slides: deck-slides.service.ts).

export interface NewDeck {
  title: string;
  regionCode?: string | null;
  slides?: readonly SlideInput[] | null;
}

/** A deck by id, with its slides: the caller's own, or one whose owner shares its link (visitors included). */
export async function deckById(db: Database, viewer: Viewer, id: string): Promise<DeckRecord> {
  const deck = await readDeck(db.sql, viewer, checkId(id, 'deck'));
  if (!deck) throw deckNotFound(id);
  return deck;
}

/** The caller's decks, most recently changed first, with their slide counts: one statement however many. */
export async function listDecks(db: Database, viewer: Viewer): Promise<DeckSummaryRecord[]> {
  const account = accountOf(viewer);
  if (account === null) return [];
  return db.sql.query<DeckSummaryRecord>(
    `SELECT d.id, d.title, d.region_code AS "regionCode", d.link_sharing AS "linkSharing", d.created_at AS "createdAt",
       d.updated_at AS "updatedAt", (SELECT count(*)::int FROM deck_slide s WHERE s.deck_id = d.id) AS "slideCount"
     FROM deck d WHERE d.owner_id = $1 ORDER BY d.updated_at DESC, d.created_at DESC, d.id LIMIT $2`,
    [account, DECK_LIMITS.decksPerAccount],
  );
}

/**
 * Room for one more deck of the account, counted under a lock of the account's row (two requests at once cannot
 * both take the last place), and whether the region exists. The count is a statement of its own after the lock: a
 * subquery of the locking statement would read the decks as they were before it waited.
 */
async function reserveDeck(tx: SqlClient, ownerId: number, regionCode: string | null): Promise<void> {
  const [account] = await tx.query('SELECT id FROM app_user WHERE id = $1 FOR UPDATE', [ownerId]);
  if (!account) throw forbidden('Your account no longer exists: sign in again.');
  const [counted] = await tx.query<{ decks: number; regionKnown: boolean }>(
    `SELECT (SELECT count(*)::int FROM deck WHERE owner_id = $1) AS decks,
       ($2::text IS NULL OR EXISTS (SELECT 1 FROM region WHERE code = $2)) AS "regionKnown"`,
    [ownerId, regionCode],
  );
  const { decks, regionKnown } = counted!;
  if (decks >= DECK_LIMITS.decksPerAccount) {
    throw badInput(
      `An account keeps at most ${DECK_LIMITS.decksPerAccount} decks, and yours has ${decks}: delete one you no longer need first.`,
    );
  }
  if (!regionKnown) {
    throw badInput(`Unknown region code ${quote(regionCode ?? '')}: give a Kemendagri code such as “75” or “75.01”.`);
  }
}

/** A new deck of the caller's, with its slides if any (a per-kabupaten deck or an agenda in one call). */
export async function createDeck(db: Database, viewer: Viewer, input: NewDeck): Promise<DeckRecord> {
  const ownerId = ownAccount(viewer, 'build decks');
  const title = checkTitle(input.title, "The deck's title");
  const regionCode = input.regionCode?.trim() || null;
  const slides = checkSlides(input.slides ?? []);
  return db.transaction(async (tx) => {
    await reserveDeck(tx, ownerId, regionCode);
    const [row] = await tx.query<{ id: string }>(
      'INSERT INTO deck (title, owner_id, region_code) VALUES ($1, $2, $3) RETURNING id',
      [title, ownerId, regionCode],
    );
    await insertSlides(tx, row!.id, slides, 0);
    return (await readDeck(tx, viewer, row!.id))!;
  });
}

export async function renameDeck(db: Database, viewer: Viewer, id: string, title: string): Promise<DeckRecord> {
  const deckId = checkId(id, 'deck');
  const checked = checkTitle(title, "The deck's title");
  return changeDeck(db, viewer, { deckId }, 'rename it', async (tx) => {
    await tx.query('UPDATE deck SET title = $2 WHERE id = $1', [deckId, checked]);
  });
}

/** Link sharing on: anyone with the link who can see the dashboard may open the deck (and duplicate it). */
export async function setDeckLinkSharing(db: Database, viewer: Viewer, id: string, on: boolean): Promise<DeckRecord> {
  const deckId = checkId(id, 'deck');
  return changeDeck(db, viewer, { deckId }, 'share it', async (tx) => {
    await tx.query('UPDATE deck SET link_sharing = $2 WHERE id = $1', [deckId, on]);
  });
}

/** A copy, with every slide, among the caller's decks: of its own, or of one shared with it. Not shared itself. */
export async function duplicateDeck(db: Database, viewer: Viewer, id: string, title?: string | null): Promise<DeckRecord> {
  const ownerId = ownAccount(viewer, 'duplicate decks');
  const sourceId = checkId(id, 'deck');
  const given = title === null || title === undefined ? null : checkTitle(title, "The copy's title");
  return db.transaction(async (tx) => {
    await reserveDeck(tx, ownerId, null);
    const [source] = await tx.query<{ title: string; regionCode: string | null }>(
      'SELECT title, region_code AS "regionCode" FROM deck WHERE id = $1 AND (link_sharing OR owner_id = $2)',
      [sourceId, ownerId],
    );
    if (!source) throw deckNotFound(id);
    const suffix = ' (salinan)';
    const copyTitle = given ?? `${source.title.slice(0, DECK_LIMITS.title - suffix.length)}${suffix}`;
    const [row] = await tx.query<{ id: string }>(
      'INSERT INTO deck (title, owner_id, region_code) VALUES ($1, $2, $3) RETURNING id',
      [copyTitle, ownerId, source.regionCode],
    );
    await tx.query(
      `INSERT INTO deck_slide (deck_id, position, chart, view, title, headline, notes)
       SELECT $1, position, chart, view, title, headline, notes FROM deck_slide WHERE deck_id = $2`,
      [row!.id, sourceId],
    );
    return (await readDeck(tx, viewer, row!.id))!;
  });
}

/**
 * Deletes a deck and its slides: its owner may, and a national administrator may delete anyone's (abuse); that is
 * kept in the audit trail of the owner's account. Answers the deleted deck's id.
 */
export async function deleteDeck(db: Database, viewer: Viewer, id: string): Promise<string> {
  if (viewer.kind === 'anonymous') authorize(viewer, 'keepDecks', 'delete decks');
  const deckId = checkId(id, 'deck');
  const account = accountOf(viewer);
  return db.transaction(async (tx) => {
    const [deck] = await tx.query<{ ownerId: number; owner: string; title: string; linkSharing: boolean }>(
      `SELECT d.owner_id AS "ownerId", u.username AS owner, d.title, d.link_sharing AS "linkSharing"
       FROM deck d JOIN app_user u ON u.id = d.owner_id WHERE d.id = $1 FOR UPDATE OF d`,
      [deckId],
    );
    if (!deck) throw deckNotFound(id);
    if (deck.ownerId === account) authorize(viewer, 'keepDecks', 'delete decks');
    else if (can(viewer, 'moderateDecks', NATIONAL_CODE)) {
      await tx.query(
        `INSERT INTO audit_entry (entity, entity_key, field, old_value, new_value, changed_by)
         VALUES ($1, $2, 'deck', $3, 'deleted by an administrator', $4)`,
        [ACCOUNT_ENTITY, deck.owner, `${deck.title} (${deckId})`, actorName(viewer)],
      );
    } else if (deck.linkSharing) throw forbidden("Only the deck's owner (or a national administrator) may delete it.");
    else throw deckNotFound(id);
    await tx.query('DELETE FROM deck WHERE id = $1', [deckId]);
    return deckId;
  });
}
