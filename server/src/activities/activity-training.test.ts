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
  });
});
