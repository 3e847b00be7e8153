import type { ImportIssue, ImportRecord, ParseOptions } from '../imports/import.types.js';
import { type DatasetKind, marksTraining, TRAINING_LABEL_ID, TRAINING_SOURCE } from './dataset.js';

// Never mixed: a training database takes only rows that say they are training data (their source or publisher), and
// an official database refuses any row or file that says so. Checked on every import, whoever sends it (command line,
// GraphQL upload, dashboard), as the rows are read; the first row that would mix is enough to refuse the file.

/** The CSV text a file starts with that is looked at for a training label (the rows above the header). */
const LABEL_WINDOW_BYTES = 2_048;

/** A CSV export of training data starts with its label line; a file that does is training data wherever it goes. */
export function fileLabelProblem(kind: DatasetKind, bytes: Uint8Array, fileName: string): ImportIssue | null {
  if (kind !== 'OFFICIAL' || !/\.(csv|txt|tsv)$/i.test(fileName)) return null;
  const start = new TextDecoder().decode(bytes.subarray(0, LABEL_WINDOW_BYTES));
  const lines = start.split(/\r?\n/).slice(0, 5);
  const at = lines.findIndex((line) => marksTraining(line));
  return at < 0 ? null : trainingIntoOfficial(at + 1, TRAINING_LABEL_ID);
}

function trainingIntoOfficial(line: number, said: string): ImportIssue {
  return {
    line,
    code: 'TRAINING_INTO_OFFICIAL',
    message:
      `this file is training data (“${said}”): generated figures are never imported into a database of official data ` +
      '(data latihan tidak dicampur dengan data resmi). Load training data with pnpm training:load into its own database',
  };
}

function officialIntoTraining(line: number, source: string | undefined): ImportIssue {
  return {
    line,
    code: 'OFFICIAL_INTO_TRAINING',
    message:
      `this database holds training data (${TRAINING_LABEL_ID}), and this row ${source ? `has the source “${source.slice(0, 80)}”` : 'has no source'}, ` +
      `not “${TRAINING_SOURCE}”: official figures are never mixed with training data (data resmi tidak dicampur dengan data latihan). ` +
      'Import them into the official database',
  };
}

/** Kinds of record that are reference data, the same in both kinds of database: planning documents, catalogue entries. */
const REFERENCE_RECORDS: ReadonlySet<string> = new Set(['document', 'catalogue']);

/**
 * What a record says of where it comes from; null for reference data. Any other kind of record (a new layout's too)
 * is a figure, checked by its source and publisher.
 */
function sourceOf(record: ImportRecord, options: ParseOptions): { source?: string; publisher?: string } | null {
  if (REFERENCE_RECORDS.has(record.kind)) return null;
  const said = record as { source?: string; publisher?: string };
  return { source: said.source ?? options.source, publisher: said.publisher };
}

/**
 * The records as read, with the first one that would mix training and official data reported in `issues` (which
 * refuses the whole file, as every import error does).
 */
export function* guardRecords(
  records: Iterable<ImportRecord>,
  kind: DatasetKind,
  options: ParseOptions,
  issues: ImportIssue[],
): Generator<ImportRecord> {
  let reported = false;
  for (const record of records) {
    if (!reported) {
      const said = sourceOf(record, options);
      if (said) {
        const training = marksTraining(said.source) || marksTraining(said.publisher);
        if (kind === 'TRAINING' && !training) {
          issues.push(officialIntoTraining(record.loc.line, said.source ?? said.publisher));
          reported = true;
        } else if (kind === 'OFFICIAL' && training) {
          issues.push(trainingIntoOfficial(record.loc.line, (marksTraining(said.source) ? said.source : said.publisher)!));
          reported = true;
        }
      }
    }
    yield record;
  }
}
