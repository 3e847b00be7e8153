import type { RegionLevel } from '../generated/prisma/enums.js';
import { badInput } from '../messages/errors.js';
import { LEVEL_ORDER } from '../regions/registry.js';

const CHILD_LEVEL: Partial<Record<RegionLevel, RegionLevel>> = {
  NATIONAL: 'PROVINCE',
  PROVINCE: 'REGENCY_CITY',
  REGENCY_CITY: 'DISTRICT',
  DISTRICT: 'VILLAGE',
};

/** The level compared under `parent`: the one asked for (it must be below the parent), else the level below it. */
export function levelToCompare(parent: { code: string; level: RegionLevel }, asked: RegionLevel | null): RegionLevel {
  const level = asked ?? CHILD_LEVEL[parent.level];
  if (!level) throw badInput(`Region ${parent.code} has no lower level to compare.`);
  if (LEVEL_ORDER.indexOf(level) <= LEVEL_ORDER.indexOf(parent.level)) {
    throw badInput(
      `level ${level} is not below ${parent.code} (${parent.level}): compare ${CHILD_LEVEL[parent.level] ?? 'a lower level'} under it, or choose a higher parent.`,
    );
  }
  return level;
}

/**
 * The regions of `level` under a parent, as a condition on `r`. Kemendagri codes nest, so "all kab/kota of 75" is a
 * prefix match; the nation holds every region. The prefix alone cannot use an index (LIKE needs the C collation for
 * that), and the whole region table is 91,600 rows once desa are loaded: the parent chain (region.parent_code, indexed)
 * finds the scope's few hundred regions first, one level at a time, so that the cost follows the answer.
 */
export function scopeOf(parentCode: string, level: RegionLevel, first: number): { sql: string; params: unknown[] } {
  if (parentCode === 'ID') return { sql: `r.level = $${first}::"RegionLevel"`, params: [level] };
  // "75" is a province, "75.01" a kab/kota, "75.01.01" a kecamatan: one level down per part of the code.
  const depth = LEVEL_ORDER.indexOf(level) - parentCode.split('.').length;
  let parents = `$${first + 2}::text`;
  for (let d = 1; d < depth; d++) parents = `SELECT p${d}.code FROM region p${d} WHERE p${d}.parent_code IN (${parents})`;
  return {
    sql: `r.level = $${first}::"RegionLevel" AND r.code LIKE $${first + 1} AND r.parent_code IN (${parents})`,
    params: [level, `${parentCode}.%`, parentCode],
  };
}
