import { describe, expect, it } from 'vitest';
import { bootstrapDatabase } from '../db/bootstrap.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { loadRegionRegistry, readRegistry, regencyKind } from './registry.js';
import { readRegionChanges } from './seed-files.js';

describe('region registry files', () => {
  it('tells kabupaten from kota by the Kemendagri name', () => {
    expect(regencyKind('Kabupaten Gorontalo')).toBe('REGENCY');
    expect(regencyKind('Kota Gorontalo')).toBe('CITY');
    expect(regencyKind('Kepulauan Seribu')).toBeNull();
  });

  it('reads the national root, 38 provinces and 514 kabupaten/kota with BPS codes from the crosswalks', () => {
    const rows = readRegistry(['PROVINCE', 'REGENCY_CITY']);
    const count = (level: string) => rows.filter((r) => r.level === level).length;
    expect([count('NATIONAL'), count('PROVINCE'), count('REGENCY_CITY')]).toEqual([1, 38, 514]);
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get('91')?.bpsCode).toBe('94');
    expect(byCode.get('75.02')).toMatchObject({ bpsCode: '7501', name: 'Kabupaten Boalemo', parentCode: '75', kind: 'REGENCY' });
    // Only a region a recorded split created is new: Kalimantan Timur, which Kalimantan Utara left in 2012, is not.
    const formed = rows.filter((r) => r.existsSince !== null);
    expect(formed.filter((r) => r.level === 'PROVINCE').map((r) => [r.code, r.existsSince])).toEqual([
      ['65', 2012],
      ['76', 2004],
      ['93', 2022],
      ['94', 2022],
      ['95', 2022],
      ['96', 2022],
    ]);
    // Every region a recorded split formed, and only those (a region formed from two parents is counted once).
    expect(formed.map((r) => r.code).sort()).toEqual([...new Set(readRegionChanges().map((c) => c.toCode))].sort());
    expect(byCode.get('64')).toMatchObject({ validFrom: 2012, existsSince: null });
    // Kabupaten Gorontalo Utara since 2007; Kabupaten Gorontalo, which it left, got its current boundaries then.
    expect(byCode.get('75.05')).toMatchObject({ existsSince: 2007, validFrom: 2007 });
    expect(byCode.get('75.01')).toMatchObject({ existsSince: null, validFrom: 2007 });
    // Every kabupaten/kota is a kabupaten or a kota.
    expect(rows.filter((r) => r.level === 'REGENCY_CITY' && r.kind === null)).toEqual([]);
  });
});

describeEachDatabase('loading the registry', (use) => {
  it('is idempotent: loading again changes nothing', async () => {
    const db = use();
    const before = await db.sql.query('SELECT code, bps_code, name, level, kind, parent_code FROM region ORDER BY code');
    await loadRegionRegistry(db);
    expect(await db.sql.query('SELECT code, bps_code, name, level, kind, parent_code FROM region ORDER BY code')).toEqual(before);
    const changes = readRegionChanges();
    expect(await db.sql.query('SELECT count(*)::int AS n FROM region_change')).toEqual([{ n: changes.length }]);
    const since = await db.sql.query<{ code: string; since: number }>(
      'SELECT code, exists_since AS since FROM region WHERE exists_since IS NOT NULL ORDER BY code',
    );
    expect(since).toHaveLength(new Set(changes.map((c) => c.toCode)).size);
    expect(since.filter((r) => ['65', '75.05', '96'].includes(r.code))).toEqual([
      { code: '65', since: 2012 },
      { code: '75.05', since: 2007 },
      { code: '96', since: 2022 },
    ]);
  });

  it('teaches a registry loaded before a change was recorded the change and its years, on the next start', async () => {
    const db = use();
    // As a database loaded when only the provinces' changes were recorded.
    await db.sql.query("DELETE FROM region_change WHERE to_code LIKE '%.%'");
    await db.sql.query("UPDATE region SET exists_since = NULL, valid_from = NULL WHERE level = 'REGENCY_CITY'");
    await bootstrapDatabase(db);
    const [row] = await db.sql.query<{ since: number; from: number; changes: number }>(
      `SELECT (SELECT exists_since FROM region WHERE code = '75.05') AS since,
              (SELECT valid_from FROM region WHERE code = '75.01') AS "from",
              (SELECT count(*)::int FROM region_change) AS changes`,
    );
    expect(row).toEqual({ since: 2007, from: 2007, changes: readRegionChanges().length });
    // Kabupaten Gorontalo's series breaks where Gorontalo Utara left it.
    const breaks = await db.sql.query("SELECT starts_at AS at FROM series_break WHERE region_code = '75.01'");
    expect(breaks).toEqual([{ at: '2007' }]);
  });

  it('loads the kecamatan on demand (7,285 in idn-area-data 4.0.1) under their kabupaten/kota', async () => {
    const db = use();
    await loadRegionRegistry(db, ['PROVINCE', 'REGENCY_CITY', 'DISTRICT']);
    const [row] = await db.sql.query<{ n: number; orphans: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE p.level <> 'REGENCY_CITY')::int AS orphans
       FROM region r JOIN region p ON p.code = r.parent_code WHERE r.level = 'DISTRICT'`,
    );
    expect(row).toEqual({ n: 7285, orphans: 0 });
    // The planner's row count is refreshed with them (every query joins region).
    const [stats] = await db.sql.query<{ estimated: number; actual: number }>(
      "SELECT reltuples::int AS estimated, (SELECT count(*) FROM region)::int AS actual FROM pg_class WHERE oid = 'region'::regclass",
    );
    expect(stats!.estimated).toBe(stats!.actual);
  });
});
