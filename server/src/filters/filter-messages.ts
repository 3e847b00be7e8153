// The words of the errors about `where`, `orderBy` and `first` on the lists analysts query, in English and Bahasa
// Indonesia: one place, so both languages say the same thing.
import type { Localized } from '../messages/language.js';

const fmt = (n: number) => String(n);
const fmtId = (n: number) => String(n).replace('.', ',');

export const FILTER_MESSAGES = {
  betweenCount: (path: string, count: number): Localized => ({
    en: `${path}.between needs exactly two numbers, [low, high]; it has ${count}.`,
    id: `${path}.between memerlukan tepat dua angka, [bawah, atas]; isinya ${count}.`,
  }),
  betweenReversed: (path: string, low: number, high: number): Localized => ({
    en: `${path}.between [${fmt(low)}, ${fmt(high)}] has the larger number first: write [${fmt(high)}, ${fmt(low)}].`,
    id: `${path}.between [${fmt(low)}, ${fmt(high)}] menaruh angka yang lebih besar di depan: tulis [${fmt(high)}, ${fmt(low)}].`,
  }),
  emptyRange: (path: string, low: number, high: number): Localized => ({
    en: `${path} asks for a number above ${fmt(low)} and below ${fmt(high)}: no number is both. Check the bounds (gt/gte are the lower, lt/lte the upper).`,
    id: `${path} meminta angka di atas ${fmtId(low)} sekaligus di bawah ${fmtId(high)}: tidak ada angka seperti itu. Periksa batasnya (gt/gte batas bawah, lt/lte batas atas).`,
  }),
  tooDeep: (max: number): Localized => ({
    en: `where nests and/or/not more than ${max} levels deep: write it flatter (a list in \`or\` of lists in \`and\` is enough for any question).`,
    id: `where bersarang and/or/not lebih dari ${max} tingkat: tulis lebih datar (daftar dalam \`or\` berisi daftar dalam \`and\` cukup untuk pertanyaan apa pun).`,
  }),
  tooManyConditions: (count: number, max: number): Localized => ({
    en: `where holds ${count} conditions, more than the limit of ${max}: use \`in\` with a list instead of many \`eq\`, or split the request.`,
    id: `where berisi ${count} syarat, melebihi batas ${max}: pakai \`in\` dengan daftar alih-alih banyak \`eq\`, atau pecah permintaannya.`,
  }),
  firstNegative: (first: number): Localized => ({
    en: `first ${first} is negative: give how many rows to return, 0 or more.`,
    id: `first ${first} bernilai negatif: tulis jumlah baris yang diminta, 0 atau lebih.`,
  }),
  firstTooLarge: (first: number, max: number): Localized => ({
    en: `first ${first} is more than the maximum of ${max} rows: ask for at most ${max}, or leave first out to get every row.`,
    id: `first ${first} melebihi batas ${max} baris: minta paling banyak ${max}, atau hapus first untuk mendapatkan semua baris.`,
  }),
  tooManyOrderKeys: (count: number, max: number): Localized => ({
    en: `orderBy has ${count} keys, more than ${max}: order by at most ${max} fields (ties keep the rank order).`,
    id: `orderBy berisi ${count} kunci, lebih dari ${max}: urutkan menurut paling banyak ${max} kolom (yang setara tetap menurut peringkat).`,
  }),
  orderTwice: (field: string): Localized => ({
    en: `orderBy names ${field} twice: name each field once.`,
    id: `orderBy menyebut ${field} dua kali: sebut setiap kolom sekali saja.`,
  }),
};
