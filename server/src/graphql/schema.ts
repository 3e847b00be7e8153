import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountsResolver } from '../accounts/accounts.resolver.js';
import {
  ActivitiesResolver,
  ActivityOverlapTargetGroupResolver,
  ActivityTargetGroupResolver,
} from '../activities/activities.resolver.js';
import { AggregateGroupResolver, AggregationResolver } from '../aggregation/aggregation.resolver.js';
import { AUDIT_RESOLVERS } from '../audit/audit.resolver.js';
import { BreakdownResolver } from '../breakdowns/profile.graphql.js';
import { CatalogueResolver } from '../catalogue/catalogue.resolver.js';
import { ComparisonResolver, ComparisonRowResolver } from '../comparison/comparison.resolver.js';
import { PeriodChangeResolver, PeriodChangeRowResolver } from '../comparison/period-change.resolver.js';
import { CompositesResolver } from '../composites/composites.resolver.js';
import { CompositeResultsResolver } from '../composites/results.resolver.js';
import { DECK_RESOLVERS } from '../decks/deck.resolver.js';
import { ImportsResolver } from '../imports/imports.resolver.js';
import { IndicatorsResolver } from '../indicators/indicators.resolver.js';
import {
  ObservationProvenanceResolver,
  ObservationsResolver,
  SeriesPointProvenanceResolver,
  SeriesProvenanceResolver,
} from '../observations/observations.resolver.js';
import { ProgrammeFigureResolver, ProgrammesResolver } from '../programmes/programmes.graphql.js';
import { RegionGraphResolver } from '../region-graph/region-graph.resolver.js';
import { ProgrammeFigureLinksResolver, TargetLinksResolver } from '../region-graph/region-links.resolver.js';
import { RegionsResolver } from '../regions/regions.resolver.js';
import { RollUpResolver } from '../rollup/rollup.graphql.js';
import { SpmResolver } from '../spm/spm.graphql.js';
import { TABLE_RESOLVERS } from '../table/table.resolver.js';
import { TargetProgressResolver, TargetsResolver } from '../targets/targets.resolver.js';
import { DatasetResolver } from '../training/dataset.graphql.js';
import { VerificationResolver } from '../verification/verification.resolver.js';
import { paceListFields } from './budget.js';
import { readFieldsAsProperties } from './plain-fields.js';

let built: Promise<GraphQLSchema> | undefined;

/** The GraphQL schema; built once per process (type-graphql's metadata is global). Its lists keep the time budget. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  if (!built) readFieldsAsProperties();
  built ??= buildSchema({
    resolvers: [
      RegionsResolver,
      RegionGraphResolver,
      TargetLinksResolver,
      ProgrammeFigureLinksResolver,
      IndicatorsResolver,
      ObservationsResolver,
      ObservationProvenanceResolver,
      SeriesPointProvenanceResolver,
      SeriesProvenanceResolver,
      ComparisonResolver,
      ComparisonRowResolver,
      PeriodChangeResolver,
      PeriodChangeRowResolver,
      TargetsResolver,
      TargetProgressResolver,
      RollUpResolver,
      AggregationResolver,
      AggregateGroupResolver,
      SpmResolver,
      BreakdownResolver,
      ProgrammesResolver,
      ProgrammeFigureResolver,
      ActivitiesResolver,
      ActivityTargetGroupResolver,
      ActivityOverlapTargetGroupResolver,
      CatalogueResolver,
      CompositesResolver,
      CompositeResultsResolver,
      ImportsResolver,
      AccountsResolver,
      VerificationResolver,
      ...AUDIT_RESOLVERS,
      ...DECK_RESOLVERS,
      ...TABLE_RESOLVERS,
      DatasetResolver,
    ],
    validate: false,
  }).then(paceListFields);
  return built;
}
