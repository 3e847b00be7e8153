import type { RegionRef } from '../../data/types';
import type { ProgrammeMeasure } from '../../url-state';
import type { ProgrammeFigureInfo, ProgrammeInfo } from './programme-queries';

export interface FigureRow extends ProgrammeFigureInfo {
  regionName: string;
}

/**
 * The figures of a region and its direct children (the API returns every level below), with region names, in
 * the order of the registry: the region first, then its children by code; by programme and year within.
 */
export function figuresInScope(
  region: RegionRef & { children: RegionRef[] },
  own: readonly ProgrammeFigureInfo[],
  below: readonly ProgrammeFigureInfo[],
): FigureRow[] {
  const regions = [region, ...region.children];
  const order = new Map(regions.map((r, i) => [r.code, i]));
  const names = new Map(regions.map((r) => [r.code, r.name]));
  const seen = new Set<string>();
  const rows: FigureRow[] = [];
  for (const f of [...own, ...below]) {
    const key = `${f.programmeCode}|${f.regionCode}|${f.year}`;
    if (!order.has(f.regionCode) || seen.has(key)) continue;
    seen.add(key);
    rows.push({ ...f, regionName: names.get(f.regionCode) ?? f.regionCode });
  }
  return rows.sort(
    (a, b) =>
      order.get(a.regionCode)! - order.get(b.regionCode)! || a.programmeCode.localeCompare(b.programmeCode) || a.year - b.year,
  );
}

/** The programme asked for when it is in the catalogue, else the first (catalogue order) that has figures. */
export function chooseProgramme(
  requested: string | null,
  programmes: readonly ProgrammeInfo[],
  figures: readonly FigureRow[],
): string | null {
  if (requested && programmes.some((p) => p.code === requested)) return requested;
  const withFigures = new Set(figures.map((f) => f.programmeCode));
  return programmes.find((p) => withFigures.has(p.code))?.code ?? programmes[0]?.code ?? null;
}

export function yearsOf(figures: readonly FigureRow[], programme: string | null): number[] {
  return [...new Set(figures.filter((f) => f.programmeCode === programme).map((f) => f.year))].sort((a, b) => a - b);
}

/** The year asked for when it has figures, else the latest. */
export function chooseYear(requested: number | null, years: readonly number[]): number | null {
  if (requested !== null && years.includes(requested)) return requested;
  return years[years.length - 1] ?? null;
}

/** The measure asked for, else the first the figures can show: absorption, then the budget, then coverage. */
export function chooseMeasure(requested: ProgrammeMeasure | null, rows: readonly FigureRow[]): ProgrammeMeasure {
  if (requested) return requested;
  if (rows.some((r) => r.absorption !== null)) return 'penyerapan';
  if (rows.some((r) => r.budgetAllocated !== null || r.budgetSpent !== null)) return 'anggaran';
  return 'cakupan';
}
