import { expect, it } from 'vitest';
import { systemViewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { importFile } from '../imports/import.service.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { BREAKDOWN_COUNTS } from './breakdown-table.js';
import { applyBreakdownSets } from './reference.js';

const csv = (...lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);
const run = (db: Database, bytes: Uint8Array, dryRun = false) =>
  importFile(db, { bytes, fileName: 'ppks.csv', viewer: systemViewer('tester'), dryRun });
const HEADER = 'kode_wilayah,nama_wilayah,indikator,kategori,periode,nilai,sumber,penerbit';
const SOURCE = 'Rekap PPKS 2024,Dinas Sosial Provinsi Gorontalo';

describeEachDatabase('importing counts by category (PPKS, PSKS)', (use) => {
  it('holds the 26 PPKS and 12 PSKS categories of Permensos 08/2012, each set declared by its indicator', async () => {
    const rows = await use().sql.query<{ set: string; n: number; first: string; last: string; indicator: string }>(
      `SELECT s.code AS set, count(*)::int AS n, min(c.name_id) FILTER (WHERE c.position = 1) AS first,
              min(c.name_id) FILTER (WHERE c.position = count_max.m) AS last, ib.indicator_code AS indicator
       FROM breakdown_set s JOIN breakdown_category c ON c.set_code = s.code
         JOIN indicator_breakdown ib ON ib.set_code = s.code
         CROSS JOIN LATERAL (SELECT max(position) AS m FROM breakdown_category WHERE set_code = s.code) count_max
       GROUP BY s.code, ib.indicator_code ORDER BY s.code`,
    );
    expect(rows).toEqual([
      { set: 'ppks', n: 26, first: 'Anak Balita Terlantar', last: 'Komunitas Adat Terpencil', indicator: 'jumlah_pmks' },
      { set: 'psks', n: 12, first: 'Pekerja Sosial Profesional', last: 'Dunia Usaha', indicator: 'jumlah_psks' },
    ]);
  });

  it('applies the seed file again without writing anything while it is unchanged', async () => {
    expect(await use().transaction((tx) => applyBreakdownSets(tx))).toBe(0);
  });

  it('imports counts by code, name or abbreviation, with their source and import batch', async () => {
    const report = await run(
      use(),
      csv(
        HEADER,
        `75.01,Kabupaten Gorontalo,jumlah_pmks,PPKS01,2024,120,${SOURCE}`,
        `75.01,Kabupaten Gorontalo,jumlah_pmks,Anak Telantar,2024,1340,${SOURCE}`,
        `75.01,Kabupaten Gorontalo,jumlah_pmks,ABH,2024,0,${SOURCE}`,
        `75.02,Boalemo,jumlah_pmks,fakir miskin,2024,5210,${SOURCE}`,
      ),
    );
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ status: 'APPLIED', layout: 'breakdown', counts: { inserted: 4 } });
    const rows = await use().sql.query(
      `SELECT b.region_code, b.category_code, b.value::int AS value, b.year, s.title, s.publisher,
              b.import_batch_id = $1 AS batch, b.created_import_batch_id = $1 AS created
       FROM breakdown_count b JOIN source s ON s.id = b.source_id ORDER BY 1, 2`,
      [report.importBatchId],
    );
    expect(rows).toEqual([
      {
        region_code: '75.01',
        category_code: 'PPKS01',
        value: 120,
        year: 2024,
        title: 'Rekap PPKS 2024',
        publisher: 'Dinas Sosial Provinsi Gorontalo',
        batch: true,
        created: true,
      },
      {
        region_code: '75.01',
        category_code: 'PPKS02',
        value: 1340,
        year: 2024,
        title: 'Rekap PPKS 2024',
        publisher: 'Dinas Sosial Provinsi Gorontalo',
        batch: true,
        created: true,
      },
      {
        region_code: '75.01',
        category_code: 'PPKS03',
        value: 0,
        year: 2024,
        title: 'Rekap PPKS 2024',
        publisher: 'Dinas Sosial Provinsi Gorontalo',
        batch: true,
        created: true,
      },
      {
        region_code: '75.02',
        category_code: 'PPKS24',
        value: 5210,
        year: 2024,
        title: 'Rekap PPKS 2024',
        publisher: 'Dinas Sosial Provinsi Gorontalo',
        batch: true,
        created: true,
      },
    ]);
    // A changed count is audited like an observation.
    const again = await run(use(), csv(HEADER, `75.02,Boalemo,jumlah_pmks,PPKS24,2024,5300,${SOURCE}`));
    expect(again).toMatchObject({ status: 'APPLIED', counts: { updated: 1, inserted: 0 } });
    const audit = await use().sql.query(
      "SELECT entity_key, old_value, new_value FROM audit_entry WHERE entity = 'breakdown_count' AND field = 'value'",
    );
    expect(audit).toEqual([{ entity_key: 'jumlah_pmks|75.02|2024|PPKS24', old_value: '5210', new_value: '5300' }]);
  });

  it('rejects unknown categories, counts that are not whole non-negative numbers and duplicates, each with its line, and writes nothing', async () => {
    const before = await use().sql.query('SELECT count(*)::int AS n FROM breakdown_count');
    const report = await run(
      use(),
      csv(
        HEADER,
        `75.03,Bone Bolango,jumlah_pmks,Anak Nakal,2024,10,${SOURCE}`,
        `75.03,Bone Bolango,jumlah_pmks,PPKS02,2024,-4,${SOURCE}`,
        `75.03,Bone Bolango,jumlah_pmks,PPKS03,2024,1.340,${SOURCE}`,
        `75.03,Bone Bolango,jumlah_pmks,PPKS04,2024,12,${SOURCE}`,
        `75.03,Bone Bolango,jumlah_pmks,Anak Jalanan,2024,13,${SOURCE}`,
        `75.03,Bone Bolango,jumlah_psks,PPKS05,2024,1,${SOURCE}`,
        `75.03,Bone Bolango,poverty_rate_p0,PPKS05,2024,1,${SOURCE}`,
        `75.03,Bone Bolango,jumlah_pmks,PPKS05,2024,dua,${SOURCE}`,
      ),
    );
    expect(report.status).toBe('REJECTED');
    expect(report.errors.map((e) => [e.line, e.code])).toEqual([
      [2, 'UNKNOWN_CATEGORY'],
      [3, 'NOT_A_COUNT'],
      [4, 'NOT_A_COUNT'],
      [6, 'DUPLICATE'],
      [7, 'UNKNOWN_CATEGORY'],
      [8, 'NO_BREAKDOWN'],
      [9, 'NOT_A_NUMBER'],
    ]);
    expect(report.errors[0]!.message).toContain('Unknown category “Anak Nakal” for jumlah_pmks (kategori tidak dikenal)');
    expect(report.errors[1]!.column).toBe('nilai');
    expect(report.errors[2]!.message).toContain('for thousands write it without a separator');
    expect(await use().sql.query('SELECT count(*)::int AS n FROM breakdown_count')).toEqual(before);
  });

  it('refuses a total of a breakdown indicator in the long layout: the total is the sum of its categories', async () => {
    const report = await run(use(), csv('kode_wilayah,indikator,periode,nilai', '75.04,jumlah_pmks,2024,9000'));
    expect(report.status).toBe('REJECTED');
    expect(report.errors).toMatchObject([{ line: 2, code: 'BREAKDOWN_REQUIRED' }]);
  });

  it('declares every foreign key of breakdown_count, so none goes unchecked when the import switches triggers off', async () => {
    const constraints = await use().sql.query<{ column: string; referenced: string }>(
      `SELECT a.attname AS column, c.confrelid::regclass::text AS referenced
       FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       WHERE c.contype = 'f' AND c.conrelid = 'breakdown_count'::regclass ORDER BY 1`,
    );
    const own = ['source_id', 'import_batch_id', 'created_import_batch_id'];
    const undeclared = constraints.filter(
      (c) =>
        !own.includes(c.column) && !BREAKDOWN_COUNTS.references.some((r) => r.column === c.column && r.table === c.referenced),
    );
    expect(constraints.map((c) => c.column)).toContain('category_code');
    expect(undeclared).toEqual([]);
  });
});
