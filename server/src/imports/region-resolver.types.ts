// What a region resolver is built from and what it answers (see region-resolver.ts).

export type RegionLevelName = 'NATIONAL' | 'PROVINCE' | 'REGENCY_CITY' | 'DISTRICT' | 'VILLAGE';

export interface RegionEntry {
  /** Kemendagri code ("75", "75.01"); "ID" for the national root. */
  code: string;
  bpsCode: string | null;
  name: string;
  level: RegionLevelName;
  kind: 'REGENCY' | 'CITY' | null;
  parentCode: string | null;
}

export interface ResolveContext {
  /** Prefer regions under this parent (Kemendagri code). */
  parentCode?: string;
  /** Prefer regions of this level; at REGENCY_CITY a bare name means the kabupaten. */
  level?: string;
  /**
   * Whether an unknown name gets the closest names as candidates (default). They cost a scan of the registry
   * (about 1 ms), so a caller facing many unknown names at once may ask for them for a few only.
   */
  suggest?: boolean;
}

export interface RegionCandidate {
  code: string;
  name: string;
}

export interface RegionResolutionError {
  code: 'UNKNOWN_REGION' | 'AMBIGUOUS_REGION';
  message: string;
  candidates: RegionCandidate[];
}

/**
 * Another name of a region: a former name (with the rename that replaced it) or a spelling BPS
 * uses for today's name. BPS tables of 2004–2025 carry the names of their day.
 */
export interface OtherRegionName {
  /** Kemendagri code of the region today. */
  code: string;
  name: string;
  /** Set for a former name. */
  rename?: { year: number | null; legalBasis: string | null };
}

/** The rename a resolution went through, for the import report to say so. */
export interface AppliedRename {
  formerName: string;
  /** The part of a "former / current" name that was the former name, when the cell held both. */
  written?: string;
  name: string;
  year: number | null;
  legalBasis: string | null;
}

export type RegionResolution = { code: string; rename?: AppliedRename } | { error: RegionResolutionError };
