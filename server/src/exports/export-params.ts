// The query-string parameters of the exports, checked: each refusal a sentence in English and Bahasa Indonesia (the
// export answers in the one Accept-Language prefers, see export-stream.ts).

import type { Request } from 'express';
import { badInput } from '../messages/errors.js';

/** Characters a code or a word in the query string may have: enough for any code, period or level. */
export const MAX_VALUE_CHARS = 100;

export type Query = Record<string, string | undefined>;

export function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * The query string's parameters, checked against those the export takes: an unknown parameter (a typo such as
 * `indicators=` would otherwise export everything), one given twice, or a value longer than any code is a 400
 * saying which.
 */
export function paramsOf(req: Request, path: string, allowed: readonly string[]): Query {
  const query = req.query as Record<string, unknown>;
  const params: Query = {};
  const names = Object.keys(query);
  const unknown = names.filter((n) => !allowed.includes(n));
  if (unknown.length > 0) {
    const named = unknown
      .slice(0, 3)
      .map((n) => `“${clip(n)}”`)
      .join(', ');
    const more = unknown.length - 3;
    throw badInput({
      en: `Unknown parameter${unknown.length > 1 ? 's' : ''} ${named}${more > 0 ? ` and ${more} more` : ''}: ${path} takes ${allowed.join(', ')}.`,
      id: `Parameter ${named}${more > 0 ? ` dan ${more} lainnya` : ''} tidak dikenal: ${path} menerima ${allowed.join(', ')}.`,
    });
  }
  for (const name of names) {
    const value = query[name];
    if (typeof value !== 'string') {
      const times = Array.isArray(value) ? String(value.length) : null;
      throw badInput({
        en: `${name} is given ${times ?? 'several'} times: give it once, with several codes separated by commas (${name}=a,b).`,
        id: `${name} diberikan ${times ? `${times} kali` : 'berkali-kali'}: berikan sekali saja, dengan beberapa kode dipisah koma (${name}=a,b).`,
      });
    }
    params[name] = value;
  }
  return params;
}

/** A single value: trimmed, absent when empty, refused when longer than any code or period. */
export function text(params: Query, name: string): string | null {
  const given = params[name]?.trim();
  if (!given) return null;
  if (given.length > MAX_VALUE_CHARS) {
    throw badInput({
      en: `${name} is ${given.length} characters long; a code, word or period has at most ${MAX_VALUE_CHARS}.`,
      id: `${name} panjangnya ${given.length} karakter; kode, kata atau periode paling panjang ${MAX_VALUE_CHARS}.`,
    });
  }
  return given;
}

/** A comma-separated list of codes, at most `max` of them; `advice` says what to do instead, in both languages. */
export function list(params: Query, name: string, max: number, advice: { en: string; id: string }): string[] {
  const codes = (params[name] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (codes.length > max) {
    throw badInput({
      en: `${name} lists ${codes.length} codes; an export takes at most ${max} at once: ${advice.en}.`,
      id: `${name} berisi ${codes.length} kode; satu ekspor menerima paling banyak ${max}: ${advice.id}.`,
    });
  }
  const long = codes.find((c) => c.length > MAX_VALUE_CHARS);
  if (long) {
    throw badInput({
      en: `${name} has a code of ${long.length} characters (“${clip(long)}”); a code has at most ${MAX_VALUE_CHARS}.`,
      id: `${name} memuat kode sepanjang ${long.length} karakter (“${clip(long)}”); kode paling panjang ${MAX_VALUE_CHARS}.`,
    });
  }
  return codes;
}

/** A parameter that must be one of a few words; any case. Absent gives null. */
export function oneOf<T extends string>(params: Query, name: string, allowed: readonly T[]): T | null {
  const given = text(params, name);
  if (given === null) return null;
  const found = allowed.find((a) => a === given.toUpperCase());
  if (!found) {
    throw badInput({
      en: `${name}=${given} is not one of ${allowed.join(', ')}.`,
      id: `${name}=${given} bukan salah satu dari ${allowed.join(', ')}.`,
    });
  }
  return found;
}

/** A whole number (an id, a year), absent when empty. */
export function wholeNumber(params: Query, name: string, example = 12): number | null {
  const given = text(params, name);
  if (given === null) return null;
  if (!/^\d{1,9}$/.test(given)) {
    throw badInput({
      en: `${name}=${clip(given)} is not a whole number, e.g. ${name}=${example}.`,
      id: `${name}=${clip(given)} bukan bilangan bulat, mis. ${name}=${example}.`,
    });
  }
  return Number(given);
}

/** Yes or no: ya/yes/true/1 or tidak/no/false/0; absent gives the default. */
export function yesNo(params: Query, name: string, fallback: boolean): boolean {
  const given = text(params, name)?.toLowerCase();
  if (given === undefined || given === null) return fallback;
  if (['ya', 'yes', 'true', '1'].includes(given)) return true;
  if (['tidak', 'no', 'false', '0'].includes(given)) return false;
  throw badInput({
    en: `${name}=${clip(given)} is not yes or no: write ${name}=ya or ${name}=tidak.`,
    id: `${name}=${clip(given)} bukan ya atau tidak: tulis ${name}=ya atau ${name}=tidak.`,
  });
}

export function required(params: Query, name: string, example: string): string {
  const given = text(params, name);
  if (given === null) {
    throw badInput({ en: `${name} is missing, e.g. ${name}=${example}.`, id: `${name} belum diisi, mis. ${name}=${example}.` });
  }
  return given;
}
