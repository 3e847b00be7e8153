import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../config.js';
import { readRegistry } from './registry.js';
import { readRegionChanges, readRegionNames } from './seed-files.js';

// Checks the seed crosswalk of BPS and Kemendagri kabupaten/kota codes, and the former names
// that explain the pairs whose names differ, against the registry (idn-area-data).

const seedDir = join(repoRoot, 'prisma/seed/regions');
const read = (file: string): Record<string, string>[] =>
  parse(readFileSync(join(seedDir, file)), { columns: true, skip_empty_lines: true, trim: true, bom: true });

const crosswalk = read('regency-bps-codes.csv');
const provinces = read('province-codes.csv');
const registry = readRegistry(['PROVINCE', 'REGENCY_CITY']);
const regencies = new Map(registry.filter((r) => r.level === 'REGENCY_CITY').map((r) => [r.code, r]));
const names = readRegionNames();

/** Case, punctuation, spacing and Jakarta's "Administrasi" do not make two names different. */
const normal = (name: string) =>
  name
    .toLowerCase()
    .replace(/\badministrasi\b/g, '')
    .replace(/[^a-z0-9]/g, '');

describe('BPS–Kemendagri crosswalk of kabupaten/kota', () => {
  it('pairs all 514 kabupaten/kota one to one, each pair with both sources', () => {
    expect(crosswalk).toHaveLength(514);
    expect(new Set(crosswalk.map((r) => r.bps_code)).size).toBe(514);
    expect(new Set(crosswalk.map((r) => r.kemendagri_code)).size).toBe(514);
    expect(crosswalk.filter((r) => !/^\d{4}$/.test(r.bps_code!))).toEqual([]);
    expect(crosswalk.filter((r) => !regencies.has(r.kemendagri_code!))).toEqual([]);
    expect(crosswalk.filter((r) => !r.bps_code_source || !r.kemendagri_code_source)).toEqual([]);
    // The registry gives every kabupaten/kota its BPS code from it.
    expect([...regencies.values()].filter((r) => r.bpsCode === null)).toEqual([]);
  });

  it('keeps each pair within one province, or within the provinces split from it in 2022', () => {
    const kemendagriOfBps = new Map(provinces.map((p) => [p.bps_code, p.kemendagri_code]));
    const splitFrom = new Map(
      readRegionChanges()
        .filter((c) => c.kind === 'SPLIT')
        .map((c) => [c.toCode, c.fromCode]),
    );
    const outside = crosswalk.filter((r) => {
      const province = regencies.get(r.kemendagri_code!)!.parentCode!;
      const ofBps = kemendagriOfBps.get(r.bps_code!.slice(0, 2));
      return province !== ofBps && splitFrom.get(province) !== ofBps;
    });
    expect(outside).toEqual([]);
  });

  it('pairs names that agree, except for the recorded renames and BPS spellings', () => {
    const others = (code: string) => names.filter((n) => n.code === code).map((n) => normal(n.name));
    const disagree = crosswalk.filter((r) => {
      const bps = normal(r.bps_name!);
      return bps !== normal(regencies.get(r.kemendagri_code!)!.name) && !others(r.kemendagri_code!).includes(bps);
    });
    expect(disagree).toEqual([]);
    // The pairs only a former name explains.
    const renamed = crosswalk
      .filter((r) => normal(r.bps_name!) !== normal(regencies.get(r.kemendagri_code!)!.name))
      .map((r) => `${r.bps_code} ${r.bps_name} → ${r.kemendagri_code} ${regencies.get(r.kemendagri_code!)!.name}`);
    expect(renamed).toEqual([
      '1206 KABUPATEN TOBA SAMOSIR → 12.12 Kabupaten Toba',
      '6411 KABUPATEN MAHAKAM HULU → 64.11 Kabupaten Mahakam Ulu',
      '7108 KABUPATEN SIAU TAGULANDANG BIARO → 71.09 Kabupaten Kepulauan Siau Tagulandang Biaro',
      '7605 KABUPATEN MAMUJU UTARA → 76.01 Kabupaten Pasangkayu',
      '8101 KABUPATEN MALUKU TENGGARA BARAT → 81.03 Kabupaten Kepulauan Tanimbar',
    ]);
  });
});

describe('former names and BPS spellings', () => {
  const rows = read('region-names.csv');

  it('name a region of the registry, each with its source', () => {
    const codes = new Set(registry.map((r) => r.code));
    expect(rows.filter((r) => !codes.has(r.kemendagri_code!))).toEqual([]);
    expect(rows.filter((r) => !/^https?:\/\//.test(r.source!))).toEqual([]);
    expect(rows.filter((r) => !['FORMER', 'BPS_SPELLING'].includes(r.kind!))).toEqual([]);
  });

  it('give every rename its year, and say why where its legal basis is missing', () => {
    const renames = rows.filter((r) => r.kind === 'FORMER');
    expect(renames.filter((r) => !/^(19|20)\d\d$/.test(r.year!))).toEqual([]);
    expect(renames.filter((r) => !r.legal_basis && !/not confirmed/.test(r.note!))).toEqual([]);
    // A former name is not the name of another region today (it would be read as that one).
    const today = new Set(registry.map((r) => normal(r.name)));
    expect(renames.filter((r) => today.has(normal(r.name!)))).toEqual([]);
  });
});
