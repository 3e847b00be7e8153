import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { withIndonesian } from '../messages/errors.js';

/** Deepest nesting of fields a query may have. region → children → children … */
export const MAX_DEPTH = 10;
/**
 * Introspection nests deeper by design (a type reference is `ofType { ofType { … } }` nine levels down in the
 * explorer's own query), so fields under `__schema`/`__type` may reach this depth; their lists are costed as
 * any other (see cost.ts), which keeps an introspection "bomb" from passing.
 */
export const MAX_INTROSPECTION_DEPTH = 20;

/**
 * How deep a selection set nests, counted in fields (fragments and inline fragments add no level), capped at
 * `cap`: knowing that a query is too deep is enough, so the walk never descends further than the limit, whatever
 * the document's own nesting. A fragment already being walked (a cycle, which graphql's NoFragmentCyclesRule
 * reports in the same validation pass) and an unknown fragment (KnownFragmentNamesRule's) count as no level.
 * Fragment depths are kept, so a fragment spread in many places is walked once per remaining depth.
 */
export function selectionDepth(
  selectionSet: SelectionSetNode,
  fragment: (name: string) => FragmentDefinitionNode | undefined | null,
  cap: number,
): number {
  const known = new Map<string, number>();
  const walking = new Set<string>();
  const depthOf = (set: SelectionSetNode, remaining: number): number => {
    if (remaining <= 0) return 0;
    let deepest = 0;
    for (const selection of set.selections) {
      let depth = 0;
      if (selection.kind === Kind.FIELD) {
        depth = selection.selectionSet ? 1 + depthOf(selection.selectionSet, remaining - 1) : 1;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        depth = depthOf(selection.selectionSet, remaining);
      } else {
        const name = selection.name.value;
        const key = `${name}\u0000${remaining}`;
        const held = known.get(key);
        if (held !== undefined) depth = held;
        else if (!walking.has(name)) {
          const definition = fragment(name);
          if (definition) {
            walking.add(name);
            depth = depthOf(definition.selectionSet, remaining);
            walking.delete(name);
            known.set(key, depth);
          }
        }
      }
      if (depth > deepest) deepest = Math.min(depth, remaining);
      if (deepest >= remaining) break;
    }
    return deepest;
  };
  return depthOf(selectionSet, cap);
}

/**
 * Validation rule: refuses an operation nested deeper than MAX_DEPTH fields (introspection: MAX_INTROSPECTION_DEPTH).
 * Written for this project rather than taken from graphql-depth-limit, which is unmaintained and follows fragment
 * spreads without a guard, so a fragment that spreads itself overflowed its stack (HTTP 500).
 */
export function depthRule(context: ValidationContext): ASTVisitor {
  const fragment = (name: string) => context.getFragment(name);
  return {
    OperationDefinition(operation) {
      let deepest = 0;
      let introspection = false;
      // The root fields one by one, so that introspection fields get their own allowance.
      const rootFields = { kind: Kind.SELECTION_SET, selections: [] as SelectionSetNode['selections'][number][] };
      for (const selection of operation.selectionSet.selections) {
        if (selection.kind === Kind.FIELD && selection.name.value.startsWith('__')) {
          const depth = selection.selectionSet
            ? 1 + selectionDepth(selection.selectionSet, fragment, MAX_INTROSPECTION_DEPTH)
            : 1;
          if (depth > MAX_INTROSPECTION_DEPTH) introspection = true;
        } else rootFields.selections.push(selection);
      }
      deepest = selectionDepth(rootFields as SelectionSetNode, fragment, MAX_DEPTH + 1);
      if (deepest > MAX_DEPTH || introspection) {
        const limit = deepest > MAX_DEPTH ? MAX_DEPTH : MAX_INTROSPECTION_DEPTH;
        context.reportError(
          withIndonesian(
            new GraphQLError(
              `This query nests deeper than ${limit} levels, the limit. Ask for fewer levels at once (e.g. region → children → children), and fetch deeper levels with another query.`,
              { nodes: [operation], extensions: { code: 'BAD_USER_INPUT', maxDepth: limit } },
            ),
            `Kueri ini bersarang lebih dalam dari ${limit} tingkat, batasnya. Minta lebih sedikit tingkat sekaligus (mis. region → children → children), dan ambil tingkat yang lebih dalam dengan kueri lain.`,
          ),
        );
      }
      return false;
    },
  };
}
