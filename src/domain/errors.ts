// Expected failures of the domain, each with a stable machine-readable code. The GraphQL layer turns
// them into errors with `extensions.code`; the REST layer into Bifrost status codes.
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'LIMIT_EXCEEDED';

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  /** Dotted path of the input field at fault, e.g. `input.budget.maxLimit`, when there is one. */
  readonly field?: string;
}

export class ValidationError extends DomainError {
  override readonly name = 'ValidationError';
  readonly code = 'BAD_USER_INPUT';
  constructor(
    message: string,
    override readonly field?: string,
  ) {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  override readonly name = 'NotFoundError';
  readonly code = 'NOT_FOUND';
  /** `entity` is the display name used in Bifrost's messages ("Virtual key", "Team", ...). */
  constructor(
    readonly entity: string,
    readonly id?: string | number,
  ) {
    super(`${entity} not found`);
  }
}

export class ConflictError extends DomainError {
  override readonly name = 'ConflictError';
  readonly code = 'CONFLICT';
  constructor(
    message: string,
    override readonly field?: string,
  ) {
    super(message);
  }
}

export class UnauthenticatedError extends DomainError {
  override readonly name = 'UnauthenticatedError';
  readonly code = 'UNAUTHENTICATED';
}

export class ForbiddenError extends DomainError {
  override readonly name = 'ForbiddenError';
  readonly code = 'FORBIDDEN';
}

/** A caller holds as much of something as it may at once (subscriptions). */
export class LimitExceededError extends DomainError {
  override readonly name = 'LimitExceededError';
  readonly code = 'LIMIT_EXCEEDED';
}
