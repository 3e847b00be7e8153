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
  valuesConfig: {
    ANNUAL: { description: 'Once a year; periods are years ("2025").' },
    SEMIANNUAL: {
      description: 'Twice a year, in the months of periodMonths, e.g. Susenas March and September ("2025-03", "2025-09").',
    },
    QUARTERLY: { description: 'Four times a year, in the months of periodMonths ("2025-03", …).' },
    MONTHLY: { description: 'Every month ("2025-01" to "2025-12").' },
  },
});
registerEnumType(AggregationRule, {
  name: 'AggregationRule',
  description: 'How values of child regions combine into a value for their parent (roll-up).',
  valuesConfig: {
    SUM: { description: 'Add the children (counts).' },
    POPULATION_WEIGHTED_MEAN: { description: 'Mean of the children weighted by another indicator (weightIndicatorCode).' },
    NOT_AGGREGABLE: { description: 'Cannot be derived from the children (Gini, IPM, poverty line…).' },
    RATIO_OF_SUMS: {
      description:
        'A ratio (ratioFactor set): the children’s numerators and denominators are added up and divided, never their percentages averaged; computed only when every child has both.',
    },
  },
});

@ObjectType({
  description:
    'What an indicator is, as the catalogue defines it: what is measured, in which unit, how, and by whom. The current definition, or one of its versions (indicatorHistory).',
})
export class IndicatorDefinition {
  @Field(() => String, { description: 'Stable code used everywhere in the API and in import files, e.g. "poverty_rate_p0".' })
  code!: string;
  @Field(() => String, { description: 'Name in Bahasa Indonesia.' })
  nameId!: string;
  @Field(() => String, { description: 'Name in English.' })
  nameEn!: string;
  @Field(() => String, {
    description: 'Definition in Bahasa Indonesia: what is measured, how, and caveats such as rounds not computed.',
  })
  definitionId!: string;
  @Field(() => String, { description: 'Definition in English: what is measured, how, and caveats such as rounds not computed.' })
  definitionEn!: string;
  @Field(() => String, { description: 'Unit in Bahasa Indonesia, e.g. "persen".' })
  unitId!: string;
  @Field(() => String, {
    description: 'Unit in English, e.g. "percent" or "thousand persons"; values and targets are in this unit.',
  })
  unitEn!: string;
  @Field(() => Int, { description: 'Decimals to show, as BPS publishes the figure.' })
  decimals!: number;
  @Field(() => IndicatorDirection, {
    description: 'Which way is better, e.g. LOWER_IS_BETTER for poverty; ranks, statuses and gap scores follow it.',
  })
  direction!: IndicatorDirection;
  @Field(() => Periodicity, {
    description: 'How often the figure is measured; sub-annual rounds fall in the months of periodMonths.',
  })
  periodicity!: Periodicity;
  @Field(() => [Int], { description: 'Months of the sub-annual rounds: [3, 9] for Susenas, [2, 8] for Sakernas; [] if annual.' })
  periodMonths!: number[];
  @Field(() => Int, {
    nullable: true,
    description:
      'The round an annual figure of this indicator comes from: 3 (March Susenas) for kab/kota poverty, 8 (August Sakernas) for TPT. Its figure stands in for a missing annual parent or national value in comparisons, and a target for a year refers to it. Null without rounds.',
  })
  annualRound!: number | null;
  @Field(() => Boolean, {
    description:
      'True when a round is compared with the same round a year earlier (TPT: February with February), because the figure is seasonal; otherwise with the round before.',
  })
  yearOnYear!: boolean;
  @Field(() => [RegionLevel], { description: 'Levels at which the figure is published.' })
  levels!: RegionLevel[];
  @Field(() => AggregationRule, { description: 'How the values of child regions combine into the parent’s value in rollUp.' })
  aggregation!: AggregationRule;
  @Field(() => String, {
    nullable: true,
    description:
      'For POPULATION_WEIGHTED_MEAN: the indicator whose values weight the children (e.g. "population"); null otherwise.',
  })
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
  @Field(() => String, { nullable: true, description: 'Address of the publisher’s table; null when not recorded.' })
  sourceUrl!: string | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'For a ratio: value = numerator ÷ denominator × ratioFactor (100 for a percentage), and observations may carry both parts. Null: not a ratio.',
  })
  ratioFactor!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'What the numerator counts, in Bahasa Indonesia (e.g. "jumlah warga yang terlayani"); null: not a ratio.',
  })
  numeratorId!: string | null;
  @Field(() => String, { nullable: true, description: 'What the numerator counts, in English.' })
  numeratorEn!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'What the denominator counts, in Bahasa Indonesia (e.g. "jumlah warga yang membutuhkan"); null: not a ratio.',
  })
  denominatorId!: string | null;
  @Field(() => String, { nullable: true, description: 'What the denominator counts, in English.' })
  denominatorEn!: string | null;
}

@ObjectType({ description: 'An entry of the indicator catalogue: what is measured, in which unit, how, and by whom.' })
export class Indicator extends IndicatorDefinition {}

@ObjectType({ description: 'What data an indicator has: how many values, for how many regions, over which periods.' })
export class IndicatorCoverage {
  @Field(() => Int, { description: 'Number of stored values, over all regions and periods.' })
  observations!: number;
  @Field(() => Int, { description: 'Number of regions with at least one value.' })
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
  @Field(() => String, { description: 'Why values before and after the break are not comparable (Bahasa Indonesia).' })
  reasonId!: string;
  @Field(() => String, {
    description: 'Why values before and after the break are not comparable (English), e.g. a method change.',
  })
  reasonEn!: string;
}
