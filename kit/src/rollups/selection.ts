/** Whether a resolver's result is asked for some fields, so it reads only what the query needs. */
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function walk(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, names: Set<string>): boolean {
  for (const s of set?.selections ?? []) {
    if (s.kind === 'Field' && names.has(s.name.value)) return true;
    if (s.kind === 'InlineFragment' && walk(s.selectionSet, info, names)) return true;
    if (s.kind === 'FragmentSpread' && walk(info.fragments[s.name.value]?.selectionSet, info, names)) return true;
  }
  return false;
}

/** True when the field being resolved selects any of `fields` directly below it. */
export function selects(info: GraphQLResolveInfo | undefined, ...fields: string[]): boolean {
  // Without the query at hand (a direct call), assume everything is wanted.
  if (!info) return true;
  const names = new Set(fields);
  return info.fieldNodes.some((f: FieldNode) => walk(f.selectionSet, info, names));
}
