import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'One slide of a deck: a dashboard view with its exact state (the URL query string), the chart of that page it shows, and the presenter’s title, headline and notes.',
})
export class DeckSlide {
  @Field(() => ID, { description: 'Slide id (a UUID), for updateDeckSlide, removeDeckSlide and reorderDeckSlides.' })
  id!: string;
  @Field(() => Int, { description: 'Place in the deck: 0 for the first slide, 1 for the second…' })
  position!: number;
  @Field(() => String, { description: 'Which chart of the page the slide shows, a short id such as "trend".' })
  chart!: string;
  @Field(() => String, {
    description:
      'The view’s URL query string as the dashboard wrote it, e.g. "hal=tren&wilayah=75&indikator=poverty_rate_p0": opening it shows the same view.',
  })
  view!: string;
  @Field(() => String, { description: 'The slide’s title.' })
  title!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The headline sentence as the presenter wrote it; null: the dashboard computes it from the data.',
  })
  headline!: string | null;
  @Field(() => String, { description: 'The presenter’s notes (shown in the presenter view only); empty when none.' })
  notes!: string;
}

@ObjectType({ description: 'A presenter’s deck: an ordered list of slides, each a dashboard view with its exact state.' })
export class Deck {
  @Field(() => ID, { description: 'Deck id (a UUID); a link to the deck carries it.' })
  id!: string;
  @Field(() => String, { description: 'The deck’s title, e.g. "Rakor Kesejahteraan Sosial Gorontalo 2026".' })
  title!: string;
  @Field(() => String, { description: 'Display name of the account that owns the deck.' })
  ownerName!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Kemendagri code of the region the deck is about; null when it is about none in particular.',
  })
  regionCode!: string | null;
  @Field(() => Boolean, {
    description:
      'Link sharing: anyone with the link who can see the dashboard may open the deck and duplicate it; only its owner changes it.',
  })
  linkSharing!: boolean;
  @Field(() => Boolean, { description: 'You own the deck and may change it.' })
  canEdit!: boolean;
  @Field(() => Boolean, { description: 'You may delete the deck: its owner, or a national administrator.' })
  canDelete!: boolean;
  @Field(() => Int, { description: 'Number of slides (at most 100).' })
  slideCount!: number;
  @Field(() => [DeckSlide], { description: 'The slides in order.' })
  slides!: DeckSlide[];
  @Field(() => String, { description: 'When the deck was created (ISO 8601).' })
  createdAt!: string;
  @Field(() => String, { description: 'When the deck or one of its slides last changed (ISO 8601).' })
  updatedAt!: string;
}

@ObjectType({ description: 'One of your decks, as listed: without its slides.' })
export class DeckSummary {
  @Field(() => ID, { description: 'Deck id (a UUID), for deck(id).' })
  id!: string;
  @Field(() => String, { description: 'The deck’s title.' })
  title!: string;
  @Field(() => String, { nullable: true, description: 'Kemendagri code of the region the deck is about, if any.' })
  regionCode!: string | null;
  @Field(() => Boolean, { description: 'Whether anyone with the link may open the deck.' })
  linkSharing!: boolean;
  @Field(() => Int, { description: 'Number of slides.' })
  slideCount!: number;
  @Field(() => String, { description: 'When the deck was created (ISO 8601).' })
  createdAt!: string;
  @Field(() => String, { description: 'When the deck or one of its slides last changed (ISO 8601).' })
  updatedAt!: string;
}

@InputType({ description: 'A new slide: a dashboard view with its exact state, and what the presenter says of it.' })
export class DeckSlideInput {
  @Field(() => String, {
    description: 'Which chart of the page, a short id such as "trend" (lowercase letters, digits and -, at most 40).',
  })
  chart!: string;
  @Field(() => String, {
    description:
      'The view’s URL query string (at most 2,000 characters), with hal naming a page that has charts: ringkasan, bandingkan, tren, rapor, peta or program.',
  })
  view!: string;
  @Field(() => String, { description: 'The slide’s title: one line, 1–200 characters.' })
  title!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The presenter’s headline (one line, at most 500 characters); null or blank: computed from the data.',
  })
  headline?: string | null;
  @Field(() => String, { nullable: true, description: 'Notes for the presenter (at most 5,000 characters; line breaks kept).' })
  notes?: string | null;
}

@InputType({ description: 'A new deck, with its slides if they are known at once (a per-kabupaten deck, a rakor agenda).' })
export class NewDeckInput {
  @Field(() => String, { description: 'The deck’s title: one line, 1–200 characters.' })
  title!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The region the deck is about: Kemendagri code (e.g. "75"), BPS code or name.',
  })
  regionCode?: string | null;
  @Field(() => [DeckSlideInput], {
    nullable: true,
    description: 'Its slides in order (at most 100); all are written or, if one is refused, none.',
  })
  slides?: DeckSlideInput[] | null;
}

@InputType({ description: 'Changes to a slide: the fields given change, the others stay.' })
export class DeckSlideChanges {
  @Field(() => String, { nullable: true, description: 'A new chart id.' })
  chart?: string | null;
  @Field(() => String, { nullable: true, description: 'A new view (URL query string).' })
  view?: string | null;
  @Field(() => String, { nullable: true, description: 'A new title.' })
  title?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'A new headline; null (given explicitly) or blank goes back to the headline computed from the data.',
  })
  headline?: string | null;
  @Field(() => String, { nullable: true, description: 'New notes; null or empty clears them.' })
  notes?: string | null;
}
