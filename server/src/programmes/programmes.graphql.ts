import { Arg, Ctx, Field, FieldResolver, Float, Int, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { Database } from '../db/database.js';
import { ProgrammeScope } from '../generated/prisma/enums.js';
import type { Context } from '../graphql/context.js';
import { badInput } from '../messages/errors.js';
import { Source } from '../observations/observation.types.js';
import { requireRegions, unknownCodeError } from '../reference/lookups.js';
import { readProgrammeFigures } from './programme-figures.service.js';

registerEnumType(ProgrammeScope, {
  name: 'ProgrammeScope',
  description: 'Whether a programme is national or an entry of the regional nomenclature.',
  valuesConfig: {
    NATIONAL: { description: 'National programme (PKH, Program Sembako, PBI-JK, ATENSI).' },
    REGIONAL: {
      description:
        'Regional: an entry of the Permendagri 90/2019 nomenclature (urusan 1.06 Sosial), or a region’s own programme (regionCode).',
    },
  },
});

@ObjectType({
  description:
    'What a programme is, as the catalogue defines it. The current definition, or one of its versions (programmeHistory).',
})
export class ProgrammeDefinition {
  @Field(() => String, { description: '"PKH", or a nomenclature code such as "1.06.05".' })
  code!: string;
  @Field(() => ProgrammeScope, { description: 'NATIONAL programme, or REGIONAL (nomenclature entry or a region’s own).' })
  scope!: ProgrammeScope;
  @Field(() => String, {
    nullable: true,
    description:
      'Code of the entry one level up in the nomenclature, e.g. "1.06" for "1.06.05"; null at the top and for national programmes.',
  })
  parentCode!: string | null;
  @Field(() => String, { description: 'Name in Bahasa Indonesia, e.g. "Program Rehabilitasi Sosial".' })
  nameId!: string;
  @Field(() => String, { description: 'Name in English.' })
  nameEn!: string;
  @Field(() => String, { nullable: true, description: 'Short description in Bahasa Indonesia; null if none.' })
  descriptionId!: string | null;
  @Field(() => String, { nullable: true, description: 'Unit of recipients: KPM (families) or jiwa (persons).' })
  recipientUnit!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'For a region’s own programme (a province’s aid programme): the Kemendagri code of the region whose government runs it; its figures lie in that region. Null for national programmes and the nomenclature.',
  })
  regionCode!: string | null;
}

@ObjectType({ description: 'A social programme: national, an entry of the regional nomenclature, or a region’s own.' })
export class Programme extends ProgrammeDefinition {}

@ObjectType({ description: 'A programme’s coverage and budget in one region and year.' })
export class ProgrammeFigure {
  @Field(() => String, { description: 'The programme (Programme.code), e.g. "PKH" or "1.06.05".' })
  programmeCode!: string;
  @Field(() => String, { description: 'Kemendagri code of the region, e.g. "75.02".' })
  regionCode!: string;
  @Field(() => Int, { description: 'Year the figures are for, e.g. 2025.' })
  year!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Number of recipients, in the programme’s recipientUnit (KPM families or jiwa persons); null when not reported.',
  })
  recipients!: number | null;
  @Field(() => Float, { nullable: true, description: 'Eligible population (e.g. DTSEN desil 1–4 of the region).' })
  eligible!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Coverage in percent: recipients ÷ eligible × 100. Null when either is missing.',
  })
  coverage!: number | null;
  @Field(() => Float, { nullable: true, description: 'Pagu (allocation), rupiah.' })
  budgetAllocated!: number | null;
  @Field(() => Float, { nullable: true, description: 'Realisasi (spent), rupiah.' })
  budgetSpent!: number | null;
  @Field(() => Float, { nullable: true, description: 'Budget absorption in percent: realisasi ÷ pagu × 100.' })
  absorption!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'When the import that last wrote these figures finished (ISO 8601): the "data per" date.',
  })
  dataAsOf!: string | null;

  sourceId!: number | null;
}

@Resolver(() => ProgrammeFigure)
export class ProgrammeFigureResolver {
  @FieldResolver(() => Source, { nullable: true, description: 'Source named in the imported file, if any.' })
  source(@Root() f: ProgrammeFigure, @Ctx() { loaders }: Context) {
    return f.sourceId ? loaders.sourceById.load(f.sourceId) : null;
  }
}

@Resolver()
export class ProgrammesResolver {
  @Query(() => [Programme], {
    description: 'National programmes, the regional nomenclature (urusan 1.06 Sosial) and regions’ own programmes.',
  })
  programmes(@Ctx() { db }: Context) {
    return db.sql.query<Programme>(
      `SELECT code, scope::text AS scope, parent_code AS "parentCode", name_id AS "nameId", name_en AS "nameEn",
              description_id AS "descriptionId", recipient_unit AS "recipientUnit", region_code AS "regionCode"
       FROM programme ORDER BY scope, code`,
    );
  }

  @Query(() => [ProgrammeFigure], {
    description: 'Coverage and budget absorption by region and year, ordered by programme, region and year.',
  })
  async programmeFigures(
    @Ctx() { db, loaders }: Context,
    @Arg('programmeCodes', () => [String], { nullable: true, description: 'Only these programmes, e.g. ["PKH", "1.06.05"].' })
    programmeCodes: string[] | null,
    @Arg('regionCodes', () => [String], {
      nullable: true,
      description: 'Only these regions (Kemendagri codes, BPS codes or names); at most 1000.',
    })
    regionCodes: string[] | null,
    @Arg('parentCode', () => String, {
      nullable: true,
      description: 'Only regions under this one, e.g. "75" or "Provinsi Gorontalo".',
    })
    parentCode: string | null,
    @Arg('year', () => Int, { nullable: true, description: 'Only this year, e.g. 2025.' }) year: number | null,
  ): Promise<ProgrammeFigure[]> {
    if (regionCodes && regionCodes.length > 1000) throw badInput('At most 1000 regions at once.');
    const [regions, parents] = await Promise.all([
      requireRegions(loaders, regionCodes ?? []),
      requireRegions(loaders, parentCode ? [parentCode] : []),
      requireProgrammes(db, programmeCodes ?? []),
    ]);
    // The regions by their Kemendagri codes, whatever the client wrote (a name, a BPS code).
    regionCodes = regionCodes && regions.map((r) => r.code);
    parentCode = parents[0]?.code ?? null;
    return readProgrammeFigures(db, {
      programmeCodes: programmeCodes?.length ? programmeCodes : null,
      regionCodes: regionCodes?.length ? regionCodes : null,
      parentCode,
      year,
    });
  }
}

/** A misspelt programme code is the analyst's mistake, not "no figures". */
export async function requireProgrammes(db: Database, codes: readonly string[]): Promise<void> {
  if (!codes.length) return;
  const found = new Set(
    (await db.sql.query<{ code: string }>('SELECT code FROM programme WHERE code = ANY($1::text[])', [codes])).map((r) => r.code),
  );
  const unknown = codes.find((c) => !found.has(c));
  if (unknown === undefined) return;
  const catalogue = await db.sql.query<{ code: string; nameId: string; nameEn: string }>(
    'SELECT code, name_id AS "nameId", name_en AS "nameEn" FROM programme',
  );
  throw unknownCodeError(
    'programme',
    unknown,
    catalogue.map((p) => ({ code: p.code, names: [p.nameId, p.nameEn] })),
  );
}
