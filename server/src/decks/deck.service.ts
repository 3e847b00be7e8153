import { GraphQLError } from 'graphql';
import { actorName, authorize, can, forbidden, type Viewer } from '../accounts/viewer.js';
import { ACCOUNT_ENTITY } from '../audit/audit.service.js';
import type { Database, SqlClient } from '../db/database.js';
import { badInput } from '../graphql/errors.js';
import { NATIONAL_CODE } from '../regions/registry.js';
import {
  checkId,
  checkSlideChanges,
  checkSlides,
  checkTitle,
  DECK_LIMITS,
  quote,
  type SlideChanges,
  type SlideInput,
  type SlideValues,
} from './deck.rules.js';

// Decks are a presenter's own: only the owner changes one, and others read it only while its link is shared. A deck
// that does not exist and one the caller may not read get the same answer, so that ids cannot be probed. Every write
// locks the deck's row first (or the account's, for a new deck), so limits and positions hold under concurrent edits.

export interface DeckSlideRecord {
  id: string;
  /** 0, 1, 2… in the deck's order. */
  position: number;
  chart: string;
  view: string;
  title: string;
  headline: string | null;
  notes: string;
}

export interface DeckRecord {
  id: string;
  title: string;
  ownerName: string;
  regionCode: string | null;
  linkSharing: boolean;
  createdAt: Date;
  updatedAt: Date;
  slides: DeckSlideRecord[];
  /** The caller owns it and may change it. */
  canEdit: boolean;
  /** The caller may delete it: its owner, or a national administrator. */
  canDelete: boolean;
}

export interface DeckSummaryRecord {
  id: string;
  title: string;
  regionCode: string | null;
  linkSharing: boolean;
  createdAt: Date;
  updatedAt: Date;
  slideCount: number;
}

export interface NewDeck {
  title: string;
  regionCode?: string | null;
  slides?: readonly SlideInput[] | null;
}

function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}

const deckNotFound = (id: string) =>
  notFound(`There is no deck ${quote(id)} that you may open: it does not exist (any more), or its owner has not shared it.`);
const slideNotFound = (id: string) => notFound(`There is no slide ${quote(id)} in a deck that you may open.`);

/** The account a request acts for, or null (a visitor; the command line and the platform act for no account). */
function accountOf(viewer: Viewer): number | null {
  return viewer.kind === 'user' && viewer.userId > 0 ? viewer.userId : null;
}

/** The caller's account, which may keep decks; refused with 401 or 403 and a sentence otherwise. */
function ownAccount(viewer: Viewer, what: string): number {
  authorize(viewer, 'keepDecks', what);
  const id = accountOf(viewer);
  if (id === null) {
    throw forbidden(`Decks belong to an account: sign in with yours to ${what} (the command line acts for no account).`);
  }
  return id;
}

const SLIDES_JSON = `COALESCE((SELECT json_agg(json_build_object('id', s.id, 'position', s.position, 'chart', s.chart,
    'view', s.view, 'title', s.title, 'headline', s.headline, 'notes', s.notes) ORDER BY s.position)
  FROM deck_slide s WHERE s.deck_id = d.id), '[]'::json)`;

interface DeckRow extends Omit<DeckRecord, 'slides' | 'canEdit' | 'canDelete'> {
  ownerId: number;
  slides: DeckSlideRecord[] | string;
}

/** The deck with its slides in order, when the caller may read it (its own, or shared): one statement. */
async function readDeck(sql: SqlClient, viewer: Viewer, id: string): Promise<DeckRecord | null> {
  const account = accountOf(viewer);
  const [row] = await sql.query<DeckRow>(
    `SELECT d.id, d.title, d.owner_id AS "ownerId", u.display_name AS "ownerName", d.region_code AS "regionCode",
       d.link_sharing AS "linkSharing", d.created_at AS "createdAt", d.updated_at AS "updatedAt", ${SLIDES_JSON} AS slides
     FROM deck d JOIN app_user u ON u.id = d.owner_id
     WHERE d.id = $1 AND (d.link_sharing OR d.owner_id = $2)`,
    [id, account ?? 0],
  );
  if (!row) return null;
  const { ownerId, slides, ...deck } = row;
  const canEdit = ownerId === account && can(viewer, 'keepDecks');
  return {
    ...deck,
    slides: typeof slides === 'string' ? (JSON.parse(slides) as DeckSlideRecord[]) : slides,
    canEdit,
    canDelete: canEdit || can(viewer, 'moderateDecks', NATIONAL_CODE),
  };
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

/** Inserts slides at positions start, start+1, …: one statement however many. */
async function insertSlides(tx: SqlClient, deckId: string, slides: readonly SlideValues[], start: number): Promise<void> {
  if (!slides.length) return;
  await tx.query(
    `INSERT INTO deck_slide (deck_id, position, chart, view, title, headline, notes)
     SELECT $1::uuid, $2::int + s.n::int - 1, s.chart, s.view, s.title, s.headline, s.notes
     FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) WITH ORDINALITY AS s(chart, view, title, headline, notes, n)`,
    [
      deckId,
      start,
      slides.map((s) => s.chart),
      slides.map((s) => s.view),
      slides.map((s) => s.title),
      slides.map((s) => s.headline),
      slides.map((s) => s.notes),
    ],
  );
}

/**
 * Gives the slides `ids` the positions `from`, from+1, … (which no other slide of the deck may hold). PostgreSQL
 * checks the unique (deck, position) index row by row, so a single UPDATE shifting positions can collide with a slide
 * not yet moved: the slides first go to distinct negative positions, then to their places, two statements whatever
 * their number.
 */
async function placeSlides(tx: SqlClient, deckId: string, ids: readonly string[], from = 0): Promise<void> {
  await tx.query('UPDATE deck_slide SET position = -1 - position WHERE deck_id = $1 AND id = ANY($2::uuid[])', [deckId, ids]);
  await tx.query(
    `UPDATE deck_slide s SET position = $3::int + p.n::int - 1
     FROM unnest($2::uuid[]) WITH ORDINALITY AS p(id, n) WHERE s.deck_id = $1 AND s.id = p.id`,
    [deckId, ids, from],
  );
}

interface LockedDeck {
  id: string;
  ownerId: number;
  linkSharing: boolean;
  /** The deck's slides in order. */
  slideIds: string[];
}

/**
 * Locks a deck the caller owns for a change, found by its id or by one of its slides'. A deck the caller may not
 * read is not found; one it reads but does not own (a shared one) is refused. Its slides are read after the lock, in
 * a statement of their own: a subquery of the locking statement would see them as they were before it waited for a
 * concurrent change.
 */
async function lockOwnDeck(
  tx: SqlClient,
  ownerId: number,
  by: { deckId: string } | { slideId: string },
  what: string,
): Promise<LockedDeck> {
  const [deck] = await tx.query<Omit<LockedDeck, 'slideIds'>>(
    `SELECT d.id, d.owner_id AS "ownerId", d.link_sharing AS "linkSharing" FROM deck d
     WHERE d.id = ${'deckId' in by ? '$1' : '(SELECT deck_id FROM deck_slide WHERE id = $1)'} FOR UPDATE`,
    ['deckId' in by ? by.deckId : by.slideId],
  );
  const missing = () => ('deckId' in by ? deckNotFound(by.deckId) : slideNotFound(by.slideId));
  if (!deck || (deck.ownerId !== ownerId && !deck.linkSharing)) throw missing();
  if (deck.ownerId !== ownerId) {
    throw forbidden(`Only the deck's owner may ${what}: duplicate it (duplicateDeck) to have a copy of your own.`);
  }
  const slides = await tx.query<{ id: string }>('SELECT id::text FROM deck_slide WHERE deck_id = $1 ORDER BY position', [
    deck.id,
  ]);
  const slideIds = slides.map((s) => s.id);
  // The slide may have gone between finding its deck and locking it.
  if ('slideId' in by && !slideIds.includes(by.slideId)) throw missing();
  return { ...deck, slideIds };
}

/** A change to a deck the caller owns, in one transaction; answers the deck as it is afterwards. */
async function changeDeck(
  db: Database,
  viewer: Viewer,
  by: { deckId: string } | { slideId: string },
  what: string,
  change: (tx: SqlClient, deck: LockedDeck) => Promise<void>,
): Promise<DeckRecord> {
  const ownerId = ownAccount(viewer, what);
  return db.transaction(async (tx) => {
    const deck = await lockOwnDeck(tx, ownerId, by, what);
    await change(tx, deck);
    await tx.query('UPDATE deck SET updated_at = now() WHERE id = $1', [deck.id]);
    return (await readDeck(tx, viewer, deck.id))!;
  });
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

/** Adds slides at `position` (0: first; by default after the last), moving the later ones along. */
export async function addDeckSlides(
  db: Database,
  viewer: Viewer,
  id: string,
  slides: readonly SlideInput[],
  position?: number | null,
): Promise<DeckRecord> {
  const deckId = checkId(id, 'deck');
  const added = checkSlides(slides);
  if (!added.length) throw badInput('Send at least one slide to add.');
  return changeDeck(db, viewer, { deckId }, 'add slides', async (tx, deck) => {
    const held = deck.slideIds.length;
    if (held + added.length > DECK_LIMITS.slidesPerDeck) {
      throw badInput(
        `A deck holds at most ${DECK_LIMITS.slidesPerDeck} slides: this one has ${held}, so at most ${DECK_LIMITS.slidesPerDeck - held} more can be added (${added.length} were sent).`,
      );
    }
    const at = position ?? held;
    if (!Number.isInteger(at) || at < 0 || at > held) {
      throw badInput(
        `Position ${at} is outside the deck: give 0 (first) to ${held} (after the last slide), or leave it out to add at the end.`,
      );
    }
    const later = deck.slideIds.slice(at);
    // The later slides make room first (through negative positions), then the new ones take their places.
    if (later.length) await placeSlides(tx, deckId, later, at + added.length);
    await insertSlides(tx, deckId, added, at);
  });
}

/** Changes a slide's title, headline (null: computed again), notes, view or chart; other fields stay. */
export async function updateDeckSlide(db: Database, viewer: Viewer, id: string, changes: SlideChanges): Promise<DeckRecord> {
  const slideId = checkId(id, 'slide');
  const checked = checkSlideChanges(changes);
  const columns = Object.keys(checked) as (keyof SlideValues)[];
  return changeDeck(db, viewer, { slideId }, 'change its slides', async (tx) => {
    // Column names come from the fixed keys of SlideValues, never from the request.
    await tx.query(
      `UPDATE deck_slide SET ${columns.map((c, i) => `${c} = $${i + 2}`).join(', ')}, updated_at = now() WHERE id = $1`,
      [slideId, ...columns.map((c) => checked[c])],
    );
  });
}

export async function removeDeckSlide(db: Database, viewer: Viewer, id: string): Promise<DeckRecord> {
  const slideId = checkId(id, 'slide');
  return changeDeck(db, viewer, { slideId }, 'remove its slides', async (tx, deck) => {
    await tx.query('DELETE FROM deck_slide WHERE id = $1', [slideId]);
    const at = deck.slideIds.indexOf(slideId);
    const later = deck.slideIds.slice(at + 1);
    if (later.length) await placeSlides(tx, deck.id, later, at);
  });
}

/** Puts the deck's slides in the order given: each of its slides once. */
export async function reorderDeckSlides(
  db: Database,
  viewer: Viewer,
  id: string,
  slideIds: readonly string[],
): Promise<DeckRecord> {
  const deckId = checkId(id, 'deck');
  const order = slideIds.map((s) => checkId(s, 'slide'));
  return changeDeck(db, viewer, { deckId }, 'reorder its slides', async (tx, deck) => {
    const held = new Set(deck.slideIds);
    const seen = new Set<string>();
    for (const s of order) {
      if (!held.has(s))
        throw badInput(`${quote(s)} is not a slide of this deck: give each of its slides once, in the new order.`);
      if (seen.has(s)) throw badInput(`Slide ${quote(s)} is given twice: give each of the deck's slides once, in the new order.`);
      seen.add(s);
    }
    if (seen.size < held.size) {
      throw badInput(
        `The new order leaves out ${held.size - seen.size} of the deck's ${held.size} slides: give each of them once (removeDeckSlide removes one).`,
      );
    }
    await placeSlides(tx, deckId, order);
  });
}
