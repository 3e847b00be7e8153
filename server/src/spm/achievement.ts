import type { SpmService } from './services.js';

/** A stored SPM value as the achievement reads it. */
export interface SpmValue {
  indicatorCode: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  status: string;
}

export interface ServiceAchievement extends SpmService {
  /** Jumlah warga yang membutuhkan (the denominator). */
  needing: number | null;
  /** Jumlah warga yang terlayani (the numerator). */
  served: number | null;
  /** served ÷ needing × 100, as stored; a value given alone stays an achievement without counts. */
  achievement: number | null;
  /** Every basic service's target is 100% (PP 2/2018: everyone who needs it is served). */
  target: number;
  /** needing − served: people still to be served; null without counts. */
  unserved: number | null;
  status: string | null;
  reasonId: string | null;
  reasonEn: string | null;
}

/** Each of the region's services with its counts and achievement, in the regulation's order. */
export function achievements(services: readonly SpmService[], values: readonly SpmValue[]): ServiceAchievement[] {
  return services.map((service) => {
    const v = values.find((x) => x.indicatorCode === service.indicatorCode);
    const base = { ...service, target: 100, status: v?.status ?? null };
    if (!v) {
      return {
        ...base,
        needing: null,
        served: null,
        achievement: null,
        unserved: null,
        reasonId: 'Belum ada data capaian untuk tahun ini.',
        reasonEn: 'No achievement has been reported for this year.',
      };
    }
    if (v.numerator === null || v.denominator === null) {
      return {
        ...base,
        needing: null,
        served: null,
        achievement: v.value,
        unserved: null,
        reasonId: 'Hanya persentase capaian yang dilaporkan: jumlah warga yang membutuhkan dan yang terlayani belum ada.',
        reasonEn: 'Only the percentage was reported: the numbers of people needing and served are missing.',
      };
    }
    return {
      ...base,
      needing: v.denominator,
      served: v.numerator,
      achievement: v.value,
      unserved: Math.max(0, v.denominator - v.numerator),
      reasonId: null,
      reasonEn: null,
    };
  });
}
