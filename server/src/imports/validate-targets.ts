import type { PlanningDocumentRecord, TargetRecord } from './import.types.js';
import { VALUE_COLUMN } from './number-cells.js';
import { suggest } from './suggest.js';
import type { DocumentRow, TargetRow } from './validate.types.js';
import { contentOf, sourceKey, type ValidationContext } from './validation-context.js';

// The checks of planning documents and of the targets they set.

const DOCUMENT_KINDS = new Set(['RPJMN', 'RKP', 'RPJMD', 'RKPD', 'RENSTRA']);

export function targetChecks(ctx: ValidationContext) {
  const { ref, issues, resolveRegion, existed, duplicate, indicatorOf, number } = ctx;
  return { target, planningDocument };

  function target(r: TargetRecord): TargetRow | null {
    const rule = indicatorOf(r.indicator, r.loc);
    const region = resolveRegion(r.region, r.loc);
    const doc = ref.documents.get(r.document.trim());
    if (!doc)
      issues.add(
        r.loc,
        'UNKNOWN_DOCUMENT',
        `Unknown planning document “${r.document}”. Import it first (documents layout). ${suggest(r.document, [...ref.documents.keys()])}`,
      );
    else if (r.year < doc.startYear || r.year > doc.endYear) {
      issues.add(
        r.loc,
        'YEAR_OUTSIDE_DOCUMENT',
        `Year ${r.year} is outside ${r.document.trim()} (${doc.startYear}–${doc.endYear}).`,
      );
    }
    const value = number(r.value, r.loc, 'Target value', VALUE_COLUMN, rule);
    const lower = number(r.lowerBound, r.loc, 'Lower bound', VALUE_COLUMN, rule);
    const upper = number(r.upperBound, r.loc, 'Upper bound', VALUE_COLUMN, rule);
    const baseline = number(r.baselineValue, r.loc, 'Baseline value', VALUE_COLUMN, rule);
    if ([value, lower, upper, baseline].includes(undefined) || !rule || !region || !doc) return null;
    const hasRange = lower !== null || upper !== null;
    if (value === null && !hasRange) {
      issues.add(r.loc, 'TARGET_WITHOUT_VALUE', 'A target needs a value, or a lower and an upper bound for a range.');
      return null;
    }
    if (value !== null && hasRange) {
      issues.add(r.loc, 'TARGET_VALUE_AND_RANGE', 'Give either a target value or a range (lower and upper bound), not both.');
      return null;
    }
    if (hasRange && (lower === null || upper === null || (lower as number) > (upper as number))) {
      issues.add(
        r.loc,
        'BAD_RANGE',
        `A target range needs a lower bound not above the upper bound (got ${lower ?? 'nothing'}–${upper ?? 'nothing'}).`,
      );
      return null;
    }
    if (!existed(region, r.year, r.loc, 'a target')) return null;
    const row: TargetRow = {
      line: r.loc.line,
      document: r.document.trim(),
      indicator: rule.code,
      region,
      year: r.year,
      value: value ?? null,
      lowerBound: lower ?? null,
      upperBound: upper ?? null,
      baselineYear: r.baselineYear,
      baselineValue: baseline ?? null,
      source: sourceKey(r.source, undefined, r.publisher),
      note: r.note?.trim() || null,
    };
    const what = {
      id: `Target ${row.document} untuk ${rule.code}, wilayah ${region}, ${r.year}`,
      en: `The target of ${row.document} for ${rule.code}, region ${region}, ${r.year}`,
    };
    return duplicate(`t|${row.document}|${rule.code}|${region}|${r.year}`, r.loc, what, contentOf(row)) ? null : row;
  }

  function planningDocument(r: PlanningDocumentRecord): DocumentRow | null {
    const kind = r.documentKind.trim().toUpperCase();
    if (!DOCUMENT_KINDS.has(kind)) {
      issues.add(
        r.loc,
        'UNKNOWN_DOCUMENT_KIND',
        `Unknown document kind “${r.documentKind}”; use one of ${[...DOCUMENT_KINDS].join(', ')}.`,
      );
    }
    if (r.endYear < r.startYear)
      issues.add(r.loc, 'BAD_YEAR', `The document ends (${r.endYear}) before it starts (${r.startYear}).`);
    const region = resolveRegion(r.region, r.loc);
    if (!region || !DOCUMENT_KINDS.has(kind) || r.endYear < r.startYear) return null;
    const row: DocumentRow = {
      line: r.loc.line,
      code: r.code.trim(),
      kind,
      title: r.title.trim(),
      level: ref.regionLevels.get(region) ?? 'NATIONAL',
      region,
      startYear: r.startYear,
      endYear: r.endYear,
      legalBasis: r.legalBasis?.trim() || null,
      url: r.url?.trim() || null,
    };
    const what = { id: `Dokumen ${row.code}`, en: `Document ${row.code}` };
    return duplicate(`d|${row.code}`, r.loc, what, contentOf(row)) ? null : row;
  }
}
