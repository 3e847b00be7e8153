import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AggregationRule, IndicatorDirection, Periodicity, RegionLevel } from '../generated/prisma/enums.js';

registerEnumType(IndicatorDirection, {
  name: 'IndicatorDirection',
  description: 'Which way is better. Ranks, statuses and gap scores follow it.',
  valuesConfig: {
    HIGHER_IS_BETTER: { description: 'e.g. IPM, IKS, programme coverage.' },
    LOWER_IS_BETTER: { description: 'e.g. poverty, Gini ratio, open unemployment.' },
    NEUTRAL: { description: 'Neither, e.g. population.' },
  },
});
registerEnumType(Periodicity, {
  name: 'Periodicity',
  description: 'How often the indicator is measured. Annual figures ("2025") are accepted for every indicator.',
});
registerEnumType(AggregationRule, {
  name: 'AggregationRule',
  description: 'How values of child regions combine into a value for their parent (roll-up).',
  valuesConfig: {
    SUM: { description: 'Add the children (counts).' },
    POPULATION_WEIGHTED_MEAN: { description: 'Mean of the children weighted by another indicator (weightIndicatorCode).' },
    NOT_AGGREGABLE: { description: 'Cannot be derived from the children (Gini, IPM, poverty line…).' },
  },
});

@ObjectType({ description: 'An entry of the indicator catalogue: what is measured, in which unit, how, and by whom.' })
export class Indicator {
  @Field(() => String, { description: 'Stable code used everywhere in the API and in import files, e.g. "poverty_rate_p0".' })
  code!: string;
  @Field(() => String, { description: 'Name in Bahasa Indonesia.' })
  nameId!: string;
  @Field(() => String, { description: 'Name in English.' })
  nameEn!: string;
  @Field(() => String)
  definitionId!: string;
  @Field(() => String)
  definitionEn!: string;
  @Field(() => String, { description: 'Unit in Bahasa Indonesia, e.g. "persen".' })
  unitId!: string;
  @Field(() => String)
  unitEn!: string;
  @Field(() => Int, { description: 'Decimals to show, as BPS publishes the figure.' })
  decimals!: number;
  @Field(() => IndicatorDirection)
  direction!: IndicatorDirection;
  @Field(() => Periodicity)
  periodicity!: Periodicity;
  @Field(() => [Int], { description: 'Months of the sub-annual rounds: [3, 9] for Susenas, [2, 8] for Sakernas; [] if annual.' })
  periodMonths!: number[];
  @Field(() => [RegionLevel], { description: 'Levels at which the figure is published.' })
  levels!: RegionLevel[];
  @Field(() => AggregationRule)
  aggregation!: AggregationRule;
  @Field(() => String, { nullable: true })
  weightIndicatorCode!: string | null;
  @Field(() => Float, { nullable: true, description: 'Smallest admissible value; imports reject values below it.' })
  minValue!: number | null;
  @Field(() => Float, { nullable: true, description: 'Largest admissible value; imports reject values above it.' })
  maxValue!: number | null;
  @Field(() => String, {
    description:
      'Topic: kemiskinan, ketimpangan, ketenagakerjaan, pembangunan_manusia, kesejahteraan_sosial, program, spm, kependudukan.',
  })
  topic!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Code in a planning document, e.g. "04.02.001" (IKS lansia, RPJMN 2025–2029).',
  })
  referenceCode!: string | null;
  @Field(() => String, { description: 'Publisher and table or publication.' })
  source!: string;
  @Field(() => String, { nullable: true })
  sourceUrl!: string | null;
}

@ObjectType({ description: 'What data an indicator has: how many values, for how many regions, over which periods.' })
export class IndicatorCoverage {
  @Field(() => Int)
  observations!: number;
  @Field(() => Int)
  regions!: number;
  @Field(() => [String], { description: 'Periods with at least one value, oldest first ("2019-03", "2019-09", …).' })
  periods!: string[];
}

@ObjectType({ description: 'A point after which values are not comparable with those before it.' })
export class SeriesBreak {
  @Field(() => String, { nullable: true, description: 'Null: applies to every indicator.' })
  indicatorCode!: string | null;
  @Field(() => String, { nullable: true, description: 'Null: applies to every region.' })
  regionCode!: string | null;
  @Field(() => String, { description: 'First period of the new series.' })
  startsAt!: string;
  @Field(() => String)
  reasonId!: string;
  @Field(() => String)
  reasonEn!: string;
}
