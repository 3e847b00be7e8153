import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { RegionLevel, VerificationStatus } from '../generated/prisma/enums.js';
import type { Context } from '../graphql/context.js';
import { spmAchievementOf, spmAchievementsUnder } from './spm.service.js';

@ObjectType({
  description:
    'One basic service (jenis pelayanan dasar) of the SPM Bidang Sosial for a region and year: people needing it, people served, and the achievement (PP 2/2018 Pasal 10; Permensos 9/2018).',
})
export class SpmServiceAchievement {
  @Field(() => String, {
    description: 'Its letter in PP 2/2018 Pasal 10: ayat (2) for a province, ayat (3) for a kabupaten/kota.',
  })
  letter!: string;
  @Field(() => String, { description: 'The catalogue indicator holding its achievement, e.g. "spm_kab_elderly_outside_panti".' })
  indicatorCode!: string;
  @Field(() => String, { description: 'The basic service as the regulation names it (Bahasa Indonesia).' })
  serviceId!: string;
  @Field(() => String, { description: 'The basic service in English.' })
  serviceEn!: string;
  @Field(() => String, { description: 'Who receives it (Pasal 10 ayat (5)), in Bahasa Indonesia.' })
  recipientsId!: string;
  @Field(() => String, { description: 'Who receives it, in English.' })
  recipientsEn!: string;
  @Field(() => RegionLevel, {
    description:
      'Whose responsibility it is: PROVINCE (inside panti, provincial disasters) or REGENCY_CITY (outside panti, kabupaten/kota disasters). A province’s service is never computed from its kabupaten/kota.',
  })
  level!: RegionLevel;
  @Field(() => Float, {
    nullable: true,
    description: 'Jumlah warga yang membutuhkan: people assessed as needing it; null when not reported.',
  })
  needing!: number | null;
  @Field(() => Float, { nullable: true, description: 'Jumlah warga yang terlayani: people served; null when not reported.' })
  served!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Achievement in percent: served ÷ needing × 100 (or the percentage reported alone); null without a report.',
  })
  achievement!: number | null;
  @Field(() => Float, { description: 'The target: 100 (percent) for every basic service.' })
  target!: number;
  @Field(() => Float, { nullable: true, description: 'needing − served: people still to be served; null without both counts.' })
  unserved!: number | null;
  @Field(() => VerificationStatus, {
    nullable: true,
    description: 'Verification status of the reported value; null without one.',
  })
  status!: VerificationStatus | null;
  @Field(() => String, { nullable: true, description: 'What is missing (Bahasa Indonesia); null when both counts are there.' })
  reasonId!: string | null;
  @Field(() => String, { nullable: true, description: 'What is missing (English).' })
  reasonEn!: string | null;
}

@ObjectType({
  description:
    'The SPM Bidang Sosial achievement of a province or kabupaten/kota in a year: the five basic services its own government is responsible for.',
})
export class SpmAchievement {
  @Field(() => String, { description: 'Kemendagri code of the region.' })
  regionCode!: string;
  @Field(() => String, { description: 'Name of the region.' })
  regionName!: string;
  @Field(() => RegionLevel, { description: 'PROVINCE or REGENCY_CITY: which five services apply.' })
  level!: RegionLevel;
  @Field(() => Int, { description: 'The year reported.' })
  year!: number;
  @Field(() => [SpmServiceAchievement], { description: 'The five basic services, in the order of PP 2/2018 Pasal 10.' })
  services!: SpmServiceAchievement[];
  @Field(() => Int, { description: 'Services with an achievement reported for the year (0 to 5).' })
  servicesReported!: number;
  @Field(() => Int, { description: 'Services reported with both counts, needing and served (0 to 5).' })
  servicesWithCounts!: number;
}

@Resolver()
export class SpmResolver {
  @Query(() => SpmAchievement, {
    description:
      'A province’s or kabupaten/kota’s SPM Bidang Sosial achievement for a year: each of its five basic services with people needing it, people served and the achievement. One SQL statement.',
  })
  spmAchievement(
    @Ctx() ctx: Context,
    @Arg('regionCode', () => String, {
      description: 'A province or kabupaten/kota: Kemendagri or BPS code, or name ("75", "75.01").',
    })
    regionCode: string,
    @Arg('year', () => Int, { description: 'The year, e.g. 2024.' })
    year: number,
  ) {
    return spmAchievementOf(ctx, regionCode, year);
  }

  @Query(() => [SpmAchievement], {
    description:
      'The SPM Bidang Sosial achievement of every kabupaten/kota of a province for a year, each with its own five services (outside panti, its own disasters). One SQL statement whatever the number of kabupaten/kota.',
  })
  spmAchievements(
    @Ctx() ctx: Context,
    @Arg('parentCode', () => String, { description: 'The province: Kemendagri or BPS code, or name ("75").' })
    parentCode: string,
    @Arg('year', () => Int, { description: 'The year, e.g. 2024.' })
    year: number,
  ) {
    return spmAchievementsUnder(ctx, parentCode, year);
  }
}
