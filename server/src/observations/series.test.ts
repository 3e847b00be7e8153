import { describe, expect, it } from 'vitest';
import { parseStoredPeriod } from './periods.js';
import { breaksFor, buildSeries, type SeriesBreakRule } from './series.js';

const papuaSplit: SeriesBreakRule = {
  indicatorCode: 'poverty_rate_p0',
  regionCode: '91',
  startsAt: '2024-03',
  reasonId: 'Pemekaran Papua 2022',
  reasonEn: 'Papua split of 2022',
};
const points = (...periods: string[]) => periods.map((period, i) => ({ period, value: 20 - i, ...parseStoredPeriod(period) }));
const breaksMarked = (periods: string[], frequency: 'ANNUAL' | 'SUBANNUAL') =>
  buildSeries(points(...periods), breaksFor([papuaSplit], 'poverty_rate_p0', '91'), frequency)
    .filter((p) => p.breakBefore)
    .map((p) => p.point.period);

describe('series breaks', () => {
  it('breaks a series of rounds at the round the break starts', () => {
    expect(breaksMarked(['2023-03', '2023-09', '2024-03', '2024-09'], 'SUBANNUAL')).toEqual(['2024-03']);
  });

  it('counts the annual figure of the year a round-dated break starts as on the new basis', () => {
    // Annual 2024 is on the new Papua boundaries, like the March 2024 round: the line breaks between 2023 and 2024.
    expect(breaksMarked(['2022', '2023', '2024', '2025'], 'ANNUAL')).toEqual(['2024']);
  });

  it('leaves other regions and indicators whole', () => {
    const series = buildSeries(points('2023', '2024'), breaksFor([papuaSplit], 'poverty_rate_p0', '92'), 'ANNUAL');
    expect(series.map((p) => p.breakBefore)).toEqual([null, null]);
  });
});
