import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { systemViewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { importFile } from './import.service.js';

// A real BPS table, not test values: "[Metode Baru] Indeks Pembangunan Manusia" by province and kabupaten/kota,
// one CSV export a year, copied verbatim (fixtures/bps-ipm-kabkota/SOURCES.md). 514 kabupaten/kota and 38
// provinces a year, with BPS's own names: "Toba Samosir / Toba", "Kota Makasar", "KEP. BANGKA BELITUNG",
// "D I YOGYAKARTA", and "-" where a region did not exist yet.

const YEARS = [2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
const INDICATOR = 'human_development_index_ipm';
const fixture = (year: number) => readFileSync(join(import.meta.dirname, 'fixtures/bps-ipm-kabkota', `HDI ${year}.csv`), 'utf8');
const load = (db: Database, year: number, text: string, dryRun: boolean) =>
  importFile(db, {
    bytes: new TextEncoder().encode(text),
    fileName: `HDI ${year}.csv`,
    viewer: systemViewer('tester'),
    dryRun,
    options: { indicator: INDICATOR },
  });

/** The rows after the three header rows, as [line, name, value]. */
const rowsOf = (text: string) =>
  text
    .split('\n')
    .map((line, i) => [i + 1, ...line.split(',')] as [number, string, string])
    .slice(3);

/**
 * For 2022 and 2023 BPS prints each kabupaten that moved to the provinces of 2022 twice, under Papua (or Papua
 * Barat) as before and under its new province, with the same value: the lines of the second copies, each with the
 * line of the first (a row whose name and value were printed before; "-" rows are never stored).
 */
function repeatedRows(text: string): [number, number][] {
  const first = new Map<string, number>();
  const repeats: [number, number][] = [];
  text.split('\n').forEach((line, i) => {
    if (i < 3 || line.endsWith(',-')) return;
    const earlier = first.get(line);
    if (earlier === undefined) first.set(line, i + 1);
    else repeats.push([earlier, i + 1]);
  });
  return repeats;
}

// Lines of the three kabupaten BPS prints as "former / current" (the same in every year's file).
const RENAMES = [
  [34, '“Toba Samosir” is the former name of Kabupaten Toba (12.12), renamed in 2020 (PP 14/2020)'],
  [483, '“Mamuju Utara” is the former name of Kabupaten Pasangkayu (76.01), renamed in 2017 (PP 61/2017)'],
  [486, '“Maluku Tenggara Barat” is the former name of Kabupaten Kepulauan Tanimbar (81.03), renamed in 2019 (PP 2/2019)'],
];

describeEachDatabase('a real BPS kabupaten/kota table, 2013–2024, with the names BPS prints', (use) => {
  it('resolves every row of every year as printed; the repeated Papua rows of 2022 and 2023 are noted, not refused', async () => {
    for (const year of YEARS) {
      const text = fixture(year);
      const report = await load(use(), year, text, true);
      expect(report.counts.records, `${year}`).toBe(579); // 514 kabupaten/kota, 38 provinces, Indonesia, 26 repeats
      expect(report.errors, `${year}`).toEqual([]);
      expect(report.status, `${year}`).toBe('DRY_RUN');
      const repeats = report.notices.filter((n) => n.code === 'REPEATED_CELL');
      expect(
        repeats.map((n) => [
          n.line,
          n.message
            .match(/baris (\d+), kolom “\d+” dan baris (\d+)/)
            ?.slice(1)
            .map(Number),
        ]),
        `${year}`,
      ).toEqual(repeatedRows(text).map(([first, second]) => [second, [first, second]]));
      expect(repeats.length, `${year}`).toBe(year === 2022 || year === 2023 ? 26 : 0);
      const renames = report.notices.filter((n) => n.code === 'FORMER_REGION_NAME');
      expect(
        renames.map((n) => [n.line, n.message.split(';')[0]]),
        `${year}`,
      ).toEqual(RENAMES);
    }
    // One in full: Nduga, under Papua and again under Papua Pegunungan.
    const nduga = (await load(use(), 2022, fixture(2022), true)).notices.find((n) => n.line === 574);
    expect(nduga?.message).toBe(
      'Nilai human_development_index_ipm, wilayah 95.08, periode 2022 tertulis dua kali dengan isi yang sama: ' +
        'baris 550, kolom “2022” dan baris 574, kolom “2022”; disimpan sekali. / The value for human_development_index_ipm, ' +
        'region 95.08, period 2022 is given twice with the same content: line 550, column “2022” and line 574, column ' +
        '“2022”; stored once.',
    );
  });

  it('imports all twelve years, with "-" left out and each region once a year', async () => {
    const expected: Record<number, number> = {};
    for (const year of YEARS) {
      // The file as BPS prints it, the repeated rows included.
      const text = fixture(year);
      const repeated = repeatedRows(text).length;
      expect(repeated, `${year}`).toBe(year === 2022 || year === 2023 ? 26 : 0);
      const report = await load(use(), year, text, false);
      expect(report.errors, `${year}`).toEqual([]);
      expect(report.status, `${year}`).toBe('APPLIED');
      expect(report.notices.filter((n) => n.code === 'REPEATED_CELL').length, `${year}`).toBe(repeated);
      const printed = rowsOf(text).filter(([, , value]) => value !== '-');
      expect(report.counts.inserted, `${year}`).toBe(printed.length - repeated);
      expected[year] = printed.length - repeated;
    }
    // 2013–2020: 34 provinces, Indonesia and the kabupaten/kota that existed (2013: not yet Muna Barat, Buton
    // Tengah and Buton Selatan); from 2022 the 38 provinces, and in 2024 BPS prints the moved kabupaten only once.
    expect(expected).toEqual({
      2013: 546,
      2014: 549,
      2015: 549,
      2016: 549,
      2017: 549,
      2018: 549,
      2019: 549,
      2020: 549,
      2021: 549,
      2022: 553,
      2023: 553,
      2024: 553,
    });

    const stored = await use().sql.query<{ year: number; n: number }>(
      'SELECT year, count(*)::int AS n FROM observation WHERE indicator_code = $1 GROUP BY year ORDER BY year',
      [INDICATOR],
    );
    expect(Object.fromEntries(stored.map((r) => [r.year, r.n]))).toEqual(expected);

    // BPS's "-" and the registry's record of pemekaran agree: the only provinces and kabupaten/kota without a
    // value in a year are those formed later (region-changes.csv), so nothing here was refused as back-cast.
    const absent = await use().sql.query<{ year: number; codes: string[] }>(
      `SELECT y.year, coalesce(array_agg(r.code ORDER BY r.code) FILTER (WHERE r.code IS NOT NULL), '{}') AS codes
       FROM unnest($2::int[]) AS y(year)
       LEFT JOIN region r ON r.level IN ('PROVINCE', 'REGENCY_CITY') AND NOT EXISTS (
         SELECT 1 FROM observation o WHERE o.indicator_code = $1 AND o.region_code = r.code AND o.year = y.year)
       GROUP BY y.year ORDER BY y.year`,
      [INDICATOR, YEARS],
    );
    const formedLater = await use().sql.query<{ year: number; codes: string[] }>(
      `SELECT y.year, coalesce(array_agg(r.code ORDER BY r.code) FILTER (WHERE r.code IS NOT NULL), '{}') AS codes
       FROM unnest($1::int[]) AS y(year)
       LEFT JOIN region r ON r.level IN ('PROVINCE', 'REGENCY_CITY') AND r.exists_since > y.year
       GROUP BY y.year ORDER BY y.year`,
      [YEARS],
    );
    expect(absent).toEqual(formedLater);
    expect(absent[0]).toEqual({ year: 2013, codes: ['74.13', '74.14', '74.15', '93', '94', '95', '96'] });

    const value = async (region: string, period: string) => {
      const rows = await use().sql.query<{ value: number }>(
        'SELECT value::float8 AS value FROM observation WHERE indicator_code = $1 AND region_code = $2 AND period = $3',
        [INDICATOR, region, period],
      );
      return rows[0]?.value ?? null;
    };
    expect(await value('12.12', '2013')).toBe(72.36); // "Toba Samosir / Toba"
    expect(await value('76.01', '2024')).toBe(69.73); // "Mamuju Utara / Pasangkayu"
    expect(await value('81.03', '2020')).toBe(62.86); // "Maluku Tenggara Barat / Kepulauan Tanimbar"
    expect(await value('73.71', '2022')).toBe(83.12); // "Kota Makasar"
    expect(await value('61.02', '2013')).toBe(62.09); // Mempawah, so named by BPS for 2013 too
    expect(await value('74.13', '2013')).toBeNull(); // Muna Barat, "-" before its law of 2014
    expect(await value('93', '2020')).toBeNull(); // Papua Selatan, "-" before 2022
    expect(await value('93', '2022')).toBe(65.74);
  });
});
