// How failures leave the GraphQL layer: zod issues and domain errors become GraphQL errors with
// `extensions.code` (and `field` for bad input); anything unexpected is masked.
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import type { ZodError } from 'zod';
import { DomainError, ValidationError } from '../domain/errors.js';

/** The first zod issue, named by its dotted input path (e.g. `input.budget.maxLimit`). */
export function validationErrorOf(error: ZodError): Error {
  const issue = error.issues[0];
  const field = issue?.path.join('.') ?? '';
  const message = issue?.message ?? 'Invalid input';
  return new ValidationError(message, field);
}

function domainErrorToGraphQL(error: DomainError, source: GraphQLError | null): GraphQLError {
  const extensions: Record<string, unknown> = { code: error.code };
  if (error instanceof ValidationError && error.field) extensions.field = error.field;
  return new GraphQLError(error.message, {
    nodes: source?.nodes,
    path: source?.path,
    extensions,
  });
}

// Duck-typed rather than `instanceof GraphQLError`: graphql ships CJS and ESM builds, and libraries
// may wrap errors with the other copy's class.
function originalOf(error: unknown): unknown {
  const wrapped = (error as { originalError?: unknown } | null)?.originalError;
  return wrapped ? originalOf(wrapped) : error;
}

function locationOf(error: unknown): GraphQLError | null {
  return error !== null && typeof error === 'object' && 'path' in error ? (error as GraphQLError) : null;
}

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
