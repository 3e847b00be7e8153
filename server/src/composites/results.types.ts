import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CompositeDimensionStep } from './composites.types.js';

@ObjectType({ description: 'One kabupaten/kota in a stored result set: its index and every step, as computed then.' })
export class StoredCompositeResult {
  @Field(() => String, { description: 'Kemendagri code of the kabupaten/kota, e.g. "75.02".' })
  regionCode!: string;
  @Field(() => String, { description: 'Name of the kabupaten/kota.' })
  regionName!: string;
  @Field(() => Float, { nullable: true, description: 'The index; null when an input was missing (see missing).' })
  value!: number | null;
  @Field(() => String, { description: 'The final aggregation as arithmetic.' })
  formula!: string;
  @Field(() => [String], { description: 'Input indicators that had no value that could count.' })
  missing!: string[];
  @Field(() => [CompositeDimensionStep], {
    description: 'Each dimension with its components: input value, status, source, normalisation and weight.',
  })
  dimensions!: CompositeDimensionStep[];
}

@ObjectType({
  description:
    'A composite index computed for every kabupaten/kota of a province in one period and stored: never changed, a new computation is a new version.',
})
export class CompositeResultSet {
  @Field(() => String, { description: 'Code of the method, e.g. "IKS_ELDERLY_RPJMN".' })
  methodologyCode!: string;
  @Field(() => Int, { description: 'Version of the method used.' })
  methodologyVersion!: number;
  @Field(() => String, {
    description:
      'Status of that method version: EXAMPLE, DRAFT or OFFICIAL. Only a result of an OFFICIAL method is the official index.',
  })
  methodologyStatus!: string;
  @Field(() => String, { description: 'Kemendagri code of the province, e.g. "75".' })
  parentCode!: string;
  @Field(() => String, { description: 'The period of the inputs, as stored, e.g. "2024".' })
  period!: string;
  @Field(() => Int, {
    description:
      'Version of this result set for the method code, province and period (1, 2, …); earlier versions stay readable by number.',
  })
  version!: number;
  @Field(() => Boolean, {
    description:
      'True when values not yet verified counted (computed with includeUnverified): a working figure, not one to publish. Only accounts that read unverified values see provisional sets.',
  })
  provisional!: boolean;
  @Field(() => String, { description: 'Who computed and stored it.' })
  computedBy!: string;
  @Field(() => String, { description: 'When it was stored (ISO 8601).' })
  computedAt!: string;
  @Field(() => [StoredCompositeResult], { description: 'One entry per kabupaten/kota of the province, by code.' })
  results!: StoredCompositeResult[];
}

@ObjectType({ description: 'A kabupaten/kota that lacks inputs of a method for a period.' })
export class CompositeRegionGaps {
  @Field(() => String, { description: 'Kemendagri code of the kabupaten/kota.' })
  regionCode!: string;
  @Field(() => String, { description: 'Name of the kabupaten/kota.' })
  regionName!: string;
  @Field(() => [String], { description: 'Input indicators with no value (that the caller can read) for the period.' })
  missing!: string[];
  @Field(() => [String], {
    description: 'Input indicators with a value not yet VERIFIED or PUBLISHED: they count only in a provisional result.',
  })
  unverified!: string[];
  @Field(() => [String], {
    description: 'The verification status of each unverified input, in the same order (UNVERIFIED, RETURNED…).',
  })
  unverifiedStatuses!: string[];
}

@ObjectType({ description: 'Which kabupaten/kota of a province lack which input of a composite index method.' })
export class CompositeInputGaps {
  @Field(() => String, { description: 'Code of the method.' })
  methodologyCode!: string;
  @Field(() => Int, { description: 'Version of the method whose inputs were checked.' })
  methodologyVersion!: number;
  @Field(() => String, { description: 'Kemendagri code of the province.' })
  parentCode!: string;
  @Field(() => String, { description: 'The period checked, as stored.' })
  period!: string;
  @Field(() => Int, { description: 'Kabupaten/kota of the province that exist in the period.' })
  regionCount!: number;
  @Field(() => Int, { description: 'Of those, how many have every input verified or published.' })
  completeCount!: number;
  @Field(() => [CompositeRegionGaps], { description: 'The kabupaten/kota with a missing or unverified input, by code.' })
  regions!: CompositeRegionGaps[];
}

@ObjectType({
  description:
    'A stored result set published as values of its method’s result indicator (e.g. iks_elderly), submitted for verification like any value.',
})
export class CompositeResultPublication {
  @Field(() => String, { description: 'Code of the method.' })
  methodologyCode!: string;
  @Field(() => Int, { description: 'Version of the method the set was computed with.' })
  methodologyVersion!: number;
  @Field(() => String, { description: 'Status of that method version: OFFICIAL, EXAMPLE or DRAFT.' })
  methodologyStatus!: string;
  @Field(() => String, { description: 'Kemendagri code of the province.' })
  parentCode!: string;
  @Field(() => String, { description: 'The period, as stored.' })
  period!: string;
  @Field(() => Int, { description: 'Version of the result set published.' })
  resultSetVersion!: number;
  @Field(() => String, { description: 'The indicator the values were written to, e.g. "iks_elderly".' })
  indicatorCode!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'The import batch that wrote the values (its audit trail); null when the set was already published.',
  })
  importBatchId!: number | null;
  @Field(() => Int, { description: 'Values written for the first time (submitted, waiting for the verifier).' })
  inserted!: number;
  @Field(() => Int, { description: 'Existing values that changed (value or provenance).' })
  updated!: number;
  @Field(() => Int, { description: 'Values already stored exactly so.' })
  unchanged!: number;
  @Field(() => Int, { description: 'Changes to verified values, stored as revisions for the verifier.' })
  revisions!: number;
  @Field(() => [String], {
    description: 'Kabupaten/kota without an index in the set (an input was missing): nothing was written for them.',
  })
  withoutValue!: string[];
}

@ObjectType({ description: 'A stored result set named by its period and version, without its values.' })
export class CompositeResultSetSummary {
  @Field(() => String, { description: 'The period of the inputs, e.g. "2024".' })
  period!: string;
  @Field(() => Int, { description: 'Version of the result set for that period.' })
  version!: number;
  @Field(() => Boolean, { description: 'True when values not yet verified counted (see CompositeResultSet.provisional).' })
  provisional!: boolean;
  @Field(() => Int, { description: 'Version of the method it was computed with.' })
  methodologyVersion!: number;
  @Field(() => String, { description: 'Who computed it.' })
  computedBy!: string;
  @Field(() => String, { description: 'When it was stored (ISO 8601).' })
  computedAt!: string;
}
