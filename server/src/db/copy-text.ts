import type { CopyValue } from './database.js';

// COPY's text format: one line per row, tab between columns, \N for NULL, and backslash escapes
// for the characters that would otherwise end a field or a line.

const SPECIAL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export function copyField(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`COPY cannot write the number ${value}`);
    return String(value);
  }
  return value.replace(SPECIAL, (c) => ESCAPES[c] ?? c);
}

/** The rows as COPY text, in pieces of at most `chunkRows` rows. */
export function* copyText(rows: Iterable<readonly CopyValue[]>, chunkRows: number): Generator<string> {
  let lines: string[] = [];
  for (const row of rows) {
    lines.push(`${row.map(copyField).join('\t')}\n`);
    if (lines.length === chunkRows) {
      yield lines.join('');
      lines = [];
    }
  }
  if (lines.length) yield lines.join('');
}

/** The rows in arrays of at most `size`. */
export function* rowChunks<T>(rows: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const row of rows) {
    chunk.push(row);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}
