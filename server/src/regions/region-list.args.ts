import { ArgsType, Field } from 'type-graphql';
import { RegionLevel } from '../generated/prisma/enums.js';

/**
 * The regions a list query reads: each one named, or every region of a level under a parent (see
 * reference/lookups.ts requireRegionList). The same three arguments for series, seriesGrid and compositeIndex.
 */
@ArgsType()
export class RegionListArgs {
  @Field(() => [String], {
    nullable: true,
    description:
      'Regions: Kemendagri codes (e.g. ["75", "75.02"]), BPS codes or names ("Kab. Boalemo", "kaltim"); at most 600. Or give parentCode and level instead.',
  })
  regionCodes!: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Instead of regionCodes: every region of `level` under this one ("ID" and PROVINCE: the 38 provinces; "75": Gorontalo’s kabupaten/kota).',
  })
  parentCode!: string | null;

  @Field(() => RegionLevel, {
    nullable: true,
    description: 'With parentCode: the level of its regions to take (the level one down by default).',
  })
  level!: RegionLevel | null;
}
