import request from 'supertest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemViewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { importFile } from '../imports/import.service.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';

// Figures in these files are made up for the test: no real SPM served/needing figures are in the repository.
const imported = (db: Database, lines: string[], fileName = 'spm.csv') =>
  importFile(db, { bytes: Buffer.from(lines.join('\n')), fileName, viewer: systemViewer('tester') });

const parts = (db: Database, indicator: string, region: string) =>
  db.sql
    .query<{ value: number; numerator: number | null; denominator: number | null }>(
      `SELECT value::float8 AS value, numerator::float8 AS numerator, denominator::float8 AS denominator FROM observation
       WHERE indicator_code = $1 AND region_code = $2 AND period = '2024'`,
      [indicator, region],
    )
    .then((rows) => rows[0] ?? null);

describeEachDatabase('ratio indicators: numerator and denominator', (use) => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi(use());
  });
  afterAll(() => api.stop());

  it('computes a value from pembilang and penyebut, checks a given one, and names each bad row with its line', async () => {
    const report = await imported(use(), [
      'kode_wilayah,indikator,periode,nilai,pembilang,penyebut',
      '75.01,sembako_coverage,2024,,45,50', // line 2: computed 90
      '75.02,sembako_coverage,2024,80,40,50', // line 3: agrees
      '75.03,sembako_coverage,2024,81,40,50', // line 4: 40/50 is 80
      '75.04,sembako_coverage,2024,,40,', // line 5: one part
      '75.05,poor_population,2024,10,1,2', // line 6: not a ratio
      '75,spm_kab_elderly_outside_panti,2024,,3,4', // line 7: a kab/kota service, not the province's
      '75.71,spm_kab_elderly_outside_panti,2024,,9,7', // line 8: served more than needing: 128.57 > 100
    ]);
    expect(report.status).toBe('REJECTED');
    expect(report.errors.map((e) => [e.line, e.code])).toEqual([
      [4, 'RATIO_MISMATCH'],
      [5, 'RATIO_PART_MISSING'],
      [6, 'NOT_A_RATIO'],
      [7, 'LEVEL_NOT_PUBLISHED'],
      [8, 'OUT_OF_RANGE'],
    ]);
    expect(await parts(use(), 'sembako_coverage', '75.01')).toBeNull();
  });

  it('rolls a province’s coverage up from its kabupaten/kota sums, and says which child lacks its parts', async () => {
    const report = await imported(use(), [
      'kode_wilayah,indikator,periode,nilai,penerbit,pembilang,penyebut',
      '75.01,sembako_coverage,2024,,,45,50',
      '75.02,sembako_coverage,2024,80,,40,50',
      '75.03,sembako_coverage,2024,,,10,10',
      '75.04,sembako_coverage,2024,,,30,100',
      '75.05,sembako_coverage,2024,,,20,40',
      '75.71,sembako_coverage,2024,,,90,200',
    ]);
    expect(report).toMatchObject({ status: 'APPLIED', counts: { inserted: 6 } });
    expect(await parts(use(), 'sembako_coverage', '75.01')).toEqual({ value: 90, numerator: 45, denominator: 50 });
    const query = `{ rollUp(indicatorCode: "sembako_coverage", parentCode: "75", period: "2024") {
      method value numerator denominator childrenWithoutParts reasonId } }`;
    const { rollUp } = await api.query<{ rollUp: Record<string, unknown> }>(query);
    // 235 of 450: 52.22%. The mean of the six percentages (90, 80, 100, 30, 50, 45) would be 65.83%.
    expect(rollUp).toEqual({
      method: 'RATIO_OF_SUMS',
      value: 52.222222,
      numerator: 235,
      denominator: 450,
      childrenWithoutParts: [],
      reasonId: null,
    });

    // A value given alone still imports (its parts unknown), and the roll-up then names the child.
    const alone = await imported(use(), ['kode_wilayah,indikator,periode,nilai', '75.71,pbi_jk_coverage,2024,77.5']);
    expect(alone.status).toBe('APPLIED');
    expect(await parts(use(), 'pbi_jk_coverage', '75.71')).toEqual({ value: 77.5, numerator: null, denominator: null });
    await imported(use(), [
      'kode_wilayah,indikator,periode,pembilang,penyebut',
      ...['75.01', '75.02', '75.03', '75.04', '75.05'].map((c) => `${c},pbi_jk_coverage,2024,1,2`),
    ]);
    const missing = await api.query<{ rollUp: Record<string, unknown> }>(
      '{ rollUp(indicatorCode: "pbi_jk_coverage", parentCode: "75", period: "2024") { value childrenWithoutParts reasonEn } }',
    );
    expect(missing.rollUp).toMatchObject({ value: null, childrenWithoutParts: ['75.71'] });
    expect(missing.rollUp.reasonEn).toMatch(/1 region\(s\) have no numerator and denominator \(75\.71\)/);
  });

  it('never erases parts a re-import does not carry, and refuses a new value without its parts', async () => {
    // The same values without the columns, then with the columns left empty: parts stay.
    const same = await imported(use(), ['kode_wilayah,indikator,periode,nilai,catatan', '75.04,sembako_coverage,2024,30,dicek']);
    expect(same.status).toBe('APPLIED');
    const empty = await imported(use(), [
      'kode_wilayah,indikator,periode,nilai,pembilang,penyebut',
      '75.04,sembako_coverage,2024,30,,',
    ]);
    expect(empty.status).toBe('APPLIED');
    expect(await parts(use(), 'sembako_coverage', '75.04')).toEqual({ value: 30, numerator: 30, denominator: 100 });

    const changed = await imported(use(), ['kode_wilayah,indikator,periode,nilai', '75.04,sembako_coverage,2024,35']);
    expect(changed.status).toBe('REJECTED');
    expect(changed.errors).toEqual([expect.objectContaining({ line: 2, code: 'RATIO_PARTS_NEEDED' })]);
    expect(await parts(use(), 'sembako_coverage', '75.04')).toEqual({ value: 30, numerator: 30, denominator: 100 });

    // With new parts the value changes, and the audit trail has the old parts.
    const revised = await imported(use(), [
      'kode_wilayah,indikator,periode,pembilang,penyebut',
      '75.04,sembako_coverage,2024,35,100',
    ]);
    expect(revised.status).toBe('APPLIED');
    expect(await parts(use(), 'sembako_coverage', '75.04')).toEqual({ value: 35, numerator: 35, denominator: 100 });
    const audit = await use().sql.query<{ field: string; old_value: string; new_value: string }>(
      `SELECT field, old_value, new_value FROM audit_entry WHERE entity_key = 'sembako_coverage|75.04|2024' AND field <> 'note' ORDER BY field`,
    );
    expect(audit).toEqual([
      { field: 'numerator', old_value: '30', new_value: '35' },
      { field: 'value', old_value: '30', new_value: '35' },
    ]);
  });

  it('exports pembilang and penyebut beside the value, and the export imports again unchanged', async () => {
    for (const decimal of ['point', 'comma']) {
      const res = await request(api.http)
        .get('/export/observations.csv')
        .query({ indicator: 'sembako_coverage', parent: '75', decimal });
      const sep = decimal === 'comma' ? ';' : ',';
      const [head, ...lines] = res.text.replace('\uFEFF', '').trimEnd().split('\r\n');
      expect(head!.split(sep).slice(4, 7)).toEqual(['nilai', 'pembilang', 'penyebut']);
      const kota = lines.find((l) => l.startsWith('75.71'))!.split(sep);
      expect(kota.slice(4, 7)).toEqual(['45', '90', '200']);
      const again = await importFile(use(), {
        bytes: Buffer.from(res.text),
        fileName: `lagi-${decimal}.csv`,
        viewer: systemViewer('tester'),
        options: { decimalComma: decimal === 'comma' },
      });
      expect(again.errors).toEqual([]);
      expect(again.counts).toMatchObject({ records: 6, inserted: 0, updated: 0, unchanged: 6 });
    }
  });
});
