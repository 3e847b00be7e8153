import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { type ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import type { Context } from './context.js';
import { badInput } from './errors.js';

/** Deepest nesting a query may have (introspection is exempt). region → children → children … */
export const MAX_DEPTH = 10;
/** Cost budget of one operation: one point per field, times the (largest possible) size of lists. */
export const MAX_COST = 250_000;
/** Assumed size of a children list: more kabupaten/kota than any province has (Jawa Timur: 38). */
export const CHILDREN_ESTIMATE = 40;

export const depthRule = depthLimit(MAX_DEPTH);

/** Regions per level in the registry: a list filtered to a level cannot be longer. */
const LEVEL_SIZE: Record<string, number> = { NATIONAL: 1, PROVINCE: 38, REGENCY_CITY: 514, DISTRICT: 7_285, VILLAGE: 83_763 };

/** Lists with a page size argument cost their size times what each item asks for. */
const pagedEstimator: ComplexityEstimator = ({ args, field, childComplexity }) => {
  let size = typeof args.first === 'number' ? args.first : typeof args.limit === 'number' ? args.limit : undefined;
  if (size !== undefined && typeof args.level === 'string') size = Math.min(size, LEVEL_SIZE[args.level] ?? size);
  if (size !== undefined && typeof args.parentCode === 'string') size = Math.min(size, CHILDREN_ESTIMATE);
  // A list per region and indicator (seriesGrid, a scorecard of listed regions) holds one item per pair.
  const regions = Array.isArray(args.regionCodes) ? args.regionCodes.length : undefined;
  const indicators = Array.isArray(args.indicatorCodes) ? args.indicatorCodes.length : undefined;
  const many = regions === undefined && indicators === undefined ? undefined : (regions ?? 1) * (indicators ?? 1);
  const factor = size ?? many ?? (field.name === 'children' ? CHILDREN_ESTIMATE : undefined);
  return factor === undefined ? undefined : 1 + factor * Math.max(childComplexity, 1);
};

/** Rejects an operation whose estimated cost is over budget before anything runs. */
export function costLimitPlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operationName }) {
          const cost = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            ...(operationName ? { operationName } : {}),
            estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > MAX_COST) {
            throw badInput(
              `This query is too expensive: cost ${cost} is above the limit of ${MAX_COST}. Ask for fewer fields or smaller pages (first, limit), or fewer regions at once.`,
              { cost, maxCost: MAX_COST },
            );
          }
        },
      };
    },
  };
}
