// Management auth for GraphQL: every operation needs the admin token (introspection and __typename
// included), except what a virtual key may read of itself. A request without valid credentials is
// refused before its document is even parsed (validation errors would describe the schema). A key's
// operation is checked field by field, fragments included, before anything runs: every field it
// selects must be one a key can reach from its own quota or usage events, so no navigation leads it
// to another object.
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type GraphQLSchema,
  getNamedType,
  getOperationAST,
  isLeafType,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { type DomainError, ForbiddenError, UnauthenticatedError } from '../domain/errors.js';
import type { GraphQLContext, Viewer } from './context.js';
import { maskError, UNEXPECTED_ERROR_MESSAGE } from './errors.js';

/** Root fields a virtual key may call with its own value as credential (self-service). */
export const VIRTUAL_KEY_ROOT_FIELDS: ReadonlySet<string> = new Set(['Query.virtualKeyQuota', 'Subscription.budgetUsage', 'Subscription.rateLimitUsage']);

/** The object types below those root fields; a key may read their fields that lead to nothing else. */
const VIRTUAL_KEY_TYPES: ReadonlySet<string> = new Set(['VirtualKeyQuota', 'Budget', 'RateLimit', 'BudgetUsageEvent', 'RateLimitUsageEvent']);

export function authError(viewer: Viewer): DomainError | null {
  if (viewer.kind === 'admin') return null;
  if (viewer.kind === 'virtualKey') return new ForbiddenError('virtual keys cannot access management APIs');
  return new UnauthenticatedError(
    viewer.reason === 'missing' ? 'missing admin token (Authorization: Bearer <token>)' : 'invalid admin token',
  );
}

/** The operation and every fragment it spreads, directly or through other fragments. */
function executedDefinitions(document: DocumentNode, operation: OperationDefinitionNode) {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const reached: Array<OperationDefinitionNode | FragmentDefinitionNode> = [operation];
  const seen = new Set<string>();
  for (let i = 0; i < reached.length; i += 1) {
    visit(reached[i]!, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !seen.has(fragment.name.value)) {
          seen.add(fragment.name.value);
          reached.push(fragment);
        }
      },
    });
  }
  return reached;
}

interface OutOfReach {
  /** `Type.field` */
  coordinate: string;
  root: boolean;
}

/** The first field of the operation a virtual key may not read, or null. */
function fieldOutOfKeyReach(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): OutOfReach | null {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map((type) => type?.name));
  let refused: OutOfReach | null = null;
  for (const definition of executedDefinitions(document, operation)) {
    const typeInfo = new TypeInfo(schema);
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          if (refused !== null || node.name.value === '__typename') return;
          const parent = typeInfo.getParentType()?.name ?? '?';
          const coordinate = `${parent}.${node.name.value}`;
          const type = getNamedType(typeInfo.getType());
          const root = roots.has(parent);
          const allowed = root
            ? VIRTUAL_KEY_ROOT_FIELDS.has(coordinate)
            : VIRTUAL_KEY_TYPES.has(parent) && type !== undefined && (isLeafType(type) || VIRTUAL_KEY_TYPES.has(type.name));
          if (!allowed) refused = { coordinate, root };
        },
      }),
    );
  }
  return refused;
}

/** Why `viewer` may not run this operation, or null when it may. */
export function refusal(
  viewer: Viewer,
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
): DomainError | null {
  if (viewer.kind !== 'virtualKey') return authError(viewer);
  const operation = getOperationAST(document, operationName);
  if (!operation) return null; // graphql-js reports the missing operation itself
  const field = fieldOutOfKeyReach(schema, document, operation);
  if (field === null) return null;
  if (field.root) return authError(viewer);
  return new ForbiddenError(`a virtual key may read only its own quota and usage (${field.coordinate} is not available to it)`);
}

/** `viewerOf` tells who sent an HTTP request (WebSocket callers are authenticated at connection_init). */
export function useManagementAuth(viewerOf: (request: Request) => Viewer): Plugin<GraphQLContext> {
  const check = (args: { contextValue: GraphQLContext; schema: GraphQLSchema; document: DocumentNode; operationName?: string | null }) => {
    const error = refusal(args.contextValue.viewer, args.schema, args.document, args.operationName);
    if (error) throw error;
  };
  return {
    onParams({ request, setResult }) {
      const viewer = viewerOf(request);
      if (viewer.kind === 'anonymous') setResult({ errors: [maskError(authError(viewer), UNEXPECTED_ERROR_MESSAGE) as GraphQLError] });
    },
    onExecute: ({ args }) => check(args),
    onSubscribe: ({ args }) => check(args),
  };
}
