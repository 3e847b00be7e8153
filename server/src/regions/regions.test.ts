import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';

// Kemendagri codes and names of the 38 provinces (Kepmendagri 300.2.2-2138/2025, via idn-area-data).
const PROVINCES: [string, string][] = [
  ['11', 'Aceh'],
  ['12', 'Sumatera Utara'],
  ['13', 'Sumatera Barat'],
  ['14', 'Riau'],
  ['15', 'Jambi'],
  ['16', 'Sumatera Selatan'],
  ['17', 'Bengkulu'],
  ['18', 'Lampung'],
  ['19', 'Kepulauan Bangka Belitung'],
  ['21', 'Kepulauan Riau'],
  ['31', 'Daerah Khusus Ibukota Jakarta'],
  ['32', 'Jawa Barat'],
  ['33', 'Jawa Tengah'],
  ['34', 'Daerah Istimewa Yogyakarta'],
  ['35', 'Jawa Timur'],
  ['36', 'Banten'],
  ['51', 'Bali'],
  ['52', 'Nusa Tenggara Barat'],
  ['53', 'Nusa Tenggara Timur'],
  ['61', 'Kalimantan Barat'],
  ['62', 'Kalimantan Tengah'],
  ['63', 'Kalimantan Selatan'],
  ['64', 'Kalimantan Timur'],
  ['65', 'Kalimantan Utara'],
  ['71', 'Sulawesi Utara'],
  ['72', 'Sulawesi Tengah'],
  ['73', 'Sulawesi Selatan'],
  ['74', 'Sulawesi Tenggara'],
  ['75', 'Gorontalo'],
  ['76', 'Sulawesi Barat'],
  ['81', 'Maluku'],
  ['82', 'Maluku Utara'],
  ['91', 'Papua'],
  ['92', 'Papua Barat'],
  ['93', 'Papua Selatan'],
  ['94', 'Papua Tengah'],
  ['95', 'Papua Pegunungan'],
  ['96', 'Papua Barat Daya'],
];

const GORONTALO_CHILDREN = [
  { code: '75.01', name: 'Kabupaten Gorontalo', kind: 'REGENCY', bpsCode: '7502' },
  { code: '75.02', name: 'Kabupaten Boalemo', kind: 'REGENCY', bpsCode: '7501' },
  { code: '75.03', name: 'Kabupaten Bone Bolango', kind: 'REGENCY', bpsCode: '7504' },
  { code: '75.04', name: 'Kabupaten Pohuwato', kind: 'REGENCY', bpsCode: '7503' },
  { code: '75.05', name: 'Kabupaten Gorontalo Utara', kind: 'REGENCY', bpsCode: '7505' },
  { code: '75.71', name: 'Kota Gorontalo', kind: 'CITY', bpsCode: '7571' },
];

describeEachDatabase('regions API', (use) => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi(use());
  });
  afterAll(() => api.stop());

  it('lists the 38 provinces with their Kemendagri codes and names', async () => {
    const data = await api.query<{ regions: { code: string; name: string; level: string }[] }>(
      '{ regions(level: PROVINCE) { code name level } }',
    );
    expect(data.regions.map((r) => [r.code, r.name])).toEqual(PROVINCES);
    expect(new Set(data.regions.map((r) => r.level))).toEqual(new Set(['PROVINCE']));
  });

  it("returns Gorontalo's six kabupaten/kota, with BPS codes that differ from Kemendagri's", async () => {
    const data = await api.query<{ region: { name: string; children: unknown[] } }>(
      '{ region(code: "75") { name children { code name kind bpsCode } } }',
    );
    expect(data.region.name).toBe('Gorontalo');
    expect(data.region.children).toEqual(GORONTALO_CHILDREN);
  });

  it('holds 514 kabupaten/kota under the national root', async () => {
    const data = await api.query<{ regions: unknown[]; region: { children: unknown[] } }>(
      '{ regions(level: REGENCY_CITY, limit: 5000) { code } region(code: "ID") { children { code } } }',
    );
    expect(data.regions).toHaveLength(514);
    expect(data.region.children).toHaveLength(38);
  });

  it('maps the Papua provinces across the two code systems and dates the 2022 split', async () => {
    const data = await api.query<{ regions: { code: string; bpsCode: string; validFrom: number | null }[] }>(
      '{ regions(parentCode: "ID", search: "Papua") { code bpsCode validFrom } }',
    );
    expect(data.regions).toEqual([
      { code: '91', bpsCode: '94', validFrom: 2022 },
      { code: '92', bpsCode: '91', validFrom: 2022 },
      { code: '93', bpsCode: '95', validFrom: 2022 },
      { code: '94', bpsCode: '96', validFrom: 2022 },
      { code: '95', bpsCode: '97', validFrom: 2022 },
      { code: '96', bpsCode: '92', validFrom: 2022 },
    ]);
  });

  it('finds a region by a BPS code, a Kemendagri code or part of its name, whatever the case', async () => {
    const q =
      '{ byBps: regions(search: "7501") { code } byCode: regions(search: "75.03") { code } byName: regions(search: "bone BOL") { code } }';
    expect(await api.query(q)).toEqual({ byBps: [{ code: '75.02' }], byCode: [{ code: '75.03' }], byName: [{ code: '75.03' }] });
  });

  it('reads % and _ in a search as characters, not as wildcards', async () => {
    expect(await api.query('{ all: regions(search: "%") { code } any: regions(search: "_") { code } }')).toEqual({
      all: [],
      any: [],
    });
  });

  it('walks up the hierarchy', async () => {
    const data = await api.query('{ region(code: "75.71") { parent { code } ancestors { code level } } }');
    expect(data).toEqual({
      region: {
        parent: { code: '75' },
        ancestors: [
          { code: 'ID', level: 'NATIONAL' },
          { code: '75', level: 'PROVINCE' },
        ],
      },
    });
  });

  it('returns null for an unknown code and a readable error for a limit out of range', async () => {
    expect(await api.query('{ region(code: "99") { code } }')).toEqual({ region: null });
    const result = await api.execute('{ regions(limit: 100000) { code } }');
    expect(result.errors?.[0]?.message).toBe('limit must be between 1 and 5000, got 100000.');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('costs the same statements for 514 kabupaten/kota as for 6 (no N+1)', async () => {
    const shape = '{ children { code parent { code } children { code parent { name } } } }';
    const one = await api.statementsOf(() => api.query(`{ region(code: "75") ${shape} }`));
    const all = await api.statementsOf(() => api.query(`{ regions(level: PROVINCE) ${shape} }`));
    expect(all.length).toBe(one.length);
    expect(all.length).toBeLessThanOrEqual(3);
  });

  it('costs the same statements for regions named as for regions coded, and for 38 names as for one', async () => {
    const series = (regions: string[]) => () =>
      api.query(
        'query($r: [String!]!) { series(indicatorCode: "poverty_rate_p0", regionCodes: $r) { regionCode region { name } } }',
        {
          r: regions,
        },
      );
    const coded = await api.statementsOf(series(['75.02', '75.71', '64', '72.04']));
    const named = await api.statementsOf(series(['Kab. Boalemo', '7571', 'kaltim', 'tolitoli']));
    const mixed = await api.statementsOf(series(['75.02', 'Kota Gorontalo', '64', 'Toli-Toli']));
    expect(named.length).toBe(coded.length);
    expect(mixed.length).toBe(coded.length);
    const one = await api.statementsOf(series(['Gorontalo Utara']));
    const all = await api.statementsOf(series(PROVINCES.map(([, name]) => `Provinsi ${name}`)));
    expect(all.length).toBe(one.length);
    // Held between requests, the names cost no statement at all: a request named costs what one coded does.
    await api.query('{ region(code: "kaltim") { code } }');
    expect((await api.statementsOf(series(['Kab. Boalemo', 'kaltim']), 'held')).length).toBeLessThanOrEqual(
      (await api.statementsOf(series(['75.02', '64']), 'held')).length,
    );
  });
});
