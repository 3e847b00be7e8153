import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RegionLevel } from '../generated/prisma/enums.js';

export enum AggregateGroupBy {
  PARENT = 'PARENT',
  LEVEL = 'LEVEL',
}

registerEnumType(AggregateGroupBy, {
  name: 'AggregateGroupBy',
  description: 'How the regions of an aggregation are grouped.',
  valuesConfig: {
    PARENT: {
      description:
        'One group per parent region: the kabupaten/kota of Indonesia grouped by province, or all the kabupaten/kota of one province as its one group.',
    },
    LEVEL: { description: 'One group of every region of the level under the parent asked for.' },
  },
});

@ObjectType({ description: 'Why a statistic of a group has no value.' })
export class AggregateNote {
  @Field(() => String, { description: 'The statistic without a value: sum or weightedMean.' })
  statistic!: string;
  @Field(() => String, { description: 'Why, in Bahasa Indonesia.' })
  reasonId!: string;
  @Field(() => String, { description: 'Why, in English.' })
  reasonEn!: string;
}

@ObjectType({
  description:
    'Statistics of one group of regions for the period: COMPUTED by the platform, never official figures (compare publishedValue). Mean, median, min and max describe the regions with a value; sum and weightedMean need every region (and its weight).',
})
export class AggregateGroup {
  @Field(() => String, {
    description: 'Kemendagri code of the region the group is (the members’ parent, or the parent asked for).',
  })
  groupCode!: string;
  @Field(() => Int, { description: 'Regions of the group that existed in the period’s year (see notYetFormedCodes).' })
  regionCount!: number;
  @Field(() => Int, { description: 'Regions with a value for the period: what mean, median, min and max are computed over.' })
  count!: number;
  @Field(() => [String], { description: 'Regions of the group without a value for the period.' })
  missingCodes!: string[];
  @Field(() => [String], {
    description: 'Regions of the group formed after the period’s year by a recorded split: not counted, not missing.',
  })
  notYetFormedCodes!: string[];
  @Field(() => Boolean, { description: 'Some regions of the group have no value: the statistics describe the others.' })
  partial!: boolean;
  @Field(() => Float, {
    nullable: true,
    description:
      'The values added up, only for counts (an indicator whose aggregation is SUM: asking it of a percentage or an index is refused with a sentence) and only when every region has a value.',
  })
  sum!: number | null;
  @Field(() => Float, { nullable: true, description: 'Arithmetic mean of the regions’ values (each region counts once).' })
  mean!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Mean weighted by Aggregation.weightIndicatorCode (population unless asked otherwise): Σ value × weight ÷ Σ weight over the regions with a value, given only when each of them has its weight. Refused for counts.',
  })
  weightedMean!: number | null;
  @Field(() => Float, { nullable: true, description: 'The middle value (the mean of the two middle ones for an even count).' })
  median!: number | null;
  @Field(() => Float, { nullable: true, description: 'The lowest value.' })
  min!: number | null;
  @Field(() => Float, { nullable: true, description: 'The highest value.' })
  max!: number | null;
  @Field(() => [String], { description: 'The regions with the lowest value (several when tied).' })
  minRegionCodes!: string[];
  @Field(() => [String], { description: 'The regions with the highest value (several when tied).' })
  maxRegionCodes!: string[];
  @Field(() => [String], { description: 'Regions with a value but without a weight for weightPeriod.' })
  weightMissingCodes!: string[];
  @Field(() => Float, {
    nullable: true,
    description: 'The group region’s own value for the period, as published: the official figure beside the computed ones.',
  })
  publishedValue!: number | null;
  @Field(() => [AggregateNote], { description: 'Why sum or weightedMean has no value, where it has none.' })
  notes!: AggregateNote[];
}

@ObjectType({
  description:
    'Descriptive statistics of one indicator over the regions of a level under a parent, by group. Computed, not official.',
})
export class Aggregation {
  @Field(() => String, { description: 'The indicator (catalogue code).' })
  indicatorCode!: string;
  @Field(() => String, { description: 'Kemendagri code of the parent whose regions are aggregated.' })
  parentCode!: string;
  @Field(() => RegionLevel, { description: 'The level of the regions aggregated.' })
  level!: RegionLevel;
  @Field(() => AggregateGroupBy, { description: 'How the regions are grouped.' })
  groupBy!: AggregateGroupBy;
  @Field(() => String, { description: 'The period, as stored ("2025" or "2025-03").' })
  period!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The indicator weighting weightedMean (population unless asked otherwise); null for counts.',
  })
  weightIndicatorCode!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The period of the weights: the period itself, or its year for a weight published yearly (population) beside values in rounds. Null when no weighted mean was computed.',
  })
  weightPeriod!: string | null;
  @Field(() => Boolean, { description: 'Some group lacks values for some regions (see each group’s missingCodes).' })
  partial!: boolean;
  @Field(() => [AggregateGroup], { description: 'The groups, by code.' })
  groups!: AggregateGroup[];
}
