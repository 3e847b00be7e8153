import type { Database } from '../db/database.js';
import type { Region } from '../generated/prisma/client.js';
import type { RegionLevel } from '../generated/prisma/enums.js';

export type RegionRecord = Region;

export interface RegionFilter {
  level?: RegionLevel | null;
  parentCode?: string | null;
  /** Part of a name, or an exact Kemendagri or BPS code. */
  search?: string | null;
  /** Regions the search matches by their names as people write them (see RegionResolver.search). */
  nameMatches?: readonly string[];
  limit: number;
}

export const MAX_REGIONS_PER_REQUEST = 5000;

export class RegionInputError extends Error {}

export async function findRegions(db: Database, filter: RegionFilter): Promise<RegionRecord[]> {
  if (filter.limit < 1 || filter.limit > MAX_REGIONS_PER_REQUEST) {
    throw new RegionInputError(`limit must be between 1 and ${MAX_REGIONS_PER_REQUEST}, got ${filter.limit}.`);
  }
  const search = filter.search?.trim();
  return db.prisma.region.findMany({
    where: {
      ...(filter.level ? { level: filter.level } : {}),
      ...(filter.parentCode ? { parentCode: filter.parentCode } : {}),
      ...(search
        ? {
            OR: [
              { code: search },
              { bpsCode: search },
              // Prisma passes % and _ through to ILIKE as wildcards: a search for "%" would match every name.
              { name: { contains: search.replace(/[\\%_]/g, '\\$&'), mode: 'insensitive' as const } },
              ...(filter.nameMatches?.length ? [{ code: { in: [...filter.nameMatches] } }] : []),
            ],
          }
        : {}),
    },
    orderBy: { code: 'asc' },
    take: filter.limit,
  });
}

/**
 * The columns of a RegionRecord, for plain SQL. The per-request loaders read regions with one plain
 * statement rather than through Prisma, whose query compiler costs more than the statement itself.
 */
export const REGION_COLUMNS = (alias: string) =>
  `${alias}.code, ${alias}.bps_code AS "bpsCode", ${alias}.name, ${alias}.level::text AS level, ${alias}.kind::text AS kind,
   ${alias}.parent_code AS "parentCode", ${alias}.valid_from AS "validFrom", ${alias}.valid_until AS "validUntil",
   ${alias}.exists_since AS "existsSince"`;

/**
 * The region of a row read with REGION_COLUMNS beside other columns, as a RegionRecord of its own (written out: a
 * spread would carry the other columns along, and costs several times more per row).
 */
export function regionRecordOf(row: RegionRecord): RegionRecord {
  return {
    code: row.code,
    bpsCode: row.bpsCode,
    name: row.name,
    level: row.level,
    kind: row.kind,
    parentCode: row.parentCode,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    existsSince: row.existsSince,
  };
}

/** A region formed by a recorded split: not ranked or counted for years before `existsSince`. */
export interface FormedRegion {
  code: string;
  level: RegionLevel;
  existsSince: number;
}

/** A region split off another in a year (region_change, kind SPLIT). */
export interface RegionSplit {
  fromCode: string;
  toCode: string;
  year: number;
}

/**
 * Every recorded split, in one statement (held between requests, see ReferenceCache): a few hundred rows even with
 * kecamatan and desa splits, so reading all of them once is cheaper than asking per roll-up.
 */
export async function regionSplits(db: Database): Promise<RegionSplit[]> {
  return db.sql.query<RegionSplit>(
    `SELECT from_code AS "fromCode", to_code AS "toCode", year FROM region_change WHERE kind = 'SPLIT' ORDER BY to_code, year`,
  );
}

/** The regions formed by a recorded split, in one statement (held between requests, see ReferenceCache). */
export async function formedRegions(db: Database): Promise<FormedRegion[]> {
  return db.sql.query<FormedRegion>(
    `SELECT code, level::text AS level, exists_since AS "existsSince" FROM region WHERE exists_since IS NOT NULL ORDER BY code`,
  );
}

export async function regionsByCodes(db: Database, codes: readonly string[]): Promise<(RegionRecord | null)[]> {
  const rows = await db.sql.query<RegionRecord>(
    `SELECT ${REGION_COLUMNS('r')} FROM region r WHERE r.code = ANY($1::text[])`,
    [[...codes]],
    { prepare: true },
  );
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return codes.map((c) => byCode.get(c) ?? null);
}

export async function childrenByParentCodes(db: Database, parentCodes: readonly string[]): Promise<RegionRecord[][]> {
  const rows = await db.sql.query<RegionRecord>(
    `SELECT ${REGION_COLUMNS('r')} FROM region r WHERE r.parent_code = ANY($1::text[]) ORDER BY r.code`,
    [[...parentCodes]],
    { prepare: true },
  );
  const byParent = new Map<string, RegionRecord[]>(parentCodes.map((c) => [c, []]));
  for (const r of rows) byParent.get(r.parentCode!)?.push(r);
  return parentCodes.map((c) => byParent.get(c) ?? []);
}
