import { parse } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Viewer } from '../accounts/viewer.js';
import { operationCost } from '../graphql/cost.js';
import { readCostFacts } from '../graphql/cost-facts.js';
import { MAX_COST } from '../graphql/limits.js';
import { buildAppSchema } from '../graphql/schema.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/graphql.js';
import { ADD, CREATE, DECK, DECKS, deckAccount, decksAs, REORDER, trendSlide } from './deck.fixtures.js';

/** Gorontalo's six kabupaten/kota. */
const GORONTALO = ['75.01', '75.02', '75.03', '75.04', '75.05', '75.71'];

describeEachDatabase('decks: an owner builds, changes and copies them', (use) => {
  let api: TestApi;
  let presenter: Viewer;
  let owner: ReturnType<typeof decksAs>;

  beforeAll(async () => {
    api = await createTestApi(use());
    // A viewer: presenters are often accounts that only read.
    presenter = await deckAccount(use(), 'penyaji', [{ role: 'VIEWER', regionCode: '75' }]);
    owner = decksAs(api, presenter);
  });
  afterAll(() => api.stop());

  it('creates a deck with its slides in one call, reads it back and lists it', async () => {
    const made = await owner.create({
      title: '  Rakor Kesejahteraan Sosial Gorontalo 2026 ',
      regionCode: '75',
      slides: [
        { ...trendSlide('75'), headline: 'Gorontalo masih di atas target', notes: 'Mulai dari provinsi.\nLalu kab/kota.' },
        trendSlide('75.01'),
        { chart: 'ranking', view: '?hal=bandingkan&induk=75&indikator=poverty_rate_p0', title: 'Peringkat kab/kota' },
      ],
    });
    expect(made).toMatchObject({
      title: 'Rakor Kesejahteraan Sosial Gorontalo 2026',
      ownerName: 'penyaji',
      regionCode: '75',
      linkSharing: false,
      canEdit: true,
      canDelete: true,
      slideCount: 3,
    });
    expect(made.slides.map((s) => [s.position, s.chart, s.view, s.headline, s.notes])).toEqual([
      [0, 'trend', trendSlide('75').view, 'Gorontalo masih di atas target', 'Mulai dari provinsi.\nLalu kab/kota.'],
      [1, 'trend', trendSlide('75.01').view, null, ''],
      [2, 'ranking', 'hal=bandingkan&induk=75&indikator=poverty_rate_p0', null, ''],
    ]);
    expect(await owner.deck(made.id)).toEqual(made);
    const listed = await owner.list();
    expect(listed.find((d) => d.id === made.id)).toEqual({
      id: made.id,
      title: made.title,
      regionCode: '75',
      linkSharing: false,
      slideCount: 3,
      createdAt: made.createdAt,
      updatedAt: made.updatedAt,
    });
  });

  it('renames, shares, edits a slide, sets its headline back to the computed one, and lists the last changed first', async () => {
    // Moments are kept to the millisecond: a few apart, so the order is certain.
    const later = () => new Promise((resolve) => setTimeout(resolve, 5));
    const first = await owner.create({ title: 'Pertama', slides: [trendSlide('75.02')] });
    await later();
    const second = await owner.create({ title: 'Kedua' });
    await later();
    expect((await owner.list()).slice(0, 2).map((d) => d.title)).toEqual(['Kedua', 'Pertama']);
    const renamed = await owner.rename(first.id, 'Pertama (revisi)');
    expect(renamed.title).toBe('Pertama (revisi)');
    expect(Date.parse(renamed.updatedAt)).toBeGreaterThanOrEqual(Date.parse(first.updatedAt));
    expect((await owner.list()).slice(0, 2).map((d) => d.title)).toEqual(['Pertama (revisi)', 'Kedua']);
    expect((await owner.share(first.id, true)).linkSharing).toBe(true);
    expect((await owner.share(first.id, false)).linkSharing).toBe(false);
    const slide = first.slides[0]!;
    const edited = await owner.update(slide.id, {
      headline: 'Boalemo paling jauh dari target',
      notes: 'Sebut anggaran 2026.',
      view: 'hal=tren&wilayah=75.02&indikator=poverty_rate_p0&banding=75.01%2C75.71',
    });
    expect(edited.slides[0]).toEqual({
      ...slide,
      headline: 'Boalemo paling jauh dari target',
      notes: 'Sebut anggaran 2026.',
      view: 'hal=tren&wilayah=75.02&indikator=poverty_rate_p0&banding=75.01%2C75.71',
    });
    const computed = await owner.update(slide.id, { headline: null });
    expect(computed.slides[0]).toMatchObject({ headline: null, notes: 'Sebut anggaran 2026.', title: slide.title });
    expect((await owner.update(slide.id, { chart: 'table', title: 'Tabel' })).slides[0]).toMatchObject({
      chart: 'table',
      title: 'Tabel',
      headline: null,
    });
    await owner.remove(second.id);
  });

  it('adds slides first, in the middle and at the end, and removes one, keeping positions 0, 1, 2…', async () => {
    const deck = await owner.create({ title: 'Posisi', slides: [trendSlide('75.01'), trendSlide('75.02')] });
    const titles = (d: typeof deck) => d.slides.map((s) => `${s.position}:${s.title}`);
    const atStart = await owner.add(deck.id, [trendSlide('75', 'Agenda')], 0);
    expect(titles(atStart)).toEqual(['0:Agenda', '1:Tren P0 75.01', '2:Tren P0 75.02']);
    const inMiddle = await owner.add(deck.id, [trendSlide('75.03'), trendSlide('75.04')], 2);
    expect(titles(inMiddle)).toEqual(['0:Agenda', '1:Tren P0 75.01', '2:Tren P0 75.03', '3:Tren P0 75.04', '4:Tren P0 75.02']);
    const atEnd = await owner.add(deck.id, [trendSlide('75.71')]);
    expect(titles(atEnd).at(-1)).toBe('5:Tren P0 75.71');
    // Slides keep their ids when they move.
    expect(atEnd.slides.find((s) => s.title === 'Tren P0 75.02')?.id).toBe(deck.slides[1]!.id);
    const removed = await owner.removeSlide(atEnd.slides[2]!.id);
    expect(titles(removed)).toEqual(['0:Agenda', '1:Tren P0 75.01', '2:Tren P0 75.04', '3:Tren P0 75.02', '4:Tren P0 75.71']);
    const last = await owner.removeSlide(removed.slides[4]!.id);
    expect(last.slideCount).toBe(4);
    const outside = await owner.refusal(
      'mutation ($d: ID!, $s: [DeckSlideInput!]!) { addDeckSlides(deckId: $d, slides: $s, position: 9) { id } }',
      { d: deck.id, s: [trendSlide('75')] },
    );
    expect(outside.message).toBe(
      'Position 9 is outside the deck: give 0 (first) to 4 (after the last slide), or leave it out to add at the end.',
    );
  });

  it('reorders the slides to any permutation, and back', async () => {
    const deck = await owner.create({ title: 'Urutan', slides: GORONTALO.map((c) => trendSlide(c)) });
    const ids = deck.slides.map((s) => s.id);
    const reversed = await owner.reorder(deck.id, [...ids].reverse());
    expect(reversed.slides.map((s) => s.id)).toEqual([...ids].reverse());
    expect(reversed.slides.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5]);
    const rotated = [...ids.slice(2), ...ids.slice(0, 2)];
    expect((await owner.reorder(deck.id, rotated)).slides.map((s) => s.id)).toEqual(rotated);
    expect((await owner.reorder(deck.id, ids)).slides.map((s) => s.title)).toEqual(GORONTALO.map((c) => `Tren P0 ${c}`));
  });

  it('duplicates a deck with every slide into a new, unshared deck', async () => {
    const source = await owner.create({
      title: 'Sumber',
      regionCode: '75',
      slides: [{ ...trendSlide('75.01'), headline: 'Judul sendiri', notes: 'Catatan' }, trendSlide('75.02')],
    });
    await owner.share(source.id, true);
    const copy = await owner.duplicate(source.id);
    expect(copy).toMatchObject({ title: 'Sumber (salinan)', regionCode: '75', linkSharing: false, slideCount: 2 });
    expect(copy.id).not.toBe(source.id);
    const strip = (s: (typeof copy.slides)[number]) => ({ ...s, id: undefined });
    expect(copy.slides.map(strip)).toEqual(source.slides.map(strip));
    expect(copy.slides.map((s) => s.id).filter((id) => source.slides.some((s) => s.id === id))).toEqual([]);
    // The copy changes on its own.
    await owner.update(copy.slides[0]!.id, { title: 'Diubah di salinan' });
    expect((await owner.deck(source.id)).slides[0]!.title).toBe('Tren P0 75.01');
    const named = await owner.duplicate(source.id, 'Rakor 2027');
    expect(named.title).toBe('Rakor 2027');
    // A long title still fits once " (salinan)" is added.
    const long = await owner.create({ title: 'x'.repeat(200) });
    expect((await owner.duplicate(long.id)).title).toBe(`${'x'.repeat(190)} (salinan)`);
  });

  it('deletes a deck with its slides', async () => {
    const deck = await owner.create({ title: 'Dihapus', slides: [trendSlide('75.01')] });
    expect(await owner.remove(deck.id)).toBe(deck.id);
    expect(await owner.refusal(DECK, { id: deck.id })).toMatchObject({ code: 'NOT_FOUND' });
    const [{ n }] = (await use().sql.query<{ n: number }>('SELECT count(*)::int AS n FROM deck_slide WHERE deck_id = $1', [
      deck.id,
    ])) as [{ n: number }];
    expect(n).toBe(0);
  });

  it('costs the same statements for a deck of 1 slide or 38, and a list of 1 deck or 40', async () => {
    const other = decksAs(api, await deckAccount(use(), 'penyaji-hitung', [{ role: 'VIEWER', regionCode: 'ID' }]));
    const statements = async (work: () => Promise<unknown>) => (await api.statementsOf(work, 'held')).length;
    const many = Array.from({ length: 38 }, (_, i) => trendSlide(GORONTALO[i % 6]!, `Slide ${i + 1}`));
    let small = '';
    let large = '';
    const createSmall = await statements(async () => {
      small = (await other.create({ title: 'Kecil', slides: [trendSlide('75.01')] })).id;
    });
    const createLarge = await statements(async () => {
      large = (await other.create({ title: 'Besar', slides: many })).id;
    });
    expect(createLarge).toBe(createSmall);
    expect(createSmall).toBeLessThanOrEqual(5);
    expect(await statements(() => other.deck(large))).toBe(1);
    expect(await statements(() => other.deck(small))).toBe(1);
    const listFew = await statements(() => api.query(DECKS, {}, { viewer: other.viewer }));
    for (let i = 0; i < 38; i++) await other.create({ title: `Dek ${i}`, slides: [trendSlide('75.02')] });
    expect((await other.list()).length).toBe(40);
    expect(await statements(() => api.query(DECKS, {}, { viewer: other.viewer }))).toBe(listFew);
    expect(listFew).toBe(1);
    const largeIds = (await other.deck(large)).slides.map((s) => s.id);
    const reorderLarge = await statements(() => api.query(REORDER, { deckId: large, slideIds: [...largeIds].reverse() }, other));
    const smallIds = (await other.deck(small)).slides.map((s) => s.id);
    const reorderSmall = await statements(() => api.query(REORDER, { deckId: small, slideIds: smallIds }, other));
    expect(reorderLarge).toBe(reorderSmall);
    expect(await statements(() => other.add(large, many.slice(0, 10), 3))).toBeLessThanOrEqual(7);
  });

  it('keeps a full deck and a full list well within the cost budget', async () => {
    const schema = await buildAppSchema();
    const facts = await readCostFacts(use());
    const cost = (query: string, variables: Record<string, unknown>) =>
      operationCost({ schema, document: parse(query), variables, operationName: null, facts });
    const id = '00000000-0000-4000-8000-000000000000';
    // Costed at the caps: 200 decks an account, 100 slides a deck.
    for (const [query, variables] of [
      [DECK, { id }],
      [DECKS, {}],
      [CREATE, { input: { title: 'a' } }],
      [ADD, { deckId: id, slides: [] }],
    ] as const) {
      expect(cost(query, variables), query).toBeLessThan(MAX_COST / 50);
    }
  });
});
