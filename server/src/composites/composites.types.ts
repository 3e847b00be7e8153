import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MethodologyStatus } from '../generated/prisma/enums.js';

registerEnumType(MethodologyStatus, {
  name: 'MethodologyStatus',
  valuesConfig: {
    EXAMPLE: { description: 'Shipped to show the structure; NOT an official method.' },
    DRAFT: { description: 'Defined by an administrator, not yet adopted.' },
    OFFICIAL: { description: 'Adopted for use.' },
  },
});

@ObjectType('CompositeComponentDefinition', { description: 'An indicator inside a dimension.' })
export class ComponentDefinition {
  @Field(() => String)
  indicatorCode!: string;
  @Field(() => Float)
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
  @Field(() => String)
  code!: string;
  @Field(() => String)
  nameId!: string;
  @Field(() => String)
  nameEn!: string;
  @Field(() => Float)
  weight!: number;
  @Field(() => String, { description: 'SUM, WEIGHTED_SUM or WEIGHTED_MEAN of the components.' })
  aggregation!: string;
  @Field(() => [ComponentDefinition])
  components!: ComponentDefinition[];
}

@ObjectType({ description: 'A versioned method for a composite index (e.g. the IKS), held as data.' })
export class CompositeMethodology {
  @Field(() => String)
  code!: string;
  @Field(() => Int, { description: 'Versions never change; a new definition is a new version.' })
  version!: number;
  @Field(() => String)
  nameId!: string;
  @Field(() => String)
  nameEn!: string;
  @Field(() => String)
  descriptionId!: string;
  @Field(() => MethodologyStatus)
  status!: MethodologyStatus;
  @Field(() => String, { description: 'How dimension scores combine: SUM, WEIGHTED_SUM or WEIGHTED_MEAN.' })
  aggregation!: string;
  @Field(() => String, { description: 'NONE, or MIN_MAX: (value − min) / (max − min) × 100, clipped to the bounds.' })
  normalisation!: string;
  @Field(() => [DimensionDefinition])
  dimensions!: DimensionDefinition[];
  @Field(() => String, { nullable: true })
  source!: string | null;
  @Field(() => String)
  createdBy!: string;
  @Field(() => String)
  createdAt!: string;
}

@ObjectType({ description: 'One component of the calculation: the input found and what it contributes.' })
export class CompositeComponentStep {
  @Field(() => String)
  indicatorCode!: string;
  @Field(() => Float, { nullable: true, description: 'Input value; null when missing.' })
  rawValue!: number | null;
  @Field(() => String, { nullable: true })
  rawPeriod!: string | null;
  @Field(() => String, { nullable: true, description: 'Source of the input value.' })
  source!: string | null;
  @Field(() => Float, { nullable: true })
  normalised!: number | null;
  @Field(() => Float)
  weight!: number;
  @Field(() => Float, { nullable: true, description: 'normalised × weight.' })
  contribution!: number | null;
  @Field(() => String, { description: 'The normalisation as arithmetic, e.g. "(25 − 0) / (50 − 0) × 100 = 50".' })
  formula!: string;
}

@ObjectType({ description: 'One dimension of the calculation.' })
export class CompositeDimensionStep {
  @Field(() => String)
  code!: string;
  @Field(() => String)
  nameId!: string;
  @Field(() => String)
  nameEn!: string;
  @Field(() => Float)
  weight!: number;
  @Field(() => Float, { nullable: true })
  score!: number | null;
  @Field(() => String, { description: 'How the score was obtained, as arithmetic.' })
  formula!: string;
  @Field(() => [String])
  missing!: string[];
  @Field(() => [CompositeComponentStep])
  components!: CompositeComponentStep[];
}

@ObjectType({ description: 'A composite index for one region and period, with every step so it can be checked by hand.' })
export class CompositeResult {
  @Field(() => String)
  methodologyCode!: string;
  @Field(() => Int)
  version!: number;
  @Field(() => String)
  regionCode!: string;
  @Field(() => String)
  period!: string;
  @Field(() => Float, { nullable: true, description: 'Null when an input is missing (see missing).' })
  value!: number | null;
  @Field(() => String, { description: 'The final aggregation as arithmetic.' })
  formula!: string;
  @Field(() => [String], { description: 'Indicators without a value for this region and period.' })
  missing!: string[];
  @Field(() => [CompositeDimensionStep])
  dimensions!: CompositeDimensionStep[];
}

@InputType({ description: 'An indicator inside a dimension.' })
export class CompositeComponentInput {
  @Field(() => String)
  indicatorCode!: string;
  @Field(() => Float)
  weight!: number;
  @Field(() => Float, { nullable: true })
  min?: number | null;
  @Field(() => Float, { nullable: true })
  max?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Defaults to true for lower-is-better indicators.' })
  invert?: boolean | null;
}

@InputType({ description: 'A dimension with its components.' })
export class CompositeDimensionInput {
  @Field(() => String)
  code!: string;
  @Field(() => String)
  nameId!: string;
  @Field(() => String)
  nameEn!: string;
  @Field(() => Float, { description: 'Weight of the dimension in the index (AHP weight, for instance).' })
  weight!: number;
  @Field(() => String, { defaultValue: 'WEIGHTED_SUM' })
  aggregation!: string;
  @Field(() => [CompositeComponentInput])
  components!: CompositeComponentInput[];
}

export enum NewMethodologyStatus {
  DRAFT = 'DRAFT',
  OFFICIAL = 'OFFICIAL',
}
registerEnumType(NewMethodologyStatus, { name: 'NewMethodologyStatus' });

@InputType({ description: 'A new methodology, or a new version of an existing code.' })
export class CompositeMethodologyInput {
  @Field(() => String, { description: 'Existing code to add a version to, or a new code.' })
  code!: string;
  @Field(() => String)
  nameId!: string;
  @Field(() => String)
  nameEn!: string;
  @Field(() => String)
  descriptionId!: string;
  @Field(() => NewMethodologyStatus, { defaultValue: NewMethodologyStatus.DRAFT })
  status!: NewMethodologyStatus;
  @Field(() => String, { description: 'SUM, WEIGHTED_SUM or WEIGHTED_MEAN of the dimension scores.' })
  aggregation!: string;
  @Field(() => String, { description: 'NONE or MIN_MAX.' })
  normalisation!: string;
  @Field(() => String, { nullable: true, description: 'Where the method comes from (a regulation, a Kemensos note…).' })
  source?: string | null;
  @Field(() => [CompositeDimensionInput])
  dimensions!: CompositeDimensionInput[];
}
