import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../config.js';
import { readSeriesBreaks } from '../indicators/catalogue.js';
import { formationYears, splitSeriesBreaks } from './region-history.js';
import { readRegistry } from './registry.js';
import { readRegionChanges } from './seed-files.js';

// Checks the recorded boundary changes (prisma/seed/regions/region-changes.csv) against the registry, as
// crosswalk.test.ts does for the code crosswalks: each row must hold up on its own, with its law and its source.

const rows: Record<string, string>[] = parse(readFileSync(join(repoRoot, 'prisma/seed/regions/region-changes.csv')), {
  columns: true,
  skip_empty_lines: true,
  trim: true,
});
const changes = readRegionChanges();
const registry = new Map(readRegistry(['PROVINCE', 'REGENCY_CITY']).map((r) => [r.code, r]));
const level = (code: string) => registry.get(code)?.level;

describe('recorded boundary changes', () => {
  it('name regions of the registry, a new region and the one of the same level it was formed from', () => {
    expect(rows.filter((r) => !registry.has(r.from_code!) || !registry.has(r.to_code!))).toEqual([]);
    expect(rows.filter((r) => r.kind !== 'SPLIT')).toEqual([]);
    expect(rows.filter((r) => level(r.from_code!) !== level(r.to_code!))).toEqual([]);
    expect(new Set(rows.map((r) => `${r.from_code}>${r.to_code}`)).size).toBe(rows.length);
  });

  it('give every row a year from 2004 to 2024, its law and the address it was read at', () => {
    expect(rows.filter((r) => !/^20(0[4-9]|1\d|2[0-4])$/.test(r.year!))).toEqual([]);
    // "UU 27/2008 tentang Pembentukan Kabupaten Sigi …": a law of the change's year that names the new region.
    const lawOf = (r: Record<string, string>) => /^UU (\d+)\/(\d{4}) tentang Pembentukan (.+)$/.exec(r.legal_basis!);
    expect(rows.filter((r) => lawOf(r)?.[2] !== r.year)).toEqual([]);
    const named = (r: Record<string, string>) => {
      const name = registry.get(r.to_code!)!.name.replace(/^(Kabupaten|Kota) /, '');
      return lawOf(r)![3]!.toLowerCase().includes(name.toLowerCase());
    };
    expect(rows.filter((r) => !named(r))).toEqual([]);
    expect(rows.filter((r) => !/^https?:\/\/\S+$/.test(r.source!))).toEqual([]);
    // One law forms one region: two rows citing the same law are one region formed from two.
    const regionsOfLaw = new Map<string, Set<string>>();
    for (const r of rows) {
      const law = `UU ${lawOf(r)![1]}/${lawOf(r)![2]}`;
      regionsOfLaw.set(law, new Set([...(regionsOfLaw.get(law) ?? []), r.to_code!]));
    }
    expect([...regionsOfLaw].filter(([, regions]) => regions.size > 1)).toEqual([]);
  });

  it('form a region from one that existed before it, under the same province for a kabupaten/kota', () => {
    const since = formationYears(changes);
    expect(changes.filter((c) => (since.get(c.fromCode) ?? 0) > c.year)).toEqual([]);
    // A kabupaten/kota is formed inside its parent's province (or a province split from it since).
    const provinceOf = (code: string) => registry.get(code)!.parentCode!;
    const splitFrom = new Map(changes.filter((c) => level(c.toCode) === 'PROVINCE').map((c) => [c.toCode, c.fromCode]));
    const crossing = changes.filter((c) => {
      if (level(c.toCode) !== 'REGENCY_CITY') return false;
      const [a, b] = [provinceOf(c.fromCode), provinceOf(c.toCode)];
      return a !== b && splitFrom.get(a) !== b && splitFrom.get(b) !== a;
    });
    expect(crossing).toEqual([]);
  });

  it('records the provinces formed since 2004 and the kabupaten/kota formed since', () => {
    const provinces = changes.filter((c) => level(c.toCode) === 'PROVINCE').map((c) => `${c.toCode} ${c.year}`);
    expect(provinces.sort()).toEqual(['65 2012', '76 2004', '93 2022', '94 2022', '95 2022', '96 2022']);
    const regencies = changes.filter((c) => level(c.toCode) === 'REGENCY_CITY');
    expect(regencies).toHaveLength(76);
    // Gorontalo Utara, formed in 2007 from Kabupaten Gorontalo by UU 11/2007.
    expect(changes.find((c) => c.toCode === '75.05')).toMatchObject({ fromCode: '75.01', year: 2007 });
    // All 74 kabupaten/kota formed by laws of 2007–2014, in 76 rows: two were formed from two kabupaten.
    expect(new Set(regencies.map((c) => c.toCode)).size).toBe(74);
    const parents = (code: string) => regencies.filter((c) => c.toCode === code).map((c) => c.fromCode);
    // Mamberamo Raya (UU 19/2007) takes part of Sarmi and of Waropen.
    expect(parents('91.20')).toEqual(['91.10', '91.15']);
    // Maybrat (UU 13/2009): formed from Kabupaten Sorong (Pasal 3), out of eleven distrik that were Sorong Selatan's
    // until weeks before the law (Pasal 1 angka 4); both lose territory in 2009.
    expect(parents('96.05')).toEqual(['96.01', '96.02']);
    expect(regencies.filter((c) => c.toCode === '96.05').map((c) => c.year)).toEqual([2009, 2009]);
    // Yalimo (UU 4/2008), the fourth kabupaten formed from Jayawijaya in 2008.
    expect(
      regencies
        .filter((c) => c.fromCode === '95.01' && c.year === 2008)
        .map((c) => c.toCode)
        .sort(),
    ).toEqual(['95.05', '95.06', '95.07', '95.08']);
  });
});

describe('series breaks from the recorded splits', () => {
  const explicit = readSeriesBreaks();
  const name = (code: string) => registry.get(code)!.name;
  const derived = splitSeriesBreaks(changes, explicit, name);

  it('break every series of a region that lost territory, from the year of the split, once a year', () => {
    const tapsel = derived.filter((b) => b.region === '12.03');
    expect(tapsel).toEqual([
      {
        indicator: null,
        region: '12.03',
        startsAt: '2007',
        reasonId:
          'Pemekaran 2007: Kabupaten Padang Lawas Utara (UU 37/2007), Kabupaten Padang Lawas (UU 38/2007) dibentuk dari sebagian wilayah Kabupaten Tapanuli Selatan; angka sebelum 2007 mencakup wilayah itu.',
        reasonEn:
          'Split of 2007: Kabupaten Padang Lawas Utara (UU 37/2007), Kabupaten Padang Lawas (UU 38/2007) formed from part of Kabupaten Tapanuli Selatan; figures before 2007 include that area.',
      },
    ]);
    // Bolaang Mongondow lost territory twice: a break in 2007 and another in 2008.
    expect(derived.filter((b) => b.region === '71.01').map((b) => b.startsAt)).toEqual(['2007', '2008']);
    // Kalimantan Timur breaks in 2012 (Kalimantan Utara); Mahakam Ulu (2013) breaks Kutai Barat, not the province it
    // stayed in.
    expect(derived.filter((b) => b.region === '64').map((b) => b.startsAt)).toEqual(['2012']);
    expect(derived.find((b) => b.region === '64.07')?.startsAt).toBe('2013');
    // Kabupaten Sorong lost Tambrauw in 2008 and Maybrat in 2009; Sorong Selatan, whose eleven distrik Maybrat took,
    // breaks in 2009 too.
    expect(derived.filter((b) => b.region === '96.01').map((b) => b.startsAt)).toEqual(['2008', '2009']);
    expect(derived.filter((b) => b.region === '96.02').map((b) => b.startsAt)).toEqual(['2009']);
    // Jayawijaya's four kabupaten of 2008 make one break, each named with its law.
    const jayawijaya = derived.filter((b) => b.region === '95.01');
    expect(jayawijaya.map((b) => b.startsAt)).toEqual(['2008']);
    expect(jayawijaya[0]!.reasonEn).toContain('Kabupaten Yalimo (UU 4/2008)');
  });

  it('keeps the breaks series-breaks.csv records for a region, where the publisher says when the series changed', () => {
    // Papua and Papua Barat: BPS figures are comparable from March 2024 for poverty, not from the law of 2022.
    expect(derived.filter((b) => b.region === '91' || b.region === '92')).toEqual([]);
    expect(explicit.some((b) => b.region === '91')).toBe(true);
    // Every parent of a recorded split has a break, derived or recorded.
    const parents = new Set(changes.map((c) => c.fromCode));
    const broken = new Set([...derived, ...explicit].map((b) => b.region));
    expect([...parents].filter((p) => !broken.has(p))).toEqual([]);
    // A derived break names no indicator: it holds for all of them, including ones added later.
    expect(derived.filter((b) => b.indicator !== null)).toEqual([]);
  });
});
