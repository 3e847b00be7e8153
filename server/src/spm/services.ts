// The basic services (jenis pelayanan dasar) of the SPM Bidang Sosial as PP 2/2018 Pasal 10 sets them, each with the
// government responsible for it and the catalogue indicator holding its achievement. Checked against the regulation's
// text (https://www.pasal.id/peraturan/pp/pp-no-2-tahun-2018/koreksi/9021550) and Permensos 9/2018, which sets the
// technical standard of each (https://id.scribd.com/document/448706275/PERMENSOS-NOMOR-9-TAHUN-2018-pdf).
//
// The split of responsibility is the regulation's: the province serves people *inside* its panti and the victims of
// a provincial disaster; the kabupaten/kota serves the same groups *outside* panti and the victims of its own
// disasters. A province's achievement is its own service, never a sum of its kabupaten/kota; a kabupaten/kota service
// is not reported for a province.

export type SpmLevel = 'PROVINCE' | 'REGENCY_CITY';

export interface SpmService {
  /** The letter of the service in Pasal 10 ayat (2) (province) or ayat (3) (kabupaten/kota). */
  letter: 'a' | 'b' | 'c' | 'd' | 'e';
  level: SpmLevel;
  indicatorCode: string;
  serviceId: string;
  serviceEn: string;
  /** Who receives it (Pasal 10 ayat (5)). */
  recipientsId: string;
  recipientsEn: string;
}

const GROUPS = [
  {
    letter: 'a',
    key: 'disability',
    id: 'penyandang disabilitas telantar',
    en: 'neglected persons with disabilities',
  },
  { letter: 'b', key: 'children', id: 'anak telantar', en: 'neglected children' },
  { letter: 'c', key: 'elderly', id: 'lanjut usia telantar', en: 'neglected older persons' },
  {
    letter: 'd',
    key: 'homeless_beggars',
    id: 'tuna sosial khususnya gelandangan dan pengemis',
    en: 'tuna sosial, in particular homeless persons and beggars',
  },
] as const;

function servicesOf(level: SpmLevel): SpmService[] {
  const province = level === 'PROVINCE';
  const where = province
    ? { id: 'di dalam panti', en: 'inside institutions (panti)', code: 'in_panti' }
    : {
        id: 'di luar panti',
        en: 'outside institutions (panti)',
        code: 'outside_panti',
      };
  const prefix = province ? 'spm_prov' : 'spm_kab';
  const rehabilitation = GROUPS.map(
    (g): SpmService => ({
      letter: g.letter,
      level,
      indicatorCode: `${prefix}_${g.key}_${where.code}`,
      serviceId: `Rehabilitasi sosial dasar ${g.id} ${where.id}`,
      serviceEn: `Basic social rehabilitation of ${g.en} ${where.en}`,
      recipientsId: g.letter === 'd' ? 'gelandangan dan pengemis' : g.id,
      recipientsEn: g.letter === 'd' ? 'homeless persons and beggars' : g.en,
    }),
  );
  const disaster: SpmService = {
    letter: 'e',
    level,
    indicatorCode: `${prefix}_disaster_victims`,
    serviceId: `Perlindungan dan jaminan sosial pada saat dan setelah tanggap darurat bencana bagi korban bencana ${
      province ? 'provinsi' : 'kabupaten/kota'
    }`,
    serviceEn: `Social protection and security during and after the emergency response for victims of a ${
      province ? 'provincial' : 'kabupaten/kota'
    } disaster`,
    recipientsId: `korban bencana ${province ? 'provinsi' : 'kabupaten/kota'}`,
    recipientsEn: `victims of a ${province ? 'provincial' : 'kabupaten/kota'} disaster`,
  };
  return [...rehabilitation, disaster];
}

/** The ten services: five of the province (Pasal 10 ayat (2)), five of the kabupaten/kota (ayat (3)). */
export const SPM_SERVICES: readonly SpmService[] = [...servicesOf('PROVINCE'), ...servicesOf('REGENCY_CITY')];

export const SPM_LEGAL_BASIS = 'PP 2/2018 tentang Standar Pelayanan Minimal, Pasal 10; Permensos 9/2018';

/** The services a region's government is responsible for; none for other levels. */
export function servicesFor(level: string): SpmService[] {
  return SPM_SERVICES.filter((s) => s.level === level);
}
