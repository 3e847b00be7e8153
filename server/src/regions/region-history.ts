// What the recorded boundary changes (region-changes.csv) imply beyond the change itself: which regions are new since
// a year, and where a region's series breaks because it lost territory. Derived here, so a change recorded once with
// its law drives the import refusal, the comparisons, the roll-ups and the charts alike.
import type { SqlClient } from '../db/database.js';
import type { SeriesBreakRow } from '../indicators/catalogue.js';
import { lawShort } from './existence.js';
import { type RegionChangeRow, readRegionChanges } from './seed-files.js';

/** The year each region was formed by a recorded split. A region formed from two (Tambrauw) has one row per parent. */
export function formationYears(changes: readonly RegionChangeRow[]): Map<string, number> {
  const since = new Map<string, number>();
  for (const c of changes) {
    if (c.kind !== 'SPLIT') continue;
    const known = since.get(c.toCode);
    since.set(c.toCode, known === undefined ? c.year : Math.min(known, c.year));
  }
  return since;
}

/**
 * A series break for every region that lost territory to a recorded split, from the split's year, for every indicator:
 * its figures before then cover the new region too. A region that already has a break of its own in series-breaks.csv
 * keeps only that one: there the first comparable period is known from the publisher (Papua's poverty figures are
 * comparable from March 2024, not from the law of 2022).
 */
export function splitSeriesBreaks(
  changes: readonly RegionChangeRow[],
  explicit: readonly SeriesBreakRow[],
  nameOf: (code: string) => string,
): SeriesBreakRow[] {
  const withOwnBreak = new Set(explicit.map((b) => b.region).filter((r): r is string => r !== null));
  const byParentYear = new Map<string, RegionChangeRow[]>();
  for (const c of changes) {
    if (c.kind !== 'SPLIT' || withOwnBreak.has(c.fromCode)) continue;
    const key = `${c.fromCode}|${c.year}`;
    byParentYear.set(key, [...(byParentYear.get(key) ?? []), c]);
  }
  return [...byParentYear.values()]
    .map((split) => {
      const { fromCode, year } = split[0]!;
      const formed = split.map((c) => `${nameOf(c.toCode)} (${lawShort(c.legalBasis)})`).join(', ');
      return {
        indicator: null,
        region: fromCode,
        startsAt: String(year),
        reasonId: `Pemekaran ${year}: ${formed} dibentuk dari sebagian wilayah ${nameOf(fromCode)}; angka sebelum ${year} mencakup wilayah itu.`,
        reasonEn: `Split of ${year}: ${formed} formed from part of ${nameOf(fromCode)}; figures before ${year} include that area.`,
      };
    })
    .sort((a, b) => a.region.localeCompare(b.region) || a.startsAt.localeCompare(b.startsAt));
}

/** The seed file's series breaks and those the recorded splits imply, named as the registry names the regions. */
export async function regionSeriesBreaks(sql: SqlClient, explicit: readonly SeriesBreakRow[]): Promise<SeriesBreakRow[]> {
  const changes = readRegionChanges();
  const codes = [...new Set(changes.flatMap((c) => [c.fromCode, c.toCode]))];
  const rows = await sql.query<{ code: string; name: string }>('SELECT code, name FROM region WHERE code = ANY($1::text[])', [
    codes,
  ]);
  const names = new Map(rows.map((r) => [r.code, r.name]));
  // A change naming a region the database does not hold (a registry still loading) gives no break rather than a failure.
  const known = changes.filter((c) => names.has(c.fromCode) && names.has(c.toCode));
  return [...explicit, ...splitSeriesBreaks(known, explicit, (code) => names.get(code)!)];
}
