// The region seed files the project keeps with their sources (prisma/seed/regions): boundary changes and other names.
// Read here, below both the registry loader and the region history derived from the changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { repoRoot } from '../config.js';

export const seedDir = join(repoRoot, 'prisma/seed/regions');

export function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path), { columns: true, skip_empty_lines: true, trim: true, bom: true });
}

export interface RegionChangeRow {
  kind: 'SPLIT' | 'MERGE' | 'RENAME';
  fromCode: string;
  toCode: string;
  year: number;
  legalBasis: string;
  /** Where the change was read (the law, or a page quoting it). */
  source: string;
}

let regionChanges: RegionChangeRow[] | undefined;

/** The recorded boundary changes since 2004, each with its law and source. Read once per process. */
export function readRegionChanges(): readonly RegionChangeRow[] {
  regionChanges ??= readCsv(join(seedDir, 'region-changes.csv')).map((r) => ({
    kind: r.kind as RegionChangeRow['kind'],
    fromCode: r.from_code!,
    toCode: r.to_code!,
    year: Number(r.year),
    legalBasis: r.legal_basis!,
    source: r.source ?? '',
  }));
  return regionChanges;
}

export interface RegionNameRow {
  /** Kemendagri code of the region as it is today. */
  code: string;
  /** The other name, as tables of the day write it ("Kabupaten Mamuju Utara"). */
  name: string;
  /** FORMER: the region's name before a rename; BPS_SPELLING: BPS spells today's name differently. */
  kind: 'FORMER' | 'BPS_SPELLING';
  /** The year of the rename (FORMER only). */
  year: number | null;
  /** The regulation of the rename; null where no source confirmed its number. */
  legalBasis: string | null;
}

let regionNames: RegionNameRow[] | undefined;

/**
 * Former names and BPS spellings of provinces and kabupaten/kota, each with its source in
 * region-names.csv. Read once: every import builds its region resolver from them.
 */
export function readRegionNames(): readonly RegionNameRow[] {
  regionNames ??= readCsv(join(seedDir, 'region-names.csv')).map((r) => ({
    code: r.kemendagri_code!,
    name: r.name!,
    kind: r.kind as RegionNameRow['kind'],
    year: r.year ? Number(r.year) : null,
    legalBasis: r.legal_basis || null,
  }));
  return regionNames;
}
