import { parentCodeOf } from '../../data/catalogue';
import { PROGRESS_FIELDS, SERIES_FIELDS } from '../../data/fragments';
import { targetFor } from '../../data/targets';
import type { DocumentInfo } from '../../data/types';

/** The chosen region with the regions above it: a kab/kota with its province and Indonesia. */
export function defaultTrendRegions(regionCode: string): string[] {
  const codes: string[] = [];
  let code: string | null = regionCode;
  while (code) {
    codes.push(code);
    code = parentCodeOf(code);
  }
  return codes;
}

export interface TrendRequest {
  regionCode: string;
  alias: string;
  targetYear: number | null;
}

/** Which target year to ask `progress` for, per region (its own target, else the document's). */
export function trendRequests(
  documents: readonly DocumentInfo[],
  documentCode: string,
  indicatorCode: string,
  regionCodes: readonly string[],
): TrendRequest[] {
  return regionCodes.map((regionCode, i) => ({
    regionCode,
    alias: `p${i}`,
    targetYear: targetFor(documents, documentCode, indicatorCode, regionCode)?.target.year ?? null,
  }));
}

/**
 * One operation for the whole chart: the series of every region and, under aliases, each region's progress
 * towards its target. Codes are checked by the URL parser, so they can be written into the query.
 */
export function trendQuery(requests: readonly TrendRequest[]): string {
  const progress = requests
    .filter((r) => r.targetYear !== null)
    .map(
      (r) =>
        `${r.alias}: progress(regionCode: ${JSON.stringify(r.regionCode)}, indicatorCode: $indicator, documentCode: $document, targetYear: ${r.targetYear}) { ${PROGRESS_FIELDS} }`,
    )
    .join('\n    ');
  return `query Trend($indicator: String!, $regions: [String!]!, $document: String!) {
    series(indicatorCode: $indicator, regionCodes: $regions) { ${SERIES_FIELDS} }
    ${progress}
  }`;
}
