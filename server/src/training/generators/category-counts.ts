import { trainingBreakdownCsv } from '../../breakdowns/training-data.js';
import { TRAINING_SOURCE } from '../dataset.js';
import type { TrainingGenerator } from '../generators.js';

// PPKS and PSKS counts by category for every kabupaten/kota and year: no real counts by category were found to ship
// (see the README); provinces and Indonesia are summed from their kabupaten/kota by the profile itself. A kabupaten
// formed within the years gets counts from its first year only (the import refuses earlier ones).
export const categoryCountsGenerator: TrainingGenerator = {
  name: 'category-counts',
  description: 'Jumlah PPKS dan PSKS menurut jenis per kabupaten/kota',
  files: (ctx) => {
    const kabkota = ctx.regions.filter((r) => r.level === 'REGENCY_CITY');
    const firstYears = [...new Set(kabkota.map((r) => Math.max(ctx.years[0] ?? 0, r.existsSince ?? 0)))].sort();
    return firstYears.map((first) => ({
      fileName: `latihan-ppks-psks-sejak-${first}.csv`,
      csv: trainingBreakdownCsv({
        random: ctx.random,
        regions: kabkota.filter((r) => Math.max(ctx.years[0] ?? 0, r.existsSince ?? 0) === first),
        years: ctx.years.filter((y) => y >= first),
        source: TRAINING_SOURCE,
      }),
    }));
  },
};
