import type { Translate } from '../i18n/useI18n';
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

export interface TargetCaptionInput {
  /** Document kind or short name, e.g. "RPJMN". */
  doc: string;
  year: number;
  /** Region whose target is applied (`targetRegionCode` of a progress or scorecard result). */
  targetRegionCode: string | null | undefined;
  /** Region the target is shown for; for a chart or column of several regions, any one of them. */
  regionCode: string;
  /** Name of the target's region, when it is neither Indonesia nor the region shown. */
  targetRegionName?: string;
}

/**
 * Names a target so nobody reads a borrowed target as the region's own: "Target RPJMN 2029" when it is the
 * region's own, "Target nasional RPJMN 2029" when a province (or kab/kota) is measured against the national one.
 */
export function targetCaption(t: Translate, input: TargetCaptionInput): string {
  const { doc, year, targetRegionCode, regionCode } = input;
  if (targetRegionCode && targetRegionCode !== regionCode) {
    return targetRegionCode === 'ID'
      ? t('targetNationalIn', { doc, year })
      : t('targetOfRegionIn', { doc, year, region: input.targetRegionName ?? targetRegionCode });
  }
  return t('targetIn', { doc, year });
}

/** "Target nasional RPJMN 2029: 4,50%". */
export function targetLabel(t: Translate, input: TargetCaptionInput, formattedTarget: string): string {
  return `${targetCaption(t, input)}: ${formattedTarget}`;
}

/** True when the target shown belongs to Indonesia while the region shown is another one. */
export function isNationalBenchmark(targetRegionCode: string | null | undefined, regionCode: string): boolean {
  return targetRegionCode === 'ID' && regionCode !== 'ID';
}
