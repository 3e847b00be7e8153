import type { Grant } from '../../auth/auth-model';
import { isWithin, reviewRegions } from '../verification/verification-model';
import type { IksResultData, IksTargetRow, Methodology, PublishedValue, StoredRegion } from './iks-queries';

// The IKS page's rules as plain functions: which method, province and period are shown, what each dimension adds to
// the index, and the targets beside it.

/** Each method code once, at its latest version, in code order. */
export function latestMethods(methods: readonly Methodology[]): Methodology[] {
  const latest = new Map<string, Methodology>();
  for (const m of methods) if ((latest.get(m.code)?.version ?? 0) < m.version) latest.set(m.code, m);
  return [...latest.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** The method asked for in the URL, else the first IKS method, else the first one. */
export function chooseMethod(code: string | null, methods: readonly Methodology[]): Methodology | null {
  return methods.find((m) => m.code === code) ?? methods.find((m) => m.code.startsWith('IKS')) ?? methods[0] ?? null;
}

interface RegionLike {
  code: string;
  name: string;
  level: string;
  parent?: { code: string; name: string; level: string } | null;
}

/** Results are stored per province: a province itself, a kabupaten/kota's province; none for Indonesia. */
export function provinceOf(region: RegionLike | null): { code: string; name: string } | null {
  if (!region) return null;
  if (region.level === 'PROVINCE') return { code: region.code, name: region.name };
  if (region.level === 'REGENCY_CITY' && region.parent) return { code: region.parent.code, name: region.parent.name };
  return null;
}

/** The period asked for when a set is stored for it, else the latest period with a stored set; null with none. */
export function choosePeriod(asked: string | null, sets: readonly { period: string }[]): string | null {
  if (asked && sets.some((s) => s.period === asked)) return asked;
  return sets[0]?.period ?? null;
}

/**
 * The points each dimension adds to the index, so the segments of a bar add up to it: its score for a sum, weight ×
 * score for a weighted sum, and weight × score ÷ the sum of weights for a weighted mean.
 */
export function dimensionContributions(
  aggregation: string,
  dimensions: readonly { weight: number; score: number | null }[],
): (number | null)[] {
  const total = dimensions.reduce((a, d) => a + d.weight, 0);
  return dimensions.map((d) => {
    if (d.score === null) return null;
    if (aggregation === 'WEIGHTED_SUM') return d.weight * d.score;
    if (aggregation === 'WEIGHTED_MEAN') return total > 0 ? (d.weight * d.score) / total : null;
    return d.score;
  });
}

export function chartRegions(aggregation: string, results: readonly StoredRegion[]) {
  return results.map((r) => ({
    regionCode: r.regionCode,
    regionName: r.regionName,
    value: r.value ?? null,
    contributions: dimensionContributions(
      aggregation,
      r.dimensions.map((d) => ({ weight: d.weight, score: d.score ?? null })),
    ),
    missingCount: r.missing.length,
  }));
}

const KIND_ORDER = ['RPJMN', 'RKP', 'RPJMD', 'RENSTRA', 'RKPD'];

/** The IKS targets of the national documents and of the province's own, national first, then by year. */
export function targetRows(data: Pick<IksResultData, 'national' | 'provinceTargets'>): IksTargetRow[] {
  const rows = [...(data.national?.targets ?? []), ...(data.provinceTargets?.targets ?? [])];
  const rank = (k: string) => (KIND_ORDER.indexOf(k) < 0 ? KIND_ORDER.length : KIND_ORDER.indexOf(k));
  return rows.sort(
    (a, b) => rank(a.document.kind) - rank(b.document.kind) || a.documentCode.localeCompare(b.documentCode) || a.year - b.year,
  );
}

/**
 * The target drawn on the chart: the province's own (RPJMD, then Renstra) for the first year at or after the period,
 * else its last; a range as its lower edge. Null when the province sets none.
 */
export function chartTarget(
  rows: readonly IksTargetRow[],
  provinceCode: string,
  period: string,
): { documentTitle: string; documentKind: string; year: number; value: number } | null {
  const year = Number(period.slice(0, 4));
  const own = rows.filter((r) => r.regionCode === provinceCode && (r.value ?? r.lowerBound) !== null);
  for (const kind of ['RPJMD', 'RENSTRA']) {
    const ofKind = own.filter((r) => r.document.kind === kind).sort((a, b) => a.year - b.year);
    const row = ofKind.find((r) => r.year >= year) ?? ofKind[ofKind.length - 1];
    if (row)
      return { documentTitle: row.document.title, documentKind: kind, year: row.year, value: (row.value ?? row.lowerBound)! };
  }
  return null;
}

/**
 * Whether the account may compute and publish the province's index: the service's rule (the verify action), a
 * verifier or administrator whose region covers the province. The server checks again; this only decides what the
 * page offers.
 */
export function mayComputeFor(
  account: { grants: readonly Grant[]; mustChangePassword?: boolean } | null | undefined,
  provinceCode: string,
): boolean {
  if (!account || account.mustChangePassword) return false;
  return reviewRegions(account.grants).some((scope) => isWithin(provinceCode, scope));
}

/** The years a new set can be computed for: those with a stored set and the five before this one, newest first. */
export function computeYears(stored: readonly string[], thisYear: number): string[] {
  const recent = Array.from({ length: 5 }, (_, i) => String(thisYear - 1 - i));
  return [...new Set([...stored.filter((p) => /^\d{4}$/.test(p)), ...recent])].sort((a, b) => b.localeCompare(a));
}

export interface Publication {
  /** Values of the result indicator written from this set (its source names the set), by status, most first. */
  statuses: { status: string; count: number }[];
  fromSet: number;
  /** Values of the result indicator for the period that came from elsewhere (another set, another source). */
  other: number;
}

/**
 * Where the shown set stands as figures of its result indicator: a published set's values carry a source naming the
 * method and the set ("Hasil indeks komposit IKS_ELDERLY_RPJMN versi 1 (CONTOH), set hasil 75 2025 versi 2").
 */
export function publicationOf(
  values: readonly PublishedValue[],
  set: { methodologyCode: string; parentCode: string; period: string; version: number },
): Publication {
  const prefix = `Hasil indeks komposit ${set.methodologyCode} `;
  const suffix = `set hasil ${set.parentCode} ${set.period} versi ${set.version}`;
  const counts = new Map<string, number>();
  let other = 0;
  for (const v of values) {
    const title = v.source?.title ?? '';
    if (title.startsWith(prefix) && title.endsWith(suffix)) counts.set(v.status, (counts.get(v.status) ?? 0) + 1);
    else other++;
  }
  const statuses = [...counts].map(([status, count]) => ({ status, count })).sort((a, b) => b.count - a.count);
  return { statuses, fromSet: statuses.reduce((n, s) => n + s.count, 0), other };
}
