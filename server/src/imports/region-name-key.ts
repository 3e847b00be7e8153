// A region's name reduced to what tells it apart, so that the spellings of BPS tables and analysts match the registry.

/**
 * Names the registry does not use but people do, by Kemendagri code (compared as name keys). The short forms
 * (Sumut, Jatim, Kaltim, Sulteng…) are each province's own abbreviation as its Indonesian Wikipedia article gives
 * it ("Kalimantan Timur (disingkat Kaltim)", the infobox's `singkatan`), the form its government's web address
 * uses (kaltimprov.go.id, sultraprov.go.id); provinces without one in common use (Papua and its 2022 splits) have none.
 */
export const PROVINCE_ALIASES: Record<string, string[]> = {
  ID: ['Nasional', 'National'],
  12: ['Sumut'],
  13: ['Sumbar'],
  16: ['Sumsel'],
  19: ['Bangka Belitung', 'Babel'],
  21: ['Kepri'],
  31: ['DKI Jakarta', 'Daerah Khusus Jakarta', 'Jakarta'],
  32: ['Jabar'],
  33: ['Jateng'],
  34: ['DI Yogyakarta', 'DIY', 'Yogyakarta'],
  35: ['Jatim'],
  52: ['NTB'],
  53: ['NTT'],
  61: ['Kalbar'],
  62: ['Kalteng'],
  63: ['Kalsel'],
  64: ['Kaltim'],
  65: ['Kaltara'],
  71: ['Sulut'],
  72: ['Sulteng'],
  73: ['Sulsel'],
  74: ['Sultra'],
  76: ['Sulbar'],
  82: ['Malut'],
};

/** Abbreviations BPS and Excel users write, expanded before names are compared. */
const ABBREVIATIONS = new Map([
  ['kab', 'kabupaten'],
  ['kep', 'kepulauan'],
  ['kepl', 'kepulauan'],
  ['prov', 'provinsi'],
  ['prop', 'provinsi'],
  ['propinsi', 'provinsi'],
  ['adm', 'administrasi'],
]);

export type Marker = 'kabupaten' | 'kota' | 'provinsi' | null;

export interface NameKey {
  /** The name without its "Kabupaten"/"Kota"/"Provinsi" prefix, letters and digits only. */
  key: string;
  /** The whole name the same way, for names that start with such a word ("Kota Baru" → Kotabaru). */
  fullKey: string;
  marker: Marker;
}

const NOT_ALPHANUMERIC = /[^a-z0-9]+/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Case, punctuation, spacing and hyphenation do not matter ("Toli-Toli" = "Tolitoli",
 * "D.K.I. Jakarta" = "DKI Jakarta"); "Kab."/"Kabupaten", "Kota", "Provinsi" are read as markers.
 */
export function nameKey(text: string): NameKey {
  const tokens = text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(NOT_ALPHANUMERIC, ' ')
    .trim()
    .split(' ');
  for (let i = 0; i < tokens.length; i++) tokens[i] = ABBREVIATIONS.get(tokens[i]!) ?? tokens[i]!;
  const fullKey = tokens.join('');
  let start = 0;
  let marker: Marker = null;
  const first = tokens[0];
  if (first === 'kabupaten' || first === 'kota' || first === 'provinsi') {
    marker = first;
    start = 1;
    if (tokens[1] === 'administrasi') start = 2;
  }
  const key = start === 0 ? fullKey : tokens.slice(start).join('');
  return { key: key === '' ? fullKey : key, fullKey, marker };
}
