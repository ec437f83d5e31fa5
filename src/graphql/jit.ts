// graphql-jit for documents with a single operation. The plugin remembers one compiled query per
// document, whatever operation a request names, so a document holding several operations would run
// the one compiled first: those run on graphql-js instead.
import { useGraphQlJit } from '@envelop/graphql-jit';
import { type DocumentNode, Kind } from 'graphql';

const singleOperation = (document: DocumentNode) =>
  document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION).length === 1;

export function useSingleOperationJit() {
  return useGraphQlJit({}, { enableIf: ({ document }) => singleOperation(document) });
}
