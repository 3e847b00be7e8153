import { expect } from 'vitest';
import { accountViewer, type Grant, type Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { createTestAccount } from '../test-support/accounts.js';
import type { TestApi } from '../test-support/graphql.js';

// Shared by the deck suites: accounts that own decks, the GraphQL documents, and a look at every deck row.

/** A real account (decks need one) and the viewer its session would give. */
export async function deckAccount(db: Database, username: string, grants: Grant[]): Promise<Viewer> {
  const account = await createTestAccount(db, username, grants);
  return accountViewer(username, grants, account.id);
}

export const DECK_FIELDS = `id title ownerName regionCode linkSharing canEdit canDelete slideCount createdAt updatedAt
  slides { id position chart view title headline notes }`;

export const DECK = `query ($id: ID!) { deck(id: $id) { ${DECK_FIELDS} } }`;
export const DECKS = '{ decks { id title regionCode linkSharing slideCount createdAt updatedAt } }';
export const CREATE = `mutation ($input: NewDeckInput!) { createDeck(input: $input) { ${DECK_FIELDS} } }`;
export const RENAME = `mutation ($id: ID!, $title: String!) { renameDeck(id: $id, title: $title) { ${DECK_FIELDS} } }`;
export const SHARE = `mutation ($id: ID!, $on: Boolean!) { setDeckLinkSharing(id: $id, linkSharing: $on) { ${DECK_FIELDS} } }`;
export const DUPLICATE = `mutation ($id: ID!, $title: String) { duplicateDeck(id: $id, title: $title) { ${DECK_FIELDS} } }`;
export const DELETE = 'mutation ($id: ID!) { deleteDeck(id: $id) }';
export const ADD = `mutation ($deckId: ID!, $slides: [DeckSlideInput!]!, $position: Int) {
  addDeckSlides(deckId: $deckId, slides: $slides, position: $position) { ${DECK_FIELDS} } }`;
export const UPDATE = `mutation ($id: ID!, $input: DeckSlideChanges!) { updateDeckSlide(id: $id, input: $input) { ${DECK_FIELDS} } }`;
export const REMOVE = `mutation ($id: ID!) { removeDeckSlide(id: $id) { ${DECK_FIELDS} } }`;
export const REORDER = `mutation ($deckId: ID!, $slideIds: [ID!]!) { reorderDeckSlides(deckId: $deckId, slideIds: $slideIds) { ${DECK_FIELDS} } }`;

export interface SlideOut {
  id: string;
  position: number;
  chart: string;
  view: string;
  title: string;
  headline: string | null;
  notes: string;
}
export interface DeckOut {
  id: string;
  title: string;
  ownerName: string;
  regionCode: string | null;
  linkSharing: boolean;
  canEdit: boolean;
  canDelete: boolean;
  slideCount: number;
  createdAt: string;
  updatedAt: string;
  slides: SlideOut[];
}

/** A slide of the trend page of a kabupaten/kota of Gorontalo. */
export function trendSlide(code: string, title = `Tren P0 ${code}`) {
  return { chart: 'trend', view: `hal=tren&wilayah=${code}&indikator=poverty_rate_p0&dokumen=RPJMN-2025-2029`, title };
}

/** The deck operations as one account, through the real GraphQL pipeline. */
export function decksAs(api: TestApi, viewer: Viewer) {
  const run = async <K extends string>(key: K, query: string, variables: Record<string, unknown> = {}) =>
    (await api.query<Record<K, DeckOut>>(query, variables, { viewer }))[key];
  return {
    viewer,
    create: (input: Record<string, unknown>) => run('createDeck', CREATE, { input }),
    deck: (id: string) => run('deck', DECK, { id }),
    list: async () => (await api.query<{ decks: Omit<DeckOut, 'slides'>[] }>(DECKS, {}, { viewer })).decks,
    rename: (id: string, title: string) => run('renameDeck', RENAME, { id, title }),
    share: (id: string, on: boolean) => run('setDeckLinkSharing', SHARE, { id, on }),
    duplicate: (id: string, title?: string) => run('duplicateDeck', DUPLICATE, { id, title }),
    remove: async (id: string) => (await api.query<{ deleteDeck: string }>(DELETE, { id }, { viewer })).deleteDeck,
    add: (deckId: string, slides: unknown[], position?: number) => run('addDeckSlides', ADD, { deckId, slides, position }),
    update: (id: string, input: Record<string, unknown>) => run('updateDeckSlide', UPDATE, { id, input }),
    removeSlide: (id: string) => run('removeDeckSlide', REMOVE, { id }),
    reorder: (deckId: string, slideIds: string[]) => run('reorderDeckSlides', REORDER, { deckId, slideIds }),
    /** The first error of an operation expected to be refused, with nothing answered. */
    async refusal(query: string, variables: Record<string, unknown>) {
      const result = await api.execute(query, variables, { viewer });
      expect(result.errors?.length, JSON.stringify(result.data)).toBeGreaterThan(0);
      return { code: result.errors?.[0]?.extensions?.code as string | undefined, message: result.errors?.[0]?.message ?? '' };
    },
  };
}

/** Every deck and slide row as text: equal before and after a refused request when it wrote nothing. */
export async function deckRows(db: Database): Promise<string> {
  const decks = await db.sql.query('SELECT * FROM deck ORDER BY id');
  const slides = await db.sql.query('SELECT * FROM deck_slide ORDER BY deck_id, position');
  return JSON.stringify({ decks, slides });
}
