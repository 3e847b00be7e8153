import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { systemViewer } from '../accounts/viewer.js';
import { repoRoot } from '../config.js';
import type { Database } from '../db/database.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { importFile } from './import.service.js';

// BPS tables of 2004–2025 name kabupaten/kota as they were named that year. The values below are
// test values for a year to come (2030), imported as dry runs: only the region column is real.

const csv = (...lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);
const dryRun = (db: Database, bytes: Uint8Array) =>
  importFile(db, {
    bytes,
    fileName: 'bps-kabkota.csv',
    viewer: systemViewer('tester'),
    dryRun: true,
    options: { indicator: 'population' },
  });

const bps2018 = parse(readFileSync(join(repoRoot, 'prisma/seed/regions/regency-bps-codes.csv')), { columns: true }) as Record<
  string,
  string
>[];

describeEachDatabase('importing BPS tables with the names of their day', (use) => {
  it('resolves every row of a table keyed by the 514 names of the BPS list of January 2018, naming each rename applied', async () => {
    const report = await dryRun(use(), csv('Kabupaten/Kota,2030', ...bps2018.map((r) => `${r.bps_name},1`)));
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ status: 'DRY_RUN', counts: { records: 514, inserted: 514 } });
    const lineOf = (bpsCode: string) => bps2018.findIndex((r) => r.bps_code === bpsCode) + 2;
    expect(report.notices.filter((n) => n.code === 'FORMER_REGION_NAME')).toEqual([
      {
        line: lineOf('1206'),
        code: 'FORMER_REGION_NAME',
        message:
          '“KABUPATEN TOBA SAMOSIR” is the former name of Kabupaten Toba (12.12), renamed in 2020 (PP 14/2020); its values are recorded under Kabupaten Toba (nama lama: Kabupaten Toba Samosir).',
      },
      {
        line: lineOf('7605'),
        code: 'FORMER_REGION_NAME',
        message:
          '“KABUPATEN MAMUJU UTARA” is the former name of Kabupaten Pasangkayu (76.01), renamed in 2017 (PP 61/2017); its values are recorded under Kabupaten Pasangkayu (nama lama: Kabupaten Mamuju Utara).',
      },
      {
        line: lineOf('8101'),
        code: 'FORMER_REGION_NAME',
        message:
          '“KABUPATEN MALUKU TENGGARA BARAT” is the former name of Kabupaten Kepulauan Tanimbar (81.03), renamed in 2019 (PP 2/2019); its values are recorded under Kabupaten Kepulauan Tanimbar (nama lama: Kabupaten Maluku Tenggara Barat).',
      },
    ]);
  });

  it('tells a renamed kabupaten from the kota that kept the name, under their province rows', async () => {
    // Provinces in capitals, kabupaten bare and kota with "Kota", as BPS writes them; the names of
    // Kalimantan Barat before 2014 and Sulawesi Barat before 2017.
    const table = csv(
      'Provinsi/Kabupaten/Kota,2030',
      'KALIMANTAN BARAT,1',
      'Pontianak,1',
      'Kota Pontianak,1',
      'SULAWESI BARAT,1',
      'Mamuju,1',
      'Mamuju Utara,1',
      'Polewali Mamasa,1',
    );
    const report = await dryRun(use(), table);
    expect(report.errors).toEqual([]);
    expect(report.counts.records).toBe(7);
    expect(report.notices.filter((n) => n.code === 'FORMER_REGION_NAME').map((n) => [n.line, n.message.split(';')[0]])).toEqual([
      [3, '“Pontianak” is the former name of Kabupaten Mempawah (61.02), renamed in 2014 (PP 58/2014)'],
      [7, '“Mamuju Utara” is the former name of Kabupaten Pasangkayu (76.01), renamed in 2017 (PP 61/2017)'],
      [
        8,
        '“Polewali Mamasa” is the former name of Kabupaten Polewali Mandar (76.04), renamed in 2006 (legal basis not recorded)',
      ],
    ]);
  });
});
