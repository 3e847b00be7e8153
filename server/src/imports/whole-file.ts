import type { RecordStream } from './import.types.js';
import type { ImportReport, ImportRequest } from './import-report.js';
import { ImportFileError } from './read-table.js';

// What every file read whole before it is checked has in common (catalogues, activities, methodologies): it is neither
// published statistics nor drafts, and a file that stops being readable part-way is the file's problem.

/** A refusal in the report when the file was sent to publish or as drafts; true when refused. */
export function refusesStatusOptions(request: ImportRequest, report: ImportReport, what: string): boolean {
  if (!request.publish && !request.draft) return false;
  report.errors.push({
    line: null,
    code: 'BAD_ARGUMENT',
    message: `${what} is neither published statistics nor drafts: import it without ${request.publish ? 'publish' : 'draft'}`,
  });
  return true;
}

/** Every record of the file, counted in the report; null (the error in the report) when the file breaks off. */
export function readWholeFile<T>(stream: RecordStream, report: ImportReport): T[] | null {
  const records: T[] = [];
  try {
    for (const record of stream.records) {
      report.counts.records++;
      records.push(record as T);
    }
  } catch (err) {
    if (!(err instanceof ImportFileError)) throw err;
    report.errors = [{ line: null, code: err.code, message: err.message }];
    return null;
  }
  return records;
}
