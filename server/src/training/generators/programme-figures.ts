import { TRAINING_SOURCE } from '../dataset.js';
import type { GeneratorContext, TrainingFile, TrainingGenerator } from '../generators.js';
import { between, csvRow } from './cells.js';

// Programme coverage and budgets per kabupaten/kota and year: a feature that has no real figures yet. National
// programmes get recipients, eligible population, pagu and realisasi; the regional nomenclature's programmes (urusan
// 1.06) pagu and realisasi only. Magnitudes are plausible for a kabupaten (PKH in the thousands of KPM, a Dinas Sosial
// programme in the billions of rupiah) but drawn at random: they are nobody's figures.

interface NationalProgramme {
  code: string;
  /** Eligible units per 1,000 of a region's size index. */
  eligiblePerSize: number;
  /** Rupiah a year per recipient. */
  costPerRecipient: number;
}

const NATIONAL: readonly NationalProgramme[] = [
  { code: 'PKH', eligiblePerSize: 60, costPerRecipient: 3_000_000 },
  { code: 'SEMBAKO', eligiblePerSize: 110, costPerRecipient: 2_400_000 },
  { code: 'PBI_JK', eligiblePerSize: 420, costPerRecipient: 504_000 },
  { code: 'ATENSI', eligiblePerSize: 6, costPerRecipient: 1_500_000 },
];

/** Programmes of the Permendagri 90/2019 nomenclature a Dinas Sosial budgets for (1.06.01 support and 1.06.07 left out). */
const REGIONAL = ['1.06.02', '1.06.03', '1.06.04', '1.06.05', '1.06.06'] as const;

const HEADER = [
  'kode_wilayah',
  'nama_wilayah',
  'program',
  'tahun',
  'penerima',
  'sasaran',
  'pagu',
  'realisasi',
  'sumber',
  'penerbit',
];

/** Rounded to a multiple of `step`: rupiah to the million, people to the ten. */
const roundTo = (value: number, step: number) => Math.round(value / step) * step;

function generate(ctx: GeneratorContext): TrainingFile[] {
  const districts = ctx.regions.filter((r) => r.level === 'REGENCY_CITY');
  const lines = new Map<number, string[]>(ctx.years.map((y) => [y, []]));
  for (const region of districts) {
    // A region's size (thousands of poor and vulnerable people, roughly) and how its coverage drifts from year to year.
    let size = between(ctx.random, 20, 400);
    for (const year of ctx.years) {
      size = Math.max(10, size * (0.95 + ctx.random() * 0.1));
      if (region.existsSince !== null && year < region.existsSince) continue;
      const rows = lines.get(year)!;
      for (const p of NATIONAL) {
        const eligible = roundTo(size * p.eligiblePerSize, 10);
        const recipients = roundTo(eligible * (0.55 + ctx.random() * 0.4), 10);
        const pagu = roundTo(recipients * p.costPerRecipient, 1_000_000);
        const realisasi = roundTo(pagu * (0.7 + ctx.random() * 0.29), 1_000_000);
        rows.push(
          csvRow([
            region.code,
            region.name,
            p.code,
            year,
            recipients,
            eligible,
            pagu,
            realisasi,
            TRAINING_SOURCE,
            TRAINING_SOURCE,
          ]),
        );
      }
      for (const code of REGIONAL) {
        const pagu = roundTo(size * (2_000_000 + ctx.random() * 20_000_000), 1_000_000);
        const realisasi = roundTo(pagu * (0.6 + ctx.random() * 0.39), 1_000_000);
        rows.push(csvRow([region.code, region.name, code, year, null, null, pagu, realisasi, TRAINING_SOURCE, TRAINING_SOURCE]));
      }
    }
  }
  return ctx.years
    .filter((year) => lines.get(year)!.length > 0)
    .map((year) => ({
      fileName: `latihan-program-${year}.csv`,
      csv: `${[csvRow(HEADER), ...lines.get(year)!].join('\r\n')}\r\n`,
    }));
}

export const programmeFiguresGenerator: TrainingGenerator = {
  name: 'programme-figures',
  description: 'penerima, sasaran, pagu dan realisasi program per kabupaten/kota',
  files: generate,
};
