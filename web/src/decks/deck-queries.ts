import { graphql } from '../gql';

// Decks: a presenter's slides, stored on the server (see server/src/decks).

export const DECK_FIELDS = graphql(`
  fragment DeckFields on Deck {
    id title regionCode linkSharing ownerName canEdit canDelete createdAt updatedAt slideCount
    slides { id position chart view title headline notes }
  }
`);

export const DECKS = graphql(`
  query Decks {
    decks { id title regionCode linkSharing slideCount createdAt updatedAt }
  }
`);

export const DECK = graphql(`
  query Deck($id: ID!) {
    deck(id: $id) { ...DeckFields }
  }
`);

export const CREATE_DECK = graphql(`
  mutation CreateDeck($input: NewDeckInput!) {
    createDeck(input: $input) { ...DeckFields }
  }
`);

export const RENAME_DECK = graphql(`
  mutation RenameDeck($id: ID!, $title: String!) {
    renameDeck(id: $id, title: $title) { ...DeckFields }
  }
`);

export const SET_DECK_LINK_SHARING = graphql(`
  mutation SetDeckLinkSharing($id: ID!, $linkSharing: Boolean!) {
    setDeckLinkSharing(id: $id, linkSharing: $linkSharing) { ...DeckFields }
  }
`);

export const DUPLICATE_DECK = graphql(`
  mutation DuplicateDeck($id: ID!, $title: String) {
    duplicateDeck(id: $id, title: $title) { ...DeckFields }
  }
`);

export const DELETE_DECK = graphql(`
  mutation DeleteDeck($id: ID!) {
    deleteDeck(id: $id)
  }
`);

export const ADD_DECK_SLIDES = graphql(`
  mutation AddDeckSlides($deckId: ID!, $slides: [DeckSlideInput!]!, $position: Int) {
    addDeckSlides(deckId: $deckId, slides: $slides, position: $position) { ...DeckFields }
  }
`);

export const UPDATE_DECK_SLIDE = graphql(`
  mutation UpdateDeckSlide($id: ID!, $input: DeckSlideChanges!) {
    updateDeckSlide(id: $id, input: $input) { ...DeckFields }
  }
`);

export const REMOVE_DECK_SLIDE = graphql(`
  mutation RemoveDeckSlide($id: ID!) {
    removeDeckSlide(id: $id) { ...DeckFields }
  }
`);

export const REORDER_DECK_SLIDES = graphql(`
  mutation ReorderDeckSlides($deckId: ID!, $slideIds: [ID!]!) {
    reorderDeckSlides(deckId: $deckId, slideIds: $slideIds) { ...DeckFields }
  }
`);
