// GraphQL errors as Bifrost replies. Errors arrive masked by the GraphQL layer, so they are read by
// `extensions.code` (and `field`); request errors (bad variable values) by their 4xx HTTP status;
// anything else is a bare 500.
import type { GraphQLError } from 'graphql';
import type { ErrorCode } from '../domain/errors.js';
import { restFieldPath } from './names.js';
import { errorReply, type RestReply } from './reply.js';

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  LIMIT_EXCEEDED: 429,
};

/** `Variable "$input" got invalid value "x" at "input.budget.maxLimit"; …` with REST field names. */
function restMessage(message: string): { message: string; param?: string } {
  const at = /at "([^"]+)"/.exec(message);
  const param = at ? restFieldPath(at[1]!) : undefined;
  return { message: at ? message.replace(at[0], `at "${param}"`) : message, param };
}

export function errorToReply(error: Pick<GraphQLError, 'message' | 'extensions'>, badRequestPrefix = ''): RestReply {
  const extensions = error.extensions ?? {};
  const codeStatus = STATUS[extensions.code as ErrorCode] as number | undefined;
  const httpStatus = (extensions.http as { status?: number } | undefined)?.status;
  const status = codeStatus ?? (httpStatus && httpStatus >= 400 && httpStatus < 500 ? httpStatus : 500);
  if (status === 500) return errorReply(500, 'Internal server error');
  const field = typeof extensions.field === 'string' ? { message: error.message, param: restFieldPath(extensions.field) } : restMessage(error.message);
  return errorReply(status, status === 400 ? `${badRequestPrefix}${field.message}` : field.message, field.param);
}
