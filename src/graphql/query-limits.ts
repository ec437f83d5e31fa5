// What one GraphQL request may ask for: graphql-armor's depth, cost, alias, directive and token
// limits, Yoga's batch limit, and whether the schema may be introspected. The same envelope runs
// HTTP and WebSocket operations, so both get these rules; REST documents are fixed server-side.
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { type GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface QueryLimits {
  /** Field nesting, leaves included (armor's count). */
  maxDepth: number;
  /** armor's static cost: objects 2, scalars 1, ×1.5 per level, ×N under a literal `first`/`last: N`. */
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens in the document (bounds parsing work before any rule runs). */
  maxTokens: number;
  /** Operations in one batched (JSON array) request. */
  maxBatch: number;
}

/**
 * Sized on the deepest and costliest legitimate reads in the tests and benchmarks: budgets
 * navigating back up to their owners (depth 10) and bench P1's full tree at the largest page size
 * (`customers(first: 100000)`: depth 9, cost ≈ 9.1e7, 122 tokens). P1 twice in one request still
 * passes; three times is refused on cost.
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxCost: 250_000_000,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 1000,
  maxBatch: 10,
};

// Reported like any validation error (all of them, HTTP 400 under graphql-response+json) rather
// than thrown out of validate(), which would abort the remaining rules.
const asValidationError = { propagateOnRejection: false, onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)] };

export function useQueryLimits(limits: QueryLimits): Plugin[] {
  return [
    // The token limit works inside the parser, where there is no validation context: it throws (a syntax error).
    maxTokensPlugin({ n: limits.maxTokens }),
    // Flattened: a fragment spread weighs what its fields inlined would, not one level more.
    maxDepthPlugin({ n: limits.maxDepth, flattenFragments: true, ...asValidationError }),
    costLimitPlugin({ maxCost: limits.maxCost, flattenFragments: true, ...asValidationError }),
    maxAliasesPlugin({ n: limits.maxAliases, ...asValidationError }),
    maxDirectivesPlugin({ n: limits.maxDirectives, ...asValidationError }),
  ];
}

/**
 * Turns schema introspection off (`__schema`, `__type`; `__typename` stays): for everyone, so the
 * anonymous introspection the auth plugin lets through is refused too. "Did you mean" hints in
 * validation errors would leak field names, so they go as well.
 */
export function useIntrospection(enabled: boolean): Plugin[] {
  if (enabled) return [];
  return [
    {
      onValidate({ addValidationRule }) {
        addValidationRule(NoSchemaIntrospectionCustomRule);
      },
    },
    blockFieldSuggestionsPlugin(),
  ];
}
