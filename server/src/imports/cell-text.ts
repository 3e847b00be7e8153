import type { Field } from './layout-fields.js';
import { SUSPECT_CHARACTER } from './read-table.js';

// What a cell's text may hold (characters, length, links), and how it is quoted in messages.

/** Free text may be as long as an Excel cell; codes, names, periods and numbers are short by nature. */
const FREE_TEXT: ReadonlySet<Field> = new Set(['source', 'publisher', 'note', 'title', 'legalBasis']);
export const URL_FIELDS: ReadonlySet<Field> = new Set(['sourceUrl', 'publisherUrl', 'url']);
export const MAX_TEXT_CHARS = 32_767;
const MAX_URL_CHARS = 2_048;
export const MAX_CODE_CHARS = 200;
export const maxChars = (field: Field) =>
  FREE_TEXT.has(field) ? MAX_TEXT_CHARS : URL_FIELDS.has(field) ? MAX_URL_CHARS : MAX_CODE_CHARS;

/** A cell's text in a message: long text cut short, so that no message repeats megabytes of a file. */
export function shown(text: string): string {
  return text.length > 60 ? `${text.slice(0, 40)}… (${text.length.toLocaleString('en-US')} characters)` : text;
}

/**
 * What is wrong with a cell's characters, if anything: a control character (NUL and the like, which
 * no figure, name or note holds, and which PostgreSQL refuses), or U+FFFD, which stands where the
 * file had bytes that are not UTF-8 (see decodeText). Tabs and line breaks are text.
 */
export function characterProblem(label: string, text: string): { code: string; message: string } | null {
  const at = text.search(SUSPECT_CHARACTER);
  if (at < 0) return null;
  const char = text.charCodeAt(at);
  if (char === 0xfffd) {
    return {
      code: 'INVALID_UTF8',
      message:
        `“${label}” has bytes that are not valid UTF-8 (shown as �) at character ${at + 1}: the rest of the file is UTF-8, ` +
        'so these bytes cannot be read. Fix them and save the file again as “CSV UTF-8” (karakter tidak valid)',
    };
  }
  return {
    code: 'CONTROL_CHARACTER',
    message: `“${label}” contains the control character U+${char.toString(16).toUpperCase().padStart(4, '0')} at character ${at + 1}: remove it (karakter kontrol tidak diizinkan)`,
  };
}

/** A link to a source or document must be a web address: javascript:, data: or file: links would run or read things. */
export function urlProblem(label: string, text: string): { code: string; message: string } | null {
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    // reported below
  }
  if (url && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '') return null;
  return {
    code: 'BAD_URL',
    message: `“${label}” must be a web address starting with http:// or https:// (got “${shown(text)}”)`,
  };
}

/** More than any number needs, even one a column cannot hold (which is reported as such, with its digits counted). */
export const MAX_NUMBER_CHARS = 1_000;

export function tooLong(label: string, text: string, max: number): { code: string; message: string } {
  return {
    code: 'TEXT_TOO_LONG',
    message: `“${label}” holds ${text.length.toLocaleString('en-US')} characters; it may hold at most ${max}`,
  };
}

/** Footer rows of BPS exports ("Sumber: BPS", "Catatan: …", "*) angka sementara"). */
export const NOTE_ROW = /^(?:sumber|source|catatan|notes?|keterangan|ket\.)(?![a-z])|^\*/i;

export function isBlank(text: string | undefined): boolean {
  return text === undefined || text === '' || text.trim() === '';
}
