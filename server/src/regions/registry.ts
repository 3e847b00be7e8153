import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { SqlClient } from '../db/database.js';
import { analyzeIfMuchChanged } from '../db/table-statistics.js';
import type { RegionKind, RegionLevel } from '../generated/prisma/enums.js';
import { formationYears } from './region-history.js';
import { type RegionChangeRow, readCsv, readRegionChanges, seedDir } from './seed-files.js';

/** The national root. Kemendagri has no code for the whole country; "ID" cannot clash with one. */
export const NATIONAL_CODE = 'ID';

export interface RegistryRow {
  code: string;
  bpsCode: string | null;
  name: string;
  level: RegionLevel;
  kind: RegionKind | null;
  parentCode: string | null;
  validFrom: number | null;
  /** Year the region was formed by a recorded SPLIT; null when it existed before every recorded change. */
  existsSince: number | null;
}

function idnAreaDataFile(name: string): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('idn-area-data/package.json')), 'data', name);
}

/** Kabupaten or kota, read from the Kemendagri name ("Kabupaten Boalemo", "Kota Gorontalo"). */
export function regencyKind(name: string): RegionKind | null {
  if (/^kota\s/i.test(name)) return 'CITY';
  if (/^kabupaten\s/i.test(name)) return 'REGENCY';
  return null;
}

export type LoadableLevel = 'PROVINCE' | 'REGENCY_CITY' | 'DISTRICT' | 'VILLAGE';

/**
 * Reads the registry rows for the given levels from idn-area-data (Kemendagri codes and names),
 * adding BPS codes from the project's crosswalks and the year a region got its current
 * boundaries from the recorded boundary changes.
 */
export function readRegistry(levels: readonly LoadableLevel[]): RegistryRow[] {
  const rows: RegistryRow[] = [];
  const bpsByKemendagri = new Map<string, string>();
  for (const r of readCsv(join(seedDir, 'province-codes.csv'))) {
    if (r.kemendagri_code && r.bps_code && r.bps_code !== '00') bpsByKemendagri.set(r.kemendagri_code, r.bps_code);
  }
  for (const r of readCsv(join(seedDir, 'regency-bps-codes.csv'))) {
    if (r.kemendagri_code && r.bps_code) bpsByKemendagri.set(r.kemendagri_code, r.bps_code);
  }
  const changes = readRegionChanges();
  const validFrom = boundaryYears(changes);
  // Only the region a split creates is new: the one it left (Kalimantan Timur in 2012) existed before.
  const existsSince = formationYears(changes);
  const base = (code: string) => ({
    bpsCode: bpsByKemendagri.get(code) ?? null,
    validFrom: validFrom.get(code) ?? null,
    existsSince: existsSince.get(code) ?? null,
  });

  rows.push({
    code: NATIONAL_CODE,
    bpsCode: null,
    name: 'Indonesia',
    level: 'NATIONAL',
    kind: null,
    parentCode: null,
    validFrom: null,
    existsSince: null,
  });
  if (levels.includes('PROVINCE')) {
    for (const r of readCsv(idnAreaDataFile('provinces.csv'))) {
      rows.push({ code: r.code!, name: r.name!, level: 'PROVINCE', kind: null, parentCode: NATIONAL_CODE, ...base(r.code!) });
    }
  }
  const sublevels: [LoadableLevel, string, string][] = [
    ['REGENCY_CITY', 'regencies.csv', 'province_code'],
    ['DISTRICT', 'districts.csv', 'regency_code'],
    ['VILLAGE', 'villages.csv', 'district_code'],
  ];
  for (const [level, file, parentColumn] of sublevels) {
    if (!levels.includes(level)) continue;
    for (const r of readCsv(idnAreaDataFile(file))) {
      rows.push({
        code: r.code!,
        name: r.name!,
        level,
        kind: level === 'REGENCY_CITY' ? regencyKind(r.name!) : null,
        parentCode: r[parentColumn]!,
        ...base(r.code!),
      });
    }
  }
  return rows;
}

/** The year each region touched by a recorded change got its current boundaries: its last change. */
function boundaryYears(changes: readonly RegionChangeRow[]): Map<string, number> {
  const years = new Map<string, number>();
  for (const c of changes) {
    for (const code of [c.fromCode, c.toCode]) years.set(code, Math.max(years.get(code) ?? c.year, c.year));
  }
  return years;
}

/** The levels from the top down: a region's parent is always one level above it. */
export const LEVEL_ORDER: readonly RegionLevel[] = ['NATIONAL', 'PROVINCE', 'REGENCY_CITY', 'DISTRICT', 'VILLAGE'];
const CHUNK = 20_000;

/**
 * Upserts registry rows level by level (parents first, for the foreign key), a few thousand rows
 * per statement, so the 83,763 desa load in seconds rather than minutes. Safe to re-run.
 */
export async function upsertRegions(sql: SqlClient, rows: readonly RegistryRow[]): Promise<number> {
  let written = 0;
  for (const level of LEVEL_ORDER) {
    const ofLevel = rows.filter((r) => r.level === level);
    for (let i = 0; i < ofLevel.length; i += CHUNK) {
      const chunk = ofLevel.slice(i, i + CHUNK);
      await sql.query(
        `INSERT INTO region (code, bps_code, name, level, kind, parent_code, valid_from, exists_since)
         SELECT code, bps_code, name, level::"RegionLevel", kind::"RegionKind", parent_code, valid_from, exists_since
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::int[])
           AS t(code, bps_code, name, level, kind, parent_code, valid_from, exists_since)
         ON CONFLICT (code) DO UPDATE SET
           bps_code = EXCLUDED.bps_code, name = EXCLUDED.name, level = EXCLUDED.level,
           kind = EXCLUDED.kind, parent_code = EXCLUDED.parent_code, valid_from = EXCLUDED.valid_from,
           exists_since = EXCLUDED.exists_since`,
        [
          chunk.map((r) => r.code),
          chunk.map((r) => r.bpsCode),
          chunk.map((r) => r.name),
          chunk.map((r) => r.level),
          chunk.map((r) => r.kind),
          chunk.map((r) => r.parentCode),
          chunk.map((r) => r.validFrom),
          chunk.map((r) => r.existsSince),
        ],
      );
      written += chunk.length;
    }
  }
  return written;
}

export async function upsertRegionChanges(sql: SqlClient, changes: readonly RegionChangeRow[]): Promise<void> {
  if (changes.length === 0) return;
  await sql.query(
    `INSERT INTO region_change (kind, from_code, to_code, year, legal_basis)
     SELECT kind::"RegionChangeKind", from_code, to_code, year, legal_basis
     FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[]) AS t(kind, from_code, to_code, year, legal_basis)
     ON CONFLICT (kind, from_code, to_code) DO UPDATE SET year = EXCLUDED.year, legal_basis = EXCLUDED.legal_basis
       WHERE region_change.year IS DISTINCT FROM EXCLUDED.year OR region_change.legal_basis IS DISTINCT FROM EXCLUDED.legal_basis`,
    [
      changes.map((c) => c.kind),
      changes.map((c) => c.fromCode),
      changes.map((c) => c.toCode),
      changes.map((c) => c.year),
      changes.map((c) => c.legalBasis),
    ],
  );
}

/**
 * Brings a loaded registry up to the recorded changes: the changes themselves, and the years they give the regions
 * (`exists_since`, `valid_from`). Runs on every start, so a database loaded before a change was recorded learns it;
 * two statements whatever the number of changes, and no row is written when nothing changed.
 */
export async function applyRegionChanges(sql: SqlClient): Promise<void> {
  const changes = readRegionChanges();
  await upsertRegionChanges(sql, changes);
  const since = formationYears(changes);
  const boundaries = boundaryYears(changes);
  const codes = [...boundaries.keys()];
  await sql.query(
    `UPDATE region r SET exists_since = t.since, valid_from = t.valid_from
     FROM unnest($1::text[], $2::int[], $3::int[]) AS t(code, since, valid_from)
     WHERE r.code = t.code AND (r.exists_since IS DISTINCT FROM t.since OR r.valid_from IS DISTINCT FROM t.valid_from)`,
    [codes, codes.map((c) => since.get(c) ?? null), codes.map((c) => boundaries.get(c)!)],
  );
}

/** Loads the registry (national root, provinces, kabupaten/kota by default) in one transaction. */
export async function loadRegionRegistry(
  db: { sql: SqlClient; transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T> },
  levels: readonly LoadableLevel[] = ['PROVINCE', 'REGENCY_CITY'],
): Promise<number> {
  const rows = readRegistry(levels);
  const n = await db.transaction(async (tx) => {
    const n = await upsertRegions(tx, rows);
    await upsertRegionChanges(tx, readRegionChanges());
    return n;
  });
  // Every query joins region: the planner must know how many regions each level has.
  await analyzeIfMuchChanged(db, 'region', n);
  return n;
}
