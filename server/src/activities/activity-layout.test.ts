import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../imports/layouts.js';
import type { ActivityRecord } from './activity-layout.js';

const parse = (text: string) => parseImportFile(Buffer.from(text), 'kegiatan.csv');

describe('the activity file layout', () => {
  it('is recognised from English headers too, with a title row above them', async () => {
    const file = await parse(
      [
        'Activities of Sulawesi Tengah 2024',
        'Year,Status,Activity code,Implementer,Location,District,Funding source,Target group,Stage,Planned date,Actual date,Budget planned,Budget realised,Beneficiaries planned,Beneficiaries realised',
        '2024,realisation,1.06.04.2.01,72,Banggai,Luwuk,DAK non fisik,Lanjut usia terlantar,2,1 Juni 2024,15/06/2024,"1.500.000",1.250.000,100,95',
      ].join('\n'),
    );
    expect(file.layout).toBe('activities');
    expect(file.issues).toEqual([]);
    const [record] = file.records as ActivityRecord[];
    expect(record).toMatchObject({
      loc: { line: 3 },
      year: 2024,
      status: 'REALISATION',
      programme: '1.06.04.2.01',
      implementer: { text: '72' },
      location: { text: 'Banggai', levelHint: 'REGENCY_CITY' },
      district: 'Luwuk',
      fundingSource: 'DAK',
      targetGroup: 'Lanjut usia terlantar',
      stage: 2,
      plannedDate: '2024-06-01',
      actualDate: '2024-06-15',
      budgetPlanned: 1_500_000,
      budgetRealised: 1_250_000,
      beneficiariesPlanned: 100,
      beneficiariesRealised: 95,
    });
  });

  it('names the required columns a file lacks', async () => {
    const file = await parse('tahun,pelaksana,lokasi\n2024,72,72.01');
    expect(file.layout).toBe('activities');
    expect(file.issues.map((i) => i.code)).toEqual(['MISSING_COLUMN']);
    expect(file.issues[0]!.message).toContain('missing: status, kode_kegiatan, sumber_dana');
  });

  it('leaves programme figure files to their own layout', async () => {
    const file = await parse('program,kode_wilayah,tahun,pagu,realisasi\nPKH,75,2024,10,9');
    expect(file.layout).toBe('programmes');
  });

  it('reports a stage out of range and a stage number that is not one', async () => {
    const file = await parse(
      'tahun,status,kode_kegiatan,pelaksana,lokasi,sumber_dana,tahap\n2024,realisasi,X,72,72.01,APBD,13\n2024,realisasi,X,72,72.01,APBD,dua',
    );
    expect(file.issues.map((i) => [i.line, i.code])).toEqual([
      [2, 'BAD_STAGE'],
      [3, 'BAD_STAGE'],
    ]);
  });
});
