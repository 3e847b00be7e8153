import { describe, expect, it } from 'vitest';
import { findOverlaps, rankRegions, stageTiming } from './activity.rules.js';
import { parseDate } from './activity-layout.js';

const activity = (
  id: number,
  implementerCode: string,
  locationCode: string,
  targetGroup: string,
  status = 'REALISATION',
  year = 2024,
) => ({
  id,
  year,
  status,
  locationCode,
  targetGroup,
  implementerCode,
});

describe('overlaps', () => {
  it('are one target group in one kabupaten/kota in one year from two or more implementers', () => {
    const groups = findOverlaps([
      activity(1, '72.01', '72.01', 'Lanjut Usia Terlantar'),
      activity(2, '72', '72.01', 'lanjut usia  terlantar'),
      activity(3, '72.01', '72.01', 'Lanjut usia terlantar'), // the same implementer again: still one overlap
      activity(4, '72', '72.02', 'Lanjut usia terlantar'), // another kabupaten
      activity(5, '72.02', '72.02', 'Anak terlantar'), // another group
      activity(6, '72', '72.02', 'Anak terlantar', 'PLAN'), // a plan beside a realisation is no overlap
      activity(7, '72', '72.03', ''), // no target group
      activity(8, '72.03', '72.03', ''),
      activity(9, '72', '72.01', 'Lanjut usia terlantar', 'REALISATION', 2025), // another year
    ]);
    expect(groups).toEqual([
      {
        year: 2024,
        status: 'REALISATION',
        locationCode: '72.01',
        targetGroup: 'lanjut usia terlantar',
        implementerCodes: ['72', '72.01'],
        activities: [expect.objectContaining({ id: 2 }), expect.objectContaining({ id: 1 }), expect.objectContaining({ id: 3 })],
      },
    ]);
  });
});

describe('timeliness', () => {
  it('counts a stage once delivered or past its date; on time when delivered by its planned date', () => {
    expect(stageTiming({ plannedDate: '2024-03-01', actualDate: '2024-03-01' }, '2024-01-01')).toEqual({
      due: true,
      onTime: true,
    });
    expect(stageTiming({ plannedDate: '2024-03-01', actualDate: '2024-03-02' }, '2024-12-31')).toEqual({
      due: true,
      onTime: false,
    });
    expect(stageTiming({ plannedDate: '2024-03-01', actualDate: null }, '2024-03-02')).toEqual({ due: true, onTime: false });
    expect(stageTiming({ plannedDate: '2024-03-01', actualDate: null }, '2024-02-28')).toEqual({ due: false, onTime: false });
    expect(stageTiming({ plannedDate: null, actualDate: '2024-03-01' }, '2024-12-31')).toEqual({ due: false, onTime: false });
  });
});

describe('ranking', () => {
  const row = (
    regionCode: string,
    budgetPlanned: number | null,
    budgetRealised: number | null,
    stagesDue: number,
    stagesOnTime: number,
  ) => ({
    regionCode,
    budgetPlanned,
    budgetRealised,
    stagesDue,
    stagesOnTime,
  });
  const rows = [
    row('72.01', 100, 80, 4, 4),
    row('72.02', 100, 95, 4, 1),
    row('72.03', 200, 160, 4, 4), // 80% as 72.01, and as timely: shares its rank
    row('72.04', null, null, 0, 0), // no activity: unranked, last
    row('72.05', 100, 95, 4, 3), // 95% as 72.02 but timelier: ahead of it
  ];
  it('by realisation, timeliness breaking ties, equal regions sharing a rank', () => {
    expect(rankRegions(rows, 'REALISATION').map((r) => [r.row.regionCode, r.rank, r.realisation])).toEqual([
      ['72.05', 1, 95],
      ['72.02', 2, 95],
      ['72.01', 3, 80],
      ['72.03', 3, 80],
      ['72.04', null, null],
    ]);
  });
  it('by on-time distribution', () => {
    expect(rankRegions(rows, 'ON_TIME').map((r) => [r.row.regionCode, r.rank, r.onTime])).toEqual([
      ['72.01', 1, 100],
      ['72.03', 1, 100],
      ['72.05', 3, 75],
      ['72.02', 4, 25],
      ['72.04', null, null],
    ]);
  });
});

describe('dates in activity files', () => {
  it.each([
    ['2025-03-31', '2025-03-31'],
    ['31/03/2025', '2025-03-31'],
    ['1-4-2025', '2025-04-01'],
    ['31 Maret 2025', '2025-03-31'],
    ['31 Februari 2025', null],
    ['2025-02-29', null],
    ['Maret 2025', null],
  ])('%s', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });
});
