import type { ActivityNode } from './activity-queries';

// What the Kegiatan view shows, from the API's activities: which year, which programme the kabupaten/kota are ranked
// on, which rows overlap. Pure, so that the choices are tested without a browser.

/** Years with activities, oldest first. */
export function activityYears(activities: readonly Pick<ActivityNode, 'year'>[]): number[] {
  return [...new Set(activities.map((a) => a.year))].sort((a, b) => a - b);
}

/** The year asked for when it has activities; else the latest year with a realisation; else the latest at all. */
export function chooseActivityYear(
  asked: number | null,
  activities: readonly Pick<ActivityNode, 'year' | 'status'>[],
): number | null {
  const years = activityYears(activities);
  if (asked !== null && years.includes(asked)) return asked;
  const realised = activityYears(activities.filter((a) => a.status === 'REALISATION'));
  return realised.at(-1) ?? years.at(-1) ?? null;
}

/**
 * The programme the kabupaten/kota are ranked on: the one asked for when it has realised activities in the year, else
 * the one realised in the most kabupaten/kota (a province's aid programme reaches many; ties by code).
 */
export function chooseRankingProgramme(
  asked: string | null,
  activities: readonly Pick<ActivityNode, 'year' | 'status' | 'programmeCode' | 'locationCode'>[],
  year: number | null,
): string | null {
  const realised = activities.filter((a) => a.year === year && a.status === 'REALISATION');
  if (asked !== null && realised.some((a) => a.programmeCode === asked)) return asked;
  const places = new Map<string, Set<string>>();
  for (const a of realised) {
    const set = places.get(a.programmeCode) ?? new Set<string>();
    set.add(a.locationCode);
    places.set(a.programmeCode, set);
  }
  const [best] = [...places].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]));
  return best?.[0] ?? null;
}

/** The province whose kabupaten/kota are ranked: the region itself, or the province of a kabupaten/kota. */
export function provinceOf(region: { code: string; level: string }): string | null {
  if (region.level === 'PROVINCE') return region.code;
  if (region.level === 'REGENCY_CITY') return region.code.split('.')[0]!;
  return null;
}

/** Activity id → the other implementers it overlaps with. */
export function overlapsById(
  overlaps: readonly { implementerCodes: string[]; activities: { id: number; implementerName: string }[] }[],
): Map<number, string[]> {
  const byId = new Map<number, string[]>();
  for (const o of overlaps) {
    for (const a of o.activities) {
      const others = [
        ...new Set(o.activities.filter((b) => b.implementerName !== a.implementerName).map((b) => b.implementerName)),
      ];
      byId.set(a.id, [...(byId.get(a.id) ?? []), ...others.filter((n) => !(byId.get(a.id) ?? []).includes(n))]);
    }
  }
  return byId;
}

export type Award = 'REALISATION' | 'ON_TIME' | 'DATA_RESPONSE';
export const AWARDS: readonly Award[] = ['REALISATION', 'ON_TIME', 'DATA_RESPONSE'];

type RankedRow = {
  regionCode: string;
  regionName: string;
  realisationRank: number | null;
  onTimeRank: number | null;
  dataResponseRank: number | null;
};

export interface AwardStanding<T extends RankedRow> {
  award: Award;
  /** Best first; ties by name; unranked (no figure) last. */
  rows: { row: T; rank: number | null; tied: boolean }[];
  /** Everyone at rank 1, named together when tied. */
  winners: string[];
}

const rankOf = (row: RankedRow, award: Award) =>
  award === 'REALISATION' ? row.realisationRank : award === 'ON_TIME' ? row.onTimeRank : row.dataResponseRank;

/** The three award rankings side by side, from the API's rows (each with its three ranks). */
export function awardStandings<T extends RankedRow>(rows: readonly T[]): AwardStanding<T>[] {
  return AWARDS.map((award) => {
    const counts = new Map<number, number>();
    for (const r of rows) {
      const rank = rankOf(r, award);
      if (rank !== null) counts.set(rank, (counts.get(rank) ?? 0) + 1);
    }
    const sorted = [...rows]
      .map((row) => ({ row, rank: rankOf(row, award) }))
      .sort(
        (a, b) =>
          (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
          a.row.regionName.localeCompare(b.row.regionName, 'id'),
      )
      .map((r) => ({ ...r, tied: r.rank !== null && (counts.get(r.rank) ?? 0) > 1 }));
    return { award, rows: sorted, winners: sorted.filter((r) => r.rank === 1).map((r) => r.row.regionName) };
  });
}
