import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { regionCodeOf } from '../reference/lookups.js';
import { Region } from '../regions/region.types.js';
import { createDeck, deckById, deleteDeck, duplicateDeck, listDecks, renameDeck, setDeckLinkSharing } from './deck.service.js';
import { Deck, DeckSlideChanges, DeckSlideInput, DeckSummary, NewDeckInput } from './deck.types.js';
import type { DeckRecord, DeckSummaryRecord } from './deck-access.js';
import { addDeckSlides, removeDeckSlide, reorderDeckSlides, updateDeckSlide } from './deck-slides.service.js';

function present(d: DeckRecord): Deck {
  return {
    ...d,
    slideCount: d.slides.length,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}

function presentSummary(d: DeckSummaryRecord): DeckSummary {
  return { ...d, createdAt: d.createdAt.toISOString(), updatedAt: d.updatedAt.toISOString() };
}

const DECK_ID = { description: 'Deck id (a UUID).' };

// Who owns a deck is always the signed-in account: no operation takes an owner.
@Resolver()
export class DecksResolver {
  @Query(() => [DeckSummary], {
    description:
      'Your decks (at most 200), most recently changed first, with their slide counts; empty when you are not signed in.',
  })
  async decks(@Ctx() { db, viewer }: Context): Promise<DeckSummary[]> {
    return (await listDecks(db, viewer)).map(presentSummary);
  }

  @Query(() => Deck, {
    description:
      'A deck with its slides in order: your own, or one whose owner shares its link (visitors too). Any other id is NOT_FOUND, whether or not the deck exists.',
  })
  async deck(@Ctx() { db, viewer }: Context, @Arg('id', () => ID, DECK_ID) id: string): Promise<Deck> {
    return present(await deckById(db, viewer, id));
  }

  @Mutation(() => Deck, {
    description:
      'Creates a deck of yours (any signed-in account; at most 200 an account), with its slides if given, all or nothing.',
  })
  async createDeck(
    @Ctx() { db, viewer, loaders }: Context,
    @Arg('input', () => NewDeckInput, { description: 'Title, region and slides.' }) input: NewDeckInput,
  ): Promise<Deck> {
    const regionCode = input.regionCode?.trim() ? await regionCodeOf(loaders, input.regionCode) : input.regionCode;
    return present(await createDeck(db, viewer, { ...input, regionCode }));
  }

  @Mutation(() => Deck, { description: 'Renames one of your decks.' })
  async renameDeck(
    @Ctx() { db, viewer }: Context,
    @Arg('id', () => ID, DECK_ID) id: string,
    @Arg('title', () => String, { description: 'The new title: one line, 1–200 characters.' }) title: string,
  ): Promise<Deck> {
    return present(await renameDeck(db, viewer, id, title));
  }

  @Mutation(() => Deck, {
    description:
      'Turns link sharing of one of your decks on (anyone with the link who can see the dashboard may open it) or off.',
  })
  async setDeckLinkSharing(
    @Ctx() { db, viewer }: Context,
    @Arg('id', () => ID, DECK_ID) id: string,
    @Arg('linkSharing', () => Boolean, { description: 'true to share the link, false to keep the deck to yourself.' })
    linkSharing: boolean,
  ): Promise<Deck> {
    return present(await setDeckLinkSharing(db, viewer, id, linkSharing));
  }

  @Mutation(() => Deck, {
    description: 'Copies a deck you may open (yours, or a shared one) with all its slides into a new deck of yours, not shared.',
  })
  async duplicateDeck(
    @Ctx() { db, viewer }: Context,
    @Arg('id', () => ID, { description: 'Id of the deck to copy.' }) id: string,
    @Arg('title', () => String, {
      nullable: true,
      description: 'The copy’s title; by default the original’s followed by " (salinan)".',
    })
    title: string | null,
  ): Promise<Deck> {
    return present(await duplicateDeck(db, viewer, id, title));
  }

  @Mutation(() => ID, {
    description:
      'Deletes a deck and its slides: yours, or anyone’s for a national administrator (kept in the audit trail of the owner’s account). Answers the deleted deck’s id.',
  })
  async deleteDeck(@Ctx() { db, viewer }: Context, @Arg('id', () => ID, DECK_ID) id: string): Promise<string> {
    return deleteDeck(db, viewer, id);
  }

  @Mutation(() => Deck, {
    description: 'Adds slides to one of your decks (at most 100 slides a deck), at a position or at the end, all or nothing.',
  })
  async addDeckSlides(
    @Ctx() { db, viewer }: Context,
    @Arg('deckId', () => ID, DECK_ID) deckId: string,
    @Arg('slides', () => [DeckSlideInput], { description: 'The slides to add, in order.' }) slides: DeckSlideInput[],
    @Arg('position', () => Int, {
      nullable: true,
      description: 'Where the first of them goes: 0 before the first slide; by default after the last.',
    })
    position: number | null,
  ): Promise<Deck> {
    return present(await addDeckSlides(db, viewer, deckId, slides, position));
  }

  @Mutation(() => Deck, {
    description: 'Changes a slide of one of your decks: the fields given change (a null headline is computed again).',
  })
  async updateDeckSlide(
    @Ctx() { db, viewer }: Context,
    @Arg('id', () => ID, { description: 'Slide id.' }) id: string,
    @Arg('input', () => DeckSlideChanges, { description: 'What changes.' }) input: DeckSlideChanges,
  ): Promise<Deck> {
    return present(await updateDeckSlide(db, viewer, id, input));
  }

  @Mutation(() => Deck, { description: 'Removes a slide from one of your decks; the later slides move up.' })
  async removeDeckSlide(
    @Ctx() { db, viewer }: Context,
    @Arg('id', () => ID, { description: 'Slide id.' }) id: string,
  ): Promise<Deck> {
    return present(await removeDeckSlide(db, viewer, id));
  }

  @Mutation(() => Deck, { description: 'Puts the slides of one of your decks in a new order.' })
  async reorderDeckSlides(
    @Ctx() { db, viewer }: Context,
    @Arg('deckId', () => ID, DECK_ID) deckId: string,
    @Arg('slideIds', () => [ID], { description: 'Every slide of the deck once, in the new order.' }) slideIds: string[],
  ): Promise<Deck> {
    return present(await reorderDeckSlides(db, viewer, deckId, slideIds));
  }
}

@Resolver(() => Deck)
export class DeckRegionResolver {
  @FieldResolver(() => Region, { nullable: true, description: 'The region of regionCode, if any.' })
  region(@Root() deck: Deck, @Ctx() { loaders }: Context) {
    return deck.regionCode ? loaders.regionOf(deck.regionCode) : null;
  }
}

@Resolver(() => DeckSummary)
export class DeckSummaryRegionResolver {
  @FieldResolver(() => Region, { nullable: true, description: 'The region of regionCode, if any (its name for the list).' })
  region(@Root() deck: DeckSummary, @Ctx() { loaders }: Context) {
    return deck.regionCode ? loaders.regionOf(deck.regionCode) : null;
  }
}

export const DECK_RESOLVERS = [DecksResolver, DeckRegionResolver, DeckSummaryRegionResolver] as const;
