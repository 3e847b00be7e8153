import { DECK_LIMITS } from '../decks/deck.rules.js';
import type { CostFacts } from './cost-facts.js';
import { levelAbove, levelBelow, levelOfCode } from './cost-facts.js';

// How many items each list field of the schema holds, from its arguments, the scope of the field above it and the
// data (see cost.ts, which walks an operation with these rules).

/** Rows a count or a grouped scan reads for one point of cost: a scanned row is far cheaper than a returned field. */
export const COUNT_ROWS_PER_POINT = 10;

/** What a list field's items are known to be, passed from a field to those below it. */
export interface Scope {
  level?: string | null;
  parentCode?: string | null;
  /**
   * The list holds every region of `level` under `parentCode` (the country when null), `count` of them: their children
   * are then costed at their real number spread over the list (7,285 kecamatan over 514 kab/kota), not as if each had
   * as many as the largest (51), which made a tree down to desa cost a hundred times its size.
   */
  whole?: { parentCode: string | null; count: number };
  indicatorCodes?: readonly string[] | null;
  documentCode?: string | null;
  from?: string | null;
  to?: string | null;
  /** Rows a count inside holds (observations' totalCount). */
  rows?: number;
  /** Dimensions of a composite index's steps (the largest stored method's). */
  dimensions?: number;
  /** Items a list inside returns at most (an argument `first`), whatever it holds. */
  first?: number;
  /** Groups an aggregation answers. */
  groups?: number;
}

export interface Sized {
  /** Items in the list (1 for a field that is not a list). */
  size: number;
  /** Points the field costs itself, beside its items (1 unless it counts or scans). */
  own?: number;
  scope?: Scope;
}

export type Args = Record<string, unknown>;
export type Rule = (args: Args, scope: Scope, facts: CostFacts) => Sized;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const list = (v: unknown): string[] | null => (Array.isArray(v) ? (v as string[]) : null);
const scan = (rows: number) => Math.ceil(rows / COUNT_ROWS_PER_POINT);

/** Regions a list filtered by parent and level holds: descendants at the level, else the parent's children. */
function regionsOf(facts: CostFacts, parentCode: string | null, level: string | null): number {
  if (parentCode === null && level === null) return facts.regionsTotal;
  return facts.regionsUnder(parentCode, level);
}

function comparisonScope(args: Args): Scope {
  const parentCode = str(args.parentCode) ?? 'ID';
  return { parentCode, level: str(args.level) ?? levelBelow(levelOfCode(parentCode)), ...firstOf(args) };
}

/** A list's `first` argument, for the list inside (see Scope.first): a filter (where) is applied in memory. */
const firstOf = (args: Args): Scope => (typeof args.first === 'number' ? { first: args.first } : {});
const upTo = (size: number, scope: Scope) => Math.min(size, scope.first ?? size);
/** Regions a list argument names: its codes, or those of a level under a parent (see lookups.requireRegionList). */
function regionListSize(args: Args, facts: CostFacts): number {
  const codes = list(args.regionCodes);
  if (codes || !str(args.parentCode)) return codes?.length ?? 0;
  const scope = comparisonScope(args);
  return facts.regionsUnder(scope.parentCode ?? 'ID', scope.level ?? null);
}

/** An aggregation's groups and the regions in each: one group per parent of the members, or one of them all. */
function aggregateScope(args: Args, facts: CostFacts): Scope {
  const scope = comparisonScope(args);
  const parentCode = scope.parentCode ?? 'ID';
  const all = facts.regionsUnder(parentCode, scope.level ?? null);
  const groupLevel = levelAbove(scope.level ?? null);
  if (args.groupBy === 'LEVEL' || groupLevel === null || groupLevel === levelOfCode(parentCode)) {
    return { ...scope, groups: 1, rows: all };
  }
  return { ...scope, groups: facts.regionsUnder(parentCode, groupLevel), rows: facts.maxChildren(groupLevel) };
}

/**
 * Every list field of the schema, and every field that scans. A test fails when the schema has a list field that is
 * not here, so that a new list cannot count as one item.
 */
export const LIST_RULES: Record<string, Rule> = {
  'Query.regions': (a, _s, f) => {
    const parentCode = str(a.parentCode);
    const level = str(a.level);
    const n = regionsOf(f, parentCode, level);
    const size = Math.min(typeof a.limit === 'number' ? a.limit : n, n);
    const listLevel = level ?? levelBelow(parentCode ? levelOfCode(parentCode) : null);
    // Whole: one level, under a parent written as a code (a name is costed as the largest), not cut by a search or limit.
    // (With a parent, the list holds its direct children only, so a level further down leaves it empty.)
    const parentLevel = parentCode === null ? null : levelOfCode(parentCode);
    const whole =
      listLevel &&
      size === n &&
      !a.search &&
      (parentCode === null || (parentLevel !== null && levelBelow(parentLevel) === listLevel));
    return { size, scope: { level: listLevel, ...(whole ? { whole: { parentCode, count: n } } : {}) } };
  },
  'Query.region': (a) => {
    const code = str(a.code) ?? '';
    const level = levelOfCode(code);
    return { size: 1, scope: { level, ...(level ? { whole: { parentCode: code.trim(), count: 1 } } : {}) } };
  },
  'Region.children': (_a, s, f) => {
    const below = levelBelow(s.level ?? null);
    if (s.whole && below) {
      const children = f.regionsUnder(s.whole.parentCode ?? 'ID', below);
      return {
        size: s.whole.count ? children / s.whole.count : 0,
        scope: { level: below, whole: { parentCode: s.whole.parentCode, count: children } },
      };
    }
    return { size: f.maxChildren(s.level ?? null), scope: { level: below } };
  },
  'Region.ancestors': () => ({ size: 4, scope: { level: null } }),
  'Query.comparison': (a) => ({ size: 1, scope: { ...comparisonScope(a), indicatorCodes: [str(a.indicatorCode) ?? ''] } }),
  'Query.comparisons': (a) => ({ size: list(a.indicatorCodes)?.length ?? 0, scope: comparisonScope(a) }),
  'Comparison.rows': (_a, s, f) => ({
    size: upTo(f.regionsUnder(s.parentCode ?? 'ID', s.level ?? null), s),
    scope: { level: s.level ?? null },
  }),
  'ComparisonRow.peers': () => ({ size: 2 }),
  'ComparisonRow.peerCodes': () => ({ size: 2 }),
  // Every region of the level under the parent, with or without values; a row's breaks at most all there are.
  'Query.periodChange': (a) => ({ size: 1, scope: { ...comparisonScope(a), indicatorCodes: [str(a.indicatorCode) ?? ''] } }),
  'PeriodChange.rows': (_a, s, f) => ({
    size: f.regionsUnder(s.parentCode ?? 'ID', s.level ?? null),
    scope: { level: s.level ?? null },
  }),
  // A row's breaks are its region's: every recorded split adds breaks, but only the split regions' own.
  'PeriodChangeRow.seriesBreaks': (_a, _s, f) => ({ size: f.seriesBreaksPerRegion }),
  'Comparison.notYetFormedCodes': (_a, s, f) => ({ size: f.regionsUnder(s.parentCode ?? 'ID', s.level ?? null) }),
  'Comparison.missingCodes': (_a, s, f) => ({ size: f.regionsUnder(s.parentCode ?? 'ID', s.level ?? null) }),
  'Query.series': (a, _s, f) => ({
    size: regionListSize(a, f),
    scope: { indicatorCodes: [str(a.indicatorCode) ?? ''], from: str(a.periodFrom), to: str(a.periodTo) },
  }),
  'Query.seriesGrid': (a, _s, f) => ({
    size: regionListSize(a, f) * (list(a.indicatorCodes)?.length ?? 0),
    scope: { indicatorCodes: list(a.indicatorCodes), from: str(a.periodFrom), to: str(a.periodTo) },
  }),
  'Series.points': (_a, s, f) => ({ size: f.periods(s.indicatorCodes ?? null, s.from ?? null, s.to ?? null) }),
  'Query.observations': (a) => {
    const filter = (a.filter ?? {}) as Args;
    return {
      size: 1,
      scope: {
        indicatorCodes: list(filter.indicatorCodes),
        from: str(filter.periodFrom),
        to: str(filter.periodTo),
        parentCode: str(filter.parentCode),
        level: str(filter.level),
        rows: typeof a.first === 'number' ? a.first : 100,
      },
    };
  },
  'ObservationConnection.edges': (_a, s, f) => ({
    size: Math.min(s.rows ?? 0, f.observations(s.indicatorCodes ?? null, s.from ?? null, s.to ?? null)),
  }),
  // A count reads every row it counts (narrowed only by indicators and periods here: an upper bound).
  'ObservationConnection.totalCount': (_a, s, f) => ({
    size: 1,
    own: 1 + scan(f.observations(s.indicatorCodes ?? null, s.from ?? null, s.to ?? null)),
  }),
  'Query.indicators': (_a, _s, f) => ({ size: f.indicators }),
  // Coverage reads the tallies the observation triggers keep (a row per indicator and per period), not the values.
  'Indicator.coverage': () => ({ size: 1, scope: { indicatorCodes: null } }),
  'IndicatorCoverage.periods': (_a, s, f) => ({ size: f.periods(s.indicatorCodes ?? null, null, null) }),
  'Indicator.levels': () => ({ size: 5 }),
  'Indicator.periodMonths': () => ({ size: 12 }),
  'Indicator.seriesBreaks': (_a, _s, f) => ({ size: f.seriesBreaks }),
  'Query.planningDocuments': (_a, _s, f) => ({ size: f.planningDocuments }),
  'PlanningDocument.targets': (_a, _s, f) => ({ size: f.document(null).targets }),
  'Query.scorecard': (a, _s, f) => {
    const doc = f.document(str(a.documentCode));
    const parentCode = str(a.parentCode);
    const regions =
      list(a.regionCodes)?.length ?? (parentCode ? f.regionsUnder(parentCode, null) + (a.includeParent ? 1 : 0) : doc.regions);
    const indicators = list(a.indicatorCodes)?.length ?? doc.indicators;
    return { size: 1, scope: { rows: regions * indicators, parentCode, documentCode: str(a.documentCode), ...firstOf(a) } };
  },
  'Scorecard.cells': (_a, s) => ({ size: upTo(s.rows ?? 0, s) }),
  'Scorecard.missing': (_a, s) => ({ size: s.rows ?? 0 }),
  'Scorecard.stale': (_a, s) => ({ size: s.rows ?? 0 }),
  'Scorecard.regionCodes': (_a, s) => ({ size: s.rows ?? 0 }),
  'Scorecard.indicatorCodes': (_a, _s, f) => ({ size: f.indicators }),
  'Query.compositeIndex': (a, _s, f) => ({ size: regionListSize(a, f), scope: { rows: f.indicators } }),
  'Query.compositeMethodologies': (_a, _s, f) => ({ size: f.methodologies, scope: { rows: f.indicators } }),
  'Mutation.defineCompositeMethodology': (_a, _s, f) => ({ size: 1, scope: { rows: f.indicators } }),
  'CompositeMethodology.dimensions': (_a, s) => ({ size: s.rows ?? 0 }),
  'CompositeDimensionDefinition.components': (_a, s) => ({ size: s.rows ?? 0 }),
  'CompositeResult.dimensions': (_a, s) => ({ size: s.rows ?? 0 }),
  'CompositeResult.missing': (_a, s) => ({ size: s.rows ?? 0 }),
  'CompositeDimensionStep.components': (_a, s) => ({ size: s.rows ?? 0 }),
  'CompositeDimensionStep.missing': (_a, s) => ({ size: s.rows ?? 0 }),
  // Stored results cover the kabupaten/kota of one province; their steps hold at most the largest method's dimensions
  // and components (facts), not every indicator.
  'Mutation.computeCompositeIndex': (a) => ({ size: 1, scope: { parentCode: str(a.parentCode) } }),
  'Query.compositeResultSet': (a) => ({ size: 1, scope: { parentCode: str(a.parentCode) } }),
  'Query.compositeInputGaps': (a, _s, f) => ({
    size: 1,
    scope: { rows: f.methodologyDimensions * f.methodologyComponents, parentCode: str(a.parentCode) },
  }),
  'CompositeResultSet.results': (_a, s, f) => ({
    size: f.regionsUnder(s.parentCode ?? 'ID', 'REGENCY_CITY'),
    scope: { rows: f.methodologyDimensions * f.methodologyComponents, dimensions: f.methodologyDimensions },
  }),
  'CompositeInputGaps.regions': (_a, s, f) => ({ size: f.regionsUnder(s.parentCode ?? 'ID', 'REGENCY_CITY') }),
  // A province's stored sets, newest first, capped by the query (results.service.ts).
  'Query.compositeResultSets': () => ({ size: 200 }),
  // The kabupaten/kota a published set had no index for: at most every kab/kota under the parent (all, without one).
  'CompositeResultPublication.withoutValue': (_a, s, f) => ({ size: f.regionsUnder(s.parentCode ?? 'ID', 'REGENCY_CITY') }),
  'StoredCompositeResult.dimensions': (_a, s, f) => ({
    size: s.dimensions ?? f.methodologyDimensions,
    scope: { rows: f.methodologyComponents },
  }),
  'StoredCompositeResult.missing': (_a, s) => ({ size: s.rows ?? 0 }),
  'CompositeRegionGaps.missing': (_a, s) => ({ size: s.rows ?? 0 }),
  'CompositeRegionGaps.unverified': (_a, s) => ({ size: s.rows ?? 0 }),
  'CompositeRegionGaps.unverifiedStatuses': (_a, s) => ({ size: s.rows ?? 0 }),
  'Query.programmes': (_a, _s, f) => ({ size: f.programmes }),
  // A catalogue entry changes a few times a year; a version lists the fields that changed (an indicator has 27).
  'Query.indicatorHistory': () => ({ size: 100 }),
  'Query.programmeHistory': () => ({ size: 100 }),
  'IndicatorVersion.changes': () => ({ size: 28 }),
  'ProgrammeVersion.changes': () => ({ size: 8 }),
  'IndicatorDefinition.levels': () => ({ size: 5 }),
  'IndicatorDefinition.periodMonths': () => ({ size: 12 }),
  'IndicatorSaved.changedFields': () => ({ size: 28 }),
  'IndicatorSaved.notices': () => ({ size: 5 }),
  'ProgrammeSaved.changedFields': () => ({ size: 8 }),
  'ProgrammeSaved.notices': () => ({ size: 5 }),
  // Every account, each with its roles (administrators only); a person's tokens are capped by the accounts service.
  'Query.accounts': (_a, _s, f) => ({ size: f.accounts }),
  'Query.accessTokens': () => ({ size: 20 }),
  // The training data set's generators (training/generators.ts): a handful.
  'Dataset.generators': () => ({ size: 10 }),
  'Account.grants': (_a, _s, f) => ({ size: f.grantsPerAccount }),
  // The queue lists at most 500 items; a value's or target's history is its audit entries (a few per import or decision).
  'ReviewQueue.items': () => ({ size: 500 }),
  'ReviewItem.flags': () => ({ size: 2 }),
  'ValueHistory.changes': () => ({ size: 100 }),
  'CountHistory.changes': () => ({ size: 100 }),
  // An account's decks and a deck's slides are capped by the decks service.
  'Query.decks': () => ({ size: DECK_LIMITS.decksPerAccount }),
  'Deck.slides': () => ({ size: DECK_LIMITS.slidesPerDeck }),
  'TargetHistory.changes': () => ({ size: 100 }),
  // A region's own data: a region has at most a document's targets, and at most every figure there is.
  'Region.series': (a) => ({
    size: 1,
    scope: { indicatorCodes: [str(a.indicatorCode) ?? ''], from: str(a.periodFrom), to: str(a.periodTo) },
  }),
  'Region.targets': (a, _s, f) => ({
    size: str(a.documentCode) ? f.document(str(a.documentCode)).targets : f.planningDocuments * f.document(null).targets,
  }),
  'Region.programmeFigures': (a, _s, f) => ({
    size: Math.min(
      f.programmeFiguresPerRegion,
      (list(a.programmeCodes)?.length ?? f.programmes) * (typeof a.year === 'number' ? 1 : 50),
    ),
  }),
  'Query.programmeFigures': (a, _s, f) => {
    const programmes = list(a.programmeCodes)?.length ?? f.programmes;
    const regions = list(a.regionCodes)?.length ?? (str(a.parentCode) ? f.regionsUnder(str(a.parentCode), null) : f.regionsTotal);
    return {
      size: Math.min(
        f.programmeFigures,
        regions * f.programmeFiguresPerRegion,
        programmes * regions * (typeof a.year === 'number' ? 1 : 50),
      ),
    };
  },
  // A table: rows are regions (listed, then those under the parent) × periods (listed, else those in the range); a row
  // has a cell per indicator, and the summary names every empty cell at most.
  'Query.table': (a, _s, f) => {
    const indicatorCodes = list(a.indicatorCodes) ?? [];
    const parentCode = str(a.parentCode) ?? (list(a.regionCodes)?.length ? null : 'ID');
    const regions = (list(a.regionCodes)?.length ?? 0) + (parentCode ? f.regionsUnder(parentCode, str(a.level)) : 0);
    const periods = list(a.periods)?.length || f.periods(indicatorCodes, str(a.periodFrom), str(a.periodTo));
    return { size: 1, scope: { rows: regions * periods, indicatorCodes } };
  },
  'Table.columns': (_a, s) => ({ size: s.indicatorCodes?.length ?? 0 }),
  'Table.periods': (_a, s, f) => ({ size: f.periods(s.indicatorCodes ?? null, null, null) }),
  'Table.rows': (_a, s) => ({ size: s.rows ?? 0, scope: { indicatorCodes: s.indicatorCodes ?? null } }),
  'TableRow.cells': (_a, s) => ({ size: s.indicatorCodes?.length ?? 0 }),
  'TableSummary.missingCells': (_a, s) => ({ size: (s.rows ?? 0) * (s.indicatorCodes?.length ?? 0) }),
  // A group per parent of the members (or one); a group's region lists hold at most its members.
  'Query.aggregate': (a, _s, f) => ({ size: 1, scope: aggregateScope(a, f) }),
  'Aggregation.groups': (_a, s) => ({ size: s.groups ?? 1 }),
  'AggregateGroup.missingCodes': (_a, s) => ({ size: s.rows ?? 0 }),
  'AggregateGroup.notYetFormedCodes': (_a, s) => ({ size: s.rows ?? 0 }),
  'AggregateGroup.minRegionCodes': (_a, s) => ({ size: s.rows ?? 0 }),
  'AggregateGroup.maxRegionCodes': (_a, s) => ({ size: s.rows ?? 0 }),
  'AggregateGroup.weightMissingCodes': (_a, s) => ({ size: s.rows ?? 0 }),
  'AggregateGroup.notes': () => ({ size: 2 }),
  // Activities: a page of `first`, each with at most MAX_STAGES stages; an overlap or ranking per kabupaten/kota of the
  // parent (an overlap group holds a few implementers' activities); a budget series a point a year.
  'Query.activities': (a) => ({ size: 1, scope: { rows: typeof a.first === 'number' ? a.first : 200 } }),
  'ActivityList.nodes': (_a, s) => ({ size: s.rows ?? 0 }),
  'Activity.stages': () => ({ size: 12 }),
  'Query.activityOverlaps': (a, _s, f) => ({ size: 10 * Math.max(1, f.regionsUnder(str(a.parentCode), 'REGENCY_CITY')) }),
  'ActivityOverlap.implementerCodes': () => ({ size: 5 }),
  'ActivityOverlap.activities': () => ({ size: 10 }),
  'Query.activityRanking': (a, _s, f) => ({ size: Math.max(1, f.regionsUnder(str(a.parentCode), 'REGENCY_CITY')) }),
  'Query.activityBudget': (a) => ({
    size: list(a.implementerCodes)?.length ?? 50,
    scope: { rows: typeof a.fromYear === 'number' && typeof a.toYear === 'number' ? Math.max(1, a.toYear - a.fromYear + 1) : 30 },
  }),
  'ActivityBudgetSeries.points': (_a, s) => ({ size: s.rows ?? 30 }),
  'Query.rollUp': (a, _s, f) => ({ size: 1, scope: { rows: f.regionsUnder(str(a.parentCode) ?? 'ID', null) } }),
  'RollUp.coveredChildren': (_a, s) => ({ size: s.rows ?? 0 }),
  'RollUp.missingChildren': (_a, s) => ({ size: s.rows ?? 0 }),
  'RollUp.notYetFormedChildren': (_a, s) => ({ size: s.rows ?? 0 }),
  'RollUp.childrenWithoutParts': (_a, s) => ({ size: s.rows ?? 0 }),
  // SPM Bidang Sosial: five basic services per region (PP 2/2018 Pasal 10); a province's kabupaten/kota for the list.
  'Query.spmAchievements': (a, _s, f) => ({ size: f.regionsUnder(str(a.parentCode) ?? 'ID', null) }),
  'SpmAchievement.services': () => ({ size: 5 }),
  // Category profiles: every category of a set (26 PPKS), the regions below that may lack figures, a few sources.
  'Query.breakdownSets': () => ({ size: 10 }),
  'Query.breakdownYears': () => ({ size: 200 }),
  'BreakdownSet.indicatorCodes': () => ({ size: 10 }),
  'BreakdownSet.categories': () => ({ size: MAX_CATEGORIES }),
  'Query.breakdownProfile': (a, _s, f) => ({
    size: 1,
    scope: { rows: f.regionsUnder(str(a.regionCode) ?? 'ID', 'REGENCY_CITY') },
  }),
  'Query.breakdownProfiles': (a, _s, f) => {
    const parentCode = str(a.parentCode) ?? 'ID';
    return { size: f.regionsUnder(parentCode, null), scope: { rows: f.maxChildren(levelBelow(levelOfCode(parentCode))) } };
  },
  'BreakdownProfile.missingRegions': (_a, s) => ({ size: s.rows ?? 0 }),
  'BreakdownProfile.categories': () => ({ size: MAX_CATEGORIES }),
  'BreakdownProfile.missingCategoryCodes': () => ({ size: MAX_CATEGORIES }),
  'BreakdownProfile.sources': () => ({ size: 10 }),
  // An import lists its first 1,000 errors (and one saying how many more), a few notices, the earlier imports of the file.
  'ImportReport.errors': () => ({ size: 1001 }),
  'ImportReport.previousImports': () => ({ size: 100 }),
  'ImportReport.notices': () => ({ size: 10 }),
  // Import history and audit trail: pages of `first` items (at most 500). A count scans the rows it counts: imports
  // are a few a day (10,000 is years of them); the trail is counted as one entry per stored value (an estimate).
  'Query.importBatches': (a) => ({ size: 1, scope: { rows: typeof a.first === 'number' ? a.first : 50 } }),
  'ImportBatchPage.nodes': (_a, s) => ({ size: s.rows ?? 0 }),
  'ImportBatchPage.totalCount': () => ({ size: 1, own: 1 + scan(10_000) }),
  'Query.auditEntries': (a) => ({ size: 1, scope: { rows: typeof a.first === 'number' ? a.first : 50 } }),
  'AuditEntryPage.nodes': (_a, s) => ({ size: s.rows ?? 0 }),
  'AuditEntryPage.totalCount': (_a, _s, f) => ({ size: 1, own: 1 + scan(f.observations(null, null, null)) }),
};

/** Categories a breakdown set holds at most (the PPKS list has 26). */
const MAX_CATEGORIES = 40;
