import { generateSpmTrainingCsv } from '../../spm/training-data.js';
import { TRAINING_SOURCE } from '../dataset.js';
import type { TrainingGenerator } from '../generators.js';

// SPM Bidang Sosial: people needing and served for each basic service of each province and kabupaten/kota, by year
// (no real served ÷ needing counts are in the repository). Only years the region existed: the import refuses others.
export const spmServicesGenerator: TrainingGenerator = {
  name: 'spm-services',
  description: 'Capaian SPM Bidang Sosial (terlayani ÷ membutuhkan) per provinsi dan kabupaten/kota',
  files: (ctx) =>
    ctx.years.map((year) => ({
      fileName: `latihan-spm-${year}.csv`,
      csv: generateSpmTrainingCsv({
        random: ctx.random,
        regions: ctx.regions.filter((r) => r.existsSince === null || r.existsSince <= year),
        years: [year],
        source: TRAINING_SOURCE,
      }),
    })),
};
