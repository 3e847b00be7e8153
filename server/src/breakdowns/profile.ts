// A region's counts by category for a year, from what is stored: its own counts when it has any, else the sum of the
// regions below it (a province from its kabupaten/kota, Indonesia from its provinces, each of those in turn from
// theirs). A sum with a region missing is still given, marked incomplete and naming what is missing, so a planner sees
// how far the figure goes; the change from the previous year is only computed between two complete figures.

import type { CategoryRef } from './categories.js';

export interface ProfileRegion {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
  /** Year the region was formed by a split (null: before every recorded change). */
  existsSince: number | null;
  validUntil: number | null;
}

export interface CountRow {
  regionCode: string;
  year: number;
  categoryCode: string;
  value: number;
  sourceId: number | null;
}

export type ProfileOrigin = 'STORED' | 'SUMMED' | 'NONE';

export interface Figure {
  origin: ProfileOrigin;
  /** Category code → count; a category not reported is absent. */
  values: Map<string, number>;
  /**
   * Every region below that should count has a figure, and every figure reports every category of the set (a source
   * that names one category only gives a stored figure that is not complete).
   */
  complete: boolean;
  /** Categories of the set some stored figure in this one does not report. */
  missingCategories: Set<string>;
  /** Regions below without any figure, at the lowest level that was summed (a kabupaten/kota, usually). */
  missing: ProfileRegion[];
  /** Regions below whose figures are summed (direct children). */
  childrenCount: number;
  childrenWithData: number;
  /** Sources of the counts used. */
  sourceIds: Set<number>;
}

export interface CategoryShare extends CategoryRef {
  position: number;
  value: number | null;
  /** Percent of the region's total. */
  share: number | null;
  previousValue: number | null;
  change: number | null;
  changePercent: number | null;
}

export interface Profile {
  regionCode: string;
  regionName: string;
  year: number;
  previousYear: number;
  origin: ProfileOrigin;
  complete: boolean;
  total: number | null;
  previousTotal: number | null;
  change: number | null;
  /** Why the change is not given, in Indonesian and English; null when it is. */
  noChangeReasonId: string | null;
  noChangeReasonEn: string | null;
  childrenCount: number;
  childrenWithData: number;
  missingRegions: { code: string; name: string }[];
  /** Categories of the set that some figure counted in this one does not report (the total leaves them out). */
  missingCategoryCodes: string[];
  categories: CategoryShare[];
  sourceIds: number[];
}

export const existedIn = (r: ProfileRegion, year: number) =>
  (r.existsSince === null || r.existsSince <= year) && (r.validUntil === null || r.validUntil >= year);

/** Figures of any region in the set, computed once per region and year. */
export class FigureBook {
  private readonly children = new Map<string, ProfileRegion[]>();
  private readonly stored = new Map<string, CountRow[]>();
  private readonly memo = new Map<string, Figure>();

  /** `categoryCodes`: the set's categories, which a complete figure reports every one of. */
  constructor(
    regions: readonly ProfileRegion[],
    counts: readonly CountRow[],
    private readonly categoryCodes: readonly string[] = [],
  ) {
    for (const r of regions) {
      if (r.parentCode === null) continue;
      const list = this.children.get(r.parentCode) ?? [];
      list.push(r);
      this.children.set(r.parentCode, list);
    }
    for (const c of counts) {
      const key = `${c.regionCode}|${c.year}`;
      const list = this.stored.get(key) ?? [];
      list.push(c);
      this.stored.set(key, list);
    }
  }

  figure(region: ProfileRegion, year: number): Figure {
    const key = `${region.code}|${year}`;
    let figure = this.memo.get(key);
    if (!figure) {
      figure = this.compute(region, year);
      this.memo.set(key, figure);
    }
    return figure;
  }

  private compute(region: ProfileRegion, year: number): Figure {
    const own = this.stored.get(`${region.code}|${year}`);
    if (own?.length) {
      const values = new Map(own.map((c) => [c.categoryCode, c.value]));
      const missingCategories = new Set(this.categoryCodes.filter((c) => !values.has(c)));
      return {
        origin: 'STORED',
        values,
        complete: missingCategories.size === 0,
        missingCategories,
        missing: [],
        childrenCount: 0,
        childrenWithData: 0,
        sourceIds: new Set(own.flatMap((c) => (c.sourceId === null ? [] : [c.sourceId]))),
      };
    }
    // A region formed later (Papua Tengah before 2022) is not counted: its territory is in its parent's figures.
    const children = (this.children.get(region.code) ?? []).filter((c) => existedIn(c, year));
    const values = new Map<string, number>();
    const missing: ProfileRegion[] = [];
    const missingCategories = new Set<string>();
    const sourceIds = new Set<number>();
    let withData = 0;
    let complete = children.length > 0;
    for (const child of children) {
      const f = this.figure(child, year);
      if (f.origin === 'NONE') {
        missing.push(child);
        complete = false;
        continue;
      }
      withData++;
      if (!f.complete) complete = false;
      missing.push(...f.missing);
      for (const c of f.missingCategories) missingCategories.add(c);
      for (const id of f.sourceIds) sourceIds.add(id);
      for (const [category, value] of f.values) values.set(category, (values.get(category) ?? 0) + value);
    }
    return {
      origin: withData > 0 ? 'SUMMED' : 'NONE',
      values,
      complete: withData > 0 && complete && missingCategories.size === 0,
      missingCategories,
      missing,
      childrenCount: children.length,
      childrenWithData: withData,
      sourceIds,
    };
  }
}

const sum = (values: Iterable<number>) => {
  let total = 0;
  for (const v of values) total += v;
  return total;
};

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 100 : null);

/** The profile of a region: counts, shares and the change from the year before, category by category. */
export function profileOf(book: FigureBook, region: ProfileRegion, year: number, categories: readonly CategoryRef[]): Profile {
  const now = book.figure(region, year);
  const before = book.figure(region, year - 1);
  const total = now.origin === 'NONE' ? null : sum(now.values.values());
  const previousTotal = before.origin === 'NONE' ? null : sum(before.values.values());
  const [reasonId, reasonEn] =
    now.origin === 'NONE'
      ? ['Belum ada data tahun ini.', 'No figures for this year.']
      : before.origin === 'NONE'
        ? [`Belum ada data tahun ${year - 1}.`, `No figures for ${year - 1}.`]
        : now.missingCategories.size > 0 || before.missingCategories.size > 0
          ? ['Tidak semua kategori dilaporkan (jumlah sebagian).', 'Not every category is reported (a partial sum).']
          : !now.complete || !before.complete
            ? [
                'Data wilayah di bawahnya belum lengkap (jumlah sebagian).',
                'Figures of the regions below are incomplete (a partial sum).',
              ]
            : [null, null];
  const comparable = reasonId === null;
  return {
    regionCode: region.code,
    regionName: region.name,
    year,
    previousYear: year - 1,
    origin: now.origin,
    complete: now.complete,
    total,
    previousTotal,
    change: comparable ? total! - previousTotal! : null,
    noChangeReasonId: reasonId,
    noChangeReasonEn: reasonEn,
    childrenCount: now.childrenCount,
    childrenWithData: now.childrenWithData,
    missingRegions: now.missing.map((r) => ({ code: r.code, name: r.name })),
    missingCategoryCodes: categories.filter((c) => now.missingCategories.has(c.code)).map((c) => c.code),
    categories: categories.map((c, i) => {
      const value = now.values.get(c.code) ?? null;
      const previousValue = before.values.get(c.code) ?? null;
      const change = comparable && value !== null && previousValue !== null ? value - previousValue : null;
      return {
        ...c,
        position: i + 1,
        value,
        share: value === null || total === null ? null : percent(value, total),
        previousValue,
        change,
        changePercent: change === null || !previousValue ? null : Math.round((change / previousValue) * 10_000) / 100,
      };
    }),
    sourceIds: [...now.sourceIds].sort((a, b) => a - b),
  };
}
