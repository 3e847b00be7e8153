import request from 'supertest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { setDisabled } from '../accounts/accounts.service.js';
import { readDashboardOperations } from '../accounts/anonymous-access.js';
import { ANONYMOUS, type Viewer } from '../accounts/viewer.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi, TEST_ADMINISTRATOR, type TestApi } from '../test-support/graphql.js';
import {
  ADD,
  CREATE,
  DECK,
  DELETE,
  type DeckOut,
  DUPLICATE,
  deckAccount,
  deckRows,
  decksAs,
  REMOVE,
  RENAME,
  REORDER,
  SHARE,
  trendSlide,
  UPDATE,
} from './deck.fixtures.js';
import { createDeck, deckById, deleteDeck, listDecks } from './deck.service.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describeEachDatabase('decks: who may read, change and delete them', (use) => {
  let api: TestApi;
  let presenter: Viewer;
  let owner: ReturnType<typeof decksAs>;
  let other: ReturnType<typeof decksAs>;
  let shared: DeckOut;
  let unshared: DeckOut;

  beforeAll(async () => {
    api = await createTestApi(use());
    presenter = await deckAccount(use(), 'penyaji', [{ role: 'VIEWER', regionCode: '75' }]);
    owner = decksAs(api, presenter);
    other = decksAs(api, await deckAccount(use(), 'editor-kota', [{ role: 'EDITOR', regionCode: '75.71' }]));
    shared = await owner.create({ title: 'Dibagikan', regionCode: '75', slides: [trendSlide('75.01'), trendSlide('75.02')] });
    shared = await owner.share(shared.id, true);
    unshared = await owner.create({ title: 'Pribadi', slides: [trendSlide('75.03'), trendSlide('75.04')] });
  });
  afterAll(() => api.stop());

  it('answers a private deck to another account exactly as a deck that does not exist', async () => {
    const hidden = await other.refusal(DECK, { id: unshared.id });
    const missing = await other.refusal(DECK, { id: UNKNOWN });
    expect(hidden.code).toBe('NOT_FOUND');
    expect(hidden).toEqual({ ...missing, message: missing.message.replace(UNKNOWN, unshared.id) });
    expect(hidden.message).toBe(
      `There is no deck “${unshared.id}” that you may open: it does not exist (any more), or its owner has not shared it.`,
    );
    expect(await other.deck(shared.id)).toEqual({ ...shared, canEdit: false, canDelete: false });
    expect(await other.list()).toEqual([]);
    // In production the sentence and its code still reach the client (they are the caller's to act on).
    const production = await createTestApi(use(), { production: true });
    try {
      const result = await production.execute(DECK, { id: unshared.id }, { viewer: other.viewer });
      expect(result.errors?.[0]).toMatchObject({ message: hidden.message, extensions: { code: 'NOT_FOUND' } });
    } finally {
      await production.stop();
    }
  });

  it('lets nobody but the owner change a deck: a shared one is refused, a private one is not found, nothing is written', async () => {
    const before = await deckRows(use());
    const attempts = (deck: DeckOut): [string, Record<string, unknown>][] => [
      [RENAME, { id: deck.id, title: 'Diambil alih' }],
      [SHARE, { id: deck.id, on: !deck.linkSharing }],
      [ADD, { deckId: deck.id, slides: [trendSlide('75.71')] }],
      [UPDATE, { id: deck.slides[0]!.id, input: { headline: 'Diubah orang lain' } }],
      [REMOVE, { id: deck.slides[0]!.id }],
      [REORDER, { deckId: deck.id, slideIds: deck.slides.map((s) => s.id).reverse() }],
      [DELETE, { id: deck.id }],
    ];
    for (const [query, variables] of attempts(shared)) {
      const refusal = await other.refusal(query, variables);
      expect(refusal.code, query).toBe('FORBIDDEN');
      expect(refusal.message, query).toMatch(/^Only the deck's owner (\(or a national administrator\) )?may /);
    }
    for (const [query, variables] of attempts(unshared)) {
      expect((await other.refusal(query, variables)).code, query).toBe('NOT_FOUND');
    }
    expect(await deckRows(use())).toBe(before);
  });

  it('lets another account duplicate a shared deck into its own decks, not a private one', async () => {
    const copy = await other.duplicate(shared.id);
    expect(copy).toMatchObject({ title: 'Dibagikan (salinan)', ownerName: 'editor-kota', canEdit: true, slideCount: 2 });
    expect((await other.list()).map((d) => d.id)).toEqual([copy.id]);
    expect((await other.refusal(DUPLICATE, { id: unshared.id })).code).toBe('NOT_FOUND');
    // The copy is the other account's: the original's owner does not see it.
    expect((await owner.refusal(DECK, { id: copy.id })).code).toBe('NOT_FOUND');
    await other.remove(copy.id);
  });

  it('shows a shared deck to an anonymous visitor, who can neither list, create nor delete decks', async () => {
    const db = use();
    expect(await deckById(db, ANONYMOUS, shared.id)).toMatchObject({
      id: shared.id,
      ownerName: 'penyaji',
      canEdit: false,
      canDelete: false,
      slides: shared.slides,
    });
    await expect(deckById(db, ANONYMOUS, unshared.id)).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(await listDecks(db, ANONYMOUS)).toEqual([]);
    await expect(createDeck(db, ANONYMOUS, { title: 'Tamu' })).rejects.toMatchObject({
      message: 'Sign in first: build decks needs an account.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await expect(deleteDeck(db, ANONYMOUS, shared.id)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    // Through GraphQL a visitor runs only the dashboard's own documents: an ad-hoc query is refused, the web app's
    // Deck query (sent by its hash, as the dashboard does) opens a shared deck and answers NOT_FOUND for another.
    const adHoc = await api.execute(DECK, { id: shared.id }, { viewer: ANONYMOUS });
    expect(adHoc.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [hash] = [...readDashboardOperations()].find(([, text]) => /\bquery Deck\b/.test(text)) ?? [];
    expect(hash).toBeDefined();
    const byHash = (id: string) =>
      request(api.anonymousHttp)
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ variables: { id }, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    const open = await byHash(shared.id);
    expect(open.status).toBe(200);
    expect(open.body.data.deck).toMatchObject({ id: shared.id, canEdit: false, slideCount: shared.slides.length });
    const closed = await byHash(unshared.id);
    expect(closed.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(closed.body.data).toBeNull();
  });

  it('lets a national administrator delete anyone’s deck, kept in the owner’s audit trail; not a provincial one', async () => {
    const national = decksAs(api, await deckAccount(use(), 'admin-nasional', [{ role: 'ADMINISTRATOR', regionCode: 'ID' }]));
    const provincial = decksAs(api, await deckAccount(use(), 'admin-gorontalo', [{ role: 'ADMINISTRATOR', regionCode: '75' }]));
    const abusive = await owner.create({ title: 'Spam', slides: [trendSlide('75.05')] });
    // Like everyone else, administrators do not read a deck that is not shared.
    expect((await national.refusal(DECK, { id: abusive.id })).code).toBe('NOT_FOUND');
    expect((await provincial.refusal(DELETE, { id: abusive.id })).code).toBe('NOT_FOUND');
    await owner.share(abusive.id, true);
    expect((await provincial.deck(abusive.id)).canDelete).toBe(false);
    expect((await national.deck(abusive.id)).canDelete).toBe(true);
    expect((await provincial.refusal(DELETE, { id: abusive.id })).code).toBe('FORBIDDEN');
    expect(await national.remove(abusive.id)).toBe(abusive.id);
    expect((await owner.refusal(DECK, { id: abusive.id })).code).toBe('NOT_FOUND');
    const audit = await use().sql.query(
      "SELECT entity, entity_key, field, old_value, new_value, changed_by FROM audit_entry WHERE field = 'deck'",
    );
    expect(audit).toEqual([
      {
        entity: 'app_user',
        entity_key: 'penyaji',
        field: 'deck',
        old_value: `Spam (${abusive.id})`,
        new_value: 'deleted by an administrator',
        changed_by: 'admin-nasional',
      },
    ]);
  });

  it('refuses the command line (no account) and an account that must change its password, with sentences', async () => {
    const operator = await api.execute(CREATE, { input: { title: 'Operator' } }, { viewer: TEST_ADMINISTRATOR });
    expect(operator.errors?.[0]).toMatchObject({
      message: 'Decks belong to an account: sign in with yours to build decks (the command line acts for no account).',
      extensions: { code: 'FORBIDDEN' },
    });
    const fresh = await deckAccount(use(), 'belum-ganti', [{ role: 'ANALYST', regionCode: 'ID' }]);
    const mustChange = { ...fresh, mustChangePassword: true } as Viewer;
    const refused = await api.execute(CREATE, { input: { title: 'Baru' } }, { viewer: mustChange });
    expect(refused.errors?.[0]?.message).toMatch(/^Change your password first/);
    // It still reads what is shared.
    expect((await api.query<{ deck: DeckOut }>(DECK, { id: shared.id }, { viewer: mustChange })).deck.id).toBe(shared.id);
  });

  it('keeps a disabled account’s shared decks readable; the account’s row takes its decks with it', async () => {
    const leaver = await deckAccount(use(), 'pindah-tugas', [{ role: 'VIEWER', regionCode: '75' }]);
    const theirs = decksAs(api, leaver);
    const deck = await theirs.create({ title: 'Rakor 2025', slides: [trendSlide('75.01')] });
    await theirs.share(deck.id, true);
    if (leaver.kind !== 'user') throw new Error('an account');
    await setDisabled(use(), TEST_ADMINISTRATOR, leaver.userId, true);
    // Participants keep their link; a colleague can take the deck over by duplicating it.
    expect(await other.deck(deck.id)).toMatchObject({ title: 'Rakor 2025', ownerName: 'pindah-tugas', canEdit: false });
    const takenOver = await other.duplicate(deck.id, 'Rakor 2026');
    expect(takenOver.slideCount).toBe(1);
    await other.remove(takenOver.id);
    // Accounts are disabled, not deleted, by the platform; should a row be removed, its decks and slides go with it.
    await use().sql.query('DELETE FROM app_user WHERE id = $1', [leaver.userId]);
    const left = await use().sql.query<{ n: number }>(
      'SELECT (SELECT count(*) FROM deck WHERE id = $1)::int + (SELECT count(*) FROM deck_slide WHERE deck_id = $1)::int AS n',
      [deck.id],
    );
    expect(left).toEqual([{ n: 0 }]);
  });
});
