// Training counts by category (PPKS, PSKS) for the training data set: no real counts per category were found to ship
// (see the README), so the dashboard's PPKS page is shown with generated ones — in their own database, every value's
// source saying "DATA LATIHAN — bukan data resmi". Never written into the real demo data.
//
// Deterministic: the same random source, regions and years give the same file. The output is an import file in the
// breakdown layout, so it goes through the import pipeline like any Dinas Sosial file.

import { type BreakdownSetDefinition, readBreakdownSets } from './reference.js';

export const TRAINING_LABEL = 'DATA LATIHAN — bukan data resmi';

export interface TrainingInput {
  /** A source of numbers in [0, 1), e.g. a seeded generator: the same sequence gives the same file. */
  random(): number;
  /** The regions to give counts (kabupaten/kota: provinces and Indonesia are then summed from them). */
  regions: readonly { code: string; name: string }[];
  years: readonly number[];
  /** Category sets and their indicators; default: prisma/seed/breakdowns. */
  sets?: readonly BreakdownSetDefinition[];
  /** The source and publisher every row names (the training loader's own wording); default the label. */
  source?: string;
}

/**
 * The order of magnitude of each category's count in a kabupaten/kota, by position in its set: made up for training
 * only, so the bars differ in length as real ones do (many poor, few trafficking victims).
 */
const PPKS_SCALE = [
  60, 250, 25, 40, 150, 30, 20, 400, 900, 15, 20, 30, 60, 10, 40, 30, 40, 5, 40, 25, 300, 50, 600, 8000, 80, 100,
];
const PSKS_SCALE = [10, 80, 40, 20, 30, 3, 15, 10, 25, 8, 15, 12];

const HEADER = ['kode_wilayah', 'nama_wilayah', 'indikator', 'kategori', 'periode', 'nilai', 'sumber', 'penerbit', 'catatan'];

const cell = (text: string | number) => {
  const s = String(text);
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** The training counts as CSV text in the breakdown layout, one row per region × year × category. */
export function trainingBreakdownCsv(input: TrainingInput): string {
  const sets = input.sets ?? readBreakdownSets();
  const years = [...input.years].sort((a, b) => a - b);
  const lines = [HEADER.join(',')];
  for (const region of input.regions) {
    // A region's size, drawn once, scales all its counts; each category then drifts from year to year.
    const size = 0.3 + 2.2 * input.random();
    for (const set of sets) {
      const scale = set.code === 'psks' ? PSKS_SCALE : PPKS_SCALE;
      const indicator = set.indicators[0];
      if (!indicator) continue;
      set.categories.forEach((category, i) => {
        // Some categories are absent from a region (no remote indigenous community in a city, say).
        const present = input.random() > 0.12;
        let level = (scale[i] ?? 20) * size * (0.5 + input.random());
        for (const year of years) {
          level *= 0.85 + 0.3 * input.random();
          if (!present) continue;
          lines.push(
            [
              region.code,
              region.name,
              indicator,
              category.code,
              year,
              Math.round(level),
              input.source ?? TRAINING_LABEL,
              input.source ?? TRAINING_LABEL,
              TRAINING_LABEL,
            ]
              .map(cell)
              .join(','),
          );
        }
      });
    }
  }
  return `${lines.join('\n')}\n`;
}
