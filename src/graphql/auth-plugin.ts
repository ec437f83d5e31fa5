// Management auth for GraphQL: every operation needs the admin token, except pure introspection
// (so GraphiQL can load the schema) and the root fields a virtual key may use on itself.
import { type DocumentNode, Kind, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { type DomainError, ForbiddenError, UnauthenticatedError } from '../domain/errors.js';
import type { GraphQLContext, Viewer } from './context.js';

/** Root fields a virtual key may call with its own value as credential (self-service). */
export const VIRTUAL_KEY_ROOT_FIELDS = new Set<string>(['virtualKeyQuota', 'budgetUsage', 'rateLimitUsage']);

function operationOf(document: DocumentNode, operationName?: string | null): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
}

function rootFieldNames(operation: OperationDefinitionNode): string[] {
  // Fragments on the root are rare; treating them as "unknown field" keeps them admin-only.
  return operation.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : '…'));
}

export function authError(viewer: Viewer): DomainError | null {
  if (viewer.kind === 'admin') return null;
  if (viewer.kind === 'virtualKey') return new ForbiddenError('virtual keys cannot access management APIs');
  return new UnauthenticatedError(
    viewer.reason === 'missing' ? 'missing admin token (Authorization: Bearer <token>)' : 'invalid admin token',
  );
}

/** Why `viewer` may not run this operation, or null when it may. */
export function refusal(viewer: Viewer, document: DocumentNode, operationName?: string | null): DomainError | null {
  if (viewer.kind === 'admin') return null;
  const operation = operationOf(document, operationName);
  if (!operation) return null; // graphql-js reports the missing operation itself
  const fields = rootFieldNames(operation);
  if (fields.every((f) => f.startsWith('__'))) return null;
  if (viewer.kind === 'virtualKey' && fields.every((f) => VIRTUAL_KEY_ROOT_FIELDS.has(f) || f.startsWith('__'))) {
    return null;
  }
  return authError(viewer);
}

export function useManagementAuth(): Plugin<GraphQLContext> {
  return {
    onExecute({ args }) {
      const error = refusal(args.contextValue.viewer, args.document, args.operationName);
      if (error) throw error;
    },
    onSubscribe({ args }) {
      const error = refusal(args.contextValue.viewer, args.document, args.operationName);
      if (error) throw error;
    },
  };
}
