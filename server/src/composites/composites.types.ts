import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MethodologyStatus } from '../generated/prisma/enums.js';

registerEnumType(MethodologyStatus, {
  name: 'MethodologyStatus',
  description: 'Whether a composite index method is adopted.',
  valuesConfig: {
    EXAMPLE: { description: 'Shipped to show the structure; NOT an official method.' },
    DRAFT: { description: 'Defined by an administrator, not yet adopted.' },
    OFFICIAL: { description: 'Adopted for use.' },
  },
});

@ObjectType('CompositeComponentDefinition', { description: 'An indicator inside a dimension.' })
export class ComponentDefinition {
  @Field(() => String, { description: 'The input indicator (catalogue code).' })
  indicatorCode!: string;
  @Field(() => Float, { description: 'Weight of the component within its dimension.' })
  weight!: number;
  @Field(() => Float, { nullable: true, description: 'Normalisation lower bound (MIN_MAX).' })
  min!: number | null;
  @Field(() => Float, { nullable: true, description: 'Normalisation upper bound (MIN_MAX).' })
  max!: number | null;
  @Field(() => Boolean, { description: 'Lower is better: the lower bound scores 100.' })
  invert!: boolean;
}

@ObjectType('CompositeDimensionDefinition', { description: 'A dimension of a composite index.' })
export class DimensionDefinition {
  @Field(() => String, { description: 'Short code of the dimension, e.g. "basic_needs".' })
  code!: string;
  @Field(() => String, { description: 'Name in Bahasa Indonesia, e.g. "Kebutuhan dasar".' })
  nameId!: string;
  @Field(() => String, { description: 'Name in English.' })
  nameEn!: string;
  @Field(() => Float, { description: 'Weight of the dimension in the index.' })
  weight!: number;
  @Field(() => String, { description: 'SUM, WEIGHTED_SUM or WEIGHTED_MEAN of the components.' })
  aggregation!: string;
  @Field(() => [ComponentDefinition], { description: 'The indicators that make up the dimension, with weights and bounds.' })
  components!: ComponentDefinition[];
}

@ObjectType({ description: 'A versioned method for a composite index (e.g. the IKS), held as data.' })
export class CompositeMethodology {
  @Field(() => String, { description: 'Code of the method, the same for all its versions, e.g. "IKS_ELDERLY_RPJMN".' })
  code!: string;
  @Field(() => Int, { description: 'Versions never change; a new definition is a new version.' })
  version!: number;
  @Field(() => String, { description: 'Name in Bahasa Indonesia.' })
  nameId!: string;
  @Field(() => String, { description: 'Name in English.' })
  nameEn!: string;
  @Field(() => String, { description: 'What the method computes and on what basis, in Bahasa Indonesia.' })
  descriptionId!: string;
  @Field(() => MethodologyStatus, { description: 'EXAMPLE, DRAFT or OFFICIAL: only an OFFICIAL method is adopted.' })
  status!: MethodologyStatus;
  @Field(() => String, { description: 'How dimension scores combine: SUM, WEIGHTED_SUM or WEIGHTED_MEAN.' })
  aggregation!: string;
  @Field(() => String, { description: 'NONE, or MIN_MAX: (value − min) / (max − min) × 100, clipped to the bounds.' })
  normalisation!: string;
  @Field(() => [DimensionDefinition], { description: 'The dimensions with their weighted components and bounds.' })
  dimensions!: DimensionDefinition[];
  @Field(() => String, {
    nullable: true,
    description: 'Where the method comes from (a regulation, a Kemensos note…); null if not given.',
  })
  source!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Web address of the document that publishes the method; null if not given.',
  })
  sourceUrl!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The regulation that sets the method (e.g. a Permensos or Kepmensos number); null if not given.',
  })
  legalBasis!: string | null;
  @Field(() => String, {
    description:
      'Whose administrators keep the code: "ID" for a national method, a province code (e.g. "75") for a province’s own; only they may add versions.',
  })
  regionCode!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'The catalogue indicator its results are published to (publishCompositeResultSet), e.g. "iks_elderly"; null: results are not published.',
  })
  resultIndicatorCode!: string | null;
  @Field(() => String, { description: 'Who stored this version ("seed" for the examples shipped with the platform).' })
  createdBy!: string;
  @Field(() => String, { description: 'When this version was stored (ISO 8601).' })
  createdAt!: string;
}

@ObjectType({ description: 'One component of the calculation: the input found and what it contributes.' })
export class CompositeComponentStep {
  @Field(() => String, { description: 'The input indicator (catalogue code).' })
  indicatorCode!: string;
  @Field(() => Float, { nullable: true, description: 'Input value; null when missing.' })
  rawValue!: number | null;
  @Field(() => String, { nullable: true, description: 'Period of rawValue (the period asked for); null when missing.' })
  rawPeriod!: string | null;
  @Field(() => String, { nullable: true, description: 'Source of the input value.' })
  source!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Verification status of the input value (VERIFIED, PUBLISHED, UNVERIFIED…); null when missing. A result computed from a value that is not VERIFIED or PUBLISHED is provisional.',
  })
  status!: string | null;
  @Field(() => String, { nullable: true, description: 'Address of the source, when known (stored results only).' })
  sourceUrl?: string | null;
  @Field(() => String, { nullable: true, description: 'Publisher of the source, when known (stored results only).' })
  publisher?: string | null;
  @Field(() => Int, { nullable: true, description: 'The import batch that last wrote the input value (stored results only).' })
  importBatchId?: number | null;
  @Field(() => String, { nullable: true, description: 'Who verified the input value (stored results only).' })
  reviewedBy?: string | null;
  @Field(() => String, { nullable: true, description: 'When the input value was verified, ISO 8601 (stored results only).' })
  reviewedAt?: string | null;
  @Field(() => Float, {
    nullable: true,
    description: 'rawValue after normalisation: 0–100 with MIN_MAX, rawValue itself with NONE; null when missing.',
  })
  normalised!: number | null;
  @Field(() => Float, { description: 'Weight of the component within its dimension.' })
  weight!: number;
  @Field(() => Float, { nullable: true, description: 'normalised × weight.' })
  contribution!: number | null;
  @Field(() => String, { description: 'The normalisation as arithmetic, e.g. "(25 − 0) / (50 − 0) × 100 = 50".' })
  formula!: string;
}

@ObjectType({ description: 'One dimension of the calculation.' })
export class CompositeDimensionStep {
  @Field(() => String, { description: 'Short code of the dimension, e.g. "basic_needs".' })
  code!: string;
  @Field(() => String, { description: 'Name in Bahasa Indonesia.' })
  nameId!: string;
  @Field(() => String, { description: 'Name in English.' })
  nameEn!: string;
  @Field(() => Float, { description: 'Weight of the dimension in the index.' })
  weight!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'The dimension’s score: its components combined by its aggregation; null when an input is missing.',
  })
  score!: number | null;
  @Field(() => String, { description: 'How the score was obtained, as arithmetic.' })
  formula!: string;
  @Field(() => [String], { description: 'Indicators of this dimension without a value for the region and period.' })
  missing!: string[];
  @Field(() => [CompositeComponentStep], { description: 'Each component’s input and contribution.' })
  components!: CompositeComponentStep[];
}

@ObjectType({ description: 'A composite index for one region and period, with every step so it can be checked by hand.' })
export class CompositeResult {
  @Field(() => String, { description: 'Code of the method used.' })
  methodologyCode!: string;
  @Field(() => Int, { description: 'Version of the method used.' })
  version!: number;
  @Field(() => String, { description: 'Kemendagri code of the region, e.g. "75.02".' })
  regionCode!: string;
  @Field(() => String, { description: 'The period computed; every input is read for exactly this period.' })
  period!: string;
  @Field(() => Float, { nullable: true, description: 'Null when an input is missing (see missing).' })
  value!: number | null;
  @Field(() => String, { description: 'The final aggregation as arithmetic.' })
  formula!: string;
  @Field(() => [String], { description: 'Indicators without a value for this region and period.' })
  missing!: string[];
  @Field(() => [CompositeDimensionStep], { description: 'The calculation of each dimension.' })
  dimensions!: CompositeDimensionStep[];
}

@InputType({ description: 'An indicator inside a dimension.' })
export class CompositeComponentInput {
  @Field(() => String, { description: 'Indicator code from the `indicators` catalogue.' })
  indicatorCode!: string;
  @Field(() => Float, {
    description: 'Weight within the dimension, above 0; in a WEIGHTED_SUM dimension the weights must add up to 1.',
  })
  weight!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Normalisation lower bound: values at or below it score 0 (100 when inverted); required with MIN_MAX.',
  })
  min?: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Normalisation upper bound, above min: values at or above it score 100 (0 when inverted); required with MIN_MAX.',
  })
  max?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Defaults to true for lower-is-better indicators.' })
  invert?: boolean | null;
}

@InputType({ description: 'A dimension with its components.' })
export class CompositeDimensionInput {
  @Field(() => String, { description: 'Short code, unique in the method, e.g. "basic_needs".' })
  code!: string;
  @Field(() => String, { description: 'Name in Bahasa Indonesia.' })
  nameId!: string;
  @Field(() => String, { description: 'Name in English.' })
  nameEn!: string;
  @Field(() => Float, { description: 'Weight of the dimension in the index (AHP weight, for instance).' })
  weight!: number;
  @Field(() => String, {
    defaultValue: 'WEIGHTED_SUM',
    description: 'SUM, WEIGHTED_SUM (component weights add up to 1) or WEIGHTED_MEAN of the components.',
  })
  aggregation!: string;
  @Field(() => [CompositeComponentInput], { description: 'The indicators of the dimension; at least one.' })
  components!: CompositeComponentInput[];
}

export enum NewMethodologyStatus {
  DRAFT = 'DRAFT',
  OFFICIAL = 'OFFICIAL',
}
registerEnumType(NewMethodologyStatus, {
  name: 'NewMethodologyStatus',
  description: 'Status of a newly defined method; EXAMPLE is kept for the methods shipped with the platform.',
  valuesConfig: {
    DRAFT: { description: 'Defined, not yet adopted.' },
    OFFICIAL: { description: 'Adopted for use.' },
  },
});

@InputType({ description: 'A new methodology, or a new version of an existing code.' })
export class CompositeMethodologyInput {
  @Field(() => String, { description: 'Existing code to add a version to, or a new code.' })
  code!: string;
  @Field(() => String, { description: 'Name in Bahasa Indonesia.' })
  nameId!: string;
  @Field(() => String, { description: 'Name in English.' })
  nameEn!: string;
  @Field(() => String, { description: 'What the method computes and on what basis, in Bahasa Indonesia.' })
  descriptionId!: string;
  @Field(() => NewMethodologyStatus, {
    defaultValue: NewMethodologyStatus.DRAFT,
    description:
      'DRAFT (the default) or OFFICIAL: OFFICIAL needs source and either sourceUrl or legalBasis, and a national or provincial administrator.',
  })
  status!: NewMethodologyStatus;
  @Field(() => String, { description: 'SUM, WEIGHTED_SUM or WEIGHTED_MEAN of the dimension scores.' })
  aggregation!: string;
  @Field(() => String, { description: 'NONE or MIN_MAX.' })
  normalisation!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Title of the document that publishes the method; required with OFFICIAL.',
  })
  source?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Web address of that document (https://…); OFFICIAL needs it or legalBasis.',
  })
  sourceUrl?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The regulation that sets the method; OFFICIAL needs it or sourceUrl.',
  })
  legalBasis?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The catalogue indicator results are published to (publishCompositeResultSet), e.g. "iks_elderly"; not one of the inputs. Without it results stay in their result sets.',
  })
  resultIndicatorCode?: string | null;
  @Field(() => [CompositeDimensionInput], {
    description: 'The dimensions, at least one; with WEIGHTED_SUM their weights must add up to 1.',
  })
  dimensions!: CompositeDimensionInput[];
}
