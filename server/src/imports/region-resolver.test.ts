import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../config.js';
import { readRegistry } from '../regions/registry.js';
import { readRegionNames } from '../regions/seed-files.js';
import type { RegionRef } from './import.types.js';
import { otherRegionNames } from './reference-data.js';
import { PROVINCE_ALIASES } from './region-name-key.js';
import { RegionResolver, renameNotice } from './region-resolver.js';
import type { ResolveContext } from './region-resolver.types.js';

const resolver = new RegionResolver(readRegistry(['PROVINCE', 'REGENCY_CITY']), otherRegionNames());

function code(text: string, system: RegionRef['system'] = 'any', context?: ResolveContext): string | null {
  const result = resolver.resolve({ text, system }, context);
  return 'code' in result ? result.code : null;
}

describe('RegionResolver: codes', () => {
  it('reads Kemendagri codes exactly, and repairs a code Excel turned into a number', () => {
    expect([code('75.01', 'kemendagri'), code('75', 'kemendagri'), code(' 75.71 ', 'kemendagri')]).toEqual([
      '75.01',
      '75',
      '75.71',
    ]);
    expect(code('12.1', 'kemendagri')).toBe('12.10');
    expect(resolver.resolve({ text: '75.99', system: 'kemendagri' })).toEqual({
      error: {
        code: 'UNKNOWN_REGION',
        message: 'unknown Kemendagri region code “75.99” (kode wilayah tidak dikenal)',
        candidates: [],
      },
    });
  });

  it('reads BPS codes, which differ from Kemendagri codes', () => {
    expect(code('7501', 'bps')).toBe('75.02'); // BPS 7501 is Boalemo; Kemendagri 75.01 is Kabupaten Gorontalo
    expect(code('94', 'bps')).toBe('91'); // Papua
    expect(code('00', 'bps')).toBe('ID');
    expect(code('1101', 'bps')).toBe('11.09'); // every kabupaten/kota has its BPS code of 2018
    expect(code('9401', 'bps')).toBe('93.01'); // Merauke: BPS Papua 94 before the 2022 split, Papua Selatan now
    const unknown = resolver.resolve({ text: '1199', system: 'bps' });
    expect('error' in unknown && unknown.error.code).toBe('UNKNOWN_REGION');
  });

  it('tells the code systems apart by shape when the column says "any"', () => {
    expect(['75.01', '7501', '75', '00', 'ID', 'id', 'Indonesia', 'INDONESIA'].map((t) => code(t))).toEqual([
      '75.01',
      '75.02',
      '75',
      'ID',
      'ID',
      'ID',
      'ID',
      'ID',
    ]);
  });

  it('reads a name column as names only', () => {
    expect(code('7501', 'name')).toBeNull();
    expect(code('Boalemo', 'name')).toBe('75.02');
  });
});

describe('RegionResolver: names', () => {
  it('ignores case, punctuation, spacing and the usual kabupaten prefixes', () => {
    for (const text of ['Kab. Bone Bolango', 'Kab Bone Bolango', 'KABUPATEN BONE BOLANGO', 'Bone Bolango', '  bone   bolango ']) {
      expect(code(text), text).toBe('75.03');
    }
    expect([code('Kota Gorontalo'), code('KOTA GORONTALO'), code('Kota Adm. Jakarta Pusat'), code('Jakarta Pusat')]).toEqual([
      '75.71',
      '75.71',
      '31.71',
      '31.71',
    ]);
    expect([code('Kepulauan Seribu'), code('Kab. Kep. Seribu')]).toEqual(['31.01', '31.01']);
  });

  it('is insensitive to hyphens and spaces inside names', () => {
    expect([code('Toli-Toli'), code('Tolitoli'), code('Kab. Toli Toli')]).toEqual(['72.04', '72.04', '72.04']);
    expect([code('Kota Baru'), code('Kotabaru')]).toEqual(['63.02', '63.02']);
  });

  it('knows the province names BPS and people use', () => {
    const names = [
      'DKI Jakarta',
      'D.K.I. Jakarta',
      'Daerah Khusus Jakarta',
      'Daerah Khusus Ibukota Jakarta',
      'DI Yogyakarta',
      'D.I. Yogyakarta',
      'Daerah Istimewa Yogyakarta',
      'Kep. Riau',
      'KEPULAUAN RIAU',
      'Kep. Bangka Belitung',
      'Bangka Belitung',
      'Riau',
    ];
    expect(names.map((t) => code(t))).toEqual(['31', '31', '31', '31', '34', '34', '34', '21', '21', '19', '19', '14']);
    expect(code('Yogyakarta', 'any', { level: 'PROVINCE' })).toBe('34');
    expect(code('Yogyakarta', 'any', { level: 'REGENCY_CITY' })).toBe('34.71');
    expect(code('Provinsi Gorontalo')).toBe('75');
  });

  it('calls a bare "Gorontalo" ambiguous unless the level narrows it', () => {
    expect(resolver.resolve({ text: 'Gorontalo', system: 'any' })).toEqual({
      error: {
        code: 'AMBIGUOUS_REGION',
        message:
          'region “Gorontalo” is ambiguous (wilayah ambigu): Gorontalo (75), Kabupaten Gorontalo (75.01), Kota Gorontalo (75.71); ' +
          'write “Kabupaten …”, “Kota …” or a code',
        candidates: [
          { code: '75', name: 'Gorontalo' },
          { code: '75.01', name: 'Kabupaten Gorontalo' },
          { code: '75.71', name: 'Kota Gorontalo' },
        ],
      },
    });
    // In BPS tables every kota row says "Kota", so a bare kabupaten/kota name is the kabupaten.
    expect(code('Gorontalo', 'any', { level: 'REGENCY_CITY' })).toBe('75.01');
    expect(code('Gorontalo', 'any', { level: 'PROVINCE' })).toBe('75');
    expect(code('GORONTALO', 'any', { level: 'PROVINCE', parentCode: 'ID' })).toBe('75');
    expect(resolver.resolve({ text: 'GORONTALO', system: 'any', levelHint: 'PROVINCE' })).toEqual({ code: '75' });
    expect(resolver.resolve({ text: 'Gorontalo', system: 'any', levelHint: 'REGENCY_CITY' })).toEqual({ code: '75.01' });
    expect(code('Jambi', 'any', { level: 'REGENCY_CITY' })).toBe('15.71'); // only a kota has that name
  });

  it('prefers regions under the given parent', () => {
    const banjar = resolver.resolve({ text: 'Banjar', system: 'any' });
    expect('error' in banjar && banjar.error.candidates).toEqual([
      { code: '32.79', name: 'Kota Banjar' },
      { code: '63.03', name: 'Kabupaten Banjar' },
    ]);
    expect(code('Banjar', 'any', { parentCode: '63' })).toBe('63.03');
    expect(code('Banjar', 'any', { parentCode: '32' })).toBe('32.79');
    // A parent that matches none of them does not hide the region.
    expect(code('Bone Bolango', 'any', { parentCode: '73' })).toBe('75.03');
  });

  it('suggests up to three near names for an unknown one', () => {
    expect(resolver.resolve({ text: 'Kab. Bone Bolangoo', system: 'any' })).toEqual({
      error: {
        code: 'UNKNOWN_REGION',
        message:
          'unknown region “Kab. Bone Bolangoo” (wilayah tidak dikenal); did you mean “Kabupaten Bone Bolango” or “Kabupaten Bone”?',
        candidates: [
          { code: '75.03', name: 'Kabupaten Bone Bolango' },
          { code: '73.08', name: 'Kabupaten Bone' },
        ],
      },
    });
    const far = resolver.resolve({ text: 'Atlantis Raya', system: 'name' });
    expect(far).toEqual({
      error: { code: 'UNKNOWN_REGION', message: 'unknown region “Atlantis Raya” (wilayah tidak dikenal)', candidates: [] },
    });
  });

  it('answers a million lookups quickly', () => {
    const names = ['Kab. Bone Bolango', 'KOTA GORONTALO', 'Boalemo', 'Pohuwato', 'Gorontalo Utara', 'GORONTALO', '75.01', '7501'];
    const refs = names.map((text): RegionRef => ({ text, system: 'any', levelHint: 'REGENCY_CITY' }));
    const started = performance.now();
    for (let i = 0; i < 1_000_000; i++) resolver.resolve(refs[i % refs.length]!);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('RegionResolver: former names', () => {
  it('reads each recorded former name as today’s region and says which rename it applied', () => {
    const renames = readRegionNames().filter((n) => n.kind === 'FORMER');
    expect(renames.length).toBeGreaterThanOrEqual(9);
    for (const n of renames) {
      const result = resolver.resolve({ text: n.name.toUpperCase(), system: 'any' });
      expect(result, n.name).toMatchObject({
        code: n.code,
        rename: { formerName: n.name, year: n.year, legalBasis: n.legalBasis },
      });
    }
    expect(resolver.resolve({ text: 'Kab. Mamuju Utara', system: 'any' })).toEqual({
      code: '76.01',
      rename: {
        formerName: 'Kabupaten Mamuju Utara',
        name: 'Kabupaten Pasangkayu',
        year: 2017,
        legalBasis:
          'PP 61/2017 tentang Perubahan Nama Kabupaten Mamuju Utara menjadi Kabupaten Pasangkayu di Provinsi Sulawesi Barat',
      },
    });
    // As BPS tables write them: a bare name, in capitals, under the province's row.
    expect(code('TOBA SAMOSIR', 'any', { level: 'REGENCY_CITY', parentCode: '12' })).toBe('12.12');
    expect(code('Maluku Tenggara Barat', 'name', { level: 'REGENCY_CITY' })).toBe('81.03');
    expect(code('Irian Jaya Barat', 'any', { level: 'PROVINCE' })).toBe('92');
  });

  it('reads BPS’s own spellings without calling them renames', () => {
    expect(resolver.resolve({ text: 'MAHAKAM HULU', system: 'any', levelHint: 'REGENCY_CITY' })).toEqual({ code: '64.11' });
    expect(resolver.resolve({ text: 'Kab. Siau Tagulandang Biaro', system: 'any' })).toEqual({ code: '71.09' });
    expect(resolver.resolve({ text: 'Kota Makasar', system: 'any', levelHint: 'REGENCY_CITY' })).toEqual({ code: '73.71' });
  });

  it('reads BPS’s “former / current” names when both parts name the same region, and only then', () => {
    const context: ResolveContext = { level: 'REGENCY_CITY', parentCode: '12' };
    expect(resolver.resolve({ text: 'Toba Samosir / Toba', system: 'any' }, context)).toMatchObject({
      code: '12.12',
      rename: { formerName: 'Kabupaten Toba Samosir', written: 'Toba Samosir', year: 2020 },
    });
    expect(code('Mamuju Utara / Pasangkayu', 'name', { level: 'REGENCY_CITY' })).toBe('76.01');
    expect(code('Maluku Tenggara Barat / Kepulauan Tanimbar', 'name', { level: 'REGENCY_CITY' })).toBe('81.03');
    expect(resolver.resolve({ text: 'Toba / Toba', system: 'any' }, context)).toEqual({ code: '12.12' });
    // Two regions, or one part unknown, are not one region.
    expect(code('Toba Samosir / Samosir', 'any', context)).toBeNull();
    expect(code('Mamuju Utara / Mamuju', 'name', { level: 'REGENCY_CITY' })).toBeNull();
    expect(code('Toba / Atlantis', 'any', context)).toBeNull();
  });

  it('never offers a renamed kabupaten its neighbour', () => {
    // Once the neighbours with a part of the name: Samosir, Maluku Tenggara, Mamuju, Kota Pontianak.
    expect(code('Toba Samosir')).toBe('12.12');
    expect(code('Maluku Tenggara Barat')).toBe('81.03');
    expect(code('Maluku Tenggara')).toBe('81.02');
    expect(code('Mamuju Utara')).toBe('76.01');
    expect(code('Kabupaten Pontianak')).toBe('61.02');
    // A misspelt former name is offered the renamed region first.
    const misspelt = resolver.resolve({ text: 'Kab. Toba Samosirr', system: 'any' });
    expect('error' in misspelt && misspelt.error.candidates[0]).toEqual({ code: '12.12', name: 'Kabupaten Toba' });
    const tanimbar = resolver.resolve({ text: 'Maluku Tenggara Bart', system: 'any', levelHint: 'REGENCY_CITY' });
    expect('error' in tanimbar && tanimbar.error.candidates[0]).toEqual({ code: '81.03', name: 'Kabupaten Kepulauan Tanimbar' });
  });

  it('keeps today’s names first: a former name answers only where they do not', () => {
    expect(code('Kepulauan Riau')).toBe('21'); // the province; Bintan was "Kabupaten Kepulauan Riau" until 2006
    expect(code('Kabupaten Kepulauan Riau')).toBe('21.01');
    expect(code('Kota Pontianak')).toBe('61.71');
    expect(code('Pontianak')).toBe('61.71');
    // In a BPS kab/kota table a bare name is the kabupaten: "Pontianak" there was Mempawah until 2014.
    expect(resolver.resolve({ text: 'Pontianak', system: 'any', levelHint: 'REGENCY_CITY' })).toMatchObject({
      code: '61.02',
      rename: { formerName: 'Kabupaten Pontianak', year: 2014 },
    });
  });

  it('resolves all 514 names and codes of the BPS list of January 2018 to the crosswalk’s Kemendagri code', () => {
    const list = parse(readFileSync(join(repoRoot, 'prisma/seed/regions/regency-bps-codes.csv')), { columns: true }) as Record<
      string,
      string
    >[];
    expect(list).toHaveLength(514);
    const wrong = list.filter(
      (r) =>
        code(r.bps_name!, 'any', { level: 'REGENCY_CITY' }) !== r.kemendagri_code ||
        code(r.bps_code!, 'bps') !== r.kemendagri_code,
    );
    expect(wrong).toEqual([]);
  });

  it('words the import notice with the regulation, or says none is recorded', () => {
    expect(
      renameNotice(' TOBA SAMOSIR ', '12.12', {
        formerName: 'Kabupaten Toba Samosir',
        name: 'Kabupaten Toba',
        year: 2020,
        legalBasis: 'PP 14/2020 tentang Perubahan Nama Kabupaten Toba Samosir menjadi Kabupaten Toba di Provinsi Sumatera Utara',
      }),
    ).toBe(
      '“TOBA SAMOSIR” is the former name of Kabupaten Toba (12.12), renamed in 2020 (PP 14/2020); its values are recorded under Kabupaten Toba (nama lama: Kabupaten Toba Samosir).',
    );
    expect(
      renameNotice('Polewali Mamasa', '76.04', {
        formerName: 'Kabupaten Polewali Mamasa',
        name: 'Kabupaten Polewali Mandar',
        year: 2006,
        legalBasis: null,
      }),
    ).toMatch(/renamed in 2006 \(legal basis not recorded\)/);
  });
});

describe('RegionResolver: search and abbreviations', () => {
  const search = (text: string) => resolver.search(text).map((r) => r.code);

  it('reads the provinces’ own abbreviations as their names', () => {
    expect(['Kaltim', 'SULTENG', 'jatim', 'Sumut', 'Kaltara', 'Malut', 'DKI Jakarta'].map((t) => code(t))).toEqual([
      '64',
      '72',
      '35',
      '12',
      '65',
      '82',
      '31',
    ]);
  });

  it('gives no abbreviation that is also the name of a region', () => {
    const names = new Set(readRegistry(['PROVINCE', 'REGENCY_CITY']).map((r) => r.name.toLowerCase().replace(/[^a-z0-9]/g, '')));
    const aliases = Object.values(PROVINCE_ALIASES)
      .flat()
      .map((a) => a.toLowerCase().replace(/[^a-z0-9]/g, ''));
    expect(aliases.filter((a) => names.has(a) && !['yogyakarta', 'jakarta', 'bangkabelitung'].includes(a))).toEqual([]);
  });

  it('finds regions by part of their name read as names are resolved, and by either code', () => {
    expect(search('tolitoli')).toEqual(['72.04']);
    expect(search('Kab. Gorontalo')).toEqual(['75.01', '75.05']);
    expect(search('Kota Gorontalo')).toEqual(['75.71']);
    expect(search('DKI')).toEqual(['31']);
    expect(search('kaltim')).toEqual(['64']);
    expect(search('bone bol')).toEqual(['75.03']);
    expect(search('7501')).toEqual(['75.02']);
    expect(search('75.71')).toEqual(['75.71']);
    expect(search('  ')).toEqual([]);
  });
});
