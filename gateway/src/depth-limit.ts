/**
 * Refuses queries nested deeper than a limit (HUB_MAX_QUERY_DEPTH, default 12) before planning:
 * the graph has cycles (a unit's successors' predecessors' successors…), and one request must not
 * be able to make the subgraphs walk them without end.
 */
import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

export function depthLimit(max = Number(process.env.HUB_MAX_QUERY_DEPTH ?? 12)) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) deepest = Math.max(deepest, s.name.value.startsWith('__') ? 0 : 1 + depthOf(s.selectionSet, seen));
        else if (s.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(s.selectionSet, seen));
        else if (!seen.has(s.name.value)) {
          deepest = Math.max(deepest, depthOf(fragments.get(s.name.value)?.selectionSet, new Set([...seen, s.name.value])));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > max) {
          context.reportError(new GraphQLError(`Truy vấn lồng quá sâu: ${depth} cấp, tối đa ${max} cấp`, { nodes: [node], extensions: { depth, max } }));
        }
      },
    };
  };
}
