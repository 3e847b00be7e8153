import { afterAll, beforeAll, expect, it } from 'vitest';
import { ANONYMOUS, accountViewer, type Viewer } from '../accounts/viewer.js';
import { readIndicatorCatalogue } from '../indicators/catalogue.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/graphql.js';
import { ANALYST, VIEWER } from '../test-support/viewers.js';
import { applySeedCatalogue } from './seed.js';

// saveIndicator / saveProgramme, the histories, the seed files at start-up, and the reference data held between
// requests. Made-up codes only (test_…, TEST_…).

const SAVE_INDICATOR = `mutation ($indicator: IndicatorInput!, $reason: String) {
  saveIndicator(indicator: $indicator, reason: $reason) {
    outcome version changedFields notices indicator { code nameId unitId minValue maxValue levels periodMonths }
  }
}`;
const SAVE_PROGRAMME = `mutation ($programme: ProgrammeInput!) {
  saveProgramme(programme: $programme) { outcome version programme { code scope regionCode parentCode } }
}`;
const HISTORY = `query ($code: String!) {
  indicatorHistory(code: $code) { version origin changedBy reason importBatchId changes { field oldValue newValue }
    definition { nameId minValue } previous { nameId minValue } }
}`;

const NEW = {
  code: 'test_spm_served',
  nameId: 'Penerima layanan (uji)',
  nameEn: 'People served (test)',
  definitionId: 'Definisi uji.',
  definitionEn: 'Test definition.',
  unitId: 'jiwa',
  unitEn: 'persons',
  decimals: 0,
  direction: 'HIGHER_IS_BETTER',
  periodicity: 'SEMIANNUAL',
  periodMonths: [3, 9],
  levels: ['PROVINCE'],
  aggregation: 'SUM',
  topic: 'spm',
  source: 'Sumber uji',
};

const GORONTALO_ADMIN = accountViewer('admin-gorontalo', [{ role: 'ADMINISTRATOR', regionCode: '75' }], 21);

describeEachDatabase('catalogue edits and versions', (use) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(use());
  });
  afterAll(() => api.stop());

  const refusal = async (query: string, variables: Record<string, unknown>, viewer?: Viewer) => {
    const result = await api.execute(query, variables, viewer ? { viewer } : {});
    expect(result.data ?? null).toBeNull();
    return { code: result.errors?.[0]?.extensions?.code, message: result.errors?.[0]?.message };
  };

  it('creates an indicator, revises it, and keeps each version with the old and new definition', async () => {
    const created = await api.query<{ saveIndicator: Record<string, unknown> }>(SAVE_INDICATOR, { indicator: NEW });
    expect(created.saveIndicator).toMatchObject({
      outcome: 'CREATED',
      version: 1,
      indicator: { code: 'test_spm_served', levels: ['PROVINCE'], periodMonths: [3, 9], minValue: null },
    });
    // Left out: unchanged. Null: cleared (there is nothing to clear here, so only minValue is set).
    const revised = await api.query<{ saveIndicator: Record<string, unknown> }>(SAVE_INDICATOR, {
      indicator: { code: 'test_spm_served', nameId: 'Penerima layanan dasar (uji)', minValue: 0 },
      reason: 'Nama diperjelas',
    });
    expect(revised.saveIndicator).toMatchObject({
      outcome: 'REVISED',
      version: 2,
      changedFields: ['nameId', 'minValue'],
      indicator: { nameId: 'Penerima layanan dasar (uji)', unitId: 'jiwa', minValue: 0 },
    });
    const same = await api.query<{ saveIndicator: Record<string, unknown> }>(SAVE_INDICATOR, {
      indicator: { code: 'test_spm_served', minValue: 0 },
    });
    expect(same.saveIndicator).toMatchObject({ outcome: 'UNCHANGED', version: null, changedFields: [] });

    const { indicatorHistory } = await api.query<{ indicatorHistory: Record<string, unknown>[] }>(
      HISTORY,
      { code: 'test_spm_served' },
      { viewer: ANALYST },
    );
    expect(indicatorHistory).toHaveLength(2);
    expect(indicatorHistory[0]).toEqual({
      version: 2,
      origin: 'EDIT',
      changedBy: 'tester',
      reason: 'Nama diperjelas',
      importBatchId: null,
      changes: [
        { field: 'nameId', oldValue: 'Penerima layanan (uji)', newValue: 'Penerima layanan dasar (uji)' },
        { field: 'minValue', oldValue: null, newValue: '0' },
      ],
      definition: { nameId: 'Penerima layanan dasar (uji)', minValue: 0 },
      previous: { nameId: 'Penerima layanan (uji)', minValue: null },
    });
    expect(indicatorHistory[1]).toMatchObject({ version: 1, origin: 'EDIT', previous: null });
    const audit = await use().sql.query<{ field: string }>(
      "SELECT field FROM audit_entry WHERE entity = 'indicator' AND entity_key = 'test_spm_served' AND old_value IS NOT NULL",
    );
    expect(audit.map((a) => a.field)).toEqual(['name_id']);
  });

  it('refuses what the rules refuse, with every problem in one sentence each, writing nothing', async () => {
    const { code, message } = await refusal(SAVE_INDICATOR, {
      indicator: { code: 'test_spm_served', minValue: 50, maxValue: 10, decimals: 9, periodMonths: [3], nameId: null },
    });
    expect(code).toBe('BAD_USER_INPUT');
    expect(message).toBe(
      'test_spm_served was not saved. “nameId” is empty: it cannot be left empty. “decimals” must be a whole number from 0 to 6 (got 9). ' +
        '“minValue” (50) is above “maxValue” (10): the smallest admissible value must not exceed the largest. ' +
        'an indicator measured SEMIANNUAL has 2 rounds a year: “periodMonths” must list 2 months, e.g. 3;9 for March and September (got 3).',
    );
    const created = await refusal(SAVE_INDICATOR, { indicator: { code: 'test_baru', nameId: 'Baru' } });
    expect(created.message).toContain('test_baru is a new indicator: it needs nameEn, definitionId');
    const versions = await use().sql.query("SELECT 1 FROM catalogue_version WHERE code IN ('test_spm_served', 'test_baru')");
    expect(versions).toHaveLength(2);
  });

  it('lets only administrators change the catalogue, and administrators and analysts read its history', async () => {
    expect(await refusal(SAVE_INDICATOR, { indicator: { code: 'test_spm_served', nameEn: 'x' } }, ANALYST)).toEqual({
      code: 'FORBIDDEN',
      message:
        'Your account (analis) may not change the indicator catalogue for region ID: that needs an administrator whose region covers it.',
    });
    expect(await refusal(HISTORY, { code: 'test_spm_served' }, VIEWER)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(HISTORY, { code: 'tidak_ada' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Unknown indicator “tidak_ada”. The catalogue is in the `indicators` query.',
    });
    // A province's administrator keeps its own programmes, not the nomenclature or national ones.
    const own = await api.query<{ saveProgramme: Record<string, unknown> }>(
      SAVE_PROGRAMME,
      {
        programme: {
          code: 'TEST_PROG_PROV',
          scope: 'REGIONAL',
          regionCode: '75',
          nameId: 'Uji',
          nameEn: 'Test',
          parentCode: '1.06',
        },
      },
      { viewer: GORONTALO_ADMIN },
    );
    expect(own.saveProgramme).toMatchObject({
      outcome: 'CREATED',
      programme: { code: 'TEST_PROG_PROV', scope: 'REGIONAL', regionCode: '75', parentCode: '1.06' },
    });
    expect(
      await refusal(SAVE_PROGRAMME, { programme: { code: 'TEST_PROG_PROV', regionCode: '72' } }, GORONTALO_ADMIN),
    ).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('programme of region 72') });
    expect(await refusal(SAVE_PROGRAMME, { programme: { code: 'PKH', nameEn: 'x' } }, GORONTALO_ADMIN)).toMatchObject({
      message: expect.stringContaining('PKH is a national programme or a nomenclature entry'),
    });
  });

  it('refuses a visitor and hostile input (a NUL byte, a javascript: link, 40,000 characters, a formula as code), writing nothing', async () => {
    const before = await use().sql.query('SELECT code, version FROM catalogue_version ORDER BY code, version');
    const stored = await use().sql.query("SELECT * FROM indicator WHERE code = 'test_spm_served'");
    expect(await refusal(SAVE_INDICATOR, { indicator: { code: 'test_spm_served', nameEn: 'x' } }, ANONYMOUS)).toMatchObject({
      code: expect.stringMatching(/^(UNAUTHENTICATED|FORBIDDEN)$/),
    });
    const hostile = await refusal(SAVE_INDICATOR, {
      indicator: {
        code: 'test_spm_served',
        nameId: 'Nama\u0000uji',
        sourceUrl: 'javascript:alert(1)',
      },
    });
    expect(hostile.code).toBe('BAD_USER_INPUT');
    expect(hostile.message).toContain('control character');
    expect(hostile.message).toContain('http:// or https://');
    const huge = await refusal(SAVE_INDICATOR, { indicator: { code: 'test_spm_served', definitionEn: 'x'.repeat(40_000) } });
    expect(huge.message).toMatch(/is 40000 characters long, more than the limit/);
    expect(huge.message!.length).toBeLessThan(500);
    expect(await refusal(SAVE_INDICATOR, { indicator: { ...NEW, code: "=cmd|' /C calc'!A0" } })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await use().sql.query('SELECT code, version FROM catalogue_version ORDER BY code, version')).toEqual(before);
    expect(await use().sql.query("SELECT * FROM indicator WHERE code = 'test_spm_served'")).toEqual(stored);
  });

  it('takes a definition as long as the seed catalogue’s, and saves it unchanged', async () => {
    const longest = [...readIndicatorCatalogue()].sort((a, b) => b.definitionId.length - a.definitionId.length)[0]!;
    expect(longest.definitionId.length).toBeGreaterThan(200);
    const saved = await api.query<{ saveIndicator: { outcome: string } }>(SAVE_INDICATOR, {
      indicator: { code: longest.code, definitionId: longest.definitionId, definitionEn: longest.definitionEn },
    });
    expect(saved.saveIndicator.outcome).toBe('UNCHANGED');
  });

  it('sees a saved change at once in the reference data held between requests', async () => {
    const NAME = '{ indicator(code: "test_spm_served") { nameEn } }';
    await api.query(NAME);
    await api.query(NAME);
    await api.query(SAVE_INDICATOR, { indicator: { code: 'test_spm_served', nameEn: 'People served (test, renamed)' } });
    await expect
      .poll(async () => (await api.query<{ indicator: { nameEn: string } }>(NAME)).indicator.nameEn, { timeout: 5000 })
      .toBe('People served (test, renamed)');
  });

  it('saves one entry in a bounded number of statements', async () => {
    const statements = await api.statementsOf(() =>
      api.query(SAVE_INDICATOR, { indicator: { code: 'test_spm_served', definitionEn: 'Test definition, revised.' } }),
    );
    // Lock, read the catalogue, check figures for none of the fixed fields, write entry, version, audit entries.
    expect(statements.filter((s) => !/^(BEGIN|COMMIT|SET|SAVEPOINT|RELEASE)/i.test(s.trim()))).toHaveLength(5);
  });

  it('applies the seed file only where it changed since the last start, keeping administrators’ revisions', async () => {
    const versions = async (code: string) =>
      (await use().sql.query<{ version: number; changed_by: string }>(
        'SELECT version, changed_by FROM catalogue_version WHERE entity = $1 AND code = $2 ORDER BY version',
        ['indicator', code],
      )) as { version: number; changed_by: string }[];
    const seed = readIndicatorCatalogue();
    const before = await versions('poverty_rate_p0');
    expect(before).toEqual([{ version: 1, changed_by: 'system:seed' }]);
    // An unchanged seed writes nothing at all.
    const untouched = await use().transaction((tx) => applySeedCatalogue(tx, 'indicator', seed));
    expect(untouched).toEqual({ inserted: 0, updated: 0, baselines: 0 });
    // An administrator revises the English name; the next start keeps it.
    await api.query(SAVE_INDICATOR, { indicator: { code: 'poverty_rate_p0', nameEn: 'Poverty rate (P0), revised' } });
    await use().transaction((tx) => applySeedCatalogue(tx, 'indicator', seed));
    expect(await versions('poverty_rate_p0')).toHaveLength(2);
    // A new release of the seed file changes the source link: that field is applied, as a version by system:seed.
    const released = seed.map((i) => (i.code === 'poverty_rate_p0' ? { ...i, sourceUrl: 'https://example.org/p0-test' } : i));
    const applied = await use().transaction((tx) => applySeedCatalogue(tx, 'indicator', released));
    expect(applied).toEqual({ inserted: 0, updated: 1, baselines: 0 });
    expect(await versions('poverty_rate_p0')).toEqual([
      { version: 1, changed_by: 'system:seed' },
      { version: 2, changed_by: 'tester' },
      { version: 3, changed_by: 'system:seed' },
    ]);
    const [row] = await use().sql.query<{ name_en: string; source_url: string }>(
      "SELECT name_en, source_url FROM indicator WHERE code = 'poverty_rate_p0'",
    );
    expect(row).toEqual({ name_en: 'Poverty rate (P0), revised', source_url: 'https://example.org/p0-test' });
    // A database from before versions were kept: its entries get what they are as version 1, once.
    await use().sql.query("DELETE FROM catalogue_version WHERE code = 'gini_ratio'");
    await use().sql.query("DELETE FROM catalogue_seed WHERE code = 'gini_ratio'");
    expect(await use().transaction((tx) => applySeedCatalogue(tx, 'indicator', released))).toEqual({
      inserted: 0,
      updated: 0,
      baselines: 1,
    });
    expect(await versions('gini_ratio')).toEqual([{ version: 1, changed_by: 'system:seed' }]);
    expect(await use().transaction((tx) => applySeedCatalogue(tx, 'indicator', released))).toEqual({
      inserted: 0,
      updated: 0,
      baselines: 0,
    });
  });
});
