import { print } from 'graphql';
import type { Plain } from '../../data/types';
import { graphql } from '../../gql';
import type { ImportFileMutation, ObservationFilter } from '../../gql/graphql';
import type { MessageKey } from '../../i18n/dictionary';
import { id as dictionary } from '../../i18n/dictionary';
import { requestLanguageHeaders } from '../../request-language';
import type { DataScope, ViewState } from '../../url-state';

export type { ObservationFilter };

/** Rows fetched at a time ("Muat lebih banyak" fetches the next page). */
export const PAGE_SIZE = 50;

/** The scope in force: Indonesia lists everything by default, another region the regions under it. */
export function effectiveScope(view: Pick<ViewState, 'scope' | 'region'>): DataScope {
  return view.scope ?? (view.region === 'ID' ? 'semua' : 'bawah');
}

/** The filter of the data page's list, from the view in the URL. */
export function observationFilter(
  view: Pick<ViewState, 'indicator' | 'region' | 'scope' | 'level' | 'from' | 'to' | 'status'>,
): ObservationFilter {
  const filter: ObservationFilter = {};
  if (view.indicator) filter.indicatorCodes = [view.indicator];
  const scope = effectiveScope(view);
  if (scope === 'wilayah') filter.regionCodes = [view.region];
  else if (scope === 'bawah') filter.parentCode = view.region;
  if (view.level) filter.level = view.level;
  if (view.from) filter.periodFrom = view.from;
  if (view.to) filter.periodTo = view.to;
  if (view.status) filter.status = view.status;
  return filter;
}

/** The same filter as a CSV download (`/export/observations.csv`), with decimal commas for Indonesian Excel. */
export function exportHref(filter: ObservationFilter): string {
  const p = new URLSearchParams();
  if (filter.indicatorCodes?.length) p.set('indicator', filter.indicatorCodes.join(','));
  if (filter.regionCodes?.length) p.set('region', filter.regionCodes.join(','));
  if (filter.parentCode) p.set('parent', filter.parentCode);
  if (filter.level) p.set('level', filter.level);
  if (filter.periodFrom) p.set('from', filter.periodFrom);
  if (filter.periodTo) p.set('to', filter.periodTo);
  if (filter.status) p.set('status', filter.status);
  p.set('decimal', 'comma');
  return `/export/observations.csv?${p.toString()}`;
}

/** Periods with data, oldest first: of one indicator, or of every indicator. */
export function periodChoices(
  indicators: readonly { code: string; coverage: { periods: string[] } }[],
  indicatorCode: string | null,
): string[] {
  const chosen = indicatorCode ? indicators.filter((i) => i.code === indicatorCode) : indicators;
  return [...new Set(chosen.flatMap((i) => i.coverage.periods))].sort();
}

// ── Import ──────────────────────────────────────────────────────────────────────────────────────────

export const IMPORT_FILE = graphql(`
  mutation ImportFile($file: Upload!, $dryRun: Boolean!, $indicator: String, $reason: String, $decimalComma: Boolean!, $publish: Boolean!, $draft: Boolean! = false) {
    importFile(file: $file, dryRun: $dryRun, indicator: $indicator, reason: $reason, decimalComma: $decimalComma, publish: $publish, draft: $draft) {
      status layout fileName checksum durationMs importBatchId
      counts { records inserted updated valueChanges metadataChanges unchanged missing }
      errors { line column code message }
      notices { line column code message }
      previousImports { id fileName importedBy startedAt }
    }
  }
`);

/** What the panel sends with a file. Who imports is not among them: the server takes it from the session. */
export interface ImportOptions {
  dryRun: boolean;
  indicator: string | null;
  reason: string | null;
  decimalComma: boolean;
  /** Published statistics (a BPS release), stored as PUBLISHED and allowed to replace published values: administrators only. */
  publish: boolean;
  /** Saved as drafts of the region, not yet submitted to the verifier (submitDrafts submits them). */
  draft?: boolean;
}

export type ImportReport = Plain<NonNullable<ImportFileMutation['importFile']>>;
export type ImportIssue = ImportReport['errors'][number];

/**
 * A GraphQL multipart request (github.com/jaydenseric/graphql-multipart-request-spec): `operations` with the
 * file variable null, `map` pointing file part "0" at it, then the file. Apollo Client does not send these.
 */
export function importFormData(file: Blob, fileName: string, options: ImportOptions): FormData {
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({
      operationName: 'ImportFile',
      query: print(IMPORT_FILE),
      variables: {
        file: null,
        dryRun: options.dryRun,
        indicator: options.indicator || null,
        reason: options.reason?.trim() || null,
        decimalComma: options.decimalComma,
        publish: options.publish,
        draft: options.draft === true,
      },
    }),
  );
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', file, fileName);
  return form;
}

/** A refused upload: the server's words, and its code (UNAUTHENTICATED when the session has ended). */
export class ImportRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'ImportRequestError';
  }
}

/** Sends the file and returns the server's report; throws with the server's words when the request fails. */
export async function sendImport(
  file: Blob,
  fileName: string,
  options: ImportOptions,
  fetchImpl: typeof fetch = fetch,
): Promise<ImportReport> {
  const res = await fetchImpl('/graphql', {
    method: 'POST',
    // Apollo Server's CSRF prevention refuses multipart requests without this header.
    headers: { 'apollo-require-preflight': 'true', ...requestLanguageHeaders() },
    body: importFormData(file, fileName, options),
  });
  const text = await res.text();
  let body: {
    data?: { importFile?: ImportReport | null } | null;
    errors?: { message: string; extensions?: { code?: unknown } }[];
  } | null = null;
  const unauthenticated = res.status === 401 ? 'UNAUTHENTICATED' : null;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ImportRequestError(text.trim() || `HTTP ${res.status}`, unauthenticated);
  }
  if (body?.errors?.length) {
    const code = body.errors[0]?.extensions?.code;
    throw new ImportRequestError(body.errors.map((e) => e.message).join('; '), typeof code === 'string' ? code : unauthenticated);
  }
  const report = body?.data?.importFile;
  if (!report) throw new ImportRequestError(`HTTP ${res.status}`, unauthenticated);
  return report;
}

/** What a preview was made of: applying needs a clean preview of the same file with the same options. */
export function importSignature(
  file: { name: string; size: number; lastModified: number } | null,
  options: Pick<ImportOptions, 'indicator' | 'decimalComma'> & { publish?: boolean; draft?: boolean },
): string | null {
  return file
    ? JSON.stringify([
        file.name,
        file.size,
        file.lastModified,
        options.indicator ?? '',
        options.decimalComma,
        options.publish === true,
        options.draft === true,
      ])
    : null;
}

export function canApply(preview: { report: ImportReport; signature: string } | null, signature: string | null): boolean {
  return (
    preview !== null &&
    signature !== null &&
    preview.signature === signature &&
    preview.report.status === 'DRY_RUN' &&
    preview.report.errors.length === 0
  );
}

/** Dictionary key of an import problem's code (UNKNOWN_REGION → importCodeUNKNOWN_REGION); null if unknown. */
export function issueCodeKey(code: string): MessageKey | null {
  const key = `importCode${code}`;
  return key in dictionary ? (key as MessageKey) : null;
}

/** Dictionary key of a recognised layout (long, wide, targets, programmes, documents, the two catalogues). */
export function layoutKey(layout: string | null): MessageKey | null {
  if (!layout) return null;
  const key = `layout_${layout}`;
  return key in dictionary ? (key as MessageKey) : null;
}

/** Root fields whose answers an import can change: evicted after applying, so pages on screen fetch again. */
export const FIELDS_CHANGED_BY_IMPORTS = [
  'observations',
  'series',
  'seriesGrid',
  'comparison',
  'comparisons',
  'periodChange',
  'progress',
  'scorecard',
  'rollUp',
  'spmAchievement',
  'spmAchievements',
  'compositeIndex',
  // A methodology file adds a method's version; values imported fill or open a kabupaten/kota's IKS input gaps.
  'compositeMethodologies',
  'compositeInputGaps',
  'programmeFigures',
  // A region's own fields (latest value, series, targets, programme figures) change with its data.
  'region',
  'regions',
  'table',
  'aggregate',
  'activities',
  'activityOverlaps',
  'activityRanking',
  'activityBudget',
  'breakdownYears',
  'breakdownProfile',
  'breakdownProfiles',
  'indicators',
  'indicator',
  'planningDocuments',
  // Catalogue files add and revise indicators and programmes, each change a version.
  'programmes',
  'indicatorHistory',
  'programmeHistory',
  // Revisions of verified values and counts wait for a verifier; every change joins a value's history and the audit trail,
  // and the import itself the list of imports.
  'reviewQueue',
  'valueHistory',
  'targetHistory',
  'countHistory',
  'auditEntries',
  'importBatches',
  // Values saved as drafts are counted in the drafts bar.
  'drafts',
] as const;
