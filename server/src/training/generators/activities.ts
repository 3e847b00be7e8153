import { activityTrainingCatalogue, generateActivityFile } from '../../activities/activity-training.js';
import type { TrainingGenerator } from '../generators.js';

// Activities (kegiatan) with their stages and distribution dates, and next year's renja: no real activity-level data
// exists. Each province's own aid programme (LATIHAN_BANTUAN_<kode>) goes into the catalogue first, by its file.
export const activitiesGenerator: TrainingGenerator = {
  name: 'activities',
  description: 'Kegiatan per pelaksana dan lokasi, dengan tahap penyaluran dan renja tahun berikutnya',
  files: (ctx) => {
    const regions = ctx.regions.map((r) => ({ code: r.code, level: r.level, parentCode: r.parentCode }));
    return [
      { fileName: 'latihan-katalog-bantuan-provinsi.csv', csv: activityTrainingCatalogue(regions), unpublished: true },
      {
        fileName: 'latihan-kegiatan.csv',
        // Reports dated after the loading day are left out (not in yet): the import refuses a report date in the future.
        csv: generateActivityFile({
          random: ctx.random,
          regions,
          years: ctx.years,
          ...(ctx.today ? { today: ctx.today } : {}),
        }),
        unpublished: true,
      },
    ];
  },
};
