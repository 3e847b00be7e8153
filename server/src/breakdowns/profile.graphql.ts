import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { type BreakdownProfileAnswer, breakdownProfiles, breakdownSets, breakdownYears } from './profile.service.js';

@ObjectType({ description: 'One category of a breakdown set, as the regulation names it.' })
export class BreakdownCategory {
  @Field(() => String, { description: 'Stable code, e.g. "PPKS01" (the regulation’s numbering).' })
  code!: string;
  @Field(() => Int, { description: 'Position in the regulation’s list, from 1.' })
  position!: number;
  @Field(() => String, { description: 'Name as the regulation writes it, e.g. "Anak Balita Terlantar".' })
  nameId!: string;
  @Field(() => String, { description: 'English name (this platform’s translation, not an official one).' })
  nameEn!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Abbreviation used in Dinas Sosial tables (ABH, ADK, PMBS…), when a source gives one.',
  })
  abbreviation!: string | null;
}

@ObjectType({
  description: 'A list of categories an indicator is counted by (the 26 PPKS, the 12 PSKS), held as reference data.',
})
export class BreakdownSet {
  @Field(() => String, { description: 'Code of the set: "ppks" or "psks".' })
  code!: string;
  @Field(() => String, { description: 'Indonesian name of the set.' })
  nameId!: string;
  @Field(() => String, { description: 'English name of the set.' })
  nameEn!: string;
  @Field(() => String, { description: 'The regulation that names the categories.' })
  source!: string;
  @Field(() => String, { nullable: true, description: 'Where the list was checked.' })
  sourceUrl!: string | null;
  @Field(() => [String], { description: 'Indicators counted by these categories (their totals are the sums of the categories).' })
  indicatorCodes!: string[];
  @Field(() => [BreakdownCategory], { description: 'The categories in the regulation’s order.' })
  categories!: BreakdownCategory[];
}

@ObjectType({
  description: 'A category’s count in a region’s profile, its share of the total and its change from the year before.',
})
export class BreakdownShare {
  @Field(() => String, { description: 'Category code, e.g. "PPKS24".' })
  code!: string;
  @Field(() => Int, { description: 'Position in the regulation’s list.' })
  position!: number;
  @Field(() => String, { description: 'Indonesian name, as the regulation writes it.' })
  nameId!: string;
  @Field(() => String, { description: 'English name (this platform’s translation).' })
  nameEn!: string;
  @Field(() => String, { nullable: true, description: 'Abbreviation, when a source gives one.' })
  abbreviation!: string | null;
  @Field(() => Float, { nullable: true, description: 'The count; null when the category was not reported.' })
  value!: number | null;
  @Field(() => Float, { nullable: true, description: 'Percent of the region’s total (sum of the reported categories).' })
  share!: number | null;
  @Field(() => Float, { nullable: true, description: 'The count of the year before.' })
  previousValue!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'value − previousValue; null when either is missing or either year’s figure is an incomplete sum.',
  })
  change!: number | null;
  @Field(() => Float, { nullable: true, description: 'change as a percent of previousValue.' })
  changePercent!: number | null;
}

@ObjectType({ description: 'A region named in a profile (a kabupaten/kota without figures).' })
export class BreakdownRegion {
  @Field(() => String, { description: 'Kemendagri code.' })
  code!: string;
  @Field(() => String, { description: 'Name in the registry.' })
  name!: string;
}

@ObjectType({ description: 'Where a profile’s counts come from.' })
export class BreakdownSource {
  @Field(() => String, { description: 'Title of the table or publication.' })
  title!: string;
  @Field(() => String, { description: 'Address of the file or table (empty when none was given).' })
  url!: string;
  @Field(() => String, { description: 'Who published it (empty when the file named no one).' })
  publisher!: string;
  @Field(() => String, { nullable: true, description: 'The publisher’s release date (YYYY-MM-DD); null when unknown.' })
  releasedOn!: string | null;
}

@ObjectType({
  description:
    'A region’s counts by category for a year (PPKS, PSKS): its own stored counts, else the sum of the regions below it (a province from its kabupaten/kota), with shares and the change from the year before.',
})
export class BreakdownProfile {
  @Field(() => String, { description: 'The indicator (catalogue code).' })
  indicatorCode!: string;
  @Field(() => String, { description: 'The category set, e.g. "ppks".' })
  setCode!: string;
  @Field(() => String, { description: 'Indonesian name of the category set.' })
  setNameId!: string;
  @Field(() => String, { description: 'English name of the category set.' })
  setNameEn!: string;
  @Field(() => String, { description: 'Kemendagri code of the region.' })
  regionCode!: string;
  @Field(() => String, { description: 'Name of the region.' })
  regionName!: string;
  @Field(() => Int, { description: 'The year of the counts.' })
  year!: number;
  @Field(() => Int, { description: 'The year compared with (year − 1).' })
  previousYear!: number;
  @Field(() => String, {
    description: 'STORED: the region’s own counts; SUMMED: the sum of the regions below it; NONE: no figures.',
  })
  origin!: string;
  @Field(() => Boolean, {
    description:
      'False when the sum misses regions below (listed in missingRegions) or a figure counted does not report every category (missingCategoryCodes).',
  })
  complete!: boolean;
  @Field(() => Float, { nullable: true, description: 'Sum of the categories (the indicator’s total); null without figures.' })
  total!: number | null;
  @Field(() => Float, { nullable: true, description: 'The total of the year before.' })
  previousTotal!: number | null;
  @Field(() => Float, { nullable: true, description: 'total − previousTotal, between complete figures only.' })
  change!: number | null;
  @Field(() => String, { nullable: true, description: 'Why change is null, in Indonesian.' })
  noChangeReasonId!: string | null;
  @Field(() => String, { nullable: true, description: 'Why change is null, in English.' })
  noChangeReasonEn!: string | null;
  @Field(() => Int, { description: 'For a sum: the regions directly below that existed in the year.' })
  childrenCount!: number;
  @Field(() => Int, { description: 'For a sum: how many of them have figures.' })
  childrenWithData!: number;
  @Field(() => [BreakdownRegion], { description: 'Regions below without figures for the year (a partial sum leaves them out).' })
  missingRegions!: BreakdownRegion[];
  @Field(() => [String], {
    description:
      'Codes of the categories some figure counted does not report: the total leaves them out, and their shares are of a partial total.',
  })
  missingCategoryCodes!: string[];
  @Field(() => [BreakdownShare], { description: 'Every category of the set in the regulation’s order, reported or not.' })
  categories!: BreakdownShare[];
  @Field(() => [BreakdownSource], { description: 'Sources of the counts used.' })
  sources!: BreakdownSource[];
}

const YEAR = { description: 'The year, e.g. 2024; the profile compares it with the year before.' };
const INDICATOR = { description: 'An indicator counted by category: "jumlah_pmks" (PPKS) or "jumlah_psks" (PSKS).' };

@Resolver()
export class BreakdownResolver {
  @Query(() => [BreakdownSet], { description: 'The category sets held as reference data (PPKS, PSKS) with their categories.' })
  breakdownSets(@Ctx() { db }: Context): ReturnType<typeof breakdownSets> {
    return breakdownSets(db);
  }

  @Query(() => [Int], { description: 'The years with counts by category in the region or the regions below it, latest first.' })
  breakdownYears(
    @Ctx() { db, loaders, viewer }: Context,
    @Arg('indicatorCode', () => String, INDICATOR) indicatorCode: string,
    @Arg('regionCode', () => String, { description: 'The region: a Kemendagri or BPS code or a name ("ID" for Indonesia).' })
    regionCode: string,
  ): Promise<number[]> {
    return breakdownYears(db, viewer, loaders, { indicatorCode, regionCode });
  }

  @Query(() => BreakdownProfile, {
    description: 'A region’s profile by category for a year (counts, shares, change from the year before).',
  })
  async breakdownProfile(
    @Ctx() { db, loaders, viewer }: Context,
    @Arg('indicatorCode', () => String, INDICATOR) indicatorCode: string,
    @Arg('regionCode', () => String, {
      description: 'The region: a Kemendagri or BPS code or a name ("ID" for Indonesia, "75" for Gorontalo).',
    })
    regionCode: string,
    @Arg('year', () => Int, YEAR) year: number,
  ): Promise<BreakdownProfileAnswer> {
    const [profile] = await breakdownProfiles(db, viewer, loaders, { indicatorCode, regionCode, year });
    return profile!;
  }

  @Query(() => [BreakdownProfile], {
    description: 'The profiles of a region’s children that existed in the year (a province’s kabupaten/kota), in one request.',
  })
  breakdownProfiles(
    @Ctx() { db, loaders, viewer }: Context,
    @Arg('indicatorCode', () => String, INDICATOR) indicatorCode: string,
    @Arg('parentCode', () => String, {
      description: 'The parent: "ID" for the provinces, "75" for Gorontalo’s kabupaten/kota (a code or a name).',
    })
    parentCode: string,
    @Arg('year', () => Int, YEAR) year: number,
  ): Promise<BreakdownProfileAnswer[]> {
    return breakdownProfiles(db, viewer, loaders, { indicatorCode, parentCode, year });
  }
}
