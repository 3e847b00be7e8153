import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { saveEntry } from './catalogue.service.js';
import {
  IndicatorInput,
  IndicatorSaved,
  IndicatorVersion,
  ProgrammeInput,
  ProgrammeSaved,
  ProgrammeVersion,
} from './catalogue.types.js';
import type { IndicatorDefinition, ProgrammeDefinition } from './definitions.js';
import { catalogueHistory } from './history.js';
import type { CataloguePatch } from './rules.js';

/** The fields the client sent (null included), without those it left out. */
function patchOf<D extends IndicatorDefinition | ProgrammeDefinition>(input: object): CataloguePatch<D> {
  const { code, ...rest } = input as { code: string } & Record<string, unknown>;
  const fields = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  return { code: code.trim(), line: null, fields: fields as CataloguePatch<D>['fields'], label: (field) => field };
}

const REASON = {
  nullable: true,
  description: 'Why the definition changes; kept with the version and in the audit trail (at most 2,000 characters).',
} as const;

@Resolver()
export class CatalogueResolver {
  @Mutation(() => IndicatorSaved, {
    description:
      'Creates or revises one indicator of the catalogue (national administrators). The same rules as a row of an indicator catalogue file; a change is kept as a version (indicatorHistory) and in the audit trail. Unit, direction and aggregation are fixed once the indicator has values or targets.',
  })
  async saveIndicator(
    @Ctx() { db, viewer }: Context,
    @Arg('indicator', () => IndicatorInput, { description: 'The indicator: its code and the fields to set.' })
    input: IndicatorInput,
    @Arg('reason', () => String, REASON) reason: string | null,
  ): Promise<IndicatorSaved> {
    const saved = await saveEntry<IndicatorDefinition>(db, viewer, 'indicator', patchOf(input), reason ?? null);
    return { ...saved, indicator: saved.definition } as unknown as IndicatorSaved;
  }

  @Mutation(() => ProgrammeSaved, {
    description:
      'Creates or revises one programme of the catalogue: national programmes and the nomenclature by national administrators, a region’s own programme by administrators of that region. The same rules as a row of a programme catalogue file; a change is kept as a version (programmeHistory) and in the audit trail.',
  })
  async saveProgramme(
    @Ctx() { db, viewer }: Context,
    @Arg('programme', () => ProgrammeInput, { description: 'The programme: its code and the fields to set.' })
    input: ProgrammeInput,
    @Arg('reason', () => String, REASON) reason: string | null,
  ): Promise<ProgrammeSaved> {
    const saved = await saveEntry<ProgrammeDefinition>(db, viewer, 'programme', patchOf(input), reason ?? null);
    return { ...saved, programme: saved.definition } as unknown as ProgrammeSaved;
  }

  @Query(() => [IndicatorVersion], {
    description:
      'Every version of an indicator’s definition, newest first: the seed, catalogue files and edits, with the definition before and after each change.',
  })
  indicatorHistory(
    @Ctx() { db, viewer }: Context,
    @Arg('code', () => String, { description: 'Indicator code, e.g. "poverty_rate_p0".' }) code: string,
  ) {
    return catalogueHistory(db, viewer, 'indicator', code.trim());
  }

  @Query(() => [ProgrammeVersion], {
    description:
      'Every version of a programme’s definition, newest first: the seed, catalogue files and edits, with the definition before and after each change.',
  })
  programmeHistory(
    @Ctx() { db, viewer }: Context,
    @Arg('code', () => String, { description: 'Programme code, e.g. "PKH" or "1.06.05".' }) code: string,
  ) {
    return catalogueHistory(db, viewer, 'programme', code.trim());
  }
}
