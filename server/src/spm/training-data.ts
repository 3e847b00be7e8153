// A generated SPM Bidang Sosial data set for the training database (DATA LATIHAN): no real served/needing figures are
// in the repository, and the published ones found (a province's yearly SPM report) are PDF tables, not yet imported.
// Deterministic: the same `random` sequence gives the same file. Never to be imported beside real data.

import { ratioOf } from '../ratios/parts.js';
import { type SpmService, servicesFor } from './services.js';

export const TRAINING_LABEL = 'DATA LATIHAN — bukan data resmi';

export interface SpmTrainingInput {
  /** Numbers in [0, 1), e.g. a seeded generator; called in a fixed order. */
  random(): number;
  /** Provinces and kabupaten/kota (other levels have no SPM Bidang Sosial and are skipped). */
  regions: readonly { code: string; level: string }[];
  years: readonly number[];
  /** Share of reports that give the percentage only, without counts (default 0.05). */
  valueOnlyShare?: number;
  /** The source every row names (the training loader's own wording); default the label. */
  source?: string;
}

/** Header of the long import layout with the ratio's parts. */
const HEADER = ['kode_wilayah', 'indikator', 'periode', 'nilai', 'pembilang', 'penyebut', 'sumber', 'catatan'];

/** Rough scale of the people needing each service in a year: panti serve fewer than services outside them. */
function needingRange(service: SpmService): [number, number] {
  if (service.letter === 'e') return service.level === 'PROVINCE' ? [200, 5000] : [20, 2000];
  return service.level === 'PROVINCE' ? [15, 250] : [10, 600];
}

/**
 * CSV text (long layout, with pembilang/penyebut) of the SPM services of each region and year: people needing a
 * service, people served (most regions serve most, some all), the achievement computed from them. A disaster service
 * has no row in a year without a disaster (nobody needing it); a few reports give the percentage alone.
 */
export function generateSpmTrainingCsv(input: SpmTrainingInput): string {
  const { random } = input;
  const valueOnlyShare = input.valueOnlyShare ?? 0.05;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const lines = [HEADER.join(',')];
  for (const region of input.regions) {
    const services = servicesFor(region.level);
    // Each region has its own level of service, which moves a little from year to year.
    const capacity = 0.55 + random() * 0.4;
    for (const year of input.years) {
      for (const service of services) {
        const disasterFree = service.letter === 'e' && random() < 0.3;
        if (disasterFree) continue;
        const [low, high] = needingRange(service);
        const needing = between(low, high);
        const share = random() < 0.2 ? 1 : Math.min(1, capacity + (random() - 0.5) * 0.2);
        const served = Math.round(needing * share);
        const value = ratioOf(served, needing, 100, 2);
        const parts = random() < valueOnlyShare ? ['', ''] : [String(served), String(needing)];
        lines.push(
          [
            region.code,
            service.indicatorCode,
            String(year),
            String(value),
            ...parts,
            input.source ?? TRAINING_LABEL,
            `"${TRAINING_LABEL}"`,
          ].join(','),
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
