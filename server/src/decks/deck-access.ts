import { GraphQLError } from 'graphql';
import { authorize, can, forbidden, type Viewer } from '../accounts/viewer.js';
import type { Database, SqlClient } from '../db/database.js';
import { NATIONAL_CODE } from '../regions/registry.js';
import { quote } from './deck.rules.js';

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

function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}

export const deckNotFound = (id: string) =>
  notFound(`There is no deck ${quote(id)} that you may open: it does not exist (any more), or its owner has not shared it.`);
const slideNotFound = (id: string) => notFound(`There is no slide ${quote(id)} in a deck that you may open.`);

/** The account a request acts for, or null (a visitor; the command line and the platform act for no account). */
export function accountOf(viewer: Viewer): number | null {
  return viewer.kind === 'user' && viewer.userId > 0 ? viewer.userId : null;
}

/** The caller's account, which may keep decks; refused with 401 or 403 and a sentence otherwise. */
export function ownAccount(viewer: Viewer, what: string): number {
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
export async function readDeck(sql: SqlClient, viewer: Viewer, id: string): Promise<DeckRecord | null> {
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

export interface LockedDeck {
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
export async function changeDeck(
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
