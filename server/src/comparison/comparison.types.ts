import { ArgsType, Field, Float, Int, ObjectType } from 'type-graphql';
import { RegionLevel, VerificationStatus } from '../generated/prisma/enums.js';

@ObjectType({ description: 'One region’s place in a comparison.' })
export class ComparisonRow {
  @Field(() => String, { description: 'Kemendagri code of the region ranked.' })
  regionCode!: string;
  @Field(() => String, { description: 'The indicator compared (catalogue code).' })
  indicatorCode!: string;
  @Field(() => String, { description: 'The period compared (Comparison.period), e.g. "2025" or "2025-03".' })
  period!: string;
  @Field(() => Float, { description: 'The region’s published value in the period, in the indicator’s unit.' })
  value!: number;
  @Field(() => Int, { description: '1 is best in the indicator’s direction (lowest poverty, highest IPM); ties share a rank.' })
  rank!: number;
  @Field(() => Int, {
    description:
      '1 is the best quarter of the regions, 4 the worst, from the rank: quartile q holds the regions with (rank − 1) ÷ count in [(q − 1)/4, q/4), so tied regions share a quartile (6 regions: ranks 1–2 → 1, 3 → 2, 4–5 → 3, 6 → 4).',
  })
  quartile!: number;
  @Field(() => Float, { nullable: true, description: 'value − the parent region’s value (see parentPeriod).' })
  differenceFromParent!: number | null;
  @Field(() => Float, { nullable: true, description: 'value − the national value (see nationalPeriod).' })
  differenceFromNational!: number | null;
  @Field(() => Float, { nullable: true, description: 'Value in previousPeriod; null when missing or not comparable.' })
  previousValue!: number | null;
  @Field(() => Float, { nullable: true, description: 'value − previousValue; null when a series break lies between them.' })
  change!: number | null;
  @Field(() => Boolean, { description: 'A series break (pemekaran, method change) lies between the two periods.' })
  changeNotComparable!: boolean;
  @Field(() => [String], {
    description: 'Codes of the two regions nearest in value, of the same kind (kabupaten/kota) where possible.',
  })
  peerCodes!: string[];
  @Field(() => VerificationStatus, { description: 'Whether the value has been checked (see VerificationStatus).' })
  status!: VerificationStatus;
  @Field(() => String, { description: 'When the value was last written (ISO 8601).' })
  updatedAt!: string;
  @Field(() => Float, {
    nullable: true,
    description: 'For a ratio indicator: the numerator behind value (e.g. people served); null when the value came alone.',
  })
  numerator!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'For a ratio indicator: the denominator behind value (e.g. people needing the service).',
  })
  denominator!: number | null;

  sourceId!: number | null;
}

@ObjectType({ description: 'Distribution of the compared values.' })
export class ComparisonSummary {
  @Field(() => Int, { description: 'Regions with a value in the period compared.' })
  count!: number;
  @Field(() => Float, { nullable: true, description: 'Lowest value; null without values.' })
  min!: number | null;
  @Field(() => Float, { nullable: true, description: 'Highest value; null without values.' })
  max!: number | null;
  @Field(() => Float, { nullable: true, description: 'Unweighted mean of the regions’ values (not the parent’s value).' })
  mean!: number | null;
  @Field(() => Float, { nullable: true, description: 'Middle value (mean of the two middle ones for an even count).' })
  median!: number | null;
}

@ObjectType({ description: 'One indicator, one period, all regions of a level under a parent, ranked.' })
export class Comparison {
  @Field(() => String, { description: 'The indicator compared (catalogue code).' })
  indicatorCode!: string;
  @Field(() => String, { description: 'Kemendagri code of the region whose subregions are compared ("ID" for Indonesia).' })
  parentCode!: string;
  @Field(() => RegionLevel, { description: 'Level of the regions compared.' })
  level!: RegionLevel;
  @Field(() => String, { nullable: true, description: 'Period compared; null when there is no data.' })
  period!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The latest earlier period of the same kind (annual or a round), used for change.',
  })
  previousPeriod!: string | null;
  @Field(() => Float, { nullable: true, description: 'The parent region’s own published value (see parentPeriod).' })
  parentValue!: number | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Period of parentValue. For an annual period with no annual parent value, the first round of that year (kab/kota poverty is annual from the March round).',
  })
  parentPeriod!: string | null;
  @Field(() => Float, { nullable: true, description: 'Indonesia’s value (see nationalPeriod).' })
  nationalValue!: number | null;
  @Field(() => String, { nullable: true, description: 'Period of nationalValue, chosen like parentPeriod.' })
  nationalPeriod!: string | null;
  @Field(() => [ComparisonRow], {
    description:
      'Ordered by rank unless orderBy says otherwise; only the rows meeting `where`, at most `first` of them (see matchedCount).',
  })
  rows!: ComparisonRow[];
  @Field(() => Int, {
    description: 'Rows meeting `where` before `first` cut the list: all ranked regions without a `where`.',
  })
  matchedCount!: number;
  @Field(() => [String], {
    description:
      'Kemendagri codes of the regions of the level under the parent that did not exist in the period’s year, being formed later by a recorded split (for 2019: Papua Selatan 93, Papua Tengah 94, Papua Pegunungan 95, Papua Barat Daya 96). They are not ranked or counted in rows and summary: the comparison covers the regions of that year. Empty when every region existed.',
  })
  notYetFormedCodes!: string[];
  @Field(() => ComparisonSummary, { description: 'Count, range, mean and median of the values compared.' })
  summary!: ComparisonSummary;
}

/** Which regions a comparison ranks: the same two arguments for `comparison` and `comparisons`. */
@ArgsType()
export class ComparisonScopeArgs {
  @Field(() => String, {
    defaultValue: 'ID',
    description: '"ID" compares provinces; "75" (or "Provinsi Gorontalo", a BPS code, a name) the kabupaten/kota of Gorontalo.',
  })
  parentCode!: string;

  @Field(() => RegionLevel, { nullable: true, description: 'Defaults to the level below the parent.' })
  level!: RegionLevel | null;
}
