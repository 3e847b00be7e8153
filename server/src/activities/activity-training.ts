// Training data for the activity features (no real activity-level data exists): a deterministic activity file in the
// import layout, drawn from the caller's random() only, for the training data set (DATA LATIHAN — bukan data resmi),
// which loads it into its own database through the import pipeline. Never real figures; never mixed with them.

export interface TrainingRegion {
  /** Kemendagri code: "72" for a province, "72.01" for a kabupaten/kota. */
  code: string;
  level: 'PROVINCE' | 'REGENCY_CITY' | string;
  parentCode?: string | null;
}

export interface ActivityTrainingInput {
  /** Uniform in [0, 1): the training set's seeded generator. */
  random(): number;
  regions: readonly TrainingRegion[];
  /** Years with realisations; the year after the last gets renja (PLAN) rows. */
  years: readonly number[];
  /**
   * The day the file is made (YYYY-MM-DD): no report is dated after it (the import refuses a report date in the future),
   * so a stage whose report would come later has none yet. Without it, every report drawn is given.
   */
  today?: string;
}

/** Each province's own training aid programme, "LATIHAN_BANTUAN_72": it must be in the catalogue (activityTrainingCatalogue). */
export const trainingProgrammeCode = (provinceCode: string) => `LATIHAN_BANTUAN_${provinceCode}`;

/**
 * Kabupaten/kota sub-kegiatan of urusan 1.06 in the seed catalogue, each with the PPKS category it usually serves, by
 * code (PPKS08 Lanjut Usia Terlantar, PPKS09 Penyandang Disabilitas, PPKS02 Anak Terlantar, PPKS24 Fakir Miskin,
 * PPKS21 Korban Bencana Alam).
 */
const KABUPATEN_ACTIVITIES: readonly [code: string, description: string, group: string][] = [
  ['1.06.04.2.01.0001', 'Penyediaan permakanan', 'PPKS08'],
  ['1.06.04.2.01.0003', 'Penyediaan alat bantu', 'PPKS09'],
  ['1.06.05.2.01.0001', 'Penjangkauan anak terlantar', 'PPKS02'],
  ['1.06.05.2.02.0003', 'Bantuan sosial kesejahteraan keluarga', 'PPKS24'],
  ['1.06.06.2.01.0001', 'Penyediaan makanan korban bencana', 'PPKS21'],
];
const PROVINCE_GROUPS = ['PPKS24', 'PPKS08', 'PPKS09', 'PPKS02'];
/** Days after a stage's planned distribution its report is due. */
const REPORT_DAYS = 14;
const FUNDING = ['APBD', 'APBD', 'APBD', 'DAK', 'APBN', 'hibah'];

export const ACTIVITY_TRAINING_HEADER =
  'tahun,status,kode_kegiatan,uraian,pelaksana,lokasi,kecamatan,sumber_dana,sasaran,tahap,tanggal_rencana,tanggal_salur,batas_laporan,tanggal_laporan,pagu,realisasi,target_penerima,penerima';

/** The catalogue file that adds each province's training aid programme (a programme catalogue, kode_program). */
export function activityTrainingCatalogue(regions: readonly TrainingRegion[]): string {
  return [
    'kode_program,lingkup,wilayah_pemilik,nama,nama_en,deskripsi,satuan_penerima',
    ...regions
      .filter((r) => r.level === 'PROVINCE')
      .map(
        (p) =>
          `${trainingProgrammeCode(p.code)},daerah,${p.code},Bantuan Provinsi (DATA LATIHAN),Provincial aid (TRAINING DATA),DATA LATIHAN — bukan data resmi.,KPM`,
      ),
  ].join('\n');
}

const cell = (value: string | number | null) => {
  if (value === null) return '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

const isoDate = (year: number, dayOfYear: number) => new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);

/** The activity file: CSV text in the activity layout, the same for the same random sequence. */
export function generateActivityFile(input: ActivityTrainingInput): string {
  const { random } = input;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const years = [...input.years].sort((a, b) => a - b);
  const planYear = (years.at(-1) ?? 2025) + 1;
  const lines = [ACTIVITY_TRAINING_HEADER];
  const row = (values: (string | number | null)[]) => lines.push(values.map(cell).join(','));
  const provinces = input.regions.filter((r) => r.level === 'PROVINCE');
  for (const province of provinces) {
    const programme = trainingProgrammeCode(province.code);
    const kabupaten = input.regions.filter(
      (r) => r.level === 'REGENCY_CITY' && (r.parentCode ?? r.code.split('.')[0]) === province.code,
    );
    for (const year of [...years, planYear]) {
      const plan = year === planYear;
      const status = plan ? 'renja' : 'realisasi';
      for (const kab of kabupaten) {
        // The province's aid programme in most kabupaten/kota, paid in stages; some stages late, some not yet paid.
        if (random() < 0.8) {
          const group = pick(PROVINCE_GROUPS);
          const stages = between(2, 4);
          const perStage = between(20, 200) * 1_000_000;
          const recipients = between(50, 400);
          for (let stage = 1; stage <= stages; stage++) {
            const planned = Math.floor(((stage - 0.5) / stages) * 330);
            const delay = random() < 0.3 ? between(1, 45) : -between(0, 10);
            const paid = !plan && random() > 0.08;
            const realised = paid ? Math.round(perStage * (0.7 + random() * 0.3)) : null;
            // The stage's report: mostly by its due date, some late, some never sent; some without the recipients.
            const reportDue = planned + REPORT_DAYS;
            const answer = random();
            const reportDay =
              !paid || answer < 0.1 ? null : answer < 0.75 ? reportDue - between(0, 10) : reportDue + between(1, 40);
            const reportDate = reportDay === null ? null : isoDate(year, reportDay);
            const reported = reportDate !== null && (input.today === undefined || reportDate <= input.today);
            const withRecipients = random() > 0.1;
            row([
              year,
              status,
              programme,
              'Bantuan sosial provinsi',
              province.code,
              kab.code,
              null,
              'APBD',
              group,
              stage,
              isoDate(year, planned),
              paid ? isoDate(year, Math.max(0, planned + delay)) : null,
              isoDate(year, reportDue),
              reported ? reportDate : null,
              perStage,
              realised,
              recipients,
              paid && withRecipients ? Math.round(recipients * (0.85 + random() * 0.15)) : null,
            ]);
          }
        }
        // The kabupaten/kota's own sub-kegiatan; sometimes for the group the province already serves there (an overlap).
        for (let n = between(1, 3); n > 0; n--) {
          const [code, description, group] = pick(KABUPATEN_ACTIVITIES);
          const pagu = between(50, 2_000) * 1_000_000;
          const target = between(20, 500);
          row([
            year,
            status,
            code,
            description,
            kab.code,
            kab.code,
            `Kecamatan ${n}`,
            pick(FUNDING),
            group,
            null,
            null,
            null,
            null,
            null,
            pagu,
            plan ? null : Math.round(pagu * (0.6 + random() * 0.4)),
            target,
            plan ? null : Math.round(target * (0.7 + random() * 0.3)),
          ]);
        }
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
