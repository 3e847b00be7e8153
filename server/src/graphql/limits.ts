import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, type GraphQLSchema } from 'graphql';
import { badInput, indonesianMessage } from '../messages/errors.js';
import type { Localized } from '../messages/language.js';
import type { Context } from './context.js';
import { operationCost } from './cost.js';
import type { CostFactsHolder } from './cost-facts.js';

/**
 * Cost budget of one operation: one point per field returned, lists multiplied by the items they will hold, a count
 * or scan by the rows it reads (see cost.ts).
 */
export const MAX_COST = 100_000;
/** Tokens a document may have: the explorer's introspection query has about 180, the dashboard's largest (Overview) as many. */
export const MAX_TOKENS = 5_000;

/**
 * Refuses the whole request before anything runs, as HTTP 400: thrown from a plugin hook, an error without a
 * status would reach the client as 500, an internal error.
 */
function refuse(message: string | Localized, details: Record<string, unknown> = {}): GraphQLError {
  return badInput(message, { ...details, code: 'BAD_USER_INPUT', http: { status: 400 } });
}

/** Costs kept per document, for this many sets of variables and operation names each. */
const COSTS_PER_DOCUMENT = 100;

/**
 * Rejects an operation whose estimated cost is over budget, or with an argument over its length limit, before
 * anything runs. Estimating walks the whole query (a fifth of a millisecond for the dashboard's comparison), so
 * each cost is kept with the parsed document, which Apollo reuses for every request of the same query text, for
 * its variables and the facts about the data it was estimated with.
 */
export function costLimitPlugin(schema: GraphQLSchema, facts: CostFactsHolder): ApolloServerPlugin<Context> {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  const costOf = async (document: DocumentNode, variables: Record<string, unknown>, operationName: string | null) => {
    let known = costs.get(document);
    if (!known) {
      known = new Map();
      costs.set(document, known);
    }
    const current = await facts.get();
    const key = `${facts.version}\u0000${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
    let cost = known.get(key);
    if (cost === undefined) {
      cost = operationCost({ schema, document, variables, operationName, facts: current });
      if (known.size >= COSTS_PER_DOCUMENT) known.clear();
      known.set(key, cost);
    }
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operationName, contextValue }) {
          let cost: number;
          try {
            cost = await costOf(document, request.variables ?? {}, operationName ?? null);
          } catch (err) {
            // Estimating reads the variables and arguments first: a wrong type, a missing variable, a string or list
            // over its limit is the analyst's to fix.
            if (err instanceof GraphQLError) {
              // The Indonesian of an argument over its limit goes along; graphql-js's own words about variables are English.
              const id = indonesianMessage(err);
              throw refuse(id === undefined ? err.message : { en: err.message, id }, err.extensions);
            }
            throw err;
          }
          if (cost > MAX_COST) {
            throw refuse(
              {
                en: `This query is too expensive: cost ${cost} is above the limit of ${MAX_COST}. Ask for fewer fields, fewer regions, indicators or periods (periodFrom, periodTo), or smaller pages (first, limit) at once; totalCount and coverage count every row they cover.`,
                id: `Kueri ini terlalu mahal: biayanya ${cost}, melebihi batas ${MAX_COST}. Minta lebih sedikit field, wilayah, indikator atau periode (periodFrom, periodTo), atau halaman yang lebih kecil (first, limit) sekaligus; totalCount dan coverage menghitung setiap baris yang dicakupnya.`,
              },
              { cost, maxCost: MAX_COST },
            );
          }
          contextValue.budget.weigh(cost);
        },
      };
    },
  };
}
