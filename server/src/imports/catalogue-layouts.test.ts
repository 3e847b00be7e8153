import { describe, expect, it } from 'vitest';
import type { CatalogueRecord } from './import.types.js';
import { parseImportFile } from './layouts.js';

const csv = (...lines: string[]) => new TextEncoder().encode(lines.join('\n'));

describe('catalogue layouts', () => {
  it('recognises an indicator catalogue by kode_indikator, under a title row, in Indonesian or English words', async () => {
    const parsed = await parseImportFile(
      csv(
        'Katalog indikator daerah (uji)',
        'Kode Indikator,Nama,Arah,Periodisitas,Bulan Putaran,Putaran Tahunan,Banding Tahunan,Tingkat,Agregasi,Nilai Min',
        'test_a,Uji A,turun lebih baik,semesteran,Maret;September,3,ya,Provinsi; Kabupaten/Kota,jumlah,"0,5"',
        'test_b,Uji B,HIGHER_IS_BETTER,ANNUAL,,,tidak,NATIONAL,NOT_AGGREGABLE,',
      ),
      'katalog.csv',
      { decimalComma: true },
    );
    expect(parsed.layout).toBe('indicator_catalogue');
    expect(parsed.issues).toEqual([]);
    const [a, b] = parsed.records as CatalogueRecord[];
    expect(a).toMatchObject({
      kind: 'catalogue',
      entity: 'indicator',
      code: 'test_a',
      loc: { line: 3 },
      fields: {
        nameId: 'Uji A',
        direction: 'LOWER_IS_BETTER',
        periodicity: 'SEMIANNUAL',
        periodMonths: [3, 9],
        annualRound: 3,
        yearOnYear: true,
        levels: ['PROVINCE', 'REGENCY_CITY'],
        aggregation: 'SUM',
        minValue: 0.5,
      },
    });
    // Empty cells clear optional fields; columns the file lacks are absent (kept as stored).
    expect(b!.fields).toEqual({
      nameId: 'Uji B',
      direction: 'HIGHER_IS_BETTER',
      periodicity: 'ANNUAL',
      periodMonths: [],
      annualRound: null,
      yearOnYear: false,
      levels: ['NATIONAL'],
      aggregation: 'NOT_AGGREGABLE',
      minValue: null,
    });
    expect(b!.labels.direction).toBe('Arah');
    expect(b!.labels.unitId).toBe('satuan');
  });

  it('reports each unreadable cell with its line and column', async () => {
    const parsed = await parseImportFile(
      csv('kode_program,lingkup,nama', 'TEST_PROG_A,kabupaten,A', 'TEST_PROG_B,daerah,B'),
      'program.csv',
      {},
    );
    expect(parsed.layout).toBe('programme_catalogue');
    expect(parsed.records.map((r) => (r as CatalogueRecord).code)).toEqual(['TEST_PROG_B']);
    expect(parsed.issues).toEqual([
      {
        line: 2,
        column: 'lingkup',
        code: 'UNKNOWN_VALUE',
        message: 'unknown value “kabupaten”: write one of nasional (NATIONAL), daerah (REGIONAL)',
      },
    ]);
    const months = await parseImportFile(csv('kode_indikator,bulan_putaran,putaran_tahunan', 'x,3;13,Maret'), 'k.csv', {});
    expect(months.issues.map((i) => [i.line, i.column, i.code])).toEqual([[2, 'bulan_putaran', 'BAD_MONTHS']]);
  });

  it('does not take a long-format file for a catalogue', async () => {
    const parsed = await parseImportFile(csv('kode_wilayah,indikator,periode,nilai', '75,poverty_rate_p0,2025,15'), 'x.csv', {});
    expect(parsed.layout).toBe('long');
  });
});
