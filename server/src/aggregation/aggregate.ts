import type { Localized } from '../messages/language.js';
import type { AggregationRule } from '../rollup/rollup.js';

/** One region of a group, with its value of the indicator and its weight, either possibly missing. */
export interface Member {
  regionCode: string;
  value: number | null;
  weight: number | null;
}

/** Why a statistic of a group has no value, in both languages. */
export interface StatisticNote {
  statistic: 'sum' | 'weightedMean';
  reason: Localized;
}

export interface GroupStatistics {
  regionCount: number;
  /** Regions with a value: what count, mean, median, min and max are computed over. */
  count: number;
  missingCodes: string[];
  sum: number | null;
  mean: number | null;
  weightedMean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  minRegionCodes: string[];
  maxRegionCodes: string[];
  /** Regions with a value but no weight: a weighted mean without them would be another region's mean. */
  weightMissingCodes: string[];
  notes: StatisticNote[];
}

/** What the indicator is, for the rules of which statistics make sense. */
export interface AggregatedIndicator {
  code: string;
  nameId: string;
  nameEn: string;
  unitId: string;
  unitEn: string;
  aggregation: AggregationRule;
}

/**
 * Why a sum of the indicator's values makes no sense, or null when it does: only counts (an indicator whose rule is
 * SUM: poor persons, labour force, population) add up. Percentages, indices and ratios of regions of different sizes
 * do not: 26 provinces at 10% are not 260%.
 */
export function sumRefusal(indicator: AggregatedIndicator): Localized | null {
  if (indicator.aggregation === 'SUM') return null;
  return {
    en: `The values of ${indicator.nameEn} (${indicator.unitEn}) cannot be added up: a sum of ${indicator.unitEn} across regions means nothing. Ask for mean, median or weightedMean instead.`,
    id: `Nilai ${indicator.nameId} (${indicator.unitId}) tidak dapat dijumlahkan: jumlah ${indicator.unitId} antarwilayah tidak bermakna. Gunakan mean, median atau weightedMean.`,
  };
}

/**
 * Why a weighted mean makes no sense, or null when it does: counts are added, not averaged with weights, and the
 * weight must itself be a count (persons, households), not a rate.
 */
export function weightedMeanRefusal(indicator: AggregatedIndicator, weight: AggregatedIndicator): Localized | null {
  if (indicator.aggregation === 'SUM') {
    return {
      en: `${indicator.nameEn} is a count (${indicator.unitEn}): its regions’ values add up (sum); a weighted mean of counts means nothing.`,
      id: `${indicator.nameId} berupa jumlah (${indicator.unitId}): nilai wilayahnya dijumlahkan (sum); rata-rata tertimbang dari jumlah tidak bermakna.`,
    };
  }
  if (weight.aggregation !== 'SUM') {
    return {
      en: `${weight.nameEn} (${weight.unitEn}) cannot weight a mean: a weight must be a count such as population or labour force.`,
      id: `${weight.nameId} (${weight.unitId}) tidak dapat menjadi penimbang: penimbang harus berupa jumlah, seperti jumlah penduduk atau angkatan kerja.`,
    };
  }
  return null;
}

/**
 * The statistics of one group of regions. Mean, median, min and max describe the regions that have a value (the
 * answer lists the others); a sum and a weighted mean are given only when every region has what they need, since a
 * partial total or a mean weighted over part of the group would be read as the group's figure.
 */
export function describeGroup(members: readonly Member[], weightName: Localized | null): GroupStatistics {
  const withValue = members.filter((m): m is Member & { value: number } => m.value !== null);
  const missingCodes = members.filter((m) => m.value === null).map((m) => m.regionCode);
  const values = withValue.map((m) => m.value).sort((a, b) => a - b);
  const notes: StatisticNote[] = [];
  const count = values.length;
  const min = count ? values[0]! : null;
  const max = count ? values[count - 1]! : null;
  let sum: number | null = null;
  if (count === 0) notes.push({ statistic: 'sum', reason: NO_VALUES });
  else if (missingCodes.length) notes.push({ statistic: 'sum', reason: missingValues(missingCodes.length) });
  else sum = round(values.reduce((a, v) => a + v, 0));
  const weightMissingCodes = withValue.filter((m) => m.weight === null).map((m) => m.regionCode);
  let weightedMean: number | null = null;
  if (weightName) {
    const total = withValue.reduce((a, m) => a + (m.weight ?? 0), 0);
    if (count === 0) notes.push({ statistic: 'weightedMean', reason: NO_VALUES });
    else if (weightMissingCodes.length) {
      notes.push({ statistic: 'weightedMean', reason: missingWeights(weightName, weightMissingCodes.length) });
    } else if (total <= 0) notes.push({ statistic: 'weightedMean', reason: ZERO_WEIGHTS });
    else weightedMean = round(withValue.reduce((a, m) => a + m.value * (m.weight ?? 0), 0) / total);
  }
  return {
    regionCount: members.length,
    count,
    missingCodes,
    sum,
    mean: count ? round(values.reduce((a, v) => a + v, 0) / count) : null,
    weightedMean,
    median: count ? round(count % 2 ? values[(count - 1) / 2]! : (values[count / 2 - 1]! + values[count / 2]!) / 2) : null,
    min,
    max,
    minRegionCodes: withValue.filter((m) => m.value === min).map((m) => m.regionCode),
    maxRegionCodes: withValue.filter((m) => m.value === max).map((m) => m.regionCode),
    weightMissingCodes,
    notes,
  };
}

const NO_VALUES: Localized = {
  en: 'No region of the group has a value.',
  id: 'Tidak ada wilayah dalam kelompok ini yang bernilai.',
};
const ZERO_WEIGHTS: Localized = { en: 'The weights add up to zero.', id: 'Jumlah penimbangnya nol.' };
const missingValues = (n: number): Localized => ({
  en: `${n} region(s) have no value: a partial total is not the group’s total.`,
  id: `${n} wilayah belum bernilai: jumlah sebagian bukan jumlah kelompok.`,
});
const missingWeights = (weight: Localized, n: number): Localized => ({
  en: `The weight (${weight.en}) is missing for ${n} region(s) with a value.`,
  id: `Penimbang (${weight.id}) belum ada untuk ${n} wilayah yang bernilai.`,
});

const round = (n: number) => Math.round(n * 1e6) / 1e6;
