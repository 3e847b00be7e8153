// The rules behind the rakor's questions about activities, as plain functions: which activities overlap, which
// stages came on time, how kabupaten/kota rank for an award.

export interface StageTiming {
  plannedDate: string | null;
  actualDate: string | null;
}

/**
 * A stage counts for timeliness once it was delivered or its planned date has passed (`asOf`, YYYY-MM-DD); it is on
 * time when delivered by its planned date. A stage without a planned date has no deadline to keep and is not counted.
 */
export function stageTiming(stage: StageTiming, asOf: string): { due: boolean; onTime: boolean } {
  if (stage.plannedDate === null) return { due: false, onTime: false };
  const due = stage.actualDate !== null || stage.plannedDate <= asOf;
  return { due, onTime: stage.actualDate !== null && stage.actualDate <= stage.plannedDate };
}

export interface OverlapCandidate {
  id: number;
  year: number;
  status: string;
  locationCode: string;
  /** The PPKS category's code ("PPKS08"); "" when none. */
  targetGroup: string;
  implementerCode: string;
}

export interface OverlapGroup<T extends OverlapCandidate> {
  year: number;
  status: string;
  locationCode: string;
  targetGroup: string;
  implementerCodes: string[];
  activities: T[];
}

/**
 * Overlaps ("tumpang tindih"): activities for the same target group in the same kabupaten/kota in the same year, as
 * plans or as realisations alike (the group a PPKS category, compared by its code), by two or more implementers (a province and a kabupaten, or two kabupaten). One
 * implementer's several activities for a group are its own business; activities without a target group are none.
 */
export function findOverlaps<T extends OverlapCandidate>(activities: readonly T[]): OverlapGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const a of activities) {
    const group = a.targetGroup;
    if (group === '') continue;
    const k = `${a.year}|${a.status}|${a.locationCode}|${group}`;
    const list = groups.get(k);
    if (list) list.push(a);
    else groups.set(k, [a]);
  }
  const overlaps: OverlapGroup<T>[] = [];
  for (const list of groups.values()) {
    const implementers = [...new Set(list.map((a) => a.implementerCode))].sort();
    if (implementers.length < 2) continue;
    const sorted = [...list].sort((a, b) => a.implementerCode.localeCompare(b.implementerCode) || a.id - b.id);
    const first = sorted[0]!;
    overlaps.push({
      year: first.year,
      status: first.status,
      locationCode: first.locationCode,
      targetGroup: first.targetGroup,
      implementerCodes: implementers,
      activities: sorted,
    });
  }
  return overlaps.sort(
    (a, b) =>
      a.year - b.year ||
      a.locationCode.localeCompare(b.locationCode) ||
      a.targetGroup.localeCompare(b.targetGroup) ||
      a.status.localeCompare(b.status),
  );
}

/** What a stage's report holds: when it was due and came in, and the realisation figures it gives. */
export interface StageReport {
  reportDueDate: string | null;
  reportDate: string | null;
  actualDate: string | null;
  budgetRealised: number | null;
  beneficiariesRealised: number | null;
}

export interface ReportTiming {
  /** Its due date has passed by asOf, or it came in: it counts. */
  due: boolean;
  /** It came in (by asOf). */
  received: boolean;
  /** It came in by its due date. */
  onTime: boolean;
  /** It came in with the stage's distribution date, realised budget and recipients all given. */
  complete: boolean;
}

/**
 * The data-response rule for one stage's report (laporan tahap). A stage without a report due date has no report to
 * answer for and is not counted; one whose due date is after asOf and that has not come in is not due yet. A report
 * dated after asOf had not come in by then.
 */
export function reportTiming(stage: StageReport, asOf: string): ReportTiming {
  const received = stage.reportDate !== null && stage.reportDate <= asOf;
  if (stage.reportDueDate === null) return { due: false, received, onTime: false, complete: false };
  const due = received || stage.reportDueDate <= asOf;
  const complete = received && stage.actualDate !== null && stage.budgetRealised !== null && stage.beneficiariesRealised !== null;
  return { due, received, onTime: received && stage.reportDate! <= stage.reportDueDate, complete };
}

/** A kabupaten/kota's reports for a programme and year, counted by reportTiming. */
export interface ReportCounts {
  reportsDue: number;
  reportsReceived: number;
  /** Due but not come in: shown as missing, never as a zero figure. */
  reportsMissing: number;
  reportsOnTime: number;
  reportsComplete: number;
  /** In by the due date and complete: what the data-response award counts. */
  reportsOnTimeComplete: number;
}

export function countReports(stages: readonly StageReport[], asOf: string): ReportCounts {
  const timings = stages.map((s) => reportTiming(s, asOf)).filter((t) => t.due);
  const count = (test: (t: ReportTiming) => boolean) => timings.filter(test).length;
  const received = count((t) => t.received);
  return {
    reportsDue: timings.length,
    reportsReceived: received,
    reportsMissing: timings.length - received,
    reportsOnTime: count((t) => t.onTime),
    reportsComplete: count((t) => t.complete),
    reportsOnTimeComplete: count((t) => t.onTime && t.complete),
  };
}

export interface RankingInput {
  regionCode: string;
  budgetPlanned: number | null;
  budgetRealised: number | null;
  stagesDue: number;
  stagesOnTime: number;
  reportsDue: number;
  reportsReceived: number;
  reportsOnTimeComplete: number;
}

export type RankingOrder = 'REALISATION' | 'ON_TIME' | 'DATA_RESPONSE';

export interface RankedRegion<T extends RankingInput> {
  row: T;
  /** Realisasi ÷ pagu × 100; null without a pagu. */
  realisation: number | null;
  /** Stages delivered by their planned date ÷ stages due × 100; null without a stage due. */
  onTime: number | null;
  /**
   * Reports in by their due date and complete ÷ reports due × 100; null when no report is due, and null (missing, not
   * zero) when reports are due but none came in.
   */
  dataResponse: number | null;
  /** 1 for the best; ties share a rank; null for a region without the figure ranked on. */
  rank: number | null;
  /** The rank for each award, whatever the order asked for. */
  ranks: Record<RankingOrder, number | null>;
}

const percent = (part: number | null, whole: number | null) =>
  part === null || whole === null || whole === 0 ? null : Math.round((part / whole) * 1e6) / 1e4;

type Figures = { realisation: number | null; onTime: number | null; dataResponse: number | null; received: number | null };

/** Each award's figure, then the figure that breaks its ties. */
const AWARDS: Record<RankingOrder, [primary: keyof Figures, secondary: keyof Figures]> = {
  REALISATION: ['realisation', 'onTime'],
  ON_TIME: ['onTime', 'realisation'],
  // Between regions equally prompt and complete, the one that sent more of its reports at all.
  DATA_RESPONSE: ['dataResponse', 'received'],
};

/** 1 for the best, ties (equal primary and secondary figures) sharing a rank; null without the primary figure. */
function ranksFor(figures: readonly (Figures & { code: string })[], order: RankingOrder): Map<string, number | null> {
  const [primary, secondary] = AWARDS[order];
  const desc = (a: number | null, b: number | null) => (b ?? Number.NEGATIVE_INFINITY) - (a ?? Number.NEGATIVE_INFINITY);
  const sorted = [...figures].sort(
    (a, b) =>
      (a[primary] === null ? 1 : 0) - (b[primary] === null ? 1 : 0) ||
      desc(a[primary], b[primary]) ||
      desc(a[secondary], b[secondary]) ||
      a.code.localeCompare(b.code),
  );
  const ranks = new Map<string, number | null>();
  let previous: (typeof sorted)[number] | null = null;
  sorted.forEach((f, i) => {
    if (f[primary] === null) {
      ranks.set(f.code, null);
      return;
    }
    const tied = previous && previous[primary] === f[primary] && previous[secondary] === f[secondary];
    ranks.set(f.code, tied ? ranks.get(previous!.code)! : i + 1);
    previous = f;
  });
  return ranks;
}

/**
 * Kabupaten/kota ranked for the awards: realisation (ties broken by timeliness), on-time distribution (ties by
 * realisation) and data response (ties by the share of reports sent at all); in the order asked for, each row with
 * its rank for all three. Regions without the figure ranked on come last, unranked.
 */
export function rankRegions<T extends RankingInput>(rows: readonly T[], order: RankingOrder): RankedRegion<T>[] {
  const figures = rows.map((row) => ({
    code: row.regionCode,
    realisation: percent(row.budgetRealised, row.budgetPlanned),
    onTime: percent(row.stagesOnTime, row.stagesDue),
    dataResponse: row.reportsReceived === 0 ? null : percent(row.reportsOnTimeComplete, row.reportsDue),
    received: percent(row.reportsReceived, row.reportsDue),
  }));
  const ranks = Object.fromEntries((Object.keys(AWARDS) as RankingOrder[]).map((o) => [o, ranksFor(figures, o)])) as Record<
    RankingOrder,
    Map<string, number | null>
  >;
  const of = (o: RankingOrder, code: string) => ranks[o].get(code) ?? null;
  const ranked = rows.map((row, i) => ({ row, f: figures[i]!, rank: of(order, row.regionCode) }));
  // Unranked last; within a rank (a tie) and among the unranked, by code.
  ranked.sort(
    (a, b) =>
      (a.rank === null ? 1 : 0) - (b.rank === null ? 1 : 0) ||
      (a.rank ?? 0) - (b.rank ?? 0) ||
      a.row.regionCode.localeCompare(b.row.regionCode),
  );
  return ranked.map(({ row, f, rank }) => ({
    row,
    realisation: f.realisation,
    onTime: f.onTime,
    dataResponse: f.dataResponse,
    rank,
    ranks: {
      REALISATION: of('REALISATION', row.regionCode),
      ON_TIME: of('ON_TIME', row.regionCode),
      DATA_RESPONSE: of('DATA_RESPONSE', row.regionCode),
    },
  }));
}
