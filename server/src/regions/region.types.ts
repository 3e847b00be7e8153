import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RegionKind, RegionLevel } from '../generated/prisma/enums.js';

registerEnumType(RegionLevel, {
  name: 'RegionLevel',
  description: 'Level of the administrative hierarchy.',
  valuesConfig: {
    NATIONAL: { description: 'Nasional: the whole of Indonesia (code "ID").' },
    PROVINCE: { description: 'Provinsi (38).' },
    REGENCY_CITY: { description: 'Kabupaten/kota (514).' },
    DISTRICT: { description: 'Kecamatan (7,277); loaded on demand.' },
    VILLAGE: { description: 'Desa/kelurahan (83,763); loaded on demand.' },
  },
});

registerEnumType(RegionKind, {
  name: 'RegionKind',
  description: 'Kind of a kabupaten/kota.',
  valuesConfig: {
    REGENCY: { description: 'Kabupaten.' },
    CITY: { description: 'Kota.' },
  },
});

@ObjectType({ description: 'A region of Indonesia: the nation, a provinsi, a kabupaten/kota, a kecamatan or a desa.' })
export class Region {
  @Field(() => ID, {
    description: 'Kemendagri code, e.g. "75" (Gorontalo) or "75.01" (Kabupaten Gorontalo); "ID" for Indonesia.',
  })
  code!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'BPS code where known. It differs from the Kemendagri code for the Papua provinces and many kabupaten/kota (BPS "7501" is Boalemo).',
  })
  bpsCode!: string | null;

  @Field(() => String, { description: 'Official name as in the Kemendagri registry, e.g. "Kabupaten Bone Bolango".' })
  name!: string;

  @Field(() => RegionLevel, { description: 'Level in the administrative hierarchy: NATIONAL, PROVINCE, REGENCY_CITY…' })
  level!: RegionLevel;

  @Field(() => RegionKind, { nullable: true, description: 'Kabupaten or kota; only for the REGENCY_CITY level.' })
  kind!: RegionKind | null;

  @Field(() => String, { nullable: true, description: 'Code of the parent region; null for Indonesia.' })
  parentCode!: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'First year of the region’s current boundaries, e.g. 2022 for the provinces of the Papua split. Null when no change is recorded.',
  })
  validFrom!: number | null;

  @Field(() => Int, { nullable: true, description: 'Last year the region existed; null while it exists.' })
  validUntil!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Year the region came into being, by a recorded split (Papua Tengah: 2022, UU 15/2022); null for a region that existed before every recorded change (Kalimantan Timur, though its boundaries changed in 2012). It is not ranked or counted for earlier years, and values for them are refused at import: they belong to the region it was formed from.',
  })
  existsSince!: number | null;
}
