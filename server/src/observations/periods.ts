// Periods as stored: "2025" (annual, subperiod 0) or "2025-03" (a round, subperiod = month).

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
