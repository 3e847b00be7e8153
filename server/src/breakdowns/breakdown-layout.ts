// The file layout of counts by category (PPKS, PSKS): a long table, one count a row, with a kategori column beside
// the long layout's columns —
//   kode_wilayah | nama_wilayah | indikator | kategori | periode | nilai | sumber | penerbit | url_sumber | tanggal_rilis | catatan
// The category may be written as its code (PPKS01), its name as the regulation writes it (Anak Balita Terlantar), its
// English name or its abbreviation (ABH); validation resolves it against the indicator's category set.
// Reading only: the cells become a record with its line; the checks against the catalogue are in validate-observations.ts.

import type { ObservationRecord } from '../imports/import.types.js';
import type { TableRow } from '../imports/read-table.js';
import type { RowReader } from '../imports/row-reader.js';
import type { LayoutSpec } from '../imports/structured-layouts.js';

/** One row of a breakdown file: an observation of one category. */
export interface BreakdownRecord extends Omit<ObservationRecord, 'kind'> {
  kind: 'breakdown';
  /** The category as written (code, name or abbreviation). */
  category: string;
}

/** Headers of the category column, Indonesian first, compared lower-cased with words joined by "_". */
export const BREAKDOWN_HEADERS = ['kategori', 'category', 'kode_kategori', 'category_code'] as const;

export const BREAKDOWN_SPEC: LayoutSpec = {
  layout: 'breakdown',
  identifying: ['category'],
  required: ['indicator', 'category', 'period', 'value'],
  optional: ['source', 'sourceUrl', 'publisher', 'publisherUrl', 'releaseDate', 'note'],
};

export function readBreakdownRow(read: RowReader, row: TableRow): BreakdownRecord {
  return {
    kind: 'breakdown',
    loc: { line: row.line },
    region: read.region(),
    indicator: read.required('indicator', 'an indicator (indikator)'),
    category: read.required('category', 'a category (kategori), e.g. PPKS01 or Anak Balita Terlantar'),
    period: read.period('period'),
    value: read.number('value'),
    source: read.optional('source'),
    sourceUrl: read.optional('sourceUrl'),
    publisher: read.optional('publisher'),
    publisherUrl: read.optional('publisherUrl'),
    releaseDate: read.optional('releaseDate'),
    note: read.optional('note'),
  };
}
