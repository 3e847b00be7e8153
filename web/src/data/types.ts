// Shapes of the API data the dashboard reads (see schema/schema.graphql).
export type RegionLevel = 'NATIONAL' | 'PROVINCE' | 'REGENCY_CITY' | 'DISTRICT' | 'VILLAGE';
export type Direction = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'NEUTRAL';
export type ProgressStatus = 'ACHIEVED' | 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'NO_DATA';

export interface RegionRef {
  code: string;
  name: string;
  level: RegionLevel;
  kind?: 'REGENCY' | 'CITY' | null;
}

export interface RegionInfo extends RegionRef {
  parentCode: string | null;
  ancestors: RegionRef[];
}

export interface SeriesBreakInfo {
  indicatorCode: string | null;
  regionCode: string | null;
  startsAt: string;
  reasonId: string;
  reasonEn: string;
}

export interface IndicatorInfo {
  code: string;
  nameId: string;
  nameEn: string;
  unitId: string;
  unitEn: string;
  decimals: number;
  direction: Direction;
  periodicity: string;
  periodMonths: number[];
  levels: RegionLevel[];
  topic: string;
  source: string;
  coverage: { observations: number; periods: string[] };
  seriesBreaks: SeriesBreakInfo[];
}

export interface TargetInfo {
  indicatorCode: string;
  regionCode: string;
  year: number;
  value: number | null;
  lowerBound: number | null;
  upperBound: number | null;
  baselineYear: number | null;
  baselineValue: number | null;
  note: string | null;
}

export interface DocumentInfo {
  code: string;
  title: string;
  kind: string;
  startYear: number;
  endYear: number;
  regionCode: string;
  legalBasis: string | null;
  targets: TargetInfo[];
}

export interface SourceInfo {
  title: string;
  publisher: string;
  url: string;
}

export interface SeriesPointInfo {
  period: string;
  value: number;
  breakBefore: boolean;
  breakReasonId: string | null;
  breakReasonEn: string | null;
  updatedAt: string;
  source: SourceInfo | null;
}

export interface SeriesInfo {
  regionCode: string;
  region: RegionRef;
  frequency: string;
  points: SeriesPointInfo[];
}

export interface PeriodValue {
  period: string;
  value: number;
}

export interface ProgressInfo {
  regionCode: string;
  indicatorCode: string;
  status: ProgressStatus;
  goal: number | null;
  target: Pick<TargetInfo, 'year' | 'value' | 'lowerBound' | 'upperBound'> | null;
  baseline: PeriodValue | null;
  latest: PeriodValue | null;
  requiredChangePerYear: number | null;
  actualChangePerYear: number | null;
  projectedValue: number | null;
  gapScore: number | null;
  targetRegionCode: string | null;
}

export interface ComparisonRowInfo {
  rank: number;
  quartile: number;
  regionCode: string;
  region: RegionRef;
  value: number;
  previousValue: number | null;
  change: number | null;
  changeNotComparable: boolean;
  differenceFromParent: number | null;
  differenceFromNational: number | null;
  peers: RegionRef[];
  period: string;
  updatedAt: string;
  source: SourceInfo | null;
}

export interface ComparisonInfo {
  period: string | null;
  previousPeriod: string | null;
  parentValue: number | null;
  parentPeriod: string | null;
  nationalValue: number | null;
  nationalPeriod: string | null;
  level: RegionLevel;
  parent: RegionRef;
  summary: { count: number; min: number | null; max: number | null };
  rows: ComparisonRowInfo[];
}
