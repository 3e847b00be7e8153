// The words of the table's refusals, in English and Bahasa Indonesia (see messages/language.ts): one place, so both
// languages say the same thing. The query and its exports (/export/table.csv, .xlsx) say the same sentences.

import type { Localized } from '../messages/language.js';

export const TABLE_MESSAGES = {
  noIndicators: (): Localized => ({
    en: 'indicatorCodes is empty: name at least one indicator, e.g. ["poverty_rate_p0", "human_development_index_ipm"].',
    id: 'indicatorCodes kosong: sebutkan paling sedikit satu indikator, mis. ["poverty_rate_p0", "human_development_index_ipm"].',
  }),
  tooManyIndicators: (n: number, max: number): Localized => ({
    en: `A table has at most ${max} indicators (columns), got ${n}: split it into several tables.`,
    id: `Tabel memuat paling banyak ${max} indikator (kolom), diminta ${n}: bagi menjadi beberapa tabel.`,
  }),
  tooManyRegions: (n: number, max: number): Localized => ({
    en: `A table has at most ${max} regions, got ${n}: use parentCode and level for every region under one, or split the table.`,
    id: `Tabel memuat paling banyak ${max} wilayah, diminta ${n}: pakai parentCode dan level untuk semua wilayah di bawah satu induk, atau bagi tabelnya.`,
  }),
  tooManyPeriods: (n: number, max: number): Localized => ({
    en: `A table has at most ${max} periods, got ${n}: ask for a shorter range.`,
    id: `Tabel memuat paling banyak ${max} periode, diminta ${n}: minta rentang yang lebih pendek.`,
  }),
  tooManyCells: (cells: number, max: number): Localized => ({
    en: `This table would have ${cells} cells (regions × periods × indicators), more than the limit of ${max}: ask for fewer regions, periods or indicators at once.`,
    id: `Tabel ini akan berisi ${cells} sel (wilayah × periode × indikator), melebihi batas ${max}: minta lebih sedikit wilayah, periode atau indikator sekaligus.`,
  }),
  periodsAndRange: (): Localized => ({
    en: 'Pass periods or periodFrom/periodTo, not both: periods lists the periods of the rows, a range takes every period with data in it.',
    id: 'Isi periods atau periodFrom/periodTo, jangan keduanya: periods mendaftar periode baris, rentang mengambil setiap periode yang ada datanya.',
  }),
  noPeriods: (): Localized => ({
    en: 'Name the periods of the rows: periods (e.g. ["2024"]) or a range (periodFrom "2020", periodTo "2024").',
    id: 'Sebutkan periode baris: periods (mis. ["2024"]) atau rentang (periodFrom "2020", periodTo "2024").',
  }),
  levelWithoutParent: (): Localized => ({
    en: 'level needs parentCode: the table then holds every region of that level under the parent (e.g. parentCode "ID", level PROVINCE).',
    id: 'level memerlukan parentCode: tabel lalu memuat semua wilayah pada level itu di bawah induknya (mis. parentCode "ID", level PROVINCE).',
  }),
  noRegions: (parent: string, level: string): Localized => ({
    en: `No region of level ${level} lies under ${parent}: choose another parent or level.`,
    id: `Tidak ada wilayah level ${level} di bawah ${parent}: pilih induk atau level lain.`,
  }),
};
