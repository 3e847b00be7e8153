import type { Viewer } from '../accounts/viewer.js';
import type { Database, SqlClient } from '../db/database.js';
import { badInput } from '../messages/errors.js';
import {
  checkId,
  checkSlideChanges,
  checkSlides,
  DECK_LIMITS,
  quote,
  type SlideChanges,
  type SlideInput,
  type SlideValues,
} from './deck.rules.js';
import { changeDeck, type DeckRecord } from './deck-access.js';

// A deck's slides: added, changed, removed and put in order, each change under the lock of the deck (see deck-access.ts).

/** Inserts slides at positions start, start+1, …: one statement however many. */
export async function insertSlides(tx: SqlClient, deckId: string, slides: readonly SlideValues[], start: number): Promise<void> {
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
