import type { Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { importFile } from '../imports/import.service.js';
import type { ImportReport } from '../imports/import-report.js';
import { badInput } from '../messages/errors.js';

/** A value typed into the dashboard's form. */
export interface FormValue {
  indicatorCode: string;
  regionCode: string;
  period: string;
  /** As typed: "8,47" or "8.47" (decimalComma says which). */
  value: string;
  /** A ratio's parts as typed (people served, people needing): with both, value may be left empty to be computed. */
  numerator?: string | null;
  denominator?: string | null;
  source?: string | null;
  sourceUrl?: string | null;
  note?: string | null;
}

/** The form is for a handful of values; a file is for more. */
export const MAX_FORM_VALUES = 100;

/** One CSV field, quoted: the import pipeline reads it back exactly (quotes doubled, nothing else changed). */
const field = (text: string | null | undefined) => `"${(text ?? '').replaceAll('"', '""')}"`;

/**
 * Values typed into the dashboard's form go through the import pipeline as a small long-format file — the same
 * checks, rules for verified values, regions of the editor's role, batch and audit trail as a file — named so that the
 * history says they came from the form.
 */
export async function submitFormValues(
  db: Database,
  viewer: Viewer,
  values: FormValue[],
  options: { dryRun: boolean; draft?: boolean; decimalComma: boolean; reason?: string | null },
): Promise<ImportReport> {
  if (values.length === 0) throw badInput('Give at least one value.');
  if (values.length > MAX_FORM_VALUES) {
    throw badInput(`The form takes at most ${MAX_FORM_VALUES} values; import a file (CSV or XLSX) for more.`);
  }
  // Empty parts leave stored ones as they are (see tables.ts), so a form giving the value only erases nothing.
  // `wilayah` takes a Kemendagri code, a BPS code or a name, as a file's does.
  const lines = ['wilayah,indikator,periode,nilai,pembilang,penyebut,sumber,url_sumber,catatan'];
  for (const v of values) {
    lines.push(
      [v.regionCode, v.indicatorCode, v.period, v.value, v.numerator, v.denominator, v.source, v.sourceUrl, v.note]
        .map(field)
        .join(','),
    );
  }
  return importFile(db, {
    bytes: Buffer.from(`${lines.join('\n')}\n`),
    fileName: 'formulir-dasbor.csv',
    viewer,
    dryRun: options.dryRun,
    draft: options.draft === true,
    ...(options.reason ? { reason: options.reason } : {}),
    options: { decimalComma: options.decimalComma },
  });
}
