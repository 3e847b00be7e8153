import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * Whether the query selects the field at `path` below the field being resolved (`['groups', 'sum']`), through
 * fragments too. A statistic that makes no sense is refused once for the query, before anything is read, rather
 * than once per group.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const within = (set: SelectionSetNode | undefined, rest: readonly string[]): boolean => {
    if (!set || rest.length === 0) return rest.length === 0;
    return set.selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === rest[0] && within(s.selectionSet, rest.slice(1));
      if (s.kind === Kind.INLINE_FRAGMENT) return within(s.selectionSet, rest);
      const fragment = info.fragments[s.name.value];
      return fragment ? within(fragment.selectionSet, rest) : false;
    });
  };
  return info.fieldNodes.some((node) => within(node.selectionSet, path));
}
