import { afterAll, beforeAll, expect, it } from 'vitest';
import { accountViewer, systemViewer } from '../accounts/viewer.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';

// Mutations take a region as analysts write it, as queries and files do: a name or a BPS code is stored as the
// Kemendagri code, and the rules that follow (scope, authorisation) see the region it names.
const editor = accountViewer('editor-kota-gorontalo', [{ role: 'EDITOR', regionCode: '75.71' }]);

describeEachDatabase(
  'regions by name in mutations',
  (use) => {
    let api: Awaited<ReturnType<typeof createTestApi>>;
    beforeAll(async () => {
      api = await createTestApi(use());
    });
    afterAll(() => api.stop());

    it('takes the region of a typed value by name or BPS code, and keeps the editor to their region', async () => {
      const FORM = `mutation ($v: [FormValueInput!]!) { submitValues(values: $v, dryRun: true) {
        counts { inserted } errors { code } } }`;
      const value = { indicatorCode: 'poverty_severity_index_p2', period: '2026', value: '0,21', source: 'Dinsos' };
      for (const regionCode of ['Kota Gorontalo', '7571', '75.71']) {
        const { submitValues } = await api.query<{ submitValues: { counts: { inserted: number }; errors: unknown[] } }>(
          FORM,
          { v: [{ ...value, regionCode }] },
          { viewer: editor },
        );
        expect(submitValues, regionCode).toEqual({ counts: { inserted: 1 }, errors: [] });
      }
      const outside = await api.query<{ submitValues: { errors: { code: string }[] } }>(
        FORM,
        { v: [{ ...value, regionCode: 'Kab. Boalemo' }] },
        { viewer: editor },
      );
      expect(outside.submitValues.errors.map((e) => e.code)).toEqual(['OUT_OF_SCOPE']);
    });

    it('grants roles at a region named by name', async () => {
      const { createAccount } = await api.query<{ createAccount: { grants: { role: string; regionCode: string }[] } }>(
        `mutation { createAccount(input: { username: "verifikator-sulteng", displayName: "Verifikator", password: "sandi-yang-panjang-1",
           grants: [{ role: VERIFIER, regionCode: "Provinsi Sulawesi Tengah" }, { role: EDITOR, regionCode: "7501" }] }) { grants { role regionCode } } }`,
        {},
        { viewer: systemViewer('admin') },
      );
      expect(createAccount.grants).toEqual([
        { role: 'VERIFIER', regionCode: '72' },
        { role: 'EDITOR', regionCode: '75.02' },
      ]);
      const unknown = await api.execute(
        `mutation { createAccount(input: { username: "salah", displayName: "x", password: "sandi-yang-panjang-1",
           grants: [{ role: EDITOR, regionCode: "Kabupaten Entah" }] }) { id } }`,
        {},
        { viewer: systemViewer('admin') },
      );
      expect(unknown.errors?.[0]?.message).toMatch(/Kabupaten Entah/);
    });

    it('files a deck under a region named by name', async () => {
      // Decks belong to an account: one of its own.
      const { createAccount } = await api.query<{ createAccount: { id: number } }>(
        `mutation { createAccount(input: { username: "penyaji", displayName: "Penyaji", password: "sandi-yang-panjang-1",
           grants: [{ role: VIEWER, regionCode: "ID" }] }) { id } }`,
        {},
        { viewer: systemViewer('admin') },
      );
      const presenter = accountViewer('penyaji', [{ role: 'VIEWER', regionCode: 'ID' }], createAccount.id);
      const { createDeck } = await api.query<{ createDeck: { region: { code: string } } }>(
        'mutation { createDeck(input: { title: "Rakor Sulteng", regionCode: "Sulteng", slides: [] }) { region { code } } }',
        {},
        { viewer: presenter },
      );
      expect(createDeck.region.code).toBe('72');
    });
  },
  { demoData: true },
);
