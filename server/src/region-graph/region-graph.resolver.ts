import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { Observation, Series, SeriesFrequency } from '../observations/observation.types.js';
import type { SeriesResult } from '../observations/observations.service.js';
import { ProgrammeFigure } from '../programmes/programmes.graphql.js';
import { requireIndicators, requirePeriodRange, unknownCodeError } from '../reference/lookups.js';
import { Region } from '../regions/region.types.js';
import type { RegionRecord } from '../regions/regions.service.js';
import type { TargetRecord } from '../targets/targets.service.js';
import { Target } from '../targets/targets.types.js';

/**
 * A region's own data as fields of the region, so that one query walks from a province to its kabupaten/kota and
 * their values, targets and programmes. Each field is batched over every region of the request (see
 * region-graph.loaders.ts): a list of regions costs the statements of one.
 */
@Resolver(() => Region)
export class RegionGraphResolver {
  @FieldResolver(() => Observation, {
    nullable: true,
    description:
      'The region’s most recent value of the indicator the viewer may read: the latest year, and within it the latest round (an annual figure counts as before the year’s rounds). Null when it has none. Carries its period, status, source and provenance.',
  })
  async latest(
    @Root() region: RegionRecord,
    @Ctx() { loaders }: Context,
    @Arg('indicatorCode', () => String, {
      description: 'Indicator code from the `indicators` catalogue, e.g. "poverty_rate_p0".',
    })
    indicatorCode: string,
  ): Promise<Observation | null> {
    const [indicator] = await requireIndicators(loaders, [indicatorCode.trim()]);
    return loaders.latestObservation(region.code, indicator!.code);
  }

  @FieldResolver(() => Series, {
    description:
      'The region’s values of the indicator over time, as `series` gives them (points after a series break have breakBefore: true); no points when it has none.',
  })
  async series(
    @Root() region: RegionRecord,
    @Ctx() { loaders }: Context,
    @Arg('indicatorCode', () => String, {
      description: 'Indicator code from the `indicators` catalogue, e.g. "poverty_rate_p0".',
    })
    indicatorCode: string,
    @Arg('frequency', () => SeriesFrequency, {
      defaultValue: SeriesFrequency.AUTO,
      description: 'Which values make the series when the region has both annual figures and rounds.',
    })
    frequency: SeriesFrequency,
    @Arg('periodFrom', () => String, { nullable: true, description: 'From this period on, inclusive ("2020" or "2020-03").' })
    periodFrom: string | null,
    @Arg('periodTo', () => String, { nullable: true, description: 'Up to this period, inclusive.' })
    periodTo: string | null,
  ): Promise<SeriesResult> {
    const indicators = await requireIndicators(loaders, [indicatorCode.trim()]);
    requirePeriodRange(periodFrom, periodTo, indicators);
    const ask = { indicatorCode: indicators[0]!.code, frequency, periodFrom: periodFrom ?? null, periodTo: periodTo ?? null };
    return (
      (await loaders.regionSeries(region.code, ask)) ?? {
        indicatorCode: ask.indicatorCode,
        regionCode: region.code,
        frequency,
        points: [],
      }
    );
  }

  @FieldResolver(() => [Target], {
    description:
      'The targets set for the region, by planning document (RPJMN, RKP, RPJMD, Renstra), indicator and year; only those the viewer may read.',
  })
  async targets(
    @Root() region: RegionRecord,
    @Ctx() { loaders }: Context,
    @Arg('documentCode', () => String, { nullable: true, description: 'Only this planning document, e.g. "RPJMN-2025-2029".' })
    documentCode: string | null,
    @Arg('indicatorCode', () => String, { nullable: true, description: 'Only this indicator.' })
    indicatorCode: string | null,
  ): Promise<TargetRecord[]> {
    const documents = await loaders.planningDocuments();
    if (documentCode && !documents.some((d) => d.code === documentCode.trim())) {
      throw unknownCodeError(
        'document',
        documentCode.trim(),
        documents.map((d) => ({ code: d.code, names: [d.title] })),
      );
    }
    const indicator = indicatorCode ? (await requireIndicators(loaders, [indicatorCode.trim()]))[0]!.code : null;
    const codes = documentCode ? [documentCode.trim()] : documents.map((d) => d.code);
    const targets = (await loaders.targetsByRegion(codes)).get(region.code) ?? [];
    return indicator === null ? targets : targets.filter((t) => t.indicatorCode === indicator);
  }

  @FieldResolver(() => [ProgrammeFigure], {
    description: 'The region’s programme figures (coverage and budget), by programme and year.',
  })
  async programmeFigures(
    @Root() region: RegionRecord,
    @Ctx() { loaders }: Context,
    @Arg('programmeCodes', () => [String], { nullable: true, description: 'Only these programmes, e.g. ["PKH", "1.06.05"].' })
    programmeCodes: string[] | null,
    @Arg('year', () => Int, { nullable: true, description: 'Only this year, e.g. 2025.' }) year: number | null,
  ): Promise<ProgrammeFigure[]> {
    const codes = programmeCodes?.map((c) => c.trim()) ?? null;
    if (codes?.length) {
      const catalogue = await loaders.programmeCatalogue();
      const unknown = codes.find((c) => !catalogue.some((p) => p.code === c));
      if (unknown) {
        throw unknownCodeError(
          'programme',
          unknown,
          catalogue.map((p) => ({ code: p.code, names: [p.nameId, p.nameEn] })),
        );
      }
    }
    return loaders.regionProgrammeFigures(region.code, { programmeCodes: codes?.length ? codes : null, year: year ?? null });
  }
}
