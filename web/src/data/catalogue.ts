import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { DocumentInfo, IndicatorInfo } from './types';

export const CATALOGUE = graphql(`
  query Catalogue {
    indicators {
      code nameId nameEn unitId unitEn decimals direction periodicity periodMonths levels topic source
      coverage { observations periods }
      seriesBreaks { indicatorCode regionCode startsAt reasonId reasonEn }
    }
    planningDocuments {
      code title kind startYear endYear regionCode legalBasis
      targets { indicatorCode regionCode year value lowerBound upperBound baselineYear baselineValue note }
    }
  }
`);

export interface Catalogue {
  indicators: IndicatorInfo[];
  documents: DocumentInfo[];
  indicator(code: string | null | undefined): IndicatorInfo | undefined;
  document(code: string | null | undefined): DocumentInfo | undefined;
}

/** The indicator catalogue and planning documents: loaded once, shared by every page. */
export function useCatalogue(): { catalogue: Catalogue | null; loading: boolean; error: Error | undefined; refetch: () => void } {
  const { data, loading, error, refetch } = useQuery(CATALOGUE);
  let catalogue: Catalogue | null = null;
  if (data) {
    const indicators = data.indicators;
    const documents = data.planningDocuments;
    catalogue = {
      indicators,
      documents,
      indicator: (code) => indicators.find((i) => i.code === code),
      document: (code) => documents.find((d) => d.code === code),
    };
  }
  return { catalogue, loading, error, refetch: () => void refetch() };
}

export const REGION = graphql(`
  query RegionInfo($code: String!) {
    region(code: $code) {
      code name level kind parentCode
      ancestors { code name level kind }
    }
  }
`);

export function useRegion(code: string) {
  const { data, loading, error, refetch } = useQuery(REGION, { variables: { code } });
  return { region: data?.region ?? null, loading, error, refetch: () => void refetch() };
}

/** Indicators that have data, optionally only those published at a level. */
export function indicatorsWithData(indicators: readonly IndicatorInfo[], level?: string): IndicatorInfo[] {
  return indicators.filter(
    (i) => i.coverage.observations > 0 && (!level || i.levels.includes(level as IndicatorInfo['levels'][number])),
  );
}

/** Parent code from a Kemendagri code: "75.02" → "75", "75" → "ID", "ID" → null. */
export function parentCodeOf(code: string): string | null {
  if (code === 'ID') return null;
  const cut = code.lastIndexOf('.');
  return cut < 0 ? 'ID' : code.slice(0, cut);
}

/** Level from a Kemendagri code's shape. */
export function levelOfCode(code: string): 'NATIONAL' | 'PROVINCE' | 'REGENCY_CITY' | 'DISTRICT' | 'VILLAGE' {
  if (code === 'ID') return 'NATIONAL';
  const parts = code.split('.').length;
  return (['PROVINCE', 'REGENCY_CITY', 'DISTRICT', 'VILLAGE'] as const)[Math.min(parts, 4) - 1]!;
}

export const REGION_SEARCH = graphql(`
  query RegionSearch($search: String!) {
    regions(search: $search, limit: 15) { code bpsCode name level kind }
  }
`);
