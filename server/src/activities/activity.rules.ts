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

/** How target groups are compared: "Lanjut Usia Terlantar" and "lanjut usia  terlantar" are one group. */
export const targetGroupKey = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Overlaps ("tumpang tindih"): activities for the same target group in the same kabupaten/kota in the same year, as
 * plans or as realisations alike, by two or more implementers (a province and a kabupaten, or two kabupaten). One
 * implementer's several activities for a group are its own business; activities without a target group are none.
 */
export function findOverlaps<T extends OverlapCandidate>(activities: readonly T[]): OverlapGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const a of activities) {
    const group = targetGroupKey(a.targetGroup);
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
      targetGroup: first.targetGroup.trim().replace(/\s+/g, ' '),
      implementerCodes: implementers,
      activities: sorted,
    });
  }
  return overlaps.sort(
    (a, b) =>
      a.year - b.year ||
      a.locationCode.localeCompare(b.locationCode) ||
      targetGroupKey(a.targetGroup).localeCompare(targetGroupKey(b.targetGroup)) ||
      a.status.localeCompare(b.status),
  );
}

export interface RankingInput {
  regionCode: string;
  budgetPlanned: number | null;
  budgetRealised: number | null;
  stagesDue: number;
  stagesOnTime: number;
}

export interface RankedRegion<T extends RankingInput> {
  row: T;
  /** Realisasi ÷ pagu × 100; null without a pagu. */
  realisation: number | null;
  /** Stages delivered by their planned date ÷ stages due × 100; null without a stage due. */
  onTime: number | null;
  /** 1 for the best; ties share a rank; null for a region without the figure ranked on. */
  rank: number | null;
}

export type RankingOrder = 'REALISATION' | 'ON_TIME';

const percent = (part: number | null, whole: number | null) =>
  part === null || whole === null || whole === 0 ? null : Math.round((part / whole) * 1e6) / 1e4;

/**
 * Kabupaten/kota ranked for an award: by realisation (then timeliness to break ties) or by on-time distribution
 * (then realisation). Regions without the figure come last, unranked.
 */
export function rankRegions<T extends RankingInput>(rows: readonly T[], order: RankingOrder): RankedRegion<T>[] {
  const ranked = rows.map((row) => ({
    row,
    realisation: percent(row.budgetRealised, row.budgetPlanned),
    onTime: percent(row.stagesOnTime, row.stagesDue),
    rank: null as number | null,
  }));
  const primary = (r: (typeof ranked)[number]) => (order === 'REALISATION' ? r.realisation : r.onTime);
  const secondary = (r: (typeof ranked)[number]) => (order === 'REALISATION' ? r.onTime : r.realisation);
  const desc = (a: number | null, b: number | null) => (b ?? Number.NEGATIVE_INFINITY) - (a ?? Number.NEGATIVE_INFINITY);
  ranked.sort(
    (a, b) =>
      (primary(a) === null ? 1 : 0) - (primary(b) === null ? 1 : 0) ||
      desc(primary(a), primary(b)) ||
      desc(secondary(a), secondary(b)) ||
      a.row.regionCode.localeCompare(b.row.regionCode),
  );
  let previous: (typeof ranked)[number] | null = null;
  ranked.forEach((r, i) => {
    if (primary(r) === null) return;
    r.rank = previous && primary(previous) === primary(r) && secondary(previous) === secondary(r) ? previous.rank : i + 1;
    previous = r;
  });
  return ranked;
}
