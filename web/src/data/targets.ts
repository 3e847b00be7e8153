import type { DocumentInfo, TargetInfo } from './types';

export interface AppliedTarget {
  document: DocumentInfo;
  target: TargetInfo;
  /** True when the region has no target of its own and the document's (e.g. national) target applies. */
  benchmark: boolean;
}

/**
 * The target a region is measured against in a document: its own, else the document's region's (a province
 * against the national RPJMN target); the document's final year for the indicator unless a year is given.
 * Mirrors the API's rule, so the page can ask `progress` for that year explicitly.
 */
export function targetFor(
  documents: readonly DocumentInfo[],
  documentCode: string,
  indicatorCode: string,
  regionCode: string,
  year?: number,
): AppliedTarget | null {
  const document = documents.find((d) => d.code === documentCode);
  if (!document) return null;
  const own = document.targets.filter((t) => t.indicatorCode === indicatorCode && t.regionCode === regionCode);
  const pool = own.length
    ? own
    : document.targets.filter((t) => t.indicatorCode === indicatorCode && t.regionCode === document.regionCode);
  if (!pool.length) return null;
  const sorted = [...pool].sort((a, b) => a.year - b.year);
  const target = year === undefined ? sorted[sorted.length - 1] : sorted.find((t) => t.year === year);
  return target ? { document, target, benchmark: own.length === 0 } : null;
}

/** Short name of a document for labels: "RPJMN 2025–2029", "RKP 2026". */
export function documentLabel(doc: Pick<DocumentInfo, 'code' | 'kind' | 'startYear' | 'endYear'>): string {
  return doc.startYear === doc.endYear ? `${doc.kind} ${doc.startYear}` : `${doc.kind} ${doc.startYear}–${doc.endYear}`;
}

/** The indicators a document sets targets for, in the document's order. */
export function documentIndicators(doc: DocumentInfo): string[] {
  return [...new Set(doc.targets.map((t) => t.indicatorCode))];
}
