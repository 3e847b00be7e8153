import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AggregationRule, IndicatorDirection, Periodicity, ProgrammeScope, RegionLevel } from '../generated/prisma/enums.js';
import { IndicatorDefinition } from '../indicators/indicator.types.js';
import { ProgrammeDefinition } from '../programmes/programmes.graphql.js';

export enum CatalogueOrigin {
  SEED = 'SEED',
  IMPORT = 'IMPORT',
  EDIT = 'EDIT',
}
registerEnumType(CatalogueOrigin, {
  name: 'CatalogueChangeOrigin',
  description: 'Through what a catalogue entry changed.',
  valuesConfig: {
    SEED: { description: 'The catalogue shipped with the platform (prisma/seed), applied at start-up by system:seed.' },
    IMPORT: { description: 'A catalogue file imported through the import pipeline (importBatchId names it).' },
    EDIT: { description: 'An administrator’s saveIndicator or saveProgramme.' },
  },
});

export enum SaveOutcome {
  CREATED = 'CREATED',
  REVISED = 'REVISED',
  UNCHANGED = 'UNCHANGED',
}
registerEnumType(SaveOutcome, {
  name: 'CatalogueSaveOutcome',
  description: 'What saving a catalogue entry did.',
  valuesConfig: {
    CREATED: { description: 'A new entry, stored as version 1.' },
    REVISED: { description: 'A changed entry, stored as a new version.' },
    UNCHANGED: { description: 'Everything given was already so: nothing written, no version.' },
  },
});

@InputType({
  description:
    'An indicator to create or revise. Only code is required: a field left out keeps its stored value (a new indicator needs every non-null field of Indicator); null clears an optional field. The same rules as a catalogue file row.',
})
export class IndicatorInput {
  @Field(() => String, { description: 'The indicator’s code: letters, digits, “.”, “_”, “-”; at most 64 characters.' })
  code!: string;
  @Field(() => String, { nullable: true, description: 'Name in Bahasa Indonesia.' })
  nameId?: string | null;
  @Field(() => String, { nullable: true, description: 'Name in English.' })
  nameEn?: string | null;
  @Field(() => String, { nullable: true, description: 'Definition in Bahasa Indonesia.' })
  definitionId?: string | null;
  @Field(() => String, { nullable: true, description: 'Definition in English.' })
  definitionEn?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Unit in Bahasa Indonesia, e.g. "persen"; fixed once the indicator has values or targets.',
  })
  unitId?: string | null;
  @Field(() => String, { nullable: true, description: 'Unit in English, e.g. "percent".' })
  unitEn?: string | null;
  @Field(() => Int, { nullable: true, description: 'Decimals to show, 0 to 6.' })
  decimals?: number | null;
  @Field(() => IndicatorDirection, {
    nullable: true,
    description: 'Which way is better; fixed once the indicator has values or targets.',
  })
  direction?: IndicatorDirection | null;
  @Field(() => Periodicity, { nullable: true, description: 'How often it is measured.' })
  periodicity?: Periodicity | null;
  @Field(() => [Int], {
    nullable: true,
    description: 'Months of the rounds: 2 for SEMIANNUAL, 4 for QUARTERLY, none (or 12) for MONTHLY, none for ANNUAL.',
  })
  periodMonths?: number[] | null;
  @Field(() => Int, { nullable: true, description: 'The round (a month of periodMonths) an annual figure comes from.' })
  annualRound?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Rounds compare with the same round a year earlier (seasonal figures).' })
  yearOnYear?: boolean | null;
  @Field(() => [RegionLevel], { nullable: true, description: 'Levels at which it is published (at least one).' })
  levels?: RegionLevel[] | null;
  @Field(() => AggregationRule, {
    nullable: true,
    description: 'How child regions combine; fixed once the indicator has values or targets.',
  })
  aggregation?: AggregationRule | null;
  @Field(() => String, {
    nullable: true,
    description: 'For POPULATION_WEIGHTED_MEAN: the weighting indicator, which must exist.',
  })
  weightIndicatorCode?: string | null;
  @Field(() => Float, { nullable: true, description: 'Smallest admissible value (at most maxValue).' })
  minValue?: number | null;
  @Field(() => Float, { nullable: true, description: 'Largest admissible value.' })
  maxValue?: number | null;
  @Field(() => String, { nullable: true, description: 'Topic, e.g. "kemiskinan".' })
  topic?: string | null;
  @Field(() => String, { nullable: true, description: 'Code in a planning document, e.g. "04.02.001".' })
  referenceCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Publisher and table or publication.' })
  source?: string | null;
  @Field(() => String, { nullable: true, description: 'Address of the publisher’s table (http or https).' })
  sourceUrl?: string | null;
  @Field(() => Float, {
    nullable: true,
    description: 'For a ratio: the factor (100 for a percentage); set together with the four labels below, or all null.',
  })
  ratioFactor?: number | null;
  @Field(() => String, { nullable: true, description: 'What the numerator counts, in Bahasa Indonesia.' })
  numeratorId?: string | null;
  @Field(() => String, { nullable: true, description: 'What the numerator counts, in English.' })
  numeratorEn?: string | null;
  @Field(() => String, { nullable: true, description: 'What the denominator counts, in Bahasa Indonesia.' })
  denominatorId?: string | null;
  @Field(() => String, { nullable: true, description: 'What the denominator counts, in English.' })
  denominatorEn?: string | null;
}

@InputType({
  description:
    'A programme to create or revise. Only code is required: a field left out keeps its stored value (a new programme needs scope, nameId and nameEn); null clears an optional field. The same rules as a catalogue file row.',
})
export class ProgrammeInput {
  @Field(() => String, { description: 'The programme’s code: letters, digits, “.”, “_”, “-”; at most 64 characters.' })
  code!: string;
  @Field(() => ProgrammeScope, { nullable: true, description: 'NATIONAL or REGIONAL.' })
  scope?: ProgrammeScope | null;
  @Field(() => String, {
    nullable: true,
    description:
      'For a region’s own programme: the region that runs it (Kemendagri or BPS code, or name). Only REGIONAL programmes have one; administrators of that region may change the programme.',
  })
  regionCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Name in Bahasa Indonesia.' })
  nameId?: string | null;
  @Field(() => String, { nullable: true, description: 'Name in English.' })
  nameEn?: string | null;
  @Field(() => String, { nullable: true, description: 'Short description in Bahasa Indonesia.' })
  descriptionId?: string | null;
  @Field(() => String, { nullable: true, description: 'The programme one level up, which must exist (nomenclature: "1.06.05").' })
  parentCode?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Unit of recipients, e.g. KPM or jiwa; fixed once the programme has figures.',
  })
  recipientUnit?: string | null;
}

@ObjectType({ description: 'One field of a catalogue entry that changed, as text (lists as "3;9").' })
export class CatalogueFieldChange {
  @Field(() => String, { description: 'The field, as named in Indicator or Programme (e.g. "unitId").' })
  field!: string;
  @Field(() => String, { nullable: true, description: 'Before the change; null when it was empty or the entry new.' })
  oldValue!: string | null;
  @Field(() => String, { nullable: true, description: 'After the change; null when cleared.' })
  newValue!: string | null;
}

@ObjectType({ description: 'What every version of a catalogue entry says.' })
class CatalogueVersionBase {
  @Field(() => Int, { description: 'Version number: 1 is the entry’s creation, each later one a change.' })
  version!: number;
  @Field(() => CatalogueOrigin, { description: 'Through what it changed: the seed, a catalogue file, an edit.' })
  origin!: CatalogueOrigin;
  @Field(() => String, { description: 'Who changed it: an account, operator:<OS user>, or system:seed.' })
  changedBy!: string;
  @Field(() => String, { description: 'When (ISO 8601, UTC).' })
  changedAt!: string;
  @Field(() => String, { nullable: true, description: 'Why, as given with the change (or the file’s name).' })
  reason!: string | null;
  @Field(() => Int, { nullable: true, description: 'The import batch of a catalogue file (importBatches); null otherwise.' })
  importBatchId!: number | null;
  @Field(() => String, { nullable: true, description: 'The name of that file.' })
  fileName!: string | null;
  @Field(() => [CatalogueFieldChange], { description: 'The fields that changed, with their old and new values.' })
  changes!: CatalogueFieldChange[];
}

@ObjectType({ description: 'One version of an indicator’s definition: who changed what, when, through what, and why.' })
export class IndicatorVersion extends CatalogueVersionBase {
  @Field(() => IndicatorDefinition, { description: 'The whole definition after this change.' })
  definition!: IndicatorDefinition;
  @Field(() => IndicatorDefinition, { nullable: true, description: 'The whole definition before it; null for version 1.' })
  previous!: IndicatorDefinition | null;
}

@ObjectType({ description: 'One version of a programme’s definition: who changed what, when, through what, and why.' })
export class ProgrammeVersion extends CatalogueVersionBase {
  @Field(() => ProgrammeDefinition, { description: 'The whole definition after this change.' })
  definition!: ProgrammeDefinition;
  @Field(() => ProgrammeDefinition, { nullable: true, description: 'The whole definition before it; null for version 1.' })
  previous!: ProgrammeDefinition | null;
}

@ObjectType({ description: 'What saving a catalogue entry did.' })
class SavedBase {
  @Field(() => SaveOutcome, { description: 'Created, revised, or unchanged (nothing written).' })
  outcome!: SaveOutcome;
  @Field(() => Int, { nullable: true, description: 'The version now stored; null when unchanged.' })
  version!: number | null;
  @Field(() => [String], { description: 'The fields that changed (every field of a new entry).' })
  changedFields!: string[];
  @Field(() => [String], {
    description: 'Worth knowing, not errors: e.g. an indicator with values now shown with other decimals.',
  })
  notices!: string[];
}

@ObjectType({ description: 'What saveIndicator did.' })
export class IndicatorSaved extends SavedBase {
  @Field(() => IndicatorDefinition, { description: 'The indicator’s definition as now stored.' })
  indicator!: IndicatorDefinition;
}

@ObjectType({ description: 'What saveProgramme did.' })
export class ProgrammeSaved extends SavedBase {
  @Field(() => ProgrammeDefinition, { description: 'The programme’s definition as now stored.' })
  programme!: ProgrammeDefinition;
}
