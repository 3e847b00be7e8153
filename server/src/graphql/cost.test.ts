import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type DocumentNode,
  type GraphQLSchema,
  getIntrospectionQuery,
  getNullableType,
  isListType,
  isObjectType,
  parse,
} from 'graphql';
import Upload from 'graphql-upload/Upload.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';
import { operationCost } from './cost.js';
import { type CostFacts, readCostFacts } from './cost-facts.js';
import { COUNT_ROWS_PER_POINT, LIST_RULES } from './cost-rules.js';
import { MAX_COST } from './limits.js';
import { buildAppSchema } from './schema.js';

/** An upload, as graphql-upload hands it to the schema (the file itself is never read by the estimate). */
const upload = () => new Upload();

const EXAMPLES_DIR = fileURLToPath(new URL('../../../web/src/explorer/examples/', import.meta.url));
const GQL = fileURLToPath(new URL('../../../web/src/gql/graphql.ts', import.meta.url));

/** A deck or slide id for the deck operations' required variables. */
const DECK_ID = '00000000-0000-4000-8000-000000000000';

/** The dashboard's own operations, as GraphQL Code Generator wrote them. */
function dashboardDocuments(): Map<string, DocumentNode> {
  const text = readFileSync(GQL, 'utf8');
  const docs = new Map<string, DocumentNode>();
  for (const [, name, json] of text.matchAll(/export const (\w+)Document = (\{.*?\}) as unknown/g)) {
    docs.set(name!, JSON.parse(json!) as DocumentNode);
  }
  return docs;
}

describe('cost rules', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildAppSchema();
  });

  it('size every list field of the schema from its arguments or the data', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const coordinate = `${type.name}.${field.name}`;
        if (isListType(getNullableType(field.type)) && !LIST_RULES[coordinate]) missing.push(coordinate);
      }
    }
    expect(missing).toEqual([]);
  });
});

describeEachDatabase(
  'query cost on the demo data',
  (use) => {
    let schema: GraphQLSchema;
    let facts: CostFacts;
    let provinces: string[];
    let kabKota: string[];
    const cost = (query: string | DocumentNode, variables: Record<string, unknown> = {}) =>
      operationCost({
        schema,
        document: typeof query === 'string' ? parse(query) : query,
        variables,
        operationName: null,
        facts,
      });
    beforeAll(async () => {
      schema = await buildAppSchema();
      facts = await readCostFacts(use());
      provinces = (await use().sql.query<{ code: string }>("SELECT code FROM region WHERE level = 'PROVINCE' ORDER BY code")).map(
        (r) => r.code,
      );
      kabKota = (
        await use().sql.query<{ code: string }>("SELECT code FROM region WHERE level = 'REGENCY_CITY' ORDER BY code")
      ).map((r) => r.code);
    });

    it('reads the sizes of the data', () => {
      expect(facts.regionsUnder('ID', 'PROVINCE')).toBe(38);
      expect(facts.regionsUnder('ID', 'REGENCY_CITY')).toBe(514);
      expect(facts.regionsUnder('75', null)).toBe(6);
      expect(facts.regionsUnder('75', 'REGENCY_CITY')).toBe(6);
      expect(facts.periods(['poverty_rate_p0'], null, null)).toBeGreaterThan(10);
      expect(facts.periods(['poverty_rate_p0'], '2024', '2024')).toBeLessThanOrEqual(3);
      expect(facts.observations(null, null, null)).toBeGreaterThan(1000);
    });

    it.each(readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.graphql')))(
      'keeps the explorer example %s within the budget',
      (file) => {
        expect(cost(readFileSync(`${EXAMPLES_DIR}${file}`, 'utf8'), { file: upload() })).toBeLessThanOrEqual(MAX_COST);
      },
    );

    it('keeps the dashboard’s operations within the budget with their largest variables', () => {
      const docs = dashboardDocuments();
      const all = { codes: kabKota, indicators: Array(10).fill('poverty_rate_p0') };
      const variables: Record<string, Record<string, unknown>> = {
        RegionInfo: { code: '75' },
        RegionName: { code: '75' },
        RegionSearch: { search: 'gorontalo' },
        CompareParent: { code: 'ID' },
        Comparison: { indicator: 'poverty_rate_p0', parent: 'ID' },
        ComparisonEarlier: { indicator: 'poverty_rate_p0', parent: 'ID', period: '2024' },
        ComparePeriods: { indicator: 'poverty_rate_p0', codes: all.codes },
        ImportFile: { file: upload(), dryRun: true, decimalComma: false, publish: false },
        SignIn: { username: 'a', password: 'b' },
        ChildRegions: { parentCode: 'ID' },
        ReviewQueue: { regionCode: 'ID' },
        Drafts: { regionCode: 'ID' },
        SubmitDrafts: { regionCode: 'ID' },
        ReviewValues: { decisions: [] },
        DisputeValues: { disputes: [] },
        SubmitValues: { values: [], dryRun: true, decimalComma: true },
        ValueHistory: { indicatorCode: 'poverty_rate_p0', regionCode: '75', period: '2025' },
        ChangePassword: { currentPassword: 'a', newPassword: 'b' },
        CreateAccessToken: { name: 'a', expiresInDays: 30 },
        CreateAccount: { input: { username: 'a', displayName: 'a', password: 'b', grants: [] } },
        ResetAccountPassword: { accountId: 1, password: 'b' },
        RevokeAccessToken: { id: 1 },
        SetAccountDisabled: { accountId: 1, disabled: true },
        SetAccountRoles: { accountId: 1, grants: [] },
        Observations: { filter: {}, first: 1000 },
        ProvinceMap: { indicator: 'poverty_rate_p0', document: 'RKP-2026', withStatus: true },
        MapPeriods: { indicator: 'poverty_rate_p0', codes: provinces },
        Overview: {
          region: '75',
          document: 'RKP-2026',
          indicators: all.indicators,
          parent: 'ID',
          withPeers: true,
          withTargets: true,
        },
        OverviewRegionsBelow: { region: 'ID', document: 'RKP-2026', indicators: all.indicators, withTargets: true },
        Programmes: { code: 'ID', parent: 'ID' },
        // PPKS dan PSKS: Indonesia with its 38 provinces.
        CategoryYears: { indicator: 'jumlah_pmks', region: 'ID' },
        CategoryProfile: { indicator: 'jumlah_pmks', region: 'ID', year: 2024, below: true },
        // Kegiatan: a province with the most kabupaten/kota (Jawa Timur, 38); Indonesia has no Kegiatan view.
        Activities: { location: '35' },
        // IKS: Jawa Timur, the province with the most kabupaten/kota, with an indicator and a period.
        IksMethods: { region: '35' },
        IksResult: {
          method: 'IKS_ELDERLY_RPJMN',
          province: '35',
          period: '2025',
          hasPeriod: true,
          indicator: 'iks_elderly',
          hasIndicator: true,
        },
        IksCompute: { method: 'IKS_ELDERLY_RPJMN', province: '35', period: '2025', includeUnverified: false },
        IksPublish: { method: 'IKS_ELDERLY_RPJMN', province: '35', period: '2025', version: 1 },
        ActivityYear: { location: '35', province: '35', year: 2024, programme: '1.06', skipRanking: false },
        ActivityBudget: { implementer: '35', fromYear: 2000, toYear: 2029 },
        Scorecard: { document: 'RKP-2026', parent: 'ID', indicators: all.indicators },
        // Tren dan target's most (web/src/url-state.ts MAX_TREND_REGIONS, 40: a province with all 38 kabupaten/kota of
        // Jawa Timur and Indonesia), taken from the regions with the most values: Indonesia and the provinces.
        Trend: {
          indicator: 'poverty_rate_p0',
          regions: ['ID', ...provinces, ...kabKota].slice(0, 40),
          document: 'RPJMN-2025-2029',
          withTargets: true,
        },
        RegionExplorer: { code: 'ID' },
        RegionExplorerSearch: { search: 'bone' },
        // Decks: lists are costed at their caps (200 decks, 100 slides), whatever the variables.
        Deck: { id: DECK_ID },
        CreateDeck: { input: { title: 'a', slides: [] } },
        RenameDeck: { id: DECK_ID, title: 'a' },
        SetDeckLinkSharing: { id: DECK_ID, linkSharing: true },
        DuplicateDeck: { id: DECK_ID },
        DeleteDeck: { id: DECK_ID },
        AddDeckSlides: { deckId: DECK_ID, slides: [] },
        UpdateDeckSlide: { id: DECK_ID, input: {} },
        RemoveDeckSlide: { id: DECK_ID },
        ReorderDeckSlides: { deckId: DECK_ID, slideIds: [] },
      };
      const costs: Record<string, number> = {};
      for (const [name, document] of docs) costs[name] = cost(document, variables[name] ?? {});
      for (const [name, value] of Object.entries(costs)) expect(value, name).toBeLessThanOrEqual(MAX_COST);
      expect(Object.keys(costs).length).toBeGreaterThan(10);
    });

    it('keeps the programme page within the budget when every kabupaten/kota has figures', () => {
      // The training data set for all provinces: 23,130 programme figures, at most 45 a region (9 programmes × 5
      // years). Costed by the table's total, a province's page was refused (cost 305,875).
      const real = facts;
      facts = { ...real, programmeFigures: 23_130, programmeFiguresPerRegion: 45, programmes: 60 };
      try {
        const programmes = dashboardDocuments().get('Programmes')!;
        expect(cost(programmes, { code: '72', parent: '72' })).toBeLessThanOrEqual(MAX_COST / 4);
        expect(cost(programmes, { code: '35', parent: '35' })).toBeLessThanOrEqual(MAX_COST / 2);
      } finally {
        facts = real;
      }
    });

    it('refuses fragments that fan out exponentially without walking every expansion', () => {
      // Each fragment spreads the next twice: 30 of them select 2^29 fields from a document of 2 KB.
      const fan = (n: number) =>
        `query { ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ${i === n - 1 ? '__typename' : `...F${i + 1} ...F${i + 1}`} }`).join(' ')}`;
      expect(cost(fan(10))).toBe(512);
      expect(() => cost(fan(30))).toThrow(/would select more than 50000 fields once they are expanded/);
    });

    it('lets the explorer introspect the schema, and refuses an introspection bomb', () => {
      expect(cost(getIntrospectionQuery())).toBeLessThanOrEqual(MAX_COST);
      const bomb = `{ __schema { types { ${'fields { type { '.repeat(5)}name${' } }'.repeat(5)} } } }`;
      expect(cost(bomb)).toBeGreaterThan(MAX_COST);
    });

    it('counts what unpaginated lists and counts really hold', () => {
      const series = `series(indicatorCode: "poverty_rate_p0", regionCodes: $codes) { regionCode points { period value breakBefore } }`;
      const one = cost(`query ($codes: [String!]!) { ${series} }`, { codes: provinces });
      // 38 series of every period the indicator has: more than 38 × 10 points of 3 fields.
      expect(one).toBeGreaterThan(38 * 10 * 3);
      const aliases = Array.from({ length: 1000 }, (_, i) => `s${i}: ${series}`).join(' ');
      expect(cost(`query ($codes: [String!]!) { ${aliases} }`, { codes: provinces })).toBeGreaterThan(MAX_COST);
      // A count scans its rows: its cost grows with them. With the 500,000 values of the report that found it, 100
      // counts of every observation are refused, one is not.
      const rows = facts.observations(null, null, null);
      expect(cost('{ observations { totalCount } }')).toBeGreaterThanOrEqual(rows / COUNT_ROWS_PER_POINT);
      const counts = Array.from({ length: 100 }, (_, i) => `c${i}: observations { totalCount }`).join(' ');
      const real = facts;
      facts = { ...real, observations: (...args) => (real.observations(...args) * 500_000) / rows };
      try {
        expect(cost('{ observations { totalCount } }')).toBeLessThan(MAX_COST);
        expect(cost(`{ ${counts} }`)).toBeGreaterThan(MAX_COST);
      } finally {
        facts = real;
      }
      // A period range narrows the points, and the rows a comparison holds follow its parent and level.
      expect(
        cost(`query ($codes: [String!]!) { ${series.replace(')', ', periodFrom: "2025")')} }`, { codes: provinces }),
      ).toBeLessThan(one);
      const comparison = (parent: string, level: string) =>
        cost(
          `{ comparison(indicatorCode: "poverty_rate_p0", parentCode: "${parent}", level: ${level}) { rows { regionCode value } } }`,
        );
      expect(comparison('ID', 'REGENCY_CITY')).toBeGreaterThan(514 * 2);
      expect(comparison('75', 'REGENCY_CITY')).toBeLessThan(50);
      // A parent written as a name is resolved after the estimate: costed as the one with the most under it, never less.
      expect(comparison('Indonesia', 'REGENCY_CITY')).toBe(comparison('ID', 'REGENCY_CITY'));
      expect(comparison('Provinsi Gorontalo', 'REGENCY_CITY')).toBeGreaterThanOrEqual(comparison('75', 'REGENCY_CITY'));
      const children = (parent: string) =>
        cost(`{ comparison(indicatorCode: "poverty_rate_p0", parentCode: "${parent}") { rows { regionCode value } } }`);
      expect(children('Nasional')).toBeGreaterThanOrEqual(children('ID'));
      // A change between two periods lists every region of the level under the parent, each with its breaks.
      const change = (parent: string, level: string) =>
        cost(
          `{ periodChange(indicatorCode: "poverty_rate_p0", parentCode: "${parent}", level: ${level}, from: "2024", to: "2025") { rows { regionCode change seriesBreaks { startsAt } } } }`,
        );
      expect(change('ID', 'REGENCY_CITY')).toBeGreaterThan(514 * 3);
      expect(change('75', 'REGENCY_CITY')).toBeLessThan(change('ID', 'PROVINCE'));
      expect(change('Provinsi Gorontalo', 'REGENCY_CITY')).toBeGreaterThanOrEqual(change('75', 'REGENCY_CITY'));
      // `first` bounds the rows of a comparison and the cells of a scorecard; `where` is applied to what was read.
      const top = cost(
        '{ comparison(indicatorCode: "poverty_rate_p0", parentCode: "ID", level: REGENCY_CITY, where: {value: {gt: 10}}, first: 5) { rows { regionCode value } } }',
      );
      expect(top).toBeLessThan(50);
      expect(
        cost(
          '{ comparisons(indicatorCodes: ["poverty_rate_p0", "gini_ratio"], parentCode: "ID", level: REGENCY_CITY, first: 5) { rows { value } } }',
        ),
      ).toBeLessThan(50);
      // What is missing may be every region of the level, whatever `first` returns.
      expect(
        cost(
          '{ comparison(indicatorCode: "poverty_rate_p0", parentCode: "ID", level: REGENCY_CITY, first: 5) { missingCodes } }',
        ),
      ).toBeGreaterThan(514);
      const card = (first: string) =>
        cost(`{ scorecard(documentCode: "RKP-2026", parentCode: "ID"${first}) { cells { status gapScore } } }`);
      expect(card(', first: 3')).toBeLessThan(card(''));
      expect(card(', first: 3')).toBeLessThan(20);
    });

    it('costs coverage as what its answer holds, at any number of values (it reads the tallies, not the values)', () => {
      const catalogue = '{ indicators { code coverage { observations regions periods } } }';
      const rows = facts.observations(null, null, null);
      const real = facts;
      const large = {
        ...real,
        observations: (...args: Parameters<CostFacts['observations']>) => (real.observations(...args) * 16_700_000) / rows,
      };
      try {
        facts = large;
        const atScale = cost(catalogue);
        expect(atScale).toBeLessThan(10 * real.indicators + 1000);
        facts = real;
        expect(cost(catalogue)).toBe(atScale);
      } finally {
        facts = real;
      }
    });

    it('costs a region tree at its real size, and a cut list at the largest parent’s children', () => {
      const kab = facts.regionsUnder('ID', 'REGENCY_CITY');
      // The list, 38 codes, 38 children fields and the 514 kab/kota's codes.
      expect(cost('{ regions(level: PROVINCE) { code children { code } } }')).toBe(1 + 2 * 38 + kab);
      expect(cost('{ regions(parentCode: "ID") { code children { code } } }')).toBe(1 + 2 * 38 + kab);
      const kecamatan = facts.regionsUnder('75', 'DISTRICT');
      expect(cost('{ region(code: "75") { children { code children { code } } } }')).toBe(2 + 6 * 2 + kecamatan);
      // Five provinces, or the kab/kota found by a search, might be the largest: each at the most any province has.
      const most = facts.maxChildren('PROVINCE');
      expect(most).toBeGreaterThan(kab / 38);
      expect(cost('{ regions(level: PROVINCE, limit: 5) { code children { code } } }')).toBe(1 + 5 * (2 + most));
      expect(cost('{ regions(level: PROVINCE, search: "a") { code children { code } } }')).toBe(1 + 38 * (2 + most));
      // A level under a parent that is not its children's is an empty list (direct children only): not spread over.
      expect(cost('{ regions(parentCode: "75", level: DISTRICT) { code children { code } } }')).toBeGreaterThanOrEqual(0);
    });

    it('refuses a string or list argument over its limit, naming it and the limit, without quoting it', () => {
      const huge = 'x'.repeat(1_900_000);
      expect(() => cost('query ($s: String) { regions(search: $s) { code } }', { s: huge })).toThrow(
        /^search \(of regions\) is 1900000 characters long, more than the limit of 100: send a shorter value\.$/,
      );
      expect(() => cost(`{ region(code: "${'7'.repeat(300)}") { name } }`)).toThrow(
        /^code \(of region\) is 300 characters long, more than the limit of 200/,
      );
      expect(() =>
        cost('query ($f: ObservationFilter!) { observations(filter: $f) { totalCount } }', {
          f: { regionCodes: Array(5000).fill('75') },
        }),
      ).toThrow(/^filter\.regionCodes \(of observations\) has 5000 items, more than the limit of 1000/);
      expect(() =>
        cost('query ($f: ObservationFilter!) { observations(filter: $f) { totalCount } }', {
          f: { regionCodes: ['75', 'y'.repeat(201)] },
        }),
      ).toThrow(/^filter\.regionCodes\[1\] \(of observations\) is 201 characters long/);
    });
  },
  { demoData: true },
);

describe('limits over HTTP', () => {
  // See limits.test.ts for the depth limit and the 400s; here a refused argument reaches the client as one.
  it('refuses a megabyte search string at once, with HTTP 400 and a short message', async () => {
    const { createTestDatabase } = await import('../test-support/databases.js');
    const test = await createTestDatabase('pglite');
    const api = await createTestApi(test.db, { production: true });
    const started = performance.now();
    const result = await api.execute('query ($s: String) { regions(search: $s) { code } }', { s: 'x'.repeat(1_900_000) });
    // Generous: it took 30 s before the limit; a busy machine must not fail it.
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'search', limit: 100 } });
    expect(result.errors?.[0]?.message.length).toBeLessThan(200);
    await api.stop();
    await test.drop();
  });
});
