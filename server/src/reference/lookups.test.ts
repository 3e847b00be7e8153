import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';

// A misspelt code must not read as "no data": every query that takes codes or a period names the wrong one.
describe('codes and periods the analyst got wrong', () => {
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

  const errorOf = async (query: string) => {
    const result = await api.execute(query);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return result.errors?.[0]?.message;
  };

  it.each([
    ['{ observations(filter: { indicatorCodes: ["povrty_rate_p0"] }) { totalCount } }', /Unknown indicator “povrty_rate_p0”/],
    ['{ observations(filter: { regionCodes: ["99.99"] }) { totalCount } }', /Unknown region “99.99”/],
    ['{ observations(filter: { parentCode: "7a" }) { totalCount } }', /Unknown region “7a”/],
    ['{ series(indicatorCode: "povrty", regionCodes: ["75"]) { regionCode } }', /Unknown indicator “povrty”/],
    ['{ seriesGrid(indicatorCodes: ["poverty_rate_p0"], regionCodes: ["75", "99"]) { regionCode } }', /Unknown region “99”/],
    [
      '{ progress(regionCode: "7500", indicatorCode: "poverty_rate_p0", documentCode: "RKP-2026") { status } }',
      /Unknown region “7500”/,
    ],
    ['{ programmeFigures(programmeCodes: ["PKHX"]) { year } }', /Unknown programme “PKHX”/],
    ['{ programmeFigures(parentCode: "7500") { year } }', /Unknown region “7500”/],
    [
      '{ compositeIndex(methodologyCode: "IKS_ELDERLY_RPJMN", regionCodes: ["75"], period: "abc") { value } }',
      /period “abc” is not a period/,
    ],
    [
      '{ compositeIndex(methodologyCode: "IKS_ELDERLY_RPJMN", regionCodes: ["xx"], period: "2025") { value } }',
      /Unknown region “xx”/,
    ],
  ])('%s', async (query, message) => {
    expect(await errorOf(query)).toMatch(message);
  });

  it('reads a BPS code as the region it names, answered with its Kemendagri code', async () => {
    // BPS 7501 is Kabupaten Boalemo, whose Kemendagri code is 75.02 (Kemendagri 75.01 is Kabupaten Gorontalo).
    const data = await api.query<{ series: { regionCode: string }[] }>(
      '{ series(indicatorCode: "poverty_rate_p0", regionCodes: ["7501"]) { regionCode } }',
    );
    expect(data.series.map((s) => s.regionCode)).toEqual(['75.02']);
    // Named apart from the words too, for clients that say it in their own language.
    const result = await api.execute('{ seriesGrid(indicatorCodes: ["p0"], regionCodes: ["75"]) { regionCode } }');
    expect(result.errors?.[0]?.extensions?.unknownCode).toEqual({ kind: 'indicator', code: 'p0' });
    const { regions } = await api.query<{ regions: { code: string }[] }>('{ regions(search: "7501") { code } }');
    expect(regions.map((r) => r.code)).toEqual(['75.02']);
  });
});
