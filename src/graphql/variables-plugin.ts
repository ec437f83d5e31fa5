// Coerces variables with graphql-js before execution, so a bad variable value is a request error
// (HTTP 400, message naming the input path) whichever executor runs the operation: the JIT
// executor reports such errors differently.
import { type DocumentNode, getVariableValues, Kind, type OperationDefinitionNode } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export function useStrictVariables(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = (args.document as DocumentNode).definitions.find(
        (d): d is OperationDefinitionNode =>
          d.kind === Kind.OPERATION_DEFINITION && (!args.operationName || d.name?.value === args.operationName),
      );
      if (!operation?.variableDefinitions?.length) return;
      // graphql-js's own executor stops at 50 errors too: a long list of bad items must not turn
      // into one error (and megabytes of response) per item.
      const coerced = getVariableValues(args.schema, operation.variableDefinitions, args.variableValues ?? {}, { maxErrors: 50 });
      if (!coerced.errors) return;
      setResultAndStopExecution({
        errors: coerced.errors.map((error) =>
          createGraphQLError(error.message, { nodes: error.nodes, extensions: { http: { status: 400 } } }),
        ),
      });
    },
  };
}
