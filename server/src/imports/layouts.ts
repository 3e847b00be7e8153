// Recognises which of the accepted layouts a file uses and maps its rows to typed records,
// each with the line (and, for wide tables, the column) it came from. Pure: no database, and every
// problem is collected rather than stopping at the first, so one upload shows all that must be fixed.

import { matchActivityHeader, readActivities } from '../activities/activity-layout.js';
import { matchMethodologyHeader, readMethodology } from '../composites/methodology-layout.js';
import { matchCatalogueHeader, readCatalogue } from './catalogue-layouts.js';
import type { ParsedFile, ParseOptions, RecordStream } from './import.types.js';
import { readTable, readTableRows, type Table, type TableRow } from './read-table.js';
import { matchStructuredHeader, readStructured } from './structured-layouts.js';
import { MAX_HEADER_ROWS, MAX_WIDE_CELLS, matchWideHeader, readWide, wideTooLarge } from './wide-layout.js';

export async function parseImportFile(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): Promise<ParsedFile> {
  return parseTable(await readTable(bytes, fileName), options);
}

/** The file's records read one at a time as they are iterated, for imports that stream. */
export async function openImportFile(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): Promise<RecordStream> {
  const rows = await readTableRows(bytes, fileName);
  const stream = streamRows(rows, options);
  const work = (rows as { work?: () => number }).work;
  return work ? { ...stream, work } : stream;
}

/** All of the file's records at once. */
export function parseTable(table: Table, options: ParseOptions = {}): ParsedFile {
  const stream = streamRows(table.rows, options);
  const records = [...stream.records];
  return { layout: stream.layout, records, issues: stream.issues };
}

/**
 * Finds the header row (title rows above it are skipped), then reads the rows below it. Rows are
 * pulled from the file only as far as needed: a few ahead while looking for the header, then one
 * at a time for a structured layout. A wide BPS table is read whole (its region labels decide
 * how rows are read), which is fine at its size.
 */
function streamRows(source: Iterable<TableRow>, options: ParseOptions): RecordStream {
  const pending = source[Symbol.iterator]();
  const rows: TableRow[] = [];
  const readUpTo = (count: number) => {
    while (rows.length < count) {
      const next = pending.next();
      if (next.done) return;
      rows.push(next.value);
    }
  };
  for (let at = 0; ; at++) {
    readUpTo(at + MAX_HEADER_ROWS + 1);
    if (at >= rows.length) break;
    // A methodology file is told by kode_metodologi before the catalogue, since its components name kode_indikator.
    const methodology = matchMethodologyHeader(rows[at]!);
    if (methodology) {
      const below = rows.slice(at + 1);
      rows.length = 0;
      return readMethodology(methodology, concat(below, pending), options);
    }
    // An activity file has an implementer and a location column, which no other layout has (server/src/activities).
    const activities = matchActivityHeader(rows[at]!);
    if (activities) {
      const below = rows.slice(at + 1);
      rows.length = 0;
      return readActivities(activities, concat(below, pending), options);
    }
    // A catalogue file names its entries by kode_indikator or kode_program, which no other layout has.
    const catalogue = matchCatalogueHeader(rows[at]!);
    if (catalogue) {
      const below = rows.slice(at + 1);
      rows.length = 0;
      return readCatalogue(catalogue, concat(below, pending), options);
    }
    const structured = matchStructuredHeader(rows[at]!);
    if (structured) {
      const below = rows.slice(at + 1);
      rows.length = 0;
      return readStructured(structured.headerLine, concat(below, pending), structured.spec, structured.columns, options);
    }
    const wide = matchWideHeader(rows, at);
    if (wide) {
      // Held whole, so bounded: the largest BPS tables (514 kabupaten/kota × a few dozen periods) hold
      // tens of thousands of cells.
      let cells = rows.reduce((n, row) => n + row.cells.length, 0);
      for (let next = pending.next(); !next.done; next = pending.next()) {
        cells += next.value.cells.length;
        if (cells > MAX_WIDE_CELLS) return wideTooLarge(next.value.line);
        rows.push(next.value);
      }
      return readWide(rows, at, wide, options);
    }
  }
  return {
    layout: 'long',
    columns: new Set(),
    notices: [],
    records: [],
    issues: [
      {
        line: null,
        code: 'NO_HEADER',
        message:
          'no header row found (baris judul kolom tidak ditemukan): a long table needs the columns wilayah (or kode_wilayah, ' +
          'kode_bps, nama_wilayah), indikator, periode and nilai; a BPS table needs a first column headed Provinsi or ' +
          'Kabupaten/Kota followed by periods (2024, Maret 2024, …); a catalogue file needs kode_indikator or kode_program',
      },
    ],
  };
}

function* concat<T>(first: readonly T[], rest: Iterator<T>): Generator<T> {
  yield* first;
  for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}
