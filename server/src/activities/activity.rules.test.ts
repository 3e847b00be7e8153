import { describe, expect, it } from 'vitest';
import { countReports, findOverlaps, rankRegions, reportTiming, stageTiming } from './activity.rules.js';
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
      activity(1, '72.01', '72.01', 'PPKS08'),
      activity(2, '72', '72.01', 'PPKS08'),
      activity(3, '72.01', '72.01', 'PPKS08'), // the same implementer again: still one overlap
      activity(4, '72', '72.02', 'PPKS08'), // another kabupaten
      activity(5, '72.02', '72.02', 'PPKS02'), // another group
      activity(6, '72', '72.02', 'PPKS02', 'PLAN'), // a plan beside a realisation is no overlap
      activity(7, '72', '72.03', ''), // no target group
      activity(8, '72.03', '72.03', ''),
      activity(9, '72', '72.01', 'PPKS08', 'REALISATION', 2025), // another year
    ]);
    expect(groups).toEqual([
      {
        year: 2024,
        status: 'REALISATION',
        locationCode: '72.01',
        targetGroup: 'PPKS08',
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
    reports: [due: number, received: number, onTimeComplete: number] = [0, 0, 0],
  ) => ({
    regionCode,
    budgetPlanned,
    budgetRealised,
    stagesDue,
    stagesOnTime,
    reportsDue: reports[0],
    reportsReceived: reports[1],
    reportsOnTimeComplete: reports[2],
  });
  const rows = [
    row('72.01', 100, 80, 4, 4, [4, 4, 3]),
    row('72.02', 100, 95, 4, 1, [4, 4, 4]),
    row('72.03', 200, 160, 4, 4, [4, 3, 3]), // 80% as 72.01, and as timely: shares its rank
    row('72.04', null, null, 0, 0), // no activity: unranked, last
    row('72.05', 100, 95, 4, 3, [4, 0, 0]), // 95% as 72.02 but timelier: ahead of it; no report came in
    row('72.06', 100, 50, 2, 0, [2, 2, 2]), // every report on time and complete, as 72.02
  ];
  it('by realisation, timeliness breaking ties, equal regions sharing a rank', () => {
    expect(rankRegions(rows, 'REALISATION').map((r) => [r.row.regionCode, r.rank, r.realisation])).toEqual([
      ['72.05', 1, 95],
      ['72.02', 2, 95],
      ['72.01', 3, 80],
      ['72.03', 3, 80],
      ['72.06', 5, 50],
      ['72.04', null, null],
    ]);
  });
  it('by on-time distribution', () => {
    expect(rankRegions(rows, 'ON_TIME').map((r) => [r.row.regionCode, r.rank, r.onTime])).toEqual([
      ['72.01', 1, 100],
      ['72.03', 1, 100],
      ['72.05', 3, 75],
      ['72.02', 4, 25],
      ['72.06', 5, 0],
      ['72.04', null, null],
    ]);
  });
  it('by data response: reports on time and complete, the share sent at all breaking ties; none sent is missing, not 0', () => {
    expect(rankRegions(rows, 'DATA_RESPONSE').map((r) => [r.row.regionCode, r.rank, r.dataResponse])).toEqual([
      ['72.02', 1, 100],
      ['72.06', 1, 100], // tied with 72.02: named together
      ['72.01', 3, 75], // 3 of 4, every report sent
      ['72.03', 4, 75], // 3 of 4, one report missing
      ['72.04', null, null], // nothing due
      ['72.05', null, null], // four reports due, none came in: missing, unranked
    ]);
  });
  it('gives every row its rank for all three awards, whatever the order', () => {
    const byCode = new Map(rankRegions(rows, 'ON_TIME').map((r) => [r.row.regionCode, r.ranks]));
    expect(byCode.get('72.02')).toEqual({ REALISATION: 2, ON_TIME: 4, DATA_RESPONSE: 1 });
    expect(byCode.get('72.05')).toEqual({ REALISATION: 1, ON_TIME: 3, DATA_RESPONSE: null });
  });
});

describe('data response', () => {
  const stage = (reportDueDate: string | null, reportDate: string | null, complete = true) => ({
    reportDueDate,
    reportDate,
    actualDate: complete ? '2024-03-01' : null,
    budgetRealised: 50,
    beneficiariesRealised: complete ? 10 : null,
  });
  it('counts a report once due or sent; on time when sent by its due date; complete with date, money and recipients', () => {
    expect(reportTiming(stage('2024-03-10', '2024-03-10'), '2024-12-31')).toEqual({
      due: true,
      received: true,
      onTime: true,
      complete: true,
    });
    expect(reportTiming(stage('2024-03-10', '2024-03-11'), '2024-12-31')).toMatchObject({ received: true, onTime: false });
    expect(reportTiming(stage('2024-03-10', '2024-03-01', false), '2024-12-31')).toMatchObject({
      onTime: true,
      complete: false,
    });
    // Not due yet, and not sent: not counted. Past due and not sent: due and missing.
    expect(reportTiming(stage('2024-03-10', null), '2024-03-09')).toMatchObject({ due: false, received: false });
    expect(reportTiming(stage('2024-03-10', null), '2024-03-11')).toMatchObject({ due: true, received: false });
    // Sent after the day judged on: not in yet on that day.
    expect(reportTiming(stage('2024-03-10', '2024-03-20'), '2024-03-15')).toMatchObject({ due: true, received: false });
    // No due date: no report to answer for.
    expect(reportTiming(stage(null, '2024-03-20'), '2024-12-31')).toMatchObject({ due: false });
  });
  it('adds up a kabupaten/kota’s reports, missing ones counted as missing', () => {
    expect(
      countReports(
        [
          stage('2024-03-10', '2024-03-09'),
          stage('2024-06-10', '2024-06-20'),
          stage('2024-09-10', '2024-09-01', false),
          stage('2024-11-10', null),
          stage('2025-01-10', null), // not due on the day judged
          stage(null, null),
        ],
        '2024-12-31',
      ),
    ).toEqual({
      reportsDue: 4,
      reportsReceived: 3,
      reportsMissing: 1,
      reportsOnTime: 2,
      reportsComplete: 2,
      reportsOnTimeComplete: 1,
    });
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
