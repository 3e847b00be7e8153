import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  GraphQLIncludeDirective,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isCompositeType,
  isInputObjectType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  TypeMetaFieldDef,
} from 'graphql';
import { badInput } from '../messages/errors.js';
import { checkValue } from './argument-limits.js';
import type { CostFacts } from './cost-facts.js';
import { LIST_RULES, type Rule, type Scope, type Sized } from './cost-rules.js';

/**
 * The cost of an operation, in points: one per field returned, lists multiplied by the number of items they will
 * hold (from the arguments and from the data: regions under a parent, periods an indicator has in a range), and a
 * count by the rows it scans (COUNT_ROWS_PER_POINT rows a point). Written for this project rather than with
 * graphql-query-complexity, whose estimators see only a field's own arguments: the size of `rows`, `points` or
 * `totalCount` depends on the arguments of the field above them (comparison's parent and level, series' indicator
 * and period range, observations' filter), which a walk carrying a scope from parent to child can use.
 */

/** Selections a document may expand to once fragments are spread: the dashboard's largest has a few hundred. */
export const MAX_EXPANDED_SELECTIONS = 50_000;

/**
 * Sizes of introspection's lists, from the schema itself: on average per type (fields, values, arguments), since the
 * explorer's own query reads them all once, which the average times the number of types counts exactly; a nested
 * "bomb" (fields of the types of fields of …) still multiplies and is refused.
 */
function introspectionRules(schema: GraphQLSchema): Record<string, Rule> {
  const types = Object.values(schema.getTypeMap());
  const mean = (count: (t: (typeof types)[number]) => number) =>
    Math.max(1, Math.ceil(types.reduce((s, t) => s + count(t), 0) / types.length));
  const fields = types.flatMap((t) => (isObjectType(t) ? Object.values(t.getFields()) : []));
  const args = Math.max(1, Math.ceil(fields.reduce((s, f) => s + f.args.length, 0) / Math.max(1, fields.length)));
  const fixed =
    (size: number): Rule =>
    () => ({ size });
  return {
    '__Schema.types': fixed(types.length),
    '__Schema.directives': fixed(schema.getDirectives().length),
    '__Type.fields': fixed(mean((t) => ('getFields' in t ? Object.keys(t.getFields()).length : 0))),
    '__Type.inputFields': fixed(mean((t) => (isInputObjectType(t) ? Object.keys(t.getFields()).length : 0))),
    '__Type.enumValues': fixed(mean((t) => ('getValues' in t ? t.getValues().length : 0))),
    '__Type.interfaces': fixed(mean((t) => ('getInterfaces' in t ? t.getInterfaces().length : 0))),
    '__Type.possibleTypes': fixed(1),
    '__Field.args': fixed(args),
    '__Directive.args': fixed(Math.max(1, ...schema.getDirectives().map((d) => d.args.length))),
    '__Directive.locations': fixed(19),
  };
}

/** Lists without a rule (a test keeps this from happening in the schema) count as this many items. */
const UNKNOWN_LIST_SIZE = 100;

export interface CostOptions {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables: Record<string, unknown>;
  operationName: string | null;
  facts: CostFacts;
}

const introspectionCache = new WeakMap<GraphQLSchema, Record<string, Rule>>();

/**
 * The operation's cost; throws a GraphQLError for a variable of the wrong type or missing, or for an argument over
 * its length limit (the caller answers 400).
 */
export function operationCost({ schema, document, variables, operationName, facts }: CostOptions): number {
  const operation: OperationDefinitionNode | null | undefined = getOperationAST(document, operationName);
  if (!operation) return 0;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
  if (coerced.errors) throw coerced.errors[0];
  const values = coerced.coerced;
  let introspection = introspectionCache.get(schema);
  if (!introspection) {
    introspection = introspectionRules(schema);
    introspectionCache.set(schema, introspection);
  }
  const rules = introspection;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  const included = (node: FieldNode | SelectionSetNode['selections'][number]) => {
    if (!node.directives?.length) return true;
    if (getDirectiveValues(GraphQLSkipDirective, node, values)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, node, values)?.if !== false;
  };

  // Fragments on the way down: validation refused cycles before this runs, but the walk never relies on it.
  const walking = new Set<string>();
  // Fragments spread twice each, 30 deep, expand to 2^30 selections from a document of 1 KB: the walk (which
  // cannot share work between spreads, as each sits under its own scope) stops at a bound instead.
  let steps = 0;
  const costOf = (set: SelectionSetNode, type: GraphQLCompositeType, scope: Scope): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (++steps > MAX_EXPANDED_SELECTIONS) {
        throw badInput(
          {
            en: `This query repeats its fragments so often that it would select more than ${MAX_EXPANDED_SELECTIONS} fields once they are expanded. Spread each fragment fewer times.`,
            id: `Kueri ini mengulang fragmennya begitu sering sehingga memilih lebih dari ${MAX_EXPANDED_SELECTIONS} field setelah diuraikan. Sebarkan tiap fragmen lebih sedikit kali.`,
          },
          { maxExpandedSelections: MAX_EXPANDED_SELECTIONS },
        );
      }
      if (!included(selection)) continue;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        total += costOf(selection.selectionSet, isCompositeType(on) ? on : type, scope);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || walking.has(name)) continue;
        const on = schema.getType(fragment.typeCondition.name.value);
        walking.add(name);
        total += costOf(fragment.selectionSet, isCompositeType(on) ? on : type, scope);
        walking.delete(name);
        continue;
      }
      const name = selection.name.value;
      if (name === '__typename') {
        total += 1;
        continue;
      }
      let field: GraphQLField<unknown, unknown> | undefined;
      // graphql-js keeps the meta fields apart from the root type's own.
      if (name === '__schema') field = SchemaMetaFieldDef;
      else if (name === '__type') field = TypeMetaFieldDef as GraphQLField<unknown, unknown>;
      else if ('getFields' in type) field = type.getFields()[name];
      if (!field) continue;
      const coordinate = `${type.name}.${name}`;
      const args = field.args.length ? getArgumentValues(field, selection, values) : {};
      for (const arg of field.args) {
        checkValue(args[arg.name], arg.type, arg.name, `${coordinate}.${arg.name}`, ` (of ${name})`);
      }
      const rule = LIST_RULES[coordinate] ?? rules[coordinate];
      const isList = isListType(getNullableType(field.type));
      const sized: Sized = rule ? rule(args, scope, facts) : { size: isList ? UNKNOWN_LIST_SIZE : 1 };
      const named = getNamedType(field.type);
      const inner =
        selection.selectionSet && isCompositeType(named) ? costOf(selection.selectionSet, named, sized.scope ?? scope) : 0;
      total += (sized.own ?? 1) + sized.size * Math.max(inner, isList ? 1 : 0);
    }
    return total;
  };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!root) return 0;
  // Children spread over a whole list are fractions per region; the sum over the tree is whole again.
  return Math.ceil(costOf(operation.selectionSet, root, {}) - 1e-9);
}
