import { expect, it } from 'vitest';
import { accountViewer, systemViewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { importFile } from '../imports/import.service.js';
import { describeEachDatabase } from '../test-support/databases.js';

// Activity files through the import pipeline. Fixtures only: made-up figures for real regions and nomenclature codes.

const ADMIN = systemViewer('admin-kegiatan');
const SULTENG = accountViewer('dinsos-sulteng', [{ role: 'VERIFIER', regionCode: '72' }], 21);
const BANGGAI = accountViewer('dinsos-banggai', [{ role: 'EDITOR', regionCode: '72.01' }], 22);

const HEADER =
  'tahun,status,kode_kegiatan,uraian,pelaksana,lokasi,kecamatan,desa,sumber_dana,sasaran,tahap,tanggal_rencana,tanggal_salur,pagu,realisasi,target_penerima,penerima';
const FILE = [
  HEADER,
  // A province's activity in Banggai, given by its two stages.
  '2024,realisasi,1.06.04.2.01,Permakanan lansia,72,72.01,Luwuk,,APBD,Lanjut usia terlantar,1,2024-03-01,2024-02-28,100000000,95000000,200,190',
  '2024,realisasi,1.06.04.2.01,Permakanan lansia,72,72.01,Luwuk,,APBD,Lanjut usia terlantar,2,2024-06-01,2024-06-15,100000000,100000000,200,200',
  // Banggai's own activity for the same group in the same place: an overlap.
  '2024,realisasi,1.06.04.2.01.0001,Penyediaan permakanan,72.01,72.01,,,APBD,Lanjut usia terlantar,,,,"1.500.000.000",1.200.000.000,300,280',
  // Next year's proposal beside it.
  '2025,renja,1.06.04.2.01.0001,Penyediaan permakanan,72.01,72.01,,,APBD,Lanjut usia terlantar,,,,1.600.000.000,,320,',
].join('\n');

const load = (db: Database, text: string, viewer = ADMIN, extra: { dryRun?: boolean } = {}) =>
  importFile(db, { bytes: Buffer.from(text), fileName: 'kegiatan.csv', viewer, ...extra });

describeEachDatabase('activity files', (use) => {
  const rows = async <T>(sql: string, params: unknown[] = []) => use().sql.query<T>(sql, params);

  it('imports activities with their stages, totals from stages, and changes nothing the second time', async () => {
    const dry = await load(use(), FILE, ADMIN, { dryRun: true });
    expect(dry).toMatchObject({ status: 'DRY_RUN', layout: 'activities', errors: [] });
    expect(dry.counts).toMatchObject({ records: 4, inserted: 3 });
    expect(await rows('SELECT id FROM activity')).toHaveLength(0);

    const report = await load(use(), FILE);
    expect(report).toMatchObject({ status: 'APPLIED', layout: 'activities', errors: [] });
    expect(report.counts).toMatchObject({ records: 4, inserted: 3, updated: 0, unchanged: 0 });
    const stored = await rows<{ implementer: string; status: string; pagu: string; realised: string; stages: number }>(
      `SELECT a.implementer_code AS implementer, a.status::text AS status, a.budget_planned::text AS pagu,
              a.budget_realised::text AS realised, (SELECT count(*)::int FROM activity_stage s WHERE s.activity_id = a.id) AS stages
       FROM activity a ORDER BY a.year, a.implementer_code`,
    );
    expect(stored).toEqual([
      { implementer: '72', status: 'REALISATION', pagu: '200000000.00', realised: '195000000.00', stages: 2 },
      { implementer: '72.01', status: 'REALISATION', pagu: '1500000000.00', realised: '1200000000.00', stages: 0 },
      { implementer: '72.01', status: 'PLAN', pagu: '1600000000.00', realised: null, stages: 0 },
    ]);
    const audit = await rows<{ n: number }>("SELECT count(*)::int AS n FROM audit_entry WHERE entity = 'activity'");
    expect(audit[0]!.n).toBe(3);

    const again = await load(use(), FILE);
    expect(again).toMatchObject({ status: 'APPLIED', errors: [], importBatchId: null });
    expect(again.counts).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
    expect(again.notices.map((n) => n.code)).toContain('NOTHING_TO_WRITE');

    // A corrected stage date is one updated activity, its stages replaced.
    const corrected = await load(use(), FILE.replace('2024-06-15', '2024-05-30'));
    expect(corrected.counts).toMatchObject({ inserted: 0, updated: 1, unchanged: 2 });
    const dates = await rows<{ d: string }>("SELECT to_char(actual_date, 'YYYY-MM-DD') AS d FROM activity_stage ORDER BY stage");
    expect(dates.map((r) => r.d)).toEqual(['2024-02-28', '2024-05-30']);
  });

  it('reports every bad row with its line and reason, and writes nothing', async () => {
    const before = await rows<{ n: number }>('SELECT count(*)::int AS n FROM activity');
    const file = [
      HEADER,
      // 2: unknown programme
      '2024,realisasi,9.99.99,x,72,72.01,,,APBD,,,,,1,1,1,1',
      // 3: location outside the implementer (Banggai implementing in Palu)
      '2024,realisasi,1.06.04.2.01,x,72.01,72.71,,,APBD,,,,,1,1,1,1',
      // 4: realisation written on a renja row
      '2025,renja,1.06.04.2.01,x,72.01,72.01,,,APBD,,,,,1,1,1,1',
      // 5: unknown status, funding source and a bad date
      '2024,selesai,1.06.04.2.01,x,72.01,72.01,,,kas desa,,1,31-02-2024,,1,1,1,1',
      // 6: a location that is a province
      '2024,realisasi,1.06.04.2.01,x,72,72,,,APBD,,,,,1,1,1,1',
      // 7 and 8: the same stage twice
      '2024,realisasi,1.06.04.2.01,x,72.01,72.01,,,APBD,Anak terlantar,1,2024-04-01,2024-04-01,1,1,1,1',
      '2024,realisasi,1.06.04.2.01,x,72.01,72.01,,,APBD,Anak terlantar,1,2024-04-01,2024-04-02,1,1,1,1',
      // 9: recipients that are not whole, a negative pagu
      '2024,realisasi,1.06.04.2.01,x,72.01,72.01,,,APBD,,,,,-5,1,1,2.5',
    ].join('\n');
    const report = await load(use(), file);
    expect(report.status).toBe('REJECTED');
    expect(report.errors.map((e) => [e.line, e.code])).toEqual([
      [2, 'UNKNOWN_PROGRAMME'],
      [3, 'OUTSIDE_IMPLEMENTER'],
      [4, 'REALISED_IN_PLAN'],
      [4, 'REALISED_IN_PLAN'],
      [5, 'UNKNOWN_VALUE'],
      [5, 'UNKNOWN_VALUE'],
      [5, 'BAD_DATE'],
      [6, 'BAD_LOCATION'],
      [8, 'DUPLICATE_ROW'],
      [9, 'OUT_OF_RANGE'],
      [9, 'NOT_A_WHOLE_NUMBER'],
    ]);
    expect(report.errors.find((e) => e.code === 'OUTSIDE_IMPLEMENTER')!.message).toContain('outside 72.01');
    expect(await rows<{ n: number }>('SELECT count(*)::int AS n FROM activity')).toEqual(before);
  });

  it('stores the target group as its PPKS code, accepts names and common spellings, and refuses others with close matches', async () => {
    const before = await rows<{ n: number }>('SELECT count(*)::int AS n FROM activity');
    const refused = await load(
      use(),
      [
        HEADER,
        // 2: a kabupaten's own words, not a PPKS category
        '2026,renja,1.06.04.2.01,x,72.01,72.01,,,APBD,Lansia,,,,1,,1,',
        // 3: a PSKS category, not a PPKS one
        '2026,renja,1.06.04.2.01,x,72.01,72.01,,,APBD,Karang Taruna,,,,1,,1,',
        // 4: fine
        '2026,renja,1.06.04.2.01,x,72.01,72.01,,,APBD,PPKS08,,,,1,,1,',
      ].join('\n'),
    );
    expect(refused.status).toBe('REJECTED');
    expect(refused.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, 'sasaran', 'UNKNOWN_TARGET_GROUP'],
      [3, 'sasaran', 'UNKNOWN_TARGET_GROUP'],
    ]);
    expect(refused.errors[0]!.message).toMatch(
      /^Sasaran “Lansia” bukan kategori PPKS dalam pedoman Kementerian Sosial.*yang mirip: PPKS08 “Lanjut Usia Terlantar”.*\(“Lansia” is not a PPKS category/,
    );
    expect(await rows<{ n: number }>('SELECT count(*)::int AS n FROM activity')).toEqual(before);

    const file = [
      HEADER,
      '2026,renja,1.06.04.2.01,x,72.01,72.01,A,,APBD,Lansia terlantar,,,,1,,1,',
      '2026,renja,1.06.04.2.01,x,72.01,72.01,B,,APBD,ppks 24,,,,1,,1,',
      '2026,renja,1.06.04.2.01,x,72.01,72.01,C,,APBD,Penyandang Disabilitas,,,,1,,1,',
      '2026,renja,1.06.04.2.01,x,72.01,72.01,D,,APBD,,,,,1,,1,',
    ].join('\n');
    expect(await load(use(), file)).toMatchObject({ status: 'APPLIED', errors: [] });
    const stored = await rows<{ district: string; target_group: string }>(
      'SELECT district, target_group FROM activity WHERE year = 2026 ORDER BY district',
    );
    expect(stored).toEqual([
      { district: 'A', target_group: 'PPKS08' },
      { district: 'B', target_group: 'PPKS24' },
      { district: 'C', target_group: 'PPKS09' },
      { district: 'D', target_group: '' },
    ]);
    // The same activity written by its code instead of its name is the same activity: nothing changes.
    const again = await load(use(), file.replace('Lansia terlantar', 'PPKS08').replace('Penyandang Disabilitas', 'ppks09'));
    expect(again.counts).toMatchObject({ inserted: 0, updated: 0, unchanged: 4 });
    // The database holds codes only.
    await expect(use().sql.query("UPDATE activity SET target_group = 'Lansia' WHERE year = 2026")).rejects.toThrow(
      /activity_target_group_ppks_code/,
    );
  });

  it('reads each stage’s report due date and report date, and refuses them where they cannot be', async () => {
    const header = `${HEADER},batas_laporan,tanggal_laporan`;
    const stage = (n: number, due: string, reported: string) =>
      `2024,realisasi,1.06.04.2.01,lapor,72.01,72.01,,,APBD,PPKS08,${n},2024-03-01,2024-03-02,1,1,1,1,${due},${reported}`;
    const refused = await load(
      use(),
      [
        header,
        // 2: a report date on a renja row
        '2025,renja,1.06.04.2.01,x,72.01,72.01,,,APBD,PPKS08,1,2025-03-01,,1,,1,,2025-03-15,2025-03-10',
        // 3: report dates on a row without a stage
        '2024,realisasi,1.06.04.2.01,x,72.01,72.01,,,APBD,PPKS08,,,,1,1,1,1,2024-03-15,2024-03-10',
        // 4: a report date that has not happened yet
        stage(1, '2024-03-15', '2099-01-01'),
      ].join('\n'),
    );
    expect(refused.errors.map((e) => [e.line, e.code])).toEqual([
      [2, 'REALISED_IN_PLAN'],
      [3, 'DATE_WITHOUT_STAGE'],
      [4, 'DATE_OUTSIDE_YEAR'],
      [4, 'DATE_IN_FUTURE'],
    ]);
    const file = [header, stage(1, '2024-03-15', '2024-03-10'), stage(2, '2024-06-15', '')].join('\n');
    expect(await load(use(), file)).toMatchObject({ status: 'APPLIED', errors: [] });
    const stored = await rows<{ due: string; reported: string | null }>(
      `SELECT to_char(s.report_due_date, 'YYYY-MM-DD') AS due, to_char(s.report_date, 'YYYY-MM-DD') AS reported
       FROM activity_stage s JOIN activity a ON a.id = s.activity_id WHERE a.description = 'lapor' ORDER BY s.stage`,
    );
    expect(stored).toEqual([
      { due: '2024-03-15', reported: '2024-03-10' },
      { due: '2024-06-15', reported: null },
    ]);
    // A report that comes in later is a change to the activity.
    const later = await load(use(), file.replace(/2024-06-15,$/, '2024-06-15,2024-06-20'));
    expect(later.counts).toMatchObject({ updated: 1 });
  });

  it('lets a region write only the activities it implements', async () => {
    const province = '2024,realisasi,1.06.04.2.01,x,72,72.02,,,APBD,Anak terlantar,,,,10,5,1,1';
    const kabupaten = '2024,realisasi,1.06.04.2.01,x,72.01,72.01,,,DAK,Anak terlantar,,,,10,5,1,1';
    const byBanggai = await load(use(), [HEADER, province, kabupaten].join('\n'), BANGGAI);
    expect(byBanggai.status).toBe('REJECTED');
    expect(byBanggai.errors.map((e) => [e.line, e.code])).toEqual([[2, 'OUT_OF_SCOPE']]);
    // The province writes its own, but not Banggai's, even though Banggai lies in it.
    const byProvince = await load(use(), [HEADER, kabupaten].join('\n'), SULTENG);
    expect(byProvince.errors.map((e) => e.code)).toEqual(['OUT_OF_SCOPE']);
    expect((await load(use(), [HEADER, province].join('\n'), SULTENG)).status).toBe('APPLIED');
    expect((await load(use(), [HEADER, kabupaten].join('\n'), BANGGAI)).status).toBe('APPLIED');
    await expect(
      load(use(), [HEADER, kabupaten].join('\n'), accountViewer('tamu', [{ role: 'VIEWER', regionCode: '72' }])),
    ).rejects.toThrow(/may not import/);
  });

  it('writes a file in the same number of statements however many activities it has', async () => {
    const file = (n: number, year: number) =>
      [
        HEADER,
        ...Array.from(
          { length: n },
          (_, i) =>
            `${year},realisasi,1.06.05.2.02,Data ${i},72,72.0${(i % 9) + 1},Kec ${i},,APBN,Fakir miskin,1,${year}-05-01,${year}-05-02,10,9,1,1`,
        ),
      ].join('\n');
    const statements = async (text: string) => {
      const seen: string[] = [];
      const stop = use().onQuery((sql) => seen.push(sql));
      try {
        expect(await load(use(), text)).toMatchObject({ status: 'APPLIED', errors: [] });
      } finally {
        stop();
      }
      return seen.length;
    };
    const few = await statements(file(2, 2030));
    const many = await statements(file(300, 2031));
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(20);
  });
});
