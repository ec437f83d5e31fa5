// CEL for routing rules (spec §7.1): checking that an expression compiles against the request
// variables a rule may use, and evaluating it against one request.
import { type ASTNode, Environment } from '@marcbachmann/cel-js';

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
    return literalError(environment.parse(expression).ast);
  } catch (error) {
    // The checker throws for structural limits (depth, size) rather than reporting them.
    return error instanceof Error ? error.message : String(error);
  }
}

const MIN_INT64 = -(2n ** 63n);
const MAX_INT64 = 2n ** 63n - 1n;

/** The nodes among a node's operands (a list, a call's arguments, a map's entries…). */
function childNodes(operand: unknown, into: ASTNode[]): void {
  if (Array.isArray(operand)) for (const item of operand) childNodes(item, into);
  else if (operand !== null && typeof operand === 'object' && 'op' in operand) into.push(operand as ASTNode);
}

/**
 * Literals the checker lets through that could never work: an int beyond int64 (CEL's int; the
 * library keeps any size, and arithmetic on it fails at run time) and a `matches` pattern that is
 * not a valid regular expression (every evaluation would fail, so the rule would never match).
 */
function literalError(root: ASTNode): string | null {
  const pending: Array<{ node: ASTNode; negated: boolean }> = [{ node: root, negated: false }];
  while (pending.length > 0) {
    const { node, negated } = pending.pop()!;
    if (node.op === 'value' && typeof node.args === 'bigint') {
      const value = negated ? -node.args : node.args;
      if (value < MIN_INT64 || value > MAX_INT64) return `integer literal out of int64 range: ${value}`;
    }
    if (node.op === 'rcall' && node.args[0] === 'matches') {
      const pattern = node.args[2][0];
      if (pattern?.op === 'value' && typeof pattern.args === 'string') {
        try {
          new RegExp(pattern.args);
        } catch {
          return `invalid regular expression in matches(): ${JSON.stringify(pattern.args)}`;
        }
      }
    }
    const children: ASTNode[] = [];
    childNodes(node.args, children);
    // -9223372036854775808 is the literal 2^63 negated: only there may it stand.
    for (const child of children) pending.push({ node: child, negated: node.op === '-_' && !negated });
  }
  return null;
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
