import { MONTH_NAMES } from '../observations/periods.js';
// The words of the errors about codes and periods an analyst got wrong (see lookups.ts), in English and Bahasa
// Indonesia: one place, so both languages say the same thing.

import type { Localized } from '../messages/language.js';
import { didYouMean } from '../messages/suggestions.js';

const MONTHS_ID = MONTH_NAMES.id;
const MONTHS_EN = MONTH_NAMES.en;

const months = (list: readonly number[], names: readonly string[], and: string) => {
  const words = list.map((m) => names[m] ?? String(m));
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`;
};

const both = (en: string, id: string, suggestions: readonly string[] = []): Localized => ({
  en: en + didYouMean(suggestions, 'en'),
  id: id + didYouMean(suggestions, 'id'),
});

export const LOOKUP_MESSAGES = {
  unknownIndicator: (code: string, suggestions: readonly string[]) =>
    both(
      `Unknown indicator “${code}”. The catalogue is in the \`indicators\` query.`,
      `Indikator “${code}” tidak dikenal. Katalognya ada di kueri \`indicators\`.`,
      suggestions,
    ),
  unknownProgramme: (code: string, suggestions: readonly string[]) =>
    both(
      `Unknown programme “${code}”. The catalogue is in the \`programmes\` query.`,
      `Program “${code}” tidak dikenal. Katalognya ada di kueri \`programmes\`.`,
      suggestions,
    ),
  unknownDocument: (code: string, suggestions: readonly string[]) =>
    both(
      `Unknown planning document “${code}”. The list is in the \`planningDocuments\` query.`,
      `Dokumen perencanaan “${code}” tidak dikenal. Daftarnya ada di kueri \`planningDocuments\`.`,
      suggestions,
    ),
  notAPeriod: (argument: string, text: string): Localized => ({
    en: `${argument} “${text}” is not a period: write "2024", "2024-03" or "Maret 2024".`,
    id: `${argument} “${text}” bukan periode: tulis "2024", "2024-03" atau "Maret 2024".`,
  }),
  notAPeriodBound: (argument: string, text: string): Localized => ({
    en: `${argument} “${text}” is not a period: write "2020", "2020-03", "Maret 2020" or "Semester I 2020".`,
    id: `${argument} “${text}” bukan periode: tulis "2020", "2020-03", "Maret 2020" atau "Semester I 2020".`,
  }),
  semesterWithoutRounds: (argument: string, text: string, indicatorCode: string | null): Localized => ({
    en: `${argument} “${text}” names a semester, but ${indicatorCode ? `${indicatorCode} is not published in two rounds a year` : 'no indicator says which month it is'}: write the year or the month, e.g. "2024" or "2024-03".`,
    id: `${argument} “${text}” menyebut semester, tetapi ${indicatorCode ? `${indicatorCode} tidak diterbitkan dua kali setahun` : 'tidak ada indikator yang menentukan bulannya'}: tulis tahun atau bulannya, mis. "2024" atau "2024-03".`,
  }),
  annualOnly: (argument: string, text: string, indicatorCode: string, year: number): Localized => ({
    en: `${argument} “${text}” names a month, but ${indicatorCode} is published once a year: write the year, "${year}".`,
    id: `${argument} “${text}” menyebut bulan, tetapi ${indicatorCode} hanya diterbitkan setahun sekali: tulis tahunnya, "${year}".`,
  }),
  notARound: (argument: string, text: string, indicatorCode: string, rounds: readonly number[], year: number): Localized => {
    const examples = rounds.map((m) => `"${year}-${String(m).padStart(2, '0')}"`).join(', ');
    return {
      en: `${argument} “${text}” cannot exist for ${indicatorCode}, which is measured in ${months(rounds, MONTHS_EN, 'and')}: write ${examples} or the year "${year}".`,
      id: `${argument} “${text}” tidak ada untuk ${indicatorCode}, yang diukur pada ${months(rounds, MONTHS_ID, 'dan')}: tulis ${examples} atau tahunnya "${year}".`,
    };
  },
  reversedRange: (from: string, to: string): Localized => ({
    en: `periodFrom “${from}” is after periodTo “${to}”: swap them.`,
    id: `periodFrom “${from}” lebih akhir daripada periodTo “${to}”: tukar keduanya.`,
  }),
};
