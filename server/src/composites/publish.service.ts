import { authorize, type Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { importFile } from '../imports/import.service.js';
import type { ImportReport } from '../imports/import-report.js';
import { badInput } from '../messages/errors.js';
import { marksTraining, readDataset, TRAINING_SOURCE } from '../training/dataset.js';
import { findMethodology } from './composites.service.js';
import type { ObservedInput, StoredResultSet } from './results.service.js';
import { findResultSet } from './results.service.js';

// A stored result set becomes figures the scorecard, comparison and series read: observations of the method's result
// indicator (iks_elderly…). It is written as a file of those values through importFile, so every rule of an import
// holds without a second copy of them: the import batch and audit trail, the training/official guard, values
// submitted for verification (a computed figure is checked like any other before viewers see it), a verified value
// changed only through a revision for the verifier, a published BPS value never replaced, and a second publication of
// the same set writing nothing.

export interface Publication {
  methodologyCode: string;
  methodologyVersion: number;
  methodologyStatus: string;
  parentCode: string;
  period: string;
  resultSetVersion: number;
  indicatorCode: string;
  /** The import that wrote the values; null when nothing changed (the set was published before). */
  importBatchId: number | null;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Changes to verified values, waiting for the verifier as revisions. */
  revisions: number;
  /** Kabupaten/kota whose index could not be computed (an input missing): nothing is written for them. */
  withoutValue: string[];
}

const STATUS_WORD: Record<string, string> = { OFFICIAL: 'RESMI', EXAMPLE: 'CONTOH', DRAFT: 'RANCANGAN' };

/** Whether any input of the set says it is training data (its source or publisher). */
export function usesTrainingInputs(set: Pick<StoredResultSet, 'results'>): boolean {
  return set.results.some((r) =>
    r.dimensions.some((d) =>
      d.components.some((c) => {
        const raw = c.raw as Partial<ObservedInput> | null;
        return marksTraining(raw?.source) || marksTraining(raw?.publisher);
      }),
    ),
  );
}

const csvCell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * The long-layout file a result set is published as: one row per kabupaten/kota with a value, its source naming the
 * method version and the result set, its note who computed it and when. The same set gives the same bytes, so
 * publishing it again is an import of a file already stored.
 */
export function publicationFile(set: StoredResultSet, indicatorCode: string): string {
  const status = STATUS_WORD[set.methodologyStatus] ?? set.methodologyStatus;
  const source = `Hasil indeks komposit ${set.methodologyCode} versi ${set.methodologyVersion} (${status}), set hasil ${set.parentCode} ${set.period} versi ${set.version}`;
  // A figure computed from generated inputs is training data and says so; the import's guard then keeps it out of an
  // official database, and a figure from official inputs out of a training one.
  const training = usesTrainingInputs(set);
  const note = `Dihitung oleh ${set.computedBy} pada ${set.computedAt} (compositeResultSet ${set.methodologyCode} ${set.parentCode} ${set.period} versi ${set.version}); langkah perhitungan tersimpan di set hasil`;
  const lines = [`kode_wilayah,indikator,periode,nilai,sumber,catatan${training ? ',penerbit' : ''}`];
  for (const r of set.results) {
    if (r.value === null) continue;
    const cells = [r.regionCode, indicatorCode, set.period, String(r.value), csvCell(source), csvCell(note)];
    lines.push([...cells, ...(training ? [TRAINING_SOURCE] : [])].join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** The import's problems as one error, every line named, in both languages. */
function refused(report: ImportReport, what: string): never {
  const problems = report.errors.map((e) => `${e.code}${e.line ? ` (baris ${e.line})` : ''}: ${e.message}`);
  throw badInput(
    {
      en: `${what} was not published; nothing was written. ${problems.join(' · ')}`,
      id: `${what} tidak diterbitkan; tidak ada yang ditulis. ${problems.join(' · ')}`,
    },
    { problems: report.errors },
  );
}

/**
 * Publishes a stored result set (the latest, or a version) as values of its method's result indicator. Administrators
 * and verifiers of the province. A provisional set is a working figure and is refused; in an official database only a
 * result of an OFFICIAL method is published (an example's or a draft's figure is not the index).
 */
export async function publishResultSet(
  db: Database,
  viewer: Viewer,
  args: { methodologyCode: string; parent: { code: string; level: string }; period: string; version: number | null },
): Promise<Publication> {
  const { parent, period } = args;
  authorize(viewer, 'verify', 'publish composite index results', parent.code);
  const set = await findResultSet(db, viewer, {
    methodologyCode: args.methodologyCode,
    parentCode: parent.code,
    period,
    version: args.version,
  });
  const named = `${args.methodologyCode} ${parent.code} ${period}${args.version ? ` versi ${args.version}` : ''}`;
  if (!set)
    throw badInput({
      en: `No stored result set ${named}: compute it first (computeCompositeIndex).`,
      id: `Belum ada set hasil tersimpan ${named}: hitung dahulu (computeCompositeIndex).`,
    });
  if (set.provisional)
    throw badInput({
      en: `Result set ${named} version ${set.version} is provisional (values not yet verified counted): verify the inputs, compute again, and publish that version.`,
      id: `Set hasil ${named} versi ${set.version} bersifat sementara (nilai yang belum diverifikasi ikut dihitung): verifikasi masukannya, hitung ulang, lalu terbitkan versi itu.`,
    });
  const m = await findMethodology(db, set.methodologyCode, set.methodologyVersion);
  if (!m.resultIndicatorCode)
    throw badInput({
      en: `Methodology ${m.code} version ${m.version} names no result indicator, so its results have no indicator to be published to: add a version with one (indikator_hasil).`,
      id: `Metodologi ${m.code} versi ${m.version} tidak menyebut indikator hasil, sehingga hasilnya tidak dapat diterbitkan: tambahkan versi dengan indikator_hasil.`,
    });
  const { kind } = await readDataset(db.sql);
  if (kind === 'OFFICIAL' && m.status !== 'OFFICIAL')
    throw badInput({
      en: `Methodology ${m.code} version ${m.version} is ${m.status}, not OFFICIAL: its result is not the official ${m.resultIndicatorCode} and is not published into a database of official data. It stays readable in its result set.`,
      id: `Metodologi ${m.code} versi ${m.version} berstatus ${STATUS_WORD[m.status] ?? m.status}, bukan RESMI: hasilnya bukan ${m.resultIndicatorCode} resmi dan tidak diterbitkan ke basis data resmi. Hasilnya tetap dapat dibaca di set hasilnya.`,
    });
  const withoutValue = set.results.filter((r) => r.value === null).map((r) => r.regionCode);
  const report = await importFile(db, {
    bytes: new TextEncoder().encode(publicationFile(set, m.resultIndicatorCode)),
    fileName: `hasil-${set.methodologyCode}-${set.parentCode}-${set.period}-v${set.version}.csv`,
    viewer,
    reason: `Terbitkan set hasil ${set.methodologyCode} ${set.parentCode} ${set.period} versi ${set.version} sebagai ${m.resultIndicatorCode}`,
  });
  if (report.status !== 'APPLIED') refused(report, `Result set ${named} version ${set.version}`);
  return {
    methodologyCode: set.methodologyCode,
    methodologyVersion: set.methodologyVersion,
    methodologyStatus: set.methodologyStatus,
    parentCode: set.parentCode,
    period: set.period,
    resultSetVersion: set.version,
    indicatorCode: m.resultIndicatorCode,
    importBatchId: report.importBatchId,
    inserted: report.counts.inserted,
    updated: report.counts.updated,
    unchanged: report.counts.unchanged,
    revisions: report.counts.revisions,
    withoutValue,
  };
}
