// The words of every region argument error, in English and Bahasa Indonesia (see messages/language.ts): one place,
// so both languages say the same thing.

import type { Localized } from '../messages/language.js';

export interface NamedCode {
  code: string;
  name: string;
}

const listed = (regions: readonly NamedCode[], or: string) => {
  const items = regions.map((r) => `${r.name} (${r.code})`);
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${or} ${items[items.length - 1]}`;
};

export const REGION_MESSAGES = {
  /** A Kemendagri-shaped code no region has. */
  unknownCode: (code: string): Localized => ({
    en: `Unknown region “${code}”: use a Kemendagri code such as "75" or "75.02", a BPS code such as "7501", or a name such as "Kabupaten Boalemo"; "ID" for Indonesia.`,
    id: `Wilayah “${code}” tidak dikenal: tulis kode Kemendagri seperti "75" atau "75.02", kode BPS seperti "7501", atau nama seperti "Kabupaten Boalemo"; "ID" untuk Indonesia.`,
  }),
  /** Four digits that are no region's BPS code. */
  unknownBpsCode: (code: string): Localized => ({
    en: `Unknown region “${code}”: no province or kabupaten/kota has this BPS code (the registry holds the BPS codes of January 2018; kabupaten moved to the Papua provinces formed in 2022 keep theirs from before the split); use the Kemendagri code or the name, which regions(search:) finds.`,
    id: `Wilayah “${code}” tidak dikenal: tidak ada provinsi atau kabupaten/kota dengan kode BPS ini (registri memuat kode BPS Januari 2018; kabupaten yang pindah ke provinsi Papua hasil pemekaran 2022 memakai kode sebelum pemekaran); tulis kode Kemendagri atau namanya, yang dapat dicari dengan regions(search:).`,
  }),
  /** A name that matches no region; `suggestions` are the closest names. */
  unknownName: (text: string, suggestions: readonly NamedCode[]): Localized => ({
    en: `Unknown region “${text}”.${suggestions.length ? ` Did you mean ${listed(suggestions, 'or')}?` : ' Look it up with regions(search:).'}`,
    id: `Wilayah “${text}” tidak dikenal.${suggestions.length ? ` Mungkin maksud Anda ${listed(suggestions, 'atau')}?` : ' Cari dengan regions(search:).'}`,
  }),
  /** A name several regions have. */
  ambiguous: (text: string, candidates: readonly NamedCode[]): Localized => ({
    en: `Region “${text}” is ambiguous: ${listed(candidates, 'or')}. Write “Provinsi …”, “Kabupaten …”, “Kota …” or the code.`,
    id: `Wilayah “${text}” ambigu: ${listed(candidates, 'atau')}. Tulis “Provinsi …”, “Kabupaten …”, “Kota …” atau kodenya.`,
  }),
};
