import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Viewer } from '../accounts/viewer.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/graphql.js';
import {
  ADD,
  CREATE,
  DECK,
  type DeckOut,
  DUPLICATE,
  deckAccount,
  deckRows,
  decksAs,
  RENAME,
  REORDER,
  trendSlide,
  UPDATE,
} from './deck.fixtures.js';
import { createDeck } from './deck.service.js';
import { addDeckSlides, updateDeckSlide } from './deck-slides.service.js';

describeEachDatabase('decks: limits and hostile input', (use) => {
  let api: TestApi;
  let presenter: Viewer;
  let owner: ReturnType<typeof decksAs>;
  let deck: DeckOut;
  let foreign: DeckOut;

  /** The refusal's sentence, after checking that nothing was written. */
  const refusedUnchanged = async (query: string, variables: Record<string, unknown>) => {
    const before = await deckRows(use());
    const refusal = await owner.refusal(query, variables);
    expect(refusal.code).toMatch(/^(BAD_USER_INPUT|NOT_FOUND|FORBIDDEN)$/);
    expect(await deckRows(use())).toBe(before);
    return refusal.message;
  };
  /** The same through the service, where the GraphQL layer's own length limits do not stand in front. */
  const serviceRefusal = async (work: () => Promise<unknown>) => {
    const before = await deckRows(use());
    const message = await work().then(
      () => 'accepted',
      (e: Error) => e.message,
    );
    expect(await deckRows(use())).toBe(before);
    return message;
  };

  beforeAll(async () => {
    api = await createTestApi(use());
    presenter = await deckAccount(use(), 'penyaji', [{ role: 'VIEWER', regionCode: '75' }]);
    owner = decksAs(api, presenter);
    deck = await owner.create({ title: 'Rakor', slides: [trendSlide('75.01'), trendSlide('75.02'), trendSlide('75.03')] });
    const stranger = decksAs(api, await deckAccount(use(), 'orang-lain', [{ role: 'ANALYST', regionCode: 'ID' }]));
    foreign = await stranger.create({ title: 'Milik orang lain', slides: [trendSlide('75.04')] });
  });
  afterAll(() => api.stop());

  it('refuses each limit with a sentence and writes nothing', async () => {
    const slides = (n: number) => Array.from({ length: n }, (_, i) => trendSlide('75.01', `Slide ${i + 1}`));
    expect(await refusedUnchanged(CREATE, { input: { title: 'Terlalu banyak', slides: slides(101) } })).toBe(
      'A deck holds at most 100 slides; 101 were sent.',
    );
    expect(await refusedUnchanged(ADD, { deckId: deck.id, slides: slides(98) })).toBe(
      'A deck holds at most 100 slides: this one has 3, so at most 97 more can be added (98 were sent).',
    );
    // Over GraphQL the argument limits refuse over-long text before anything runs; the service says the same itself.
    expect(await refusedUnchanged(RENAME, { id: deck.id, title: 'x'.repeat(201) })).toBe(
      'title (of renameDeck) is 201 characters long, more than the limit of 200: send a shorter value.',
    );
    expect(await serviceRefusal(() => createDeck(use(), presenter, { title: 'x'.repeat(201) }))).toBe(
      "The deck's title is 201 characters long, more than the limit of 200: shorten it.",
    );
    const slideId = deck.slides[0]!.id;
    expect(await refusedUnchanged(UPDATE, { id: slideId, input: { headline: 'x'.repeat(501) } })).toMatch(
      /^input\.headline \(of updateDeckSlide\) is 501 characters long, more than the limit of 500/,
    );
    expect(await serviceRefusal(() => updateDeckSlide(use(), presenter, slideId, { notes: 'x'.repeat(5001) }))).toBe(
      "The slide's notes is 5001 characters long, more than the limit of 5000: shorten it.",
    );
    // The limits themselves are accepted.
    const full = await owner.update(slideId, { headline: 'h'.repeat(500), notes: 'n'.repeat(5000) });
    expect(full.slides[0]).toMatchObject({ headline: 'h'.repeat(500), notes: 'n'.repeat(5000) });
    expect((await owner.add(deck.id, slides(97))).slideCount).toBe(100);
    expect(await refusedUnchanged(ADD, { deckId: deck.id, slides: slides(1) })).toMatch(/this one has 100, so at most 0 more/);
  });

  it('keeps at most 200 decks an account, copies included', async () => {
    const busy = await deckAccount(use(), 'penyaji-sibuk', [{ role: 'VIEWER', regionCode: 'ID' }]);
    if (busy.kind !== 'user') throw new Error('an account');
    await use().sql.query("INSERT INTO deck (title, owner_id) SELECT 'Dek ' || g, $1 FROM generate_series(1, 199) AS g", [
      busy.userId,
    ]);
    const theirs = decksAs(api, busy);
    const last = await theirs.create({ title: 'Ke-200' });
    expect((await theirs.list()).length).toBe(200);
    const before = await deckRows(use());
    const sentence = 'An account keeps at most 200 decks, and yours has 200: delete one you no longer need first.';
    expect((await theirs.refusal(CREATE, { input: { title: 'Ke-201', slides: [trendSlide('75')] } })).message).toBe(sentence);
    expect((await theirs.refusal(DUPLICATE, { id: last.id })).message).toBe(sentence);
    expect(await deckRows(use())).toBe(before);
  });

  it('refuses hostile text with a sentence and writes nothing', async () => {
    const slideId = deck.slides[1]!.id;
    const create = (over: Record<string, unknown>, input: Record<string, unknown> = {}) =>
      refusedUnchanged(CREATE, {
        input: { title: 'Serangan', slides: [trendSlide('75'), { ...trendSlide('75'), ...over }], ...input },
      });
    expect(await create({}, { title: 'Judul\u0000' })).toBe(
      "The deck's title holds a control character (a line break, a tab or an invisible code): write it on one line.",
    );
    expect(await create({ title: 'Baris\r\nbaru' })).toMatch(/^Slide 2's title holds a control character/);
    expect(await create({ notes: 'nul\u0000byte' })).toBe(
      "Slide 2's notes holds a control character other than a line break or a tab: remove it.",
    );
    expect(await create({ view: `hal=tren&wilayah=${'7'.repeat(2983)}` })).toMatch(
      /^input\.slides\[1\]\.view \(of createDeck\) is 3000 characters long, more than the limit of 2000/,
    );
    expect(
      await serviceRefusal(() =>
        addDeckSlides(use(), presenter, deck.id, [{ ...trendSlide('75'), view: `hal=tren&x=${'a'.repeat(2989)}` }]),
      ),
    ).toBe("Slide 1's view is 3000 characters long, more than the limit of 2000: shorten it.");
    expect(await create({ view: 'hal=akun' })).toBe(
      "Slide 2's view shows page “akun”, which has no chart: a slide shows one of ringkasan, bandingkan, tren, rapor, peta, program.",
    );
    expect(await create({ view: 'hal=tren&wilayah=%0D%0ASet-Cookie:x' })).toMatch(
      /value of “wilayah” that holds a control character/,
    );
    expect(await create({ view: 'javascript:alert(1)' })).toMatch(/which is not a key=value pair/);
    expect(await create({ chart: '<img src=x>' })).toMatch(/^Slide 2's chart “<img src=x>” is not a chart id/);
    expect(await create({ headline: '\ud83d' })).toMatch(/broken character/);
    expect(await create({}, { regionCode: '99.99' })).toBe(
      'Unknown region code “99.99”: give a Kemendagri code such as “75” or “75.01”.',
    );
    expect(await refusedUnchanged(UPDATE, { id: slideId, input: { view: 'hal=akun&wilayah=75' } })).toMatch(
      /“akun”, which has no chart/,
    );
    expect(await refusedUnchanged(UPDATE, { id: slideId, input: {} })).toBe(
      'Say what to change: a title, headline, notes, view or chart.',
    );
    expect(await refusedUnchanged(DECK, { id: "1' OR '1'='1" })).toBe(
      "“1' OR '1'='1” is not a deck id: ids are UUIDs, as the API returned them.",
    );
  });

  it('refuses a forged slide id: another deck’s slide in a reorder or an update, a slide twice, one left out', async () => {
    const small = await owner.create({ title: 'Kecil', slides: [trendSlide('75.01'), trendSlide('75.02'), trendSlide('75.03')] });
    const reorder = (slideIds: string[]) => refusedUnchanged(REORDER, { deckId: small.id, slideIds });
    const ids = small.slides.map((s) => s.id);
    const theirs = foreign.slides[0]!.id;
    // Someone else's private deck: its slide is not found, as the deck is not.
    expect(await refusedUnchanged(UPDATE, { id: theirs, input: { title: 'Dibajak' } })).toBe(
      `There is no slide “${theirs}” in a deck that you may open.`,
    );
    expect(await reorder([...ids.slice(0, -1), theirs])).toBe(
      `“${theirs}” is not a slide of this deck: give each of its slides once, in the new order.`,
    );
    expect(await reorder([...ids.slice(1), ids[1]!])).toMatch(/is given twice: give each of the deck's slides once/);
    expect(await reorder(ids.slice(1))).toBe(
      `The new order leaves out 1 of the deck's ${ids.length} slides: give each of them once (removeDeckSlide removes one).`,
    );
    expect(await reorder([...ids, theirs])).toMatch(/is not a slide of this deck/);
    expect(await reorder([])).toMatch(/leaves out/);
    // A slide id given where a deck id belongs is not a deck.
    expect((await owner.refusal(DECK, { id: ids[0] })).code).toBe('NOT_FOUND');
  });

  it('keeps an account within its limit when two requests create a deck at once', async () => {
    const racer = await deckAccount(use(), 'penyaji-serentak', [{ role: 'VIEWER', regionCode: 'ID' }]);
    if (racer.kind !== 'user') throw new Error('an account');
    await use().sql.query("INSERT INTO deck (title, owner_id) SELECT 'Dek ' || g, $1 FROM generate_series(1, 199) AS g", [
      racer.userId,
    ]);
    const results = await Promise.all(
      ['Satu', 'Dua'].map((title) => api.execute(CREATE, { input: { title, slides: [trendSlide('75')] } }, { viewer: racer })),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.find((r) => r.errors)?.errors?.[0]?.message).toMatch(/^An account keeps at most 200 decks, and yours has 200/);
  });

  it('keeps a deck within its limit when two requests add slides at once', async () => {
    const target = await owner.create({ title: 'Serentak', slides: [trendSlide('75')] });
    const batch = Array.from({ length: 60 }, (_, i) => trendSlide('75.01', `Serentak ${i}`));
    const results = await Promise.all([
      api.execute(ADD, { deckId: target.id, slides: batch }, { viewer: presenter }),
      api.execute(ADD, { deckId: target.id, slides: batch }, { viewer: presenter }),
    ]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.find((r) => r.errors)?.errors?.[0]?.message).toMatch(/this one has 61, so at most 39 more can be added/);
    const after = (await api.query<{ deck: DeckOut }>(DECK, { id: target.id }, { viewer: presenter })).deck;
    expect(after.slides.map((s) => s.position)).toEqual(Array.from({ length: 61 }, (_, i) => i));
  });
});
