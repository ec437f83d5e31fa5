// CEL for routing rules (spec §7.1): checking that an expression compiles against the request
// variables a rule may use, and evaluating it against one request.
import { Environment } from '@marcbachmann/cel-js';

/** The request as a routing rule sees it. Absent ids and maps read as "" and {} in the expression. */
export interface CelRequestContext {
  model: string;
  provider: string;
  requestType: string;
  /** Header names are matched lower-case, whatever case the caller used. */
  headers?: Readonly<Record<string, string>>;
  /** Query parameters of the request. */
  params?: Readonly<Record<string, string>>;
  virtualKeyId?: string | null;
  teamId?: string | null;
  customerId?: string | null;
}

export const CEL_VARIABLES = {
  model: 'string',
  provider: 'string',
  request_type: 'string',
  headers: 'map<string, string>',
  params: 'map<string, string>',
  virtual_key_id: 'string',
  team_id: 'string',
  customer_id: 'string',
} as const;

// Building an environment is the expensive part of the library; one serves every rule.
const environment = Object.entries(CEL_VARIABLES).reduce(
  (env, [name, type]) => env.registerVariable(name, type),
  new Environment(),
);

/** "" and "true" are how rules say "always" (spec §7.1); they need no CEL at all. */
export function isAlwaysExpression(expression: string): boolean {
  const trimmed = expression.trim();
  return trimmed === '' || trimmed === 'true';
}

/** Why `expression` cannot be used as a rule condition, or null when it compiles to a boolean. */
export function celExpressionError(expression: string): string | null {
  if (isAlwaysExpression(expression)) return null;
  try {
    const result = environment.check(expression);
    if (!result.valid) return result.error?.summary || result.error?.message || 'invalid expression';
    // dyn results (e.g. from dyn(...)) are only known at run time; evaluation treats non-bools as false.
    if (result.type !== 'bool' && result.type !== 'dyn') return `expression must return bool, got ${result.type}`;
    return null;
  } catch (error) {
    // The checker throws for structural limits (depth, size) rather than reporting them.
    return error instanceof Error ? error.message : String(error);
  }
}

function activation(request: CelRequestContext): Record<string, unknown> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value;
  return {
    model: request.model,
    provider: request.provider,
    request_type: request.requestType,
    headers,
    params: { ...request.params },
    virtual_key_id: request.virtualKeyId ?? '',
    team_id: request.teamId ?? '',
    customer_id: request.customerId ?? '',
  };
}

export type CelPredicate = (request: CelRequestContext) => boolean;

/**
 * Compiles a rule condition once for many requests. Throws for an expression celExpressionError
 * rejects. A run-time failure (e.g. a header the request lacks) means "no match", not an error:
 * one broken rule must not fail every request.
 */
export function compileCelExpression(expression: string): CelPredicate {
  if (isAlwaysExpression(expression)) return () => true;
  const program = environment.parse(expression);
  return (request) => {
    try {
      return program(activation(request)) === true;
    } catch {
      return false;
    }
  };
}

export function evaluateCelExpression(expression: string, request: CelRequestContext): boolean {
  return compileCelExpression(expression)(request);
}
