import { expect, it } from 'vitest';
import { systemViewer } from '../accounts/viewer.js';
import { importFile } from '../imports/import.service.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { writeDataset } from '../training/dataset.js';
import { TRAINING_LABEL, trainingBreakdownCsv } from './training-data.js';

/** A small seeded generator (mulberry32), as the training data set would pass. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const regions = [
  { code: '75.01', name: 'Kabupaten Gorontalo' },
  { code: '75.02', name: 'Kabupaten Boalemo' },
  { code: '75.71', name: 'Kota Gorontalo' },
];

it('gives the same file for the same seed and another for another seed, every row labelled as training data', () => {
  const one = trainingBreakdownCsv({ random: seeded(7), regions, years: [2023, 2024] });
  expect(trainingBreakdownCsv({ random: seeded(7), regions, years: [2024, 2023] })).toBe(one);
  expect(trainingBreakdownCsv({ random: seeded(8), regions, years: [2023, 2024] })).not.toBe(one);
  const rows = one.trim().split('\n').slice(1);
  expect(rows.length).toBeGreaterThan(3 * 2 * 38 * 0.7);
  expect(rows.length).toBeLessThanOrEqual(3 * 2 * 38);
  expect(rows.every((r) => r.endsWith(`,${TRAINING_LABEL},${TRAINING_LABEL},${TRAINING_LABEL}`))).toBe(true);
  expect(rows.every((r) => /^\d+$/.test(r.split(',')[5]!))).toBe(true);
});

describeEachDatabase('training counts by category', (use) => {
  it('import through the pipeline without a single error', async () => {
    const text = trainingBreakdownCsv({ random: seeded(1), regions, years: [2023, 2024] });
    // Generated figures go only into a database marked as training data (the import refuses them elsewhere).
    await writeDataset(use().sql, { kind: 'TRAINING', seed: 'uji' });
    const report = await importFile(use(), {
      bytes: new TextEncoder().encode(text),
      fileName: 'latihan-ppks.csv',
      viewer: systemViewer('tester'),
    });
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ status: 'APPLIED', layout: 'breakdown' });
    expect(report.counts.inserted).toBe(text.trim().split('\n').length - 1);
    const [source] = await use().sql.query(
      'SELECT DISTINCT s.title, s.publisher FROM breakdown_count b JOIN source s ON s.id = b.source_id',
    );
    expect(source).toEqual({ title: TRAINING_LABEL, publisher: TRAINING_LABEL });
  });
});
