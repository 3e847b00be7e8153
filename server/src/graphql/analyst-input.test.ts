import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../messages/language.js';
import { createTestDatabase, type TestDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';

// What an analyst writes, read as they mean it: region names and both code systems wherever a region code goes, names
// found as people write them, a suggestion for every misspelt code, a sentence for a period that cannot exist, enum
// errors that list the allowed values — in Bahasa Indonesia when the client asks for it. Against the demo data.
describe('what an analyst writes', () => {
  let test: TestDatabase;
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    test = await createTestDatabase('pglite', { demoData: true });
    api = await createTestApi(test.db, { production: true });
  });
  afterAll(async () => {
    await api.stop();
    await test.drop();
  });

  const errorOf = async (query: string, language: Language = 'en', variables?: Record<string, unknown>) => {
    const result = await api.execute(query, variables, { language });
    expect(result.errors?.length, JSON.stringify(result)).toBeGreaterThan(0);
    return result.errors![0]!;
  };
  const messageOf = async (query: string, language: Language = 'en') => {
    const error = await errorOf(query, language);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    return error.message;
  };

  describe('regions by name or either code', () => {
    it('answers a series asked for by name, BPS code and abbreviation with the Kemendagri codes and the published values', async () => {
      const q = (regions: string[]) =>
        api.query<{ series: { regionCode: string; points: { period: string; value: number }[] }[] }>(
          `query($r: [String!]!) { series(indicatorCode: "poverty_rate_p0", regionCodes: $r, periodFrom: "2025", periodTo: "2025") {
             regionCode points { period value } } }`,
          { r: regions },
        );
      const byName = await q(['Kab. Boalemo', '7571', 'kaltim', 'tolitoli', 'DKI Jakarta']);
      expect(byName.series.map((s) => s.regionCode)).toEqual(['75.02', '75.71', '64', '72.04', '31']);
      // BPS, kab/kota 2025 (annual, from Susenas March); provinces in rounds.
      expect(byName.series[0]!.points).toEqual([{ period: '2025', value: 16.37 }]);
      expect(byName.series[1]!.points).toEqual([{ period: '2025', value: 5.31 }]);
      expect(byName.series[2]!.points).toEqual([
        { period: '2025-03', value: 5.17 },
        { period: '2025-09', value: 5.19 },
      ]);
      expect(byName.series[3]!.points).toEqual([{ period: '2025', value: 12.2 }]);
      expect(byName).toEqual(await q(['75.02', '75.71', '64', '72.04', '31']));
    });

    it('takes regions by name in a comparison, a scorecard, observations and the region list', async () => {
      expect(
        await messageOf(
          '{ scorecard(documentCode: "RPJMN-2025-2029", regionCodes: ["Kalimantan Timur", "6400"]) { regionCodes } }',
        ),
      ).toMatch(/^Unknown region “6400”: no province or kabupaten\/kota has this BPS code/);
      const ok = await api.query<{
        comparison: { parentCode: string; rows: { regionCode: string; value: number }[] };
        observations: { totalCount: number };
        scorecard: { regionCodes: string[] };
        regions: unknown[];
        region: { code: string; name: string };
        bps: { code: string };
      }>(`{
        comparison(indicatorCode: "poverty_rate_p0", parentCode: "Provinsi Gorontalo", period: "2025") {
          parentCode rows { regionCode value } }
        observations(filter: { parentCode: "Sulteng", indicatorCodes: ["poverty_rate_p0"], periodFrom: "2025", periodTo: "2025" }) {
          totalCount }
        scorecard(documentCode: "RPJMN-2025-2029", regionCodes: ["Kalimantan Timur", "kaltim"]) { regionCodes }
        regions(parentCode: "Kota Gorontalo") { code }
        region(code: "Kabupaten Gorontalo") { code name }
        bps: region(code: "7502") { code }
      }`);
      expect(ok.comparison.parentCode).toBe('75');
      expect(ok.comparison.rows).toContainEqual({ regionCode: '75.02', value: 16.37 });
      expect(ok.comparison.rows).toHaveLength(6);
      // Sulawesi Tengah's 13 kabupaten/kota have a 2025 figure, and so does the province (its annual total row).
      expect(ok.observations.totalCount).toBe(
        (
          await api.query<{ observations: { totalCount: number } }>(
            '{ observations(filter: { parentCode: "72", indicatorCodes: ["poverty_rate_p0"], periodFrom: "2025", periodTo: "2025" }) { totalCount } }',
          )
        ).observations.totalCount,
      );
      expect(ok.scorecard.regionCodes).toEqual(['64', '64']);
      expect(ok.regions).toEqual([]); // a kota has no children loaded (kecamatan are loaded on demand)
      expect(ok.region).toEqual({ code: '75.01', name: 'Kabupaten Gorontalo' });
      expect(ok.bps).toEqual({ code: '75.01' }); // BPS 7502 is Kabupaten Gorontalo
    });

    it('lists the candidates of an ambiguous name with their codes, in English or Indonesian', async () => {
      const q = '{ series(indicatorCode: "poverty_rate_p0", regionCodes: ["Gorontalo"]) { regionCode } }';
      const en = await errorOf(q);
      expect(en.message).toBe(
        'Region “Gorontalo” is ambiguous: Gorontalo (75), Kabupaten Gorontalo (75.01) or Kota Gorontalo (75.71). Write “Provinsi …”, “Kabupaten …”, “Kota …” or the code.',
      );
      expect(en.extensions?.ambiguousRegion).toEqual({
        text: 'Gorontalo',
        candidates: [
          { code: '75', name: 'Gorontalo' },
          { code: '75.01', name: 'Kabupaten Gorontalo' },
          { code: '75.71', name: 'Kota Gorontalo' },
        ],
      });
      expect(await messageOf(q, 'id')).toBe(
        'Wilayah “Gorontalo” ambigu: Gorontalo (75), Kabupaten Gorontalo (75.01) atau Kota Gorontalo (75.71). Tulis “Provinsi …”, “Kabupaten …”, “Kota …” atau kodenya.',
      );
    });

    it('suggests the closest names for an unknown one', async () => {
      const q = '{ comparison(indicatorCode: "poverty_rate_p0", parentCode: "Boalemmo") { period } }';
      expect(await messageOf(q)).toBe('Unknown region “Boalemmo”. Did you mean Kabupaten Boalemo (75.02)?');
      expect(await messageOf(q, 'id')).toBe('Wilayah “Boalemmo” tidak dikenal. Mungkin maksud Anda Kabupaten Boalemo (75.02)?');
      const error = await errorOf(q);
      expect(error.extensions?.unknownCode).toEqual({
        kind: 'region',
        code: 'Boalemmo',
        suggestions: [{ code: '75.02', name: 'Kabupaten Boalemo' }],
      });
    });
  });

  it('answers a list of 600 unknown names at once, suggesting for the one it reports', async () => {
    const names = Array.from({ length: 600 }, (_, i) => `Boalemmo ${i}`);
    const started = performance.now();
    const result = await api.execute(
      'query($r: [String!]!) { series(indicatorCode: "poverty_rate_p0", regionCodes: $r) { regionCode } }',
      {
        r: names,
      },
    );
    expect(performance.now() - started).toBeLessThan(1000); // suggestions for every name took about 1 ms each
    expect(result.errors?.[0]?.message).toBe('Unknown region “Boalemmo 0”. Did you mean Kabupaten Boalemo (75.02)?');
  });

  describe('region search', () => {
    it.each([
      ['DKI', ['31']],
      ['Kab. Gorontalo', ['75.01', '75.05']],
      ['kaltim', ['64']],
      ['tolitoli', ['72.04']],
      ['Toli-Toli', ['72.04']],
      ['jatim', ['35']],
      ['sulteng', ['72']],
    ])('finds “%s”', async (search, codes) => {
      const data = await api.query<{ regions: { code: string }[] }>('query($s: String) { regions(search: $s) { code } }', {
        s: search,
      });
      expect(data.regions.map((r) => r.code)).toEqual(codes);
    });
  });

  describe('did you mean', () => {
    it('suggests an indicator for a misspelt code or a word of its name', async () => {
      const q = '{ comparison(indicatorCode: "povrty_rate_p0") { period } }';
      expect(await messageOf(q)).toBe(
        'Unknown indicator “povrty_rate_p0”. The catalogue is in the `indicators` query. Did you mean “poverty_rate_p0”?',
      );
      expect(await messageOf(q, 'id')).toBe(
        'Indikator “povrty_rate_p0” tidak dikenal. Katalognya ada di kueri `indicators`. Mungkin maksud Anda “poverty_rate_p0”?',
      );
      expect(await messageOf('{ series(indicatorCode: "gini", regionCodes: ["75"]) { regionCode } }')).toMatch(
        // No code is spelt close to "gini": the three whose names have the word.
        /Did you mean “gini_ratio” or “gini_ratio_rural” or “gini_ratio_urban”\?$/,
      );
    });

    it('suggests a programme and a planning document', async () => {
      expect(await messageOf('{ programmeFigures(programmeCodes: ["PKHX"]) { year } }')).toMatch(
        /^Unknown programme “PKHX”\. .* Did you mean “PKH”\?$/,
      );
      expect(await messageOf('{ scorecard(documentCode: "RKP-2027") { regionCodes } }', 'id')).toMatch(
        /^Dokumen perencanaan “RKP-2027” tidak dikenal\. .* Mungkin maksud Anda “RKP-2025” atau “RKP-2026”\?$/,
      );
    });
  });

  describe('periods that cannot exist', () => {
    it('refuses a month that is not one of the indicator’s rounds, naming them', async () => {
      const q = '{ comparison(indicatorCode: "poverty_rate_p0", period: "2025-06") { period } }';
      expect(await messageOf(q)).toBe(
        'period “2025-06” cannot exist for poverty_rate_p0, which is measured in March and September: write "2025-03", "2025-09" or the year "2025".',
      );
      expect(await messageOf(q, 'id')).toBe(
        'period “2025-06” tidak ada untuk poverty_rate_p0, yang diukur pada Maret dan September: tulis "2025-03", "2025-09" atau tahunnya "2025".',
      );
    });

    it('refuses a month for an annual-only indicator, in comparisons and roll-ups alike', async () => {
      expect(
        await messageOf(
          '{ comparisons(indicatorCodes: ["poverty_rate_p0", "human_development_index_ipm"], period: "2024-03") { period } }',
        ),
      ).toBe('period “2024-03” names a month, but human_development_index_ipm is published once a year: write the year, "2024".');
      expect(
        await messageOf(
          '{ rollUp(indicatorCode: "open_unemployment_rate_tpt", parentCode: "75", period: "2025-03") { period } }',
          'id',
        ),
      ).toMatch(/^period “2025-03” tidak ada untuk open_unemployment_rate_tpt, yang diukur pada Februari dan Agustus/);
    });

    it('refuses a reversed range and a malformed bound in series, grids and observations', async () => {
      const reversed = 'periodFrom “2025” is after periodTo “2020”: swap them.';
      expect(
        await messageOf(
          '{ series(indicatorCode: "poverty_rate_p0", regionCodes: ["75"], periodFrom: "2025", periodTo: "2020") { regionCode } }',
        ),
      ).toBe(reversed);
      expect(
        await messageOf('{ observations(filter: { periodFrom: "2025-09", periodTo: "2025-03" }) { totalCount } }', 'id'),
      ).toBe('periodFrom “2025-09” lebih akhir daripada periodTo “2025-03”: tukar keduanya.');
      expect(
        await messageOf(
          '{ seriesGrid(indicatorCodes: ["poverty_rate_p0"], regionCodes: ["75"], periodFrom: "2025-13") { regionCode } }',
        ),
      ).toBe('periodFrom “2025-13” is not a period: write "2020", "2020-03", "Maret 2020" or "Semester I 2020".');
      expect(
        await messageOf(
          '{ seriesGrid(indicatorCodes: ["human_development_index_ipm"], regionCodes: ["75"], periodTo: "2024-06") { regionCode } }',
        ),
      ).toMatch(/^periodTo “2024-06” names a month, but human_development_index_ipm is published once a year/);
      // A year and its own rounds are not reversed; a bound between rounds of another indicator of the grid is allowed.
      await api.query(
        '{ seriesGrid(indicatorCodes: ["poverty_rate_p0", "open_unemployment_rate_tpt"], regionCodes: ["75"], periodFrom: "2025", periodTo: "2025-08") { regionCode } }',
      );
    });
  });

  describe('enum values', () => {
    const ALLOWED = 'NATIONAL, PROVINCE, REGENCY_CITY, DISTRICT, VILLAGE';

    it('lists the allowed values of a misspelt enum in a query, keeping the code and the location', async () => {
      const error = await errorOf('{ regions(level: PROVINC) { code } }');
      expect(error.message).toBe(`"PROVINC" is not a value of RegionLevel: write one of ${ALLOWED}. Did you mean "PROVINCE"?`);
      expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect((error as { locations?: unknown }).locations).toEqual([{ line: 1, column: 18 }]);
      expect((await errorOf('{ regions(level: provinsi) { code } }', 'id')).message).toBe(
        `"provinsi" bukan nilai RegionLevel: tulis salah satu dari ${ALLOWED}. Mungkin maksud Anda "PROVINCE"?`,
      );
    });

    it('says when a right value is only quoted', async () => {
      expect((await errorOf('{ regions(level: "PROVINCE") { code } }')).message).toBe(
        'RegionLevel takes its values without quotes: write PROVINCE, not "PROVINCE".',
      );
      expect((await errorOf('{ regions(level: "provinsi") { code } }', 'id')).message).toBe(
        `"provinsi" bukan nilai RegionLevel: tulis salah satu dari ${ALLOWED}. Mungkin maksud Anda "PROVINCE"?`,
      );
    });

    it('lists them for a value in variables too', async () => {
      const q = 'query($level: RegionLevel) { regions(level: $level) { code } }';
      const error = await errorOf(q, 'en', { level: 'province' });
      expect(error.message).toBe(
        `Variable "$level": "province" is not a value of RegionLevel: write one of ${ALLOWED}. Did you mean "PROVINCE"?`,
      );
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await errorOf(q, 'id', { level: 'province' })).message).toBe(
        `Variabel "$level": "province" bukan nilai RegionLevel: tulis salah satu dari ${ALLOWED}. Mungkin maksud Anda "PROVINCE"?`,
      );
    });
  });

  it('speaks Indonesian over HTTP when Accept-Language prefers it, English otherwise', async () => {
    const query = '{ region(code: "Boalemmo") { code } }';
    const id = await request(api.http).post('/graphql').set('accept-language', 'id-ID,id;q=0.9,en;q=0.8').send({ query });
    expect(id.body.errors[0].message).toBe('Wilayah “Boalemmo” tidak dikenal. Mungkin maksud Anda Kabupaten Boalemo (75.02)?');
    const en = await request(api.http).post('/graphql').set('accept-language', 'en-US,en;q=0.9,id;q=0.5').send({ query });
    expect(en.body.errors[0].message).toBe('Unknown region “Boalemmo”. Did you mean Kabupaten Boalemo (75.02)?');
    const none = await request(api.http).post('/graphql').send({ query });
    expect(none.body.errors[0].message).toBe(en.body.errors[0].message);
    expect(none.body.errors[0].extensions.requestId).toBeTypeOf('string');
  });
});
