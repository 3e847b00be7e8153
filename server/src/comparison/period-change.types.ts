import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RegionLevel } from '../generated/prisma/enums.js';
import { SeriesBreak } from '../indicators/indicator.types.js';

export enum ChangeStanding {
  RANKED = 'RANKED',
  EXCLUDED = 'EXCLUDED',
  MISSING = 'MISSING',
}

registerEnumType(ChangeStanding, {
  name: 'ChangeStanding',
  description: 'Where a region stands in a ranking of changes between two periods.',
  valuesConfig: {
    RANKED: { description: 'Has a value in both periods and is ranked (marked when a series break lies in between).' },
    EXCLUDED: {
      description: 'Has both values, but a series break lies in between and excludeBreaks asked to leave it out of the ranking.',
    },
    MISSING: { description: 'Has no value in one period or both: not ranked (the answer is partial for it).' },
  },
});

@ObjectType({ description: 'One region’s change between the two periods of a periodChange.' })
export class PeriodChangeRow {
  @Field(() => String, { description: 'Kemendagri code of the region.' })
  regionCode!: string;
  @Field(() => Float, { nullable: true, description: 'The region’s value in `from`; null when it has none.' })
  fromValue!: number | null;
  @Field(() => Float, { nullable: true, description: 'The region’s value in `to`; null when it has none.' })
  toValue!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'toValue − fromValue, rounded to the indicator’s decimals; null without both values. Given also across a series break (see seriesBreaks): it is then not a comparable change.',
  })
  change!: number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      '1 is the greatest improvement in the indicator’s direction (the largest fall of poverty, the largest rise of IPM); ties share a rank. Null unless standing is RANKED.',
  })
  rank!: number | null;
  @Field(() => ChangeStanding, { description: 'Ranked, excluded for a series break, or missing a value.' })
  standing!: ChangeStanding;
  @Field(() => Boolean, {
    description: 'A series break (pemekaran, method change) lies between the two periods: the values are not comparable.',
  })
  breakBetween!: boolean;
  @Field(() => [SeriesBreak], {
    description: 'The series breaks of this region and indicator between the two periods, with their reasons; empty for most.',
  })
  seriesBreaks!: SeriesBreak[];
}

@ObjectType({
  description:
    'The change of one indicator between two chosen periods for all regions of a level under a parent, ranked by improvement.',
})
export class PeriodChange {
  @Field(() => String, { description: 'The indicator (catalogue code).' })
  indicatorCode!: string;
  @Field(() => String, { description: 'Kemendagri code of the region whose subregions are listed ("ID" for Indonesia).' })
  parentCode!: string;
  @Field(() => RegionLevel, { description: 'Level of the regions listed.' })
  level!: RegionLevel;
  @Field(() => String, { description: 'The earlier period, as stored ("2019-03", "2019").' })
  from!: string;
  @Field(() => String, { description: 'The later period, as stored ("2025-03", "2025").' })
  to!: string;
  @Field(() => Boolean, { description: 'Whether regions whose series breaks between the periods were left out of the ranking.' })
  excludeBreaks!: boolean;
  @Field(() => [PeriodChangeRow], {
    description:
      'Every region of the level under the parent: the ranked ones by rank, then the excluded, then those missing a value, each by code.',
  })
  rows!: PeriodChangeRow[];
  @Field(() => Int, { description: 'Regions ranked.' })
  rankedCount!: number;
  @Field(() => Int, { description: 'Regions with a series break between the periods, ranked (marked) or excluded.' })
  breakCount!: number;
  @Field(() => Int, { description: 'Regions left out of the ranking for a series break (excludeBreaks).' })
  excludedCount!: number;
  @Field(() => Int, { description: 'Regions without a value in `from`, in `to` or both: not ranked.' })
  missingCount!: number;
  @Field(() => Boolean, {
    description:
      'The answer is partial: some region of the level has no value in one of the periods (see missingCount and the MISSING rows).',
  })
  partial!: boolean;
}
