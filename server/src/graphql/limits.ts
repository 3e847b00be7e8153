import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { type ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import type { Context } from './context.js';

/** Deepest nesting a query may have (introspection is exempt). region → children → children … */
export const MAX_DEPTH = 10;
/** Cost budget of one operation: one point per field, times the (largest possible) size of lists. */
export const MAX_COST = 250_000;
/** Assumed size of a children list: more kabupaten/kota than any province has (Jawa Timur: 38). */
export const CHILDREN_ESTIMATE = 40;

const depthLimitRule = depthLimit(MAX_DEPTH);

/** graphql-depth-limit's rule, with a message that says what to change instead of quoting the operation's name. */
export const depthRule: ValidationRule = (context) => {
  const reworded = new Proxy(context, {
    get(target, key, receiver) {
      if (key !== 'reportError') return Reflect.get(target, key, receiver);
      return (error: GraphQLError) =>
        target.reportError(
          new GraphQLError(
            `This query nests deeper than ${MAX_DEPTH} levels, the limit. Ask for fewer levels at once (e.g. region → children → children), and fetch deeper levels with another query.`,
            { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT', maxDepth: MAX_DEPTH } },
          ),
        );
    },
  });
  return depthLimitRule(reworded as ValidationContext);
};

/**
 * Refuses the whole request before anything runs, as HTTP 400: thrown from a plugin hook, an error without a
 * status would reach the client as 500, an internal error.
 */
function refuse(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...details, http: { status: 400 } } });
}

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

/** Costs kept per document, for this many sets of variables and operation names each. */
const COSTS_PER_DOCUMENT = 100;

/**
 * Rejects an operation whose estimated cost is over budget before anything runs. Estimating walks the
 * whole query (a fifth of a millisecond for the dashboard's comparison), so each cost is kept with the
 * parsed document, which Apollo reuses for every request of the same query text.
 */
export function costLimitPlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  const costOf = (document: DocumentNode, variables: Record<string, unknown>, operationName: string | null) => {
    let known = costs.get(document);
    if (!known) {
      known = new Map();
      costs.set(document, known);
    }
    const key = `${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
    let cost = known.get(key);
    if (cost === undefined) {
      cost = getComplexity({
        schema,
        query: document,
        variables,
        ...(operationName ? { operationName } : {}),
        estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
      });
      if (known.size >= COSTS_PER_DOCUMENT) known.clear();
      known.set(key, cost);
    }
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operationName }) {
          let cost: number;
          try {
            cost = costOf(document, request.variables ?? {}, operationName ?? null);
          } catch (err) {
            // Estimating reads the variables first: one of the wrong type, or missing, is the analyst's to fix.
            if (err instanceof GraphQLError) throw refuse(err.message);
            throw err;
          }
          if (cost > MAX_COST) {
            throw refuse(
              `This query is too expensive: cost ${cost} is above the limit of ${MAX_COST}. Ask for fewer fields or smaller pages (first, limit), or fewer regions at once.`,
              { cost, maxCost: MAX_COST },
            );
          }
        },
      };
    },
  };
}
