// Periods as stored: "2025" (annual, subperiod 0) or "2025-03" (a round, subperiod = month).

/** Month names by number (index 0 unused), for sentences about rounds ("diukur pada Maret dan September"). */
export const MONTH_NAMES = {
  id: [
    '',
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    '',
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const;

export interface PeriodKey {
  year: number;
  subperiod: number;
}

export function parseStoredPeriod(period: string): PeriodKey {
  const [y, m] = period.split('-');
  return { year: Number(y), subperiod: m ? Number(m) : 0 };
}

export function comparePeriods(a: PeriodKey, b: PeriodKey): number {
  return a.year - b.year || a.subperiod - b.subperiod;
}

/** Position on a time axis in years: a March round of 2025 is 2025.167, an annual 2025 figure is 2025. */
export function periodTime(p: PeriodKey): number {
  return p.year + (p.subperiod > 0 ? (p.subperiod - 1) / 12 : 0);
}

export type Frequency = 'ANNUAL' | 'SUBANNUAL';

export function frequencyOf(p: PeriodKey): Frequency {
  return p.subperiod === 0 ? 'ANNUAL' : 'SUBANNUAL';
}

/**
 * Whether a value of period `p` is on the basis that starts at `at` (a series break). An annual figure of the
 * break's own year already is: a break dated to a round ("2024-03", the first round on the new Papua
 * boundaries) starts that year, and the annual figure of 2024 is on the new boundaries too.
 */
export function onOrAfter(p: PeriodKey, at: PeriodKey): boolean {
  if (p.subperiod === 0) return p.year >= at.year;
  return comparePeriods(p, at) >= 0;
}

/** How often an indicator is measured, as the catalogue says it. */
export interface PeriodRule {
  periodicity: 'ANNUAL' | 'SEMIANNUAL' | 'QUARTERLY' | 'MONTHLY';
  periodMonths: readonly number[];
}

/**
 * Whether a period of `month` (null: the year) can exist for an indicator: a year always can (kab/kota poverty, for
 * one, is published yearly from the March round); a month only when the indicator is measured in it — P0 in March and
 * September, TPT in February and August, IPM never (annual only).
 */
export function periodFit(month: number | null, rule: PeriodRule): 'ok' | 'annualOnly' | 'notARound' {
  if (month === null) return 'ok';
  if (rule.periodicity === 'ANNUAL') return 'annualOnly';
  if (rule.periodicity !== 'MONTHLY' && !rule.periodMonths.includes(month)) return 'notARound';
  return 'ok';
}
