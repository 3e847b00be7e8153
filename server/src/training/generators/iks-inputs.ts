import { TRAINING_SOURCE } from '../dataset.js';
import type { TrainingGenerator } from '../generators.js';
import { csvRow } from './cells.js';
import { storeTrainingIksResults } from './iks-results.js';

// Inputs of the two IKS example methods (IKS_ELDERLY_RPJMN, IKS_DISABILITY_RPJMN): the three dimension values of IKS
// lansia and IKS penyandang disabilitas for every kabupaten/kota and year, so that a province can compute, store and
// publish a training IKS and see which kabupaten/kota lack which input. No real dimension values are published
// (domain.md). Each dimension is a share in percent; its three add up to the example's index (the RPJMN's "total of
// the three"), so each is drawn between 15 and 32 and rises a little each year. About one kabupaten/kota in twelve
// lacks one input in a year, as a province's real collection would: the gaps page has something to show.

export const IKS_GROUPS = ['iks_elderly', 'iks_disability'] as const;
export const IKS_DIMENSIONS = ['basic_needs', 'social_role', 'economic_independence'] as const;
/** Share of kabupaten/kota-years with one input left out. */
const GAP_RATE = 1 / 12;

export const iksInputsGenerator: TrainingGenerator = {
  name: 'iks-inputs',
  description: 'Nilai dimensi IKS lansia dan IKS penyandang disabilitas per kabupaten/kota (masukan metode contoh)',
  files: (ctx) => {
    const kabkota = ctx.regions.filter((r) => r.level === 'REGENCY_CITY');
    const header = csvRow(['kode_wilayah', 'indikator', 'periode', 'nilai', 'sumber', 'penerbit']);
    return ctx.years.map((year, yearIndex) => {
      const lines = [header];
      for (const region of kabkota) {
        // Drawn for every region and year, existing or not, so a region's figures do not depend on its neighbours'.
        const levels = IKS_GROUPS.flatMap(() => IKS_DIMENSIONS.map(() => 15 + ctx.random() * 14));
        const gap = ctx.random() < GAP_RATE ? Math.floor(ctx.random() * levels.length) : -1;
        if (region.existsSince !== null && region.existsSince > year) continue;
        IKS_GROUPS.forEach((group, g) => {
          IKS_DIMENSIONS.forEach((dimension, d) => {
            const i = g * IKS_DIMENSIONS.length + d;
            if (i === gap) return;
            const value = Math.min(32, levels[i]! + yearIndex * 0.6);
            lines.push(
              csvRow([region.code, `${group}_${dimension}`, String(year), value.toFixed(2), TRAINING_SOURCE, TRAINING_SOURCE]),
            );
          });
        });
      }
      return { fileName: `latihan-iks-masukan-${year}.csv`, csv: `${lines.join('\r\n')}\r\n` };
    });
  },
  // The result sets of the two example methods, so that a training database's IKS page shows an index.
  afterImport: storeTrainingIksResults,
};
