import { afterAll, beforeAll, expect, it } from 'vitest';
import { accountViewer } from '../accounts/viewer.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';

const DEFINE = `mutation ($input: CompositeMethodologyInput!) {
  defineCompositeMethodology(input: $input) { code version status dimensions { code components { indicatorCode invert } } }
}`;

// A method an administrator might try: poverty (lower is better) and IPM, bounds set by hand.
const INPUT = {
  code: 'INDEKS_UJI',
  nameId: 'Indeks uji kemiskinan dan IPM',
  nameEn: 'Test index of poverty and HDI',
  descriptionId: 'Metode uji untuk memeriksa perhitungan.',
  aggregation: 'WEIGHTED_SUM',
  normalisation: 'MIN_MAX',
  dimensions: [
    {
      code: 'kemiskinan',
      nameId: 'Kemiskinan',
      nameEn: 'Poverty',
      weight: 0.5,
      components: [{ indicatorCode: 'poverty_rate_p0', weight: 1, min: 0, max: 30 }],
    },
    {
      code: 'ipm',
      nameId: 'IPM',
      nameEn: 'HDI',
      weight: 0.5,
      components: [{ indicatorCode: 'human_development_index_ipm', weight: 1, min: 50, max: 90 }],
    },
  ],
};

describeEachDatabase(
  'composite indices',
  (use) => {
    let api: Awaited<ReturnType<typeof createTestApi>>;
    beforeAll(async () => {
      api = await createTestApi(use());
    });
    afterAll(() => api.stop());

    it('ships the RPJMN three-dimension IKS structures, labelled as examples', async () => {
      const { compositeMethodologies } = await api.query<{
        compositeMethodologies: { code: string; status: string; nameId: string; dimensions: { code: string }[] }[];
      }>('{ compositeMethodologies { code version status nameId aggregation dimensions { code } } }');
      expect(compositeMethodologies.map((m) => [m.code, m.status])).toEqual([
        ['IKS_DISABILITY_RPJMN', 'EXAMPLE'],
        ['IKS_ELDERLY_RPJMN', 'EXAMPLE'],
      ]);
      expect(compositeMethodologies[1]?.nameId).toMatch(/CONTOH/);
      expect(compositeMethodologies[1]?.dimensions.map((d) => d.code)).toEqual([
        'basic_needs',
        'social_role',
        'economic_independence',
      ]);
    });

    it('computes nothing, and names what is missing, when the dimension values have not been entered', async () => {
      const { compositeIndex } = await api.query<{ compositeIndex: { value: number | null; missing: string[] }[] }>(
        '{ compositeIndex(methodologyCode: "IKS_ELDERLY_RPJMN", regionCodes: ["75"], period: "2024") { value missing formula } }',
      );
      expect(compositeIndex[0]).toMatchObject({
        value: null,
        missing: ['iks_elderly_basic_needs', 'iks_elderly_social_role', 'iks_elderly_economic_independence'],
      });
    });

    it('stores an administrator’s method as a new version and computes it step by step from real figures', async () => {
      const first = await api.query<{
        defineCompositeMethodology: { version: number; status: string; dimensions: { components: { invert: boolean }[] }[] };
      }>(DEFINE, {
        input: INPUT,
      });
      expect(first.defineCompositeMethodology).toMatchObject({ version: 1, status: 'DRAFT' });
      // Poverty is lower-is-better: inverted unless the administrator says otherwise.
      expect(first.defineCompositeMethodology.dimensions.map((d) => d.components[0]?.invert)).toEqual([true, false]);
      // OFFICIAL needs the document that publishes the method: refused without it, nothing stored.
      const unsourced = await api.execute(DEFINE, { input: { ...INPUT, status: 'OFFICIAL', source: 'Catatan uji' } });
      expect(unsourced.errors?.[0]?.message).toBe(
        'The methodology cannot be stored: An OFFICIAL methodology needs the address of that document (sourceUrl) or the regulation that sets it (legalBasis).',
      );
      const second = await api.query<{ defineCompositeMethodology: { version: number } }>(DEFINE, {
        input: { ...INPUT, status: 'OFFICIAL', source: 'Dokumen uji', legalBasis: 'Peraturan uji 1/2025' },
      });
      expect(second.defineCompositeMethodology.version).toBe(2);
      // A kabupaten/kota administrator may not define methods.
      const regency = await api.execute(
        DEFINE,
        { input: INPUT },
        { viewer: accountViewer('admin-boalemo', [{ role: 'ADMINISTRATOR', regionCode: '75.02' }]) },
      );
      expect(regency.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      const { compositeIndex } = await api.query<{
        compositeIndex: {
          version: number;
          value: number;
          formula: string;
          dimensions: { score: number; components: { rawValue: number; formula: string; source: string }[] }[];
        }[];
      }>(
        `{ compositeIndex(methodologyCode: "INDEKS_UJI", regionCodes: ["75"], period: "2024") {
            version value formula dimensions { score formula components { rawValue rawPeriod source normalised formula } } } }`,
      );
      const [result] = compositeIndex;
      // Gorontalo 2024: P0 14.57 (BPS, kab/kota table), IPM from the province table.
      const [poverty, ipm] = result!.dimensions;
      expect(poverty?.components[0]).toMatchObject({ rawValue: 14.57, formula: '(30 − 14.57) / (30 − 0) × 100 = 51.4333' });
      const ipmValue = ipm!.components[0]!.rawValue;
      const expected = Math.round((0.5 * ((30 - 14.57) / 30) * 100 + 0.5 * ((ipmValue - 50) / 40) * 100) * 1e4) / 1e4;
      expect(result).toMatchObject({ version: 2, value: expected });
      expect(result!.formula).toBe(`0.5 × 51.4333 + 0.5 × ${ipm!.score} = ${expected}`);
    });

    it('refuses a broken method and lists every problem', async () => {
      const broken = {
        ...INPUT,
        code: 'RUSAK',
        dimensions: [
          { ...INPUT.dimensions[0], weight: 0.7, components: [{ indicatorCode: 'tidak_ada', weight: 1, min: 10, max: 5 }] },
        ],
      };
      const result = await api.execute(DEFINE, { input: broken });
      expect(result.errors?.[0]?.message).toBe(
        'The methodology cannot be stored: Dimension “kemiskinan”, component “tidak_ada”: unknown indicator. Dimension “kemiskinan”, component “tidak_ada”: max (5) must be above min (10). Dimension weights must add up to 1 for a weighted sum (they add up to 0.7).',
      );
    });

    it('refuses codes that could be a spreadsheet formula, markup or a kilobyte of text, storing nothing', async () => {
      const before = await use().sql.query<{ n: number }>('SELECT count(*)::int AS n FROM composite_methodology');
      // A kilobyte is stopped by the API's bound on input lengths before the service sees it.
      const long = await api.execute(DEFINE, { input: { ...INPUT, code: 'A'.repeat(1_000) } });
      expect(long.errors?.[0]?.message).toMatch(/^input\.code \(of defineCompositeMethodology\)/);
      for (const code of ['=HYPERLINK("http://example.com","x")', '<script>alert(1)</script>', 'A'.repeat(65), '  ']) {
        const result = await api.execute(DEFINE, { input: { ...INPUT, code } });
        expect(result.errors?.[0]?.message, code.slice(0, 20)).toMatch(
          /^The methodology cannot be stored: A methodology('s code “.{1,41}” must start with a letter| needs a code)/,
        );
      }
      const dimension = await api.execute(DEFINE, {
        input: {
          ...INPUT,
          code: 'IKS_KODE_UJI',
          dimensions: [{ ...INPUT.dimensions[0], code: '@SUM(A1)' }, ...INPUT.dimensions.slice(1)],
        },
      });
      expect(dimension.errors?.[0]?.message).toContain('A dimension code “@SUM(A1)” must start with a letter');
      const after = await use().sql.query<{ n: number }>('SELECT count(*)::int AS n FROM composite_methodology');
      expect(after).toEqual(before);
    });
  },
  { demoData: true },
);
