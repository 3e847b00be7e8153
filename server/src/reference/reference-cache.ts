import type { PeriodWithData } from '../comparison/comparison.service.js';
import type { Database } from '../db/database.js';
import type { IndicatorCoverage } from '../indicators/indicator.types.js';
import type { IndicatorRecord } from '../indicators/indicators.service.js';
import type { SeriesBreakRule } from '../observations/series.js';
import type { RegionNameIndex } from '../regions/region-names.js';
import type { FormedRegion, RegionRecord, RegionSplit } from '../regions/regions.service.js';
import type { DocumentRecord, TargetRecord } from '../targets/targets.service.js';

/** The channel the migration `notify_reference_changes` sends the changed table's name on. */
export const REFERENCE_CHANGE_CHANNEL = 'kesra_reference_change';

/**
 * What one reference table answered, kept between requests until the table changes. Every dashboard
 * request starts by looking up its indicator, region and series breaks; held here, they cost no
 * round trip to the database.
 */
export class TableCache<K, V> {
  private readonly entries = new Map<K, V>();
  /** Moves on with every change: a read that started before it must not be kept. */
  private generation = 0;

  constructor(
    private readonly isLive: () => boolean,
    private readonly maxEntries: number,
  ) {}

  clear(): void {
    this.entries.clear();
    this.generation++;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The value held for `key`, if any: for callers that can use it at once and otherwise read. */
  peek(key: K): V | undefined {
    return this.isLive() ? this.entries.get(key) : undefined;
  }

  /** The value of one key, from `read` unless held. */
  async get(key: K, read: () => Promise<V>): Promise<V> {
    const [value] = await this.getMany([key], async () => [await read()]);
    return value as V;
  }

  /** The values of `keys`, in their order; those not held come from one call of `read`. */
  async getMany(keys: readonly K[], read: (missing: K[]) => Promise<readonly V[]>): Promise<V[]> {
    const found = new Map<K, V>();
    const missing = new Set<K>();
    for (const key of keys) {
      if (this.isLive() && this.entries.has(key)) found.set(key, this.entries.get(key)!);
      else missing.add(key);
    }
    if (missing.size) {
      const generation = this.generation;
      const asked = [...missing];
      const values = await read(asked);
      // A change notified while the read was under way may not be in what it returned: use it, keep it not.
      // Nor is "not found" kept: the keys are whatever a client sends, and only found ones are bounded.
      const keep = this.isLive() && generation === this.generation;
      if (keep && this.entries.size + asked.length > this.maxEntries) this.entries.clear();
      asked.forEach((key, i) => {
        const value = deepFreeze(values[i] as V);
        found.set(key, value);
        if (keep && value !== null && value !== undefined) this.entries.set(key, value);
      });
    }
    return keys.map((key) => found.get(key) as V);
  }
}

/** Shared between requests: a resolver that changed a held record would change it for everyone. */
function deepFreeze<V>(value: V): V {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * The indicator catalogue, the region registry, the series breaks, which periods have data, and the planning
 * documents with their targets, kept between requests while the database's change notifications arrive (triggers on those tables NOTIFY on commit, whichever process
 * wrote). Without notifications — before listening starts, or while its connection is down — nothing
 * is held and every lookup reads the database. A change is seen by the next request once its
 * notification has arrived, a few milliseconds after the commit.
 */
export class ReferenceCache {
  private live = false;
  /**
   * Moves on with every change notified, or possibly missed (listening started or stopped): what was derived from the
   * data (the cost estimate's facts) may be stale. Not by `clear`, which drops held values only.
   */
  changes = 0;
  private stopListening: (() => Promise<void>) | null = null;
  readonly indicators = new TableCache<string, IndicatorRecord | null>(() => this.live, 10_000);
  /** Kabupaten/kota and above are ~550 regions; desa lookups come and go, so the size is capped. */
  readonly regions = new TableCache<string, RegionRecord | null>(() => this.live, 20_000);
  /** Names, aliases and BPS codes of the regions down to kabupaten/kota, for region arguments written as names. */
  readonly regionNames = new TableCache<'all', RegionNameIndex>(() => this.live, 1);
  readonly seriesBreaks = new TableCache<'all', readonly SeriesBreakRule[]>(() => this.live, 1);
  /** The regions formed by a recorded split (six provinces today), so comparisons leave them out of earlier years. */
  readonly formedRegions = new TableCache<'all', readonly FormedRegion[]>(() => this.live, 1);
  /** Every recorded split (region_change), which a roll-up needs to know which children a parent's figure covers. */
  readonly regionSplits = new TableCache<'all', readonly RegionSplit[]>(() => this.live, 1);
  /**
   * Which periods have data for an indicator at a level under a parent (key: see periodsKey). Every
   * comparison starts from it, and it changes only when observations do (an import, a revision).
   */
  readonly periodsWithData = new TableCache<string, readonly PeriodWithData[]>(() => this.live, 20_000);
  /** The regions one level under each parent asked for (a parent a client names may have none: the size is capped). */
  readonly children = new TableCache<string, readonly RegionRecord[]>(() => this.live, 5_000);
  readonly planningDocuments = new TableCache<'all', readonly DocumentRecord[]>(() => this.live, 1);
  /**
   * What each kind of reader may read of each indicator (key: "all:<code>" or "checked:<code>"): a count over all its
   * values, which only an import or a revision changes. Held, it costs a request nothing (see cost.ts).
   */
  readonly coverage = new TableCache<string, IndicatorCoverage>(() => this.live, 10_000);
  /** The targets of each planning document a kind of reader sees (key: "all:<code>" or "checked:<code>"; only documents that exist). */
  readonly targets = new TableCache<string, readonly TargetRecord[]>(() => this.live, 1_000);

  /** The held values each table's change makes stale. */
  private readonly byTable: Record<string, TableCache<unknown, unknown>[]> = {
    indicator: [this.indicators, this.coverage] as TableCache<unknown, unknown>[],
    region: [this.regions, this.children, this.periodsWithData, this.regionNames, this.formedRegions] as TableCache<
      unknown,
      unknown
    >[],
    series_break: [this.seriesBreaks as TableCache<unknown, unknown>],
    region_change: [this.regionSplits as TableCache<unknown, unknown>],
    observation: [this.periodsWithData, this.coverage] as TableCache<unknown, unknown>[],
    planning_document: [this.planningDocuments, this.targets] as TableCache<unknown, unknown>[],
    target: [this.targets as TableCache<unknown, unknown>],
    // Nothing held comes from these; their change only makes the cost estimate's facts stale.
    programme: [],
    programme_figure: [],
    composite_methodology: [],
    app_user: [],
    role_grant: [],
    // Nor from these: notified for the answers kept for visitors (visitor-answers.ts), which any change drops.
    source: [],
    activity: [],
    activity_stage: [],
    import_batch: [],
    composite_result_set: [],
    composite_result_value: [],
    observation_revision: [],
    deck: [],
    deck_slide: [],
    breakdown_set: [],
    breakdown_category: [],
    indicator_breakdown: [],
    breakdown_count: [],
    breakdown_count_revision: [],
    dataset: [],
  };

  /** Starts listening for changes; resolves once listening, so held values are never older than it. */
  static async start(db: Database): Promise<ReferenceCache> {
    const cache = new ReferenceCache();
    cache.stopListening = await db.listen(REFERENCE_CHANGE_CHANNEL, {
      message: (table) => cache.changed(table),
      listening: () => cache.setLive(true),
      lost: () => cache.setLive(false),
    });
    return cache;
  }

  /** Whether values are being kept (change notifications are arriving). */
  get isLive(): boolean {
    return this.live;
  }

  private setLive(live: boolean): void {
    this.changes++;
    // Either way, changes may have gone unnoticed: start from nothing.
    this.clear();
    this.live = live;
  }

  /** A table changed; an unknown name (or none) drops everything. */
  changed(table: string): void {
    this.changes++;
    const caches = this.byTable[table];
    if (caches) for (const cache of caches) cache.clear();
    else this.clear();
  }

  clear(): void {
    for (const cache of new Set(Object.values(this.byTable).flat())) cache.clear();
  }

  async stop(): Promise<void> {
    this.setLive(false);
    await this.stopListening?.();
    this.stopListening = null;
  }
}
