import type { Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { activitiesGenerator } from './generators/activities.js';
import { categoryCountsGenerator } from './generators/category-counts.js';
import { iksInputsGenerator } from './generators/iks-inputs.js';
import { programmeFiguresGenerator } from './generators/programme-figures.js';
import { spmServicesGenerator } from './generators/spm-services.js';

// The registry of training-data generators. Each writes import files in a layout the import already reads
// (imports/layouts.ts); the loader runs them through the same import as users' files, so generated figures pass the
// same validation. A generator draws every number from ctx.random and nothing else (no clock, no Math.random), so
// a seed gives the same files on every run; each generator gets its own sequence (seed + its name), so adding a
// generator does not change the others' data.

/** Bumped when a generator's output for a given seed changes, so a database says which data it holds. */
export const GENERATOR_VERSION = '2';

export interface TrainingRegion {
  /** Kemendagri code ("75.01"). */
  code: string;
  name: string;
  level: 'PROVINCE' | 'REGENCY_CITY';
  parentCode: string | null;
  /** Year the region was formed (pemekaran); a value for an earlier year would be refused by the import. */
  existsSince: number | null;
}

export interface GeneratorContext {
  /** Numbers in [0, 1), the same sequence for the same seed and generator. */
  random(): number;
  /** Provinces and kabupaten/kota of the registry (limited to some provinces when the loader is asked to). */
  regions: readonly TrainingRegion[];
  /** The years to generate, oldest first. */
  years: readonly number[];
  /**
   * The day the data set is loaded (YYYY-MM-DD), from the loader: a generator leaves out what cannot have happened
   * yet (a report dated after it, which the import refuses). Only a year reaching past it differs from day to day.
   */
  today?: string;
}

export interface TrainingFile {
  /** File name as the import batch records it; its extension decides how it is read (.csv). */
  fileName: string;
  csv: string;
  /** A file without a verification status (a catalogue, activities): imported as it is rather than published. */
  unpublished?: boolean;
}

export interface TrainingGenerator {
  /** Short, stable name (also part of its random sequence's seed). */
  name: string;
  /** What the generated data shows, for the loader's log. */
  description: string;
  files(ctx: GeneratorContext): TrainingFile[];
  /**
   * What a user would compute from the loaded figures (the IKS result sets), run by the loader after every file is
   * imported, as the loader's account and through the same services as a user's request. It depends only on the
   * loaded figures, so it is as deterministic as they are; it writes nothing already there, so loading again writes
   * nothing. Returns one line per thing written.
   */
  afterImport?(db: Database, ctx: DerivedContext): Promise<string[]>;
}

export interface DerivedContext {
  viewer: Viewer;
  regions: readonly TrainingRegion[];
  years: readonly number[];
}

/** Every generator, in the order the loader runs them. Features add theirs here. */
export const TRAINING_GENERATORS: readonly TrainingGenerator[] = [
  programmeFiguresGenerator,
  spmServicesGenerator,
  categoryCountsGenerator,
  activitiesGenerator,
  iksInputsGenerator,
];
