import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { systemViewer } from '../accounts/viewer.js';
import { DESA_SCALE_INDEX, desaScaleIndexInFlight, ensureDesaScaleIndex } from '../observations/desa-scale-index.js';
import { readRegistry, upsertRegions } from '../regions/registry.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/graphql.js';
import { importFile } from './import.service.js';

// Kecamatan and desa/kelurahan figures, for the indicators whose publisher has them (programme coverage from
// Kemensos's per-desa data, PPKS/PSKS counts collected per desa): imported, compared and rolled up like kab/kota ones.

const HEADER = 'kode_wilayah,indikator,periode,pembilang,penyebut,sumber';
const csv = (...lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);
/** Kecamatan Limboto (Kabupaten Gorontalo) and its desa, as the registry lists them. */
const KECAMATAN = '75.01.01';

describeEachDatabase('kecamatan and desa figures', (use) => {
  let api: TestApi;
  let desa: string[];
  beforeAll(async () => {
    api = await createTestApi(use());
    // Gorontalo's kecamatan and desa only: all 91,600 regions would slow every test for nothing.
    const rows = readRegistry(['DISTRICT', 'VILLAGE']).filter((r) => r.code.startsWith('75.'));
    desa = rows.filter((r) => r.code.startsWith(`${KECAMATAN}.`)).map((r) => r.code);
    expect(desa.length).toBeGreaterThan(5);
    // Before they are loaded, a desa code is unknown, with the command that loads them.
    const early = await importFile(use(), {
      bytes: csv(HEADER, `${desa[0]},pkh_coverage,2024,10,40,SIKS-NG`),
      fileName: 'desa.csv',
      viewer: systemViewer('tester'),
    });
    expect(early.errors).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_REGION', message: expect.stringMatching(/pnpm regions:load --level village/) }),
    ]);
    await upsertRegions(use().sql, rows);
    // Regions below kab/kota alone are not values below it: no index of the levels above desa yet.
    expect(await ensureDesaScaleIndex(use())).toBe(false);
  });
  afterAll(() => api.stop());

  it('imports PKH coverage per desa with its parts, and rolls the kecamatan up as Σ served ÷ Σ eligible', async () => {
    // Served i+1 of 10·(i+1)+5 eligible in the i-th desa: the ratios differ, so a mean of them would not match.
    const lines = desa.map((code, i) => `${code},pkh_coverage,2024,${i + 1},${10 * (i + 1) + 5},Dinsos Kab. Gorontalo (SIKS-NG)`);
    const report = await importFile(use(), {
      bytes: csv(HEADER, ...lines),
      fileName: 'pkh-desa.csv',
      viewer: systemViewer('tester'),
      publish: true,
    });
    expect(report).toMatchObject({ status: 'APPLIED', errors: [], counts: { inserted: desa.length } });

    const served = desa.reduce((n, _, i) => n + i + 1, 0);
    const eligible = desa.reduce((n, _, i) => n + 10 * (i + 1) + 5, 0);
    const { rollUp } = await api.query<{ rollUp: Record<string, unknown> }>(
      `{ rollUp(indicatorCode: "pkh_coverage", parentCode: "${KECAMATAN}", period: "2024") { method value childrenCount childrenWithData childrenWithoutParts } }`,
    );
    expect(rollUp).toEqual({
      method: 'RATIO_OF_SUMS',
      value: expect.closeTo((served / eligible) * 100, 6),
      childrenCount: desa.length,
      childrenWithData: desa.length,
      childrenWithoutParts: [],
    });
    const { comparison } = await api.query<{ comparison: { level: string; rows: { region: { code: string } }[] } }>(
      `{ comparison(indicatorCode: "pkh_coverage", parentCode: "${KECAMATAN}", period: "2024") { level rows { region { code } } } }`,
    );
    expect(comparison.level).toBe('VILLAGE');
    expect(comparison.rows.map((r) => r.region.code).sort()).toEqual([...desa].sort());
    // The same desa under their kabupaten and their province: the scope is found one level at a time (scopeOf).
    for (const parent of ['75.01', '75']) {
      const { comparison: wider } = await api.query<{ comparison: { rows: { region: { code: string } }[] } }>(
        `{ comparison(indicatorCode: "pkh_coverage", parentCode: "${parent}", level: VILLAGE, period: "2024") { rows { region { code } } } }`,
      );
      expect(wider.rows.map((r) => r.region.code).sort()).toEqual([...desa].sort());
    }
  });

  it('builds the index of values above desa after an import of desa values, without a restart, once', async () => {
    const exists = async () =>
      (await use().sql.query<{ ok: boolean }>(`SELECT to_regclass('${DESA_SCALE_INDEX}') IS NOT NULL AS ok`))[0]?.ok;
    // The import of the test above stored this database's first desa values while it was open: no restart since.
    await vi.waitFor(async () => expect(await exists()).toBe(true), { timeout: 20_000, interval: 50 });
    expect(await ensureDesaScaleIndex(use())).toBe(false);

    // As in a database that gets desa values after this change was deployed: no index yet.
    await use().sql.query(`DROP INDEX ${DESA_SCALE_INDEX}`);
    const load = (lines: string[]) =>
      importFile(use(), { bytes: csv(HEADER, ...lines), fileName: 'pkh.csv', viewer: systemViewer('tester') });
    // Values above kecamatan alone: nothing to check, no statement.
    expect(await load(['75.01,pkh_coverage,2023,10,40,SIKS-NG'])).toMatchObject({ status: 'APPLIED', errors: [] });
    expect(desaScaleIndexInFlight(use())).toBeUndefined();
    expect(await exists()).toBe(false);
    // Two imports of desa values finishing together: one index, no error.
    const [a, b] = await Promise.all([
      load(desa.map((code, i) => `${code},pkh_coverage,2022,${i + 1},${10 * (i + 1) + 5},SIKS-NG`)),
      load(desa.map((code, i) => `${code},pkh_coverage,2021,${i + 1},${10 * (i + 1) + 5},SIKS-NG`)),
    ]);
    expect([a.status, b.status]).toEqual(['APPLIED', 'APPLIED']);
    await desaScaleIndexInFlight(use());
    expect(await exists()).toBe(true);
  });

  it('builds the index once when two sessions check at the same time', async () => {
    const report = await importFile(use(), {
      bytes: csv(HEADER, `${desa[0]},pkh_coverage,2020,1,4,SIKS-NG`),
      fileName: 'pkh.csv',
      viewer: systemViewer('tester'),
    });
    expect(report.status).toBe('APPLIED');
    await desaScaleIndexInFlight(use());
    await use().sql.query(`DROP INDEX IF EXISTS ${DESA_SCALE_INDEX}`);
    const results = await Promise.all([ensureDesaScaleIndex(use()), ensureDesaScaleIndex(use()), ensureDesaScaleIndex(use())]);
    expect(results.sort()).toEqual([false, false, true]);
  });

  it('refuses BPS poverty (P0) for a kecamatan or desa with LEVEL_NOT_PUBLISHED, and writes nothing', async () => {
    const report = await importFile(use(), {
      bytes: csv(
        'kode_wilayah,indikator,periode,nilai,sumber',
        `${desa[0]},poverty_rate_p0,2024,12.5,BPS`,
        `${KECAMATAN},poverty_rate_p0,2024,11,BPS`,
      ),
      fileName: 'p0-desa.csv',
      viewer: systemViewer('tester'),
    });
    expect(report.status).toBe('REJECTED');
    expect(report.errors).toEqual([
      expect.objectContaining({ line: 2, code: 'LEVEL_NOT_PUBLISHED', message: expect.stringMatching(/desa\/kelurahan/) }),
      expect.objectContaining({ line: 3, code: 'LEVEL_NOT_PUBLISHED', message: expect.stringMatching(/kecamatan/) }),
    ]);
    const [row] = await use().sql.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM observation WHERE indicator_code = 'poverty_rate_p0' AND region_code LIKE '75.01.01%'",
    );
    expect(row?.n).toBe(0);
  });
});
