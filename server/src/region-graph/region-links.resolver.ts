import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { Indicator } from '../indicators/indicator.types.js';
import { Programme, ProgrammeFigure } from '../programmes/programmes.graphql.js';
import { Region } from '../regions/region.types.js';
import type { TargetRecord } from '../targets/targets.service.js';
import { PlanningDocument, Target } from '../targets/targets.types.js';

/** Targets name their region, indicator and document as objects, batched per request, not only by code. */
@Resolver(() => Target)
export class TargetLinksResolver {
  @FieldResolver(() => Region, { description: 'The region of regionCode.' })
  region(@Root() t: TargetRecord, @Ctx() { loaders }: Context) {
    return loaders.regionOf(t.regionCode);
  }

  @FieldResolver(() => Indicator, { description: 'The catalogue entry of indicatorCode.' })
  indicator(@Root() t: TargetRecord, @Ctx() { loaders }: Context) {
    return loaders.indicatorOf(t.indicatorCode);
  }

  @FieldResolver(() => PlanningDocument, { description: 'The planning document of documentCode.' })
  async document(@Root() t: TargetRecord, @Ctx() { loaders }: Context) {
    return (await loaders.planningDocuments()).find((d) => d.code === t.documentCode)!;
  }
}

/** Programme figures name their region and programme as objects, batched per request. */
@Resolver(() => ProgrammeFigure)
export class ProgrammeFigureLinksResolver {
  @FieldResolver(() => Region, { description: 'The region of regionCode.' })
  region(@Root() f: ProgrammeFigure, @Ctx() { loaders }: Context) {
    return loaders.regionOf(f.regionCode);
  }

  @FieldResolver(() => Programme, { description: 'The catalogue entry of programmeCode.' })
  async programme(@Root() f: ProgrammeFigure, @Ctx() { loaders }: Context) {
    return (await loaders.programmeCatalogue()).find((p) => p.code === f.programmeCode)!;
  }
}
