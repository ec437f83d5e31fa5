// How failures leave the GraphQL layer: zod issues and domain errors become GraphQL errors with
// `extensions.code` (and `field` when an input field is at fault); anything unexpected is masked.
import type { GraphQLError } from 'graphql';
import { createGraphQLError, maskError as yogaMaskError } from 'graphql-yoga';
import type { ZodError } from 'zod';
import { DomainError, type ErrorCode, ValidationError } from '../domain/errors.js';

// Auth failures and exceeded limits set the HTTP status too (GraphQL over HTTP answers 200 for the rest).
const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, LIMIT_EXCEEDED: 429 };

/** The first zod issue, named by its dotted input path (e.g. `input.budget.maxLimit`). */
export function validationErrorOf(error: ZodError): Error {
  const issue = error.issues[0];
  const field = issue?.path.join('.') ?? '';
  const message = issue?.message ?? 'Invalid input';
  return new ValidationError(message, field);
}

function domainErrorToGraphQL(error: DomainError, source: GraphQLError | null): GraphQLError {
  const extensions: Record<string, unknown> = { code: error.code };
  if (error.field) extensions.field = error.field;
  const status = HTTP_STATUS[error.code];
  if (status) extensions.http = { status };
  // createGraphQLError uses Yoga's own copy of graphql (CJS and ESM builds can both be loaded).
  return createGraphQLError(error.message, {
    nodes: source?.nodes,
    path: source?.path,
    extensions,
  });
}

// Duck-typed rather than `instanceof GraphQLError`: graphql ships CJS and ESM builds, and libraries
// may wrap errors with the other copy's class.
export function originalOf(error: unknown): unknown {
  const wrapped = (error as { originalError?: unknown } | null)?.originalError;
  return wrapped ? originalOf(wrapped) : error;
}

function locationOf(error: unknown): GraphQLError | null {
  return error !== null && typeof error === 'object' && 'path' in error ? (error as GraphQLError) : null;
}

/** What a client sees of an unexpected error (Yoga's default wording). */
export const UNEXPECTED_ERROR_MESSAGE = 'Unexpected error.';

/** Yoga's maskError hook: domain errors pass with their code; the rest is masked outside dev. */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = originalOf(error);
  if (original instanceof DomainError) {
    return domainErrorToGraphQL(original, locationOf(error));
  }
  return yogaMaskError(error, message, isDev);
}

/** True for failures the client caused (bad input, unknown ids, auth): not worth a server log line. */
export function isExpectedError(error: unknown): boolean {
  return originalOf(error) instanceof DomainError;
}

/** Yoga's logger without the noise of expected errors; unexpected ones still reach stderr. */
export const serverLogger = {
  debug: () => {},
  info: () => {},
  warn: (...args: unknown[]) => console.warn(...args),
  error: (...args: unknown[]) => {
    if (!args.some(isExpectedError)) console.error(...args);
  },
};
