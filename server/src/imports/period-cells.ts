import { MONTH_NAMES } from '../observations/periods.js';
import type { Collector } from './collector.js';
import type { PeriodRef, SourceLocation } from './import.types.js';
import type { IndicatorRule } from './validate.types.js';
import { formatPeriod } from './values.js';

const MONTHS_ID = MONTH_NAMES.id;

/**
 * The stored form of a period for this indicator: "2025" for an annual figure (allowed for every
 * indicator: kab/kota poverty, for one, is annual from the March round), "2025-03" for a round,
 * which must be one the indicator is measured in.
 */
export function canonicalPeriod(
  period: PeriodRef,
  rule: IndicatorRule,
  loc: SourceLocation,
  issues: Collector,
): { text: string; year: number; subperiod: number } | null {
  let month = period.month;
  if (month === null && period.semester !== null) {
    if (rule.periodicity !== 'SEMIANNUAL' || rule.periodMonths.length < 2) {
      issues.add(loc, 'PERIOD_NOT_ALLOWED', `Period “${period.text}” names a semester, but ${rule.nameEn} is not semiannual.`);
      return null;
    }
    month = rule.periodMonths[period.semester - 1] ?? null;
  }
  if (month === null) return { text: formatPeriod(period.year, null), year: period.year, subperiod: 0 };
  if (rule.periodicity === 'ANNUAL') {
    issues.add(
      loc,
      'PERIOD_NOT_ALLOWED',
      `Period “${period.text}” names a month, but ${rule.nameEn} is annual: write the year only.`,
    );
    return null;
  }
  if (rule.periodicity !== 'MONTHLY' && !rule.periodMonths.includes(month)) {
    const rounds = rule.periodMonths.map((m) => MONTHS_ID[m]).join(' and ');
    issues.add(loc, 'PERIOD_NOT_ALLOWED', `Period “${period.text}” does not fit ${rule.nameEn}, which is measured in ${rounds}.`);
    return null;
  }
  return { text: formatPeriod(period.year, month), year: period.year, subperiod: month };
}

/** A release date as YYYY-MM-DD: a real calendar date from 1900 up to today (a release is never in the future). */
export function parseReleaseDate(text: string, today: Date = new Date()): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  // Compared in UTC+14, the furthest time zone ahead, so that a release made today anywhere is accepted.
  if (year < 1900 || date.getTime() > today.getTime() + 14 * 3_600_000) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}
