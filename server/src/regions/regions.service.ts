import type { Database } from '../db/database.js';
import type { Region } from '../generated/prisma/client.js';
import type { RegionLevel } from '../generated/prisma/enums.js';

export type RegionRecord = Region;

export interface RegionFilter {
  level?: RegionLevel | null;
  parentCode?: string | null;
  /** Part of a name, or an exact Kemendagri or BPS code. */
  search?: string | null;
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
        ? { OR: [{ code: search }, { bpsCode: search }, { name: { contains: search, mode: 'insensitive' as const } }] }
        : {}),
    },
    orderBy: { code: 'asc' },
    take: filter.limit,
  });
}

export async function regionsByCodes(db: Database, codes: readonly string[]): Promise<(RegionRecord | null)[]> {
  const rows = await db.prisma.region.findMany({ where: { code: { in: [...codes] } } });
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return codes.map((c) => byCode.get(c) ?? null);
}

export async function childrenByParentCodes(db: Database, parentCodes: readonly string[]): Promise<RegionRecord[][]> {
  const rows = await db.prisma.region.findMany({
    where: { parentCode: { in: [...parentCodes] } },
    orderBy: { code: 'asc' },
  });
  const byParent = new Map<string, RegionRecord[]>(parentCodes.map((c) => [c, []]));
  for (const r of rows) byParent.get(r.parentCode!)?.push(r);
  return parentCodes.map((c) => byParent.get(c) ?? []);
}
