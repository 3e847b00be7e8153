import type { Grant } from '../../auth/auth-model';
import { hasRole } from '../../auth/auth-model';
import type { Plain } from '../../data/types';
import type { FormValueInput, ReviewQueueQuery, SubmitValuesMutation, ValueHistoryQuery } from '../../gql/graphql';
import type { MessageKey } from '../../i18n/dictionary';

export type ReviewItem = Plain<ReviewQueueQuery['reviewQueue']['items'][number]>;
export type ValueHistory = Plain<NonNullable<ValueHistoryQuery['valueHistory']>>;
export type HistoryChange = ValueHistory['changes'][number];
export type FormReport = Plain<SubmitValuesMutation['submitValues']>;

/** Verifiers and administrators open the verification page. */
export const canVerify = (account: { grants: readonly Grant[] } | null | undefined) =>
  hasRole(account, ['VERIFIER', 'ADMINISTRATOR']);

/** Editors, verifiers and administrators submit values (each within the regions of their roles). */
export const canSubmitValues = (account: { grants: readonly Grant[] } | null | undefined) =>
  hasRole(account, ['EDITOR', 'VERIFIER', 'ADMINISTRATOR']);

/**
 * Whether the account may dispute a verified value of `regionCode`: a verifier or administrator whose region covers it
 * (the server checks again, and refuses published statistics).
 */
export const canDispute = (account: { grants: readonly Grant[] } | null | undefined, regionCode: string) =>
  Boolean(
    account?.grants.some((g) => (g.role === 'VERIFIER' || g.role === 'ADMINISTRATOR') && isWithin(regionCode, g.regionCode)),
  );

/** What a dispute questions: a value, a target or a count by category; it picks the words the form says. */
export type DisputeSubject = 'value' | 'target' | 'count';

/** The id disputeValues takes for a value, as the queue writes it: "obs:<indicator>|<region>|<period>". */
export const valueDisputeId = (v: { indicatorCode: string; regionCode: string; period: string }) =>
  `obs:${v.indicatorCode}|${v.regionCode}|${v.period}`;

/** …for a target: "tgt:<document>|<indicator>|<region>|<year>". */
export const targetDisputeId = (v: { documentCode: string; indicatorCode: string; regionCode: string; year: number }) =>
  `tgt:${v.documentCode}|${v.indicatorCode}|${v.regionCode}|${v.year}`;

/** …for a count by category: "cnt:<indicator>|<region>|<period>|<category>". */
export const countDisputeId = (v: { indicatorCode: string; regionCode: string; period: string; categoryCode: string }) =>
  `cnt:${v.indicatorCode}|${v.regionCode}|${v.period}|${v.categoryCode}`;

/**
 * Whether to offer "Persoalkan" for a figure: the account may dispute in its region, and the figure is VERIFIED (a
 * published statistic is replaced, not disputed; one still waiting is returned from the queue instead).
 */
export const offersDispute = (
  account: { grants: readonly Grant[] } | null | undefined,
  figure: { regionCode: string; status: string | null | undefined },
) => figure.status === 'VERIFIED' && canDispute(account, figure.regionCode);

/** Regions whose queue a verifier may open: the verifier's grants first, then an administrator's. */
export function reviewRegions(grants: readonly Grant[]): string[] {
  const codes = [
    ...grants.filter((g) => g.role === 'VERIFIER').map((g) => g.regionCode),
    ...grants.filter((g) => g.role === 'ADMINISTRATOR').map((g) => g.regionCode),
  ];
  return [...new Set(codes)];
}

/** Regions a submitter's roles cover (each with everything below it). */
export function submitRegions(grants: readonly Grant[]): string[] {
  return [...new Set(grants.filter((g) => g.role !== 'ANALYST' && g.role !== 'VIEWER').map((g) => g.regionCode))];
}

/** True when `code` is `scope` or lies under it ("75.71" under "75"; everything under "ID"). */
export function isWithin(code: string, scope: string): boolean {
  return scope === 'ID' || code === scope || code.startsWith(`${scope}.`);
}

export type Action = 'VERIFY' | 'RETURN';
export interface Decision {
  action: Action;
  comment: string;
}

/** The decisions to send: those taken, in the queue's order; a return without a comment is a problem to show. */
export function decisionInputs(
  items: readonly Pick<ReviewItem, 'id'>[],
  decisions: ReadonlyMap<string, Decision>,
): { inputs: { id: string; action: Action; comment: string | null }[]; missingComment: string[] } {
  const inputs: { id: string; action: Action; comment: string | null }[] = [];
  const missingComment: string[] = [];
  for (const item of items) {
    const d = decisions.get(item.id);
    if (!d) continue;
    const comment = d.comment.trim();
    if (d.action === 'RETURN' && !comment) missingComment.push(item.id);
    inputs.push({ id: item.id, action: d.action, comment: comment || null });
  }
  return { inputs, missingComment };
}

/** The change from the previous value, or null when there is none. Rounded to the indicator's decimals + 2. */
export function changeOf(item: Pick<ReviewItem, 'value' | 'previousValue'>): number | null {
  if (item.previousValue === null) return null;
  return Math.round((item.value - item.previousValue) * 1e6) / 1e6;
}

/** Dictionary key of a queue flag (LARGE_CHANGE → flagLARGE_CHANGE); null for one the dashboard does not know. */
export function flagKey(flag: string, keys: Record<string, unknown>): MessageKey | null {
  const key = `flag${flag}`;
  return key in keys ? (key as MessageKey) : null;
}

// ── A value's history ─────────────────────────────────────────────────────────────────────────────────────────

/** What one change did, in words: the dictionary key of its headline. */
export type ChangeKind =
  | 'valueChanged'
  | 'sourceChanged'
  | 'noteChanged'
  | 'verified'
  | 'returned'
  | 'resubmitted'
  | 'disputed'
  | 'savedAsDraft'
  | 'submitted'
  | 'revisionVerified'
  | 'revisionReturned'
  | 'statusChanged'
  | 'otherChange';

export function changeKind(change: Pick<HistoryChange, 'field' | 'oldValue' | 'newValue'>): ChangeKind {
  switch (change.field) {
    case 'value':
      return 'valueChanged';
    case 'source_id':
      return 'sourceChanged';
    case 'note':
      return 'noteChanged';
    case 'revision':
      return change.newValue === 'RETURNED' ? 'revisionReturned' : 'otherChange';
    case 'status':
      if (change.newValue === 'VERIFIED (revision)') return 'revisionVerified';
      if (change.newValue === 'VERIFIED') return 'verified';
      if (change.newValue === 'RETURNED') return 'returned';
      if (change.newValue === 'DISPUTED') return 'disputed';
      if (change.newValue === 'DRAFT') return 'savedAsDraft';
      if (change.newValue === 'UNVERIFIED' && change.oldValue === 'DRAFT') return 'submitted';
      // A returned or disputed value the region corrected.
      if (change.newValue === 'UNVERIFIED' && (change.oldValue === 'RETURNED' || change.oldValue === 'DISPUTED')) {
        return 'resubmitted';
      }
      return 'statusChanged';
    default:
      return 'otherChange';
  }
}

/** The field of a change in words (nilai, sumber, catatan, status, revisi). */
export function fieldKey(field: string): MessageKey {
  switch (field) {
    case 'value':
      return 'fieldValue';
    case 'source_id':
      return 'fieldSource';
    case 'note':
      return 'fieldNote';
    case 'status':
      return 'fieldStatus';
    case 'revision':
      return 'fieldRevision';
    default:
      return 'fieldOther';
  }
}

/** The first 8 characters of a SHA-256, as a file is recognised by eye ("3f9a0c12…"). */
export function shortChecksum(checksum: string): string {
  return checksum.length > 12 ? `${checksum.slice(0, 8)}…` : checksum;
}

// ── The values form ───────────────────────────────────────────────────────────────────────────────────────────

export interface FormRow {
  key: number;
  indicatorCode: string;
  regionCode: string;
  period: string;
  value: string;
  source: string;
  sourceUrl: string;
}

let nextKey = 1;
export function emptyRow(regionCode = '', template?: Partial<FormRow>): FormRow {
  return {
    indicatorCode: '',
    period: '',
    value: '',
    source: '',
    sourceUrl: '',
    ...template,
    regionCode: template?.regionCode || regionCode,
    key: nextKey++,
  };
}

/** Rows with anything typed in them, as the mutation's values (empty texts left out). */
export function formInputs(rows: readonly FormRow[]): FormValueInput[] {
  return rows.filter(isFilled).map((r) => {
    const input: FormValueInput = {
      indicatorCode: r.indicatorCode,
      regionCode: r.regionCode,
      period: r.period.trim(),
      value: r.value.trim(),
    };
    if (r.source.trim()) input.source = r.source.trim();
    if (r.sourceUrl.trim()) input.sourceUrl = r.sourceUrl.trim();
    return input;
  });
}

export function isFilled(r: FormRow): boolean {
  return Boolean(r.indicatorCode || r.period.trim() || r.value.trim() || r.source.trim() || r.sourceUrl.trim());
}

/** What is missing from a row before it is worth sending: the dictionary keys of the empty required fields. */
export function rowProblems(r: FormRow): MessageKey[] {
  const missing: MessageKey[] = [];
  if (!r.indicatorCode) missing.push('formNeedIndicator');
  if (!r.regionCode) missing.push('formNeedRegion');
  if (!r.period.trim()) missing.push('formNeedPeriod');
  if (!r.value.trim()) missing.push('formNeedValue');
  return missing;
}

/**
 * The form row an error's line stands for: line 1 is the header of the file the server builds, line 2 the first
 * value sent — the first filled row on screen (empty rows are not sent). Null for an error about the whole form.
 */
export function rowNumberOfLine(line: number | null, rows: readonly FormRow[]): number | null {
  if (line === null || line < 2) return null;
  let seen = 0;
  for (let i = 0; i < rows.length; i++) {
    if (!isFilled(rows[i]!)) continue;
    seen++;
    if (seen === line - 1) return i + 1;
  }
  return null;
}
