import { expect, it } from 'vitest';
import { systemViewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { importFile } from './import.service.js';

// BPS tables print figures for a new province in years before it existed: they are its parent's. The values below
// are test values, imported as dry runs: only the regions, years and laws are real.

const csv = (...lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);
const dryRun = (db: Database, bytes: Uint8Array) =>
  importFile(db, {
    bytes,
    fileName: 'bps-provinsi.csv',
    viewer: systemViewer('tester'),
    dryRun: true,
    options: { indicator: 'population' },
  });

describeEachDatabase('importing values dated before their region existed', (use) => {
  it('refuses a value of Papua Tengah for 2019, with its line and where it belongs, and keeps the years since 2022', async () => {
    const report = await dryRun(
      use(),
      csv('Provinsi,2019,2022,2023', 'PAPUA,1,2,3', 'PAPUA TENGAH,4,5,6', 'KALIMANTAN TIMUR,7,8,9'),
    );
    expect(report.errors).toEqual([
      expect.objectContaining({
        line: 3,
        code: 'BEFORE_REGION_EXISTED',
        message:
          'Papua Tengah (94) exists since 2022 (UU 15/2022): a value for 2019 belongs to Papua (91), from which it was formed — import it there, or remove it from the file.',
      }),
    ]);
  });

  it('takes a province that a split left (Kalimantan Timur before 2012) and a new one from its year (Kalimantan Utara 2012)', async () => {
    const report = await dryRun(use(), csv('Provinsi,2011,2012', 'KALIMANTAN TIMUR,1,2', 'KALIMANTAN UTARA,,3'));
    expect(report.errors).toEqual([]);
    expect(report.counts.records).toBe(3);
  });

  it('refuses every back-cast year of a new province, each on its own', async () => {
    const report = await dryRun(use(), csv('Provinsi,2003,2004', 'SULAWESI BARAT,1,2', 'PAPUA BARAT DAYA,3,4'));
    expect(report.errors.map((e) => [e.line, e.message.split(':')[0]])).toEqual([
      [2, 'Sulawesi Barat (76) exists since 2004 (UU 26/2004)'],
      [3, 'Papua Barat Daya (96) exists since 2022 (UU 29/2022)'],
      [3, 'Papua Barat Daya (96) exists since 2022 (UU 29/2022)'],
    ]);
  });

  it('refuses a value of a kabupaten formed in 2007 for 2005, naming the kabupaten it belongs to (Gorontalo Utara)', async () => {
    const report = await dryRun(use(), csv('Kabupaten/Kota,2005,2007', 'Gorontalo,1,2', 'Gorontalo Utara,3,4', 'Boalemo,5,6'));
    expect(report.errors).toEqual([
      expect.objectContaining({
        line: 3,
        code: 'BEFORE_REGION_EXISTED',
        message:
          'Kabupaten Gorontalo Utara (75.05) exists since 2007 (UU 11/2007): a value for 2005 belongs to Kabupaten Gorontalo (75.01), from which it was formed — import it there, or remove it from the file.',
      }),
    ]);
  });
});
