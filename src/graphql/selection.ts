// What a field's selection shows, read from the operation (for reads that can skip columns nobody
// asked for). Fragments count wherever they are spread; @skip and @include are not evaluated, so a
// field that might be skipped counts as shown (the read is then complete, merely not the leanest).
import { type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

function selectsAnyOf(
  selectionSet: SelectionSetNode | undefined,
  names: ReadonlySet<string>,
  fragments: Record<string, FragmentDefinitionNode>,
  visited: Set<string>,
): boolean {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (names.has(selection.name.value)) return true;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (selectsAnyOf(selection.selectionSet, names, fragments, visited)) return true;
    } else if (!visited.has(selection.name.value)) {
      visited.add(selection.name.value);
      if (selectsAnyOf(fragments[selection.name.value]?.selectionSet, names, fragments, visited)) return true;
    }
  }
  return false;
}

/**
 * A test of whether a field's selection shows any of `names` (directly under it). The answer is
 * remembered per field of the operation (its field nodes), as a list resolves the same field for
 * every item.
 */
export function selectionShows(names: readonly string[]): (info: GraphQLResolveInfo) => boolean {
  const wanted = new Set(names);
  const answers = new WeakMap<readonly FieldNode[], boolean>();
  return (info) => {
    let answer = answers.get(info.fieldNodes);
    if (answer === undefined) {
      const visited = new Set<string>();
      answer = info.fieldNodes.some((node) => selectsAnyOf(node.selectionSet, wanted, info.fragments, visited));
      answers.set(info.fieldNodes, answer);
    }
    return answer;
  };
}
