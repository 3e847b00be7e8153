import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemViewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { importFile } from '../imports/import.service.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';
import { writeDataset } from '../training/dataset.js';
import { SPM_SERVICES, servicesFor } from './services.js';
import { generateSpmTrainingCsv, TRAINING_LABEL } from './training-data.js';

/** A small deterministic generator (a linear congruential one): the same seed, the same numbers. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const GORONTALO = ['75.01', '75.02', '75.03', '75.04', '75.05', '75.71'];

describe('the basic services of PP 2/2018 Pasal 10', () => {
  it('are five for the province (inside panti, provincial disasters) and five for the kabupaten/kota', () => {
    expect(servicesFor('PROVINCE').map((s) => [s.letter, s.indicatorCode])).toEqual([
      ['a', 'spm_prov_disability_in_panti'],
      ['b', 'spm_prov_children_in_panti'],
      ['c', 'spm_prov_elderly_in_panti'],
      ['d', 'spm_prov_homeless_beggars_in_panti'],
      ['e', 'spm_prov_disaster_victims'],
    ]);
    expect(servicesFor('REGENCY_CITY').map((s) => s.serviceId)).toEqual([
      'Rehabilitasi sosial dasar penyandang disabilitas telantar di luar panti',
      'Rehabilitasi sosial dasar anak telantar di luar panti',
      'Rehabilitasi sosial dasar lanjut usia telantar di luar panti',
      'Rehabilitasi sosial dasar tuna sosial khususnya gelandangan dan pengemis di luar panti',
      'Perlindungan dan jaminan sosial pada saat dan setelah tanggap darurat bencana bagi korban bencana kabupaten/kota',
    ]);
    expect(servicesFor('NATIONAL')).toEqual([]);
  });
});

describe('the SPM training data generator', () => {
  const regions = [{ code: '75', level: 'PROVINCE' }, ...GORONTALO.map((code) => ({ code, level: 'REGENCY_CITY' }))];
  it('gives the same file for the same random sequence, every row labelled as training data', () => {
    const a = generateSpmTrainingCsv({ random: seeded(7), regions, years: [2023, 2024] });
    expect(generateSpmTrainingCsv({ random: seeded(7), regions, years: [2023, 2024] })).toBe(a);
    expect(generateSpmTrainingCsv({ random: seeded(8), regions, years: [2023, 2024] })).not.toBe(a);
    const [header, ...rows] = a.trimEnd().split('\n');
    expect(header).toBe('kode_wilayah,indikator,periode,nilai,pembilang,penyebut,sumber,catatan');
    expect(rows.length).toBeGreaterThan(40);
    expect(rows.every((r) => r.includes(TRAINING_LABEL))).toBe(true);
    // A province gets only its own services, a kabupaten/kota only its own.
    const province = new Set(servicesFor('PROVINCE').map((s) => s.indicatorCode));
    for (const row of rows) {
      const [region, indicator, , value, served, needing] = row.split(',');
      expect(province.has(indicator!)).toBe(region === '75');
      if (served) expect(Number(value)).toBe(Math.round((Number(served) / Number(needing)) * 10000) / 100);
    }
  });
});

const imported = (db: Database, csv: string) =>
  importFile(db, { bytes: Buffer.from(csv), fileName: 'spm-latihan.csv', viewer: systemViewer('tester') });

const ACHIEVEMENT = `query ($region: String!) { spmAchievement(regionCode: $region, year: 2024) {
  regionCode level servicesReported servicesWithCounts
  services { letter indicatorCode level needing served achievement unserved target reasonId } } }`;
const UNDER = `query ($parent: String!) { spmAchievements(parentCode: $parent, year: 2024) {
  regionCode regionName services { letter needing served achievement } } }`;

describeEachDatabase('SPM Bidang Sosial achievement', (use) => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi(use());
    // Made-up counts for the test (no real SPM figures are in the repository).
    const report = await imported(
      use(),
      [
        'kode_wilayah,indikator,periode,nilai,pembilang,penyebut',
        '75,spm_prov_disability_in_panti,2024,,40,50',
        '75,spm_prov_children_in_panti,2024,,120,120',
        '75,spm_prov_elderly_in_panti,2024,75,,', // the percentage alone
        '75,spm_prov_disaster_victims,2024,,900,1200',
        ...GORONTALO.map((code, i) => `${code},spm_kab_elderly_outside_panti,2024,,${10 + i},${20 + i}`),
      ].join('\n'),
    );
    expect(report.errors).toEqual([]);
  });
  afterAll(() => api.stop());

  it('answers a province with its own five services, counts and achievement, and says what is missing', async () => {
    const { spmAchievement } = await api.query<{ spmAchievement: Record<string, unknown> }>(ACHIEVEMENT, { region: '75' });
    expect(spmAchievement).toMatchObject({ regionCode: '75', level: 'PROVINCE', servicesReported: 4, servicesWithCounts: 3 });
    const services = spmAchievement.services as Record<string, unknown>[];
    expect(services.map((s) => [s.letter, s.level, s.needing, s.served, s.achievement, s.unserved])).toEqual([
      ['a', 'PROVINCE', 50, 40, 80, 10],
      ['b', 'PROVINCE', 120, 120, 100, 0],
      ['c', 'PROVINCE', null, null, 75, null],
      ['d', 'PROVINCE', null, null, null, null],
      ['e', 'PROVINCE', 1200, 900, 75, 300],
    ]);
    expect(services[2]!.reasonId).toMatch(/Hanya persentase/);
    expect(services[3]!.reasonId).toBe('Belum ada data capaian untuk tahun ini.');
    expect(services.every((s) => s.target === 100)).toBe(true);
  });

  it('keeps the split of responsibility: a kabupaten/kota has its own services, a province’s is never its kab/kota sum', async () => {
    const { spmAchievement } = await api.query<{
      spmAchievement: { services: { indicatorCode: string; achievement: number }[] };
    }>(ACHIEVEMENT, { region: 'Kota Gorontalo' });
    expect(spmAchievement.services.map((s) => s.indicatorCode)).toEqual(servicesFor('REGENCY_CITY').map((s) => s.indicatorCode));
    expect(spmAchievement.services[2]!.achievement).toBe(60); // 15 of 25
    // A kabupaten/kota service is not accepted for a province, nor a province's for a kabupaten.
    const refused = await imported(
      use(),
      'kode_wilayah,indikator,periode,pembilang,penyebut\n75,spm_kab_elderly_outside_panti,2024,1,2\n75.01,spm_prov_elderly_in_panti,2024,1,2\n',
    );
    expect(refused.errors.map((e) => [e.line, e.code])).toEqual([
      [2, 'LEVEL_NOT_PUBLISHED'],
      [3, 'LEVEL_NOT_PUBLISHED'],
    ]);
    const { rollUp } = await api.query<{ rollUp: { value: number | null; method: string } }>(
      '{ rollUp(indicatorCode: "spm_kab_elderly_outside_panti", parentCode: "75", period: "2024") { value method } }',
    );
    expect(rollUp).toEqual({ value: null, method: 'NOT_AGGREGABLE' });
    const national = await api.execute('{ spmAchievement(regionCode: "ID", year: 2024) { regionCode } }');
    expect(national.errors?.[0]?.message).toMatch(
      /PP 2\/2018 Pasal 10 sets basic services for provinces and kabupaten\/kota only/,
    );
  });

  it('lists every kabupaten/kota of a province in the same number of SQL statements for 6 as for 13', async () => {
    let six: { spmAchievements: { regionCode: string; services: { letter: string; achievement: number | null }[] }[] } = {
      spmAchievements: [],
    };
    const gorontalo = await api.statementsOf(async () => {
      six = await api.query(UNDER, { parent: '75' });
    });
    let thirteen: { spmAchievements: unknown[] } = { spmAchievements: [] };
    const sulteng = await api.statementsOf(async () => {
      thirteen = await api.query(UNDER, { parent: '72' });
    });
    expect(six.spmAchievements.map((r) => r.regionCode)).toEqual(GORONTALO);
    expect(six.spmAchievements.map((r) => r.services[2]!.achievement)).toEqual([50, 52.38, 54.55, 56.52, 58.33, 60]);
    expect(thirteen.spmAchievements).toHaveLength(13);
    expect(sulteng.length).toBe(gorontalo.length);
    // The province looked up, its kabupaten/kota, their values: three statements, whatever the number of kabupaten/kota.
    expect(gorontalo.length).toBe(3);
  });
});

describeEachDatabase('SPM Bidang Sosial, training file', (use) => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi(use());
  });
  afterAll(() => api.stop());

  it('imports the generated training file without an error, and answers what it holds', async () => {
    const regions = [{ code: '72', level: 'PROVINCE' }];
    const csv = generateSpmTrainingCsv({ random: seeded(42), regions, years: [2024], valueOnlyShare: 0 });
    // Generated figures go only into a database marked as training data (the import refuses them elsewhere).
    await writeDataset(use().sql, { kind: 'TRAINING', seed: 'uji' });
    const report = await imported(use(), csv);
    expect(report.errors).toEqual([]);
    const { spmAchievement } = await api.query<{
      spmAchievement: { services: { indicatorCode: string; served: number | null }[] };
    }>(ACHIEVEMENT, { region: '72' });
    const rows = csv
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((r) => r.split(','));
    for (const service of spmAchievement.services) {
      const row = rows.find((r) => r[1] === service.indicatorCode);
      expect(service.served).toBe(row ? Number(row[4]) : null);
    }
    expect(SPM_SERVICES).toHaveLength(10);
  });
});
