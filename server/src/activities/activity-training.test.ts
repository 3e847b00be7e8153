import { expect, it } from 'vitest';
import { systemViewer } from '../accounts/viewer.js';
import { importFile } from '../imports/import.service.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { activityOverlaps, activityRanking } from './activities.service.js';
import { activityTrainingCatalogue, generateActivityFile, trainingProgrammeCode } from './activity-training.js';

/** A small seeded generator (LCG), as the training data set passes its own. */
const seeded = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const REGIONS = [
  { code: '72', level: 'PROVINCE' },
  ...['72.01', '72.02', '72.03', '72.04'].map((code) => ({ code, level: 'REGENCY_CITY', parentCode: '72' })),
];
const input = (seed: number) => ({ random: seeded(seed), regions: REGIONS, years: [2023, 2024] });

it('is the same file for the same random sequence, and another for another', () => {
  const file = generateActivityFile(input(7));
  expect(generateActivityFile(input(7))).toBe(file);
  expect(generateActivityFile(input(8))).not.toBe(file);
  const lines = file.trim().split('\n');
  expect(lines[0]).toMatch(/^tahun,status,kode_kegiatan/);
  expect(lines.some((l) => l.startsWith('2025,renja,'))).toBe(true);
  expect(lines.some((l) => l.includes(trainingProgrammeCode('72')))).toBe(true);
  // Target groups as PPKS codes; stages with a report due date, most with a report date.
  const column = (name: string) => lines[0]!.split(',').indexOf(name);
  const rows = lines.slice(1).map((l) => l.split(','));
  expect(new Set(rows.map((r) => r[column('sasaran')]))).toEqual(new Set(['PPKS02', 'PPKS08', 'PPKS09', 'PPKS21', 'PPKS24']));
  const staged = rows.filter((r) => r[column('tahap')] !== '' && r[1] === 'realisasi');
  expect(staged.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r[column('batas_laporan')]!))).toBe(true);
  expect(staged.filter((r) => r[column('tanggal_laporan')] !== '').length).toBeGreaterThan(staged.length / 2);
});

it('dates no report after the day it is made', () => {
  const file = generateActivityFile({ ...input(7), today: '2024-06-30' });
  const lines = file.trim().split('\n');
  const at = lines[0]!.split(',').indexOf('tanggal_laporan');
  const dates = lines
    .slice(1)
    .map((l) => l.split(',')[at]!)
    .filter((d) => d !== '');
  expect(dates.length).toBeGreaterThan(0);
  expect(dates.every((d) => d <= '2024-06-30')).toBe(true);
});

describeEachDatabase('activity training file', (use) => {
  it('imports cleanly and shows overlaps and a ranking', async () => {
    const admin = systemViewer('data-latihan');
    const catalogue = await importFile(use(), {
      bytes: Buffer.from(activityTrainingCatalogue(REGIONS)),
      fileName: 'katalog-latihan.csv',
      viewer: admin,
    });
    expect(catalogue.errors).toEqual([]);
    const report = await importFile(use(), {
      bytes: Buffer.from(generateActivityFile(input(7))),
      fileName: 'kegiatan-latihan.csv',
      viewer: admin,
    });
    expect(report.errors).toEqual([]);
    expect(report.status).toBe('APPLIED');
    expect(report.counts.inserted).toBeGreaterThan(10);
    const overlaps = await activityOverlaps(use(), '72', 2024, null);
    expect(overlaps.length).toBeGreaterThan(0);
    const ranking = await activityRanking(use(), trainingProgrammeCode('72'), '72', 2024, 'REALISATION', '2024-12-31');
    expect(ranking.filter((r) => r.rank !== null).length).toBeGreaterThan(1);
    expect(ranking.filter((r) => r.dataResponseRank !== null).length).toBeGreaterThan(1);
  });
});
