// Routing rules (spec §1.11, §7.1): the entity, its input schemas, Bifrost's ordered validation, the
// update merge, and the order in which rules are evaluated for a request.
import { z } from 'zod';
import { celExpressionError } from './cel.js';
import type { JsonObject } from './entities.js';
import { boundedJsonObject } from './json-limits.js';
import type { Problem } from './limits.js';
import { reportProblem } from './problem.js';
import { SCOPE_ID_REQUIRED, SCOPES } from './scope.js';
import { line, text } from './text-limits.js';
import { cappedList } from './list-limits.js';

export interface RoutingRule {
  id: string;
  name: string;
  description: string;
  enabled: boolean;
  chainRule: boolean;
  celExpression: string;
  fallbacks: string[];
  /** One of SCOPES; kept a string because stored rows are not re-checked on read. */
  scope: string;
  scopeId: string | null;
  priority: number;
  query: JsonObject | null;
  configHash: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface RoutingTarget {
  ruleId: string;
  position: number;
  provider: string | null;
  model: string | null;
  keyId: string | null;
  weight: number;
}

export const TARGETS_REQUIRED = 'at least one target is required';
/** Bifrost words the same rule differently when a PUT sends `targets: []`. */
export const ROUTING_TARGETS_REQUIRED = 'at least one routing target is required';
const WEIGHT_TOLERANCE = 0.001;

const targetInputSchema = z.object({
  provider: line('provider').nullish(),
  model: line('model').nullish(),
  keyId: line('key_id').nullish(),
  weight: z.number(),
});

export type RoutingTargetInput = z.infer<typeof targetInputSchema>;

/** A target as stored: trimmed, blanks as null. */
export type RoutingTargetValues = Omit<RoutingTarget, 'ruleId' | 'position'>;

/** Everything a client can set on a rule, after defaults and normalisation. */
export interface RoutingRuleValues {
  name: string;
  description: string;
  enabled: boolean;
  chainRule: boolean;
  celExpression: string;
  targets: RoutingTargetValues[];
  fallbacks: string[];
  scope: string;
  scopeId: string | null;
  priority: number;
  query: JsonObject | null;
}

const blankToNull = (value: string | null | undefined) => value?.trim() || null;

function targetValues(target: RoutingTargetInput): RoutingTargetValues {
  return {
    provider: blankToNull(target.provider),
    model: blankToNull(target.model),
    keyId: blankToNull(target.keyId),
    weight: target.weight,
  };
}

function nameProblem(name: string): Problem | null {
  return name.trim() === '' ? { field: 'name', message: 'name field is required' } : null;
}

/** Steps 2–6 of spec §7.1, each over all targets before the next step. */
function targetsProblem(targets: readonly RoutingTargetInput[], emptyMessage: string): Problem | null {
  if (targets.length === 0) return { field: 'targets', message: emptyMessage };
  const normalized = targets.map(targetValues);
  const weightIndex = normalized.findIndex((t) => !(t.weight > 0));
  if (weightIndex >= 0) {
    return { field: `targets.${weightIndex}.weight`, message: 'each target weight must be positive' };
  }
  const keyIndex = normalized.findIndex((t) => t.keyId != null && t.provider == null);
  if (keyIndex >= 0) return { field: `targets.${keyIndex}.keyId`, message: 'key_id requires provider to be set' };
  const seen = new Set<string>();
  for (const [index, target] of normalized.entries()) {
    const provider = target.provider?.toLowerCase() ?? '';
    const model = target.model?.toLowerCase() ?? '';
    const keyId = target.keyId ?? '';
    const identity = JSON.stringify([provider, model, keyId]);
    if (seen.has(identity)) {
      return {
        field: `targets.${index}`,
        message: `duplicate target entry: provider="${provider}" model="${model}" key_id="${keyId}"`,
      };
    }
    seen.add(identity);
  }
  const sum = normalized.reduce((total, t) => total + t.weight, 0);
  if (Math.abs(sum - 1) > WEIGHT_TOLERANCE) {
    return { field: 'targets', message: `target weights must sum to 1, got ${sum.toFixed(4)}` };
  }
  return null;
}

// Not scope.ts's zod field: a field-level issue would be reported before the targets' problems,
// and spec §7.1 checks the scope only after them.
function scopeValueProblem(scope: string): Problem | null {
  return (SCOPES as readonly string[]).includes(scope)
    ? null
    : { field: 'scope', message: `invalid scope "${scope}": must be one of: ${SCOPES.join(', ')}` };
}

function scopeIdProblem(scope: string, scopeId: string | null): Problem | null {
  return scope !== 'global' && !scopeId ? { field: 'scopeId', message: SCOPE_ID_REQUIRED } : null;
}

function celProblem(expression: string): Problem | null {
  const detail = celExpressionError(expression);
  return detail == null ? null : { field: 'celExpression', message: `invalid CEL expression: ${detail}` };
}

/** Spec §7.1 validation, first failure wins; `field` is relative to the mutation input. */
export function routingRuleProblem(
  rule: Pick<RoutingRuleValues, 'name' | 'targets' | 'scope' | 'scopeId' | 'celExpression'>,
  emptyTargetsMessage = TARGETS_REQUIRED,
): Problem | null {
  return (
    nameProblem(rule.name) ??
    targetsProblem(rule.targets, emptyTargetsMessage) ??
    scopeValueProblem(rule.scope) ??
    scopeIdProblem(rule.scope, rule.scopeId) ??
    celProblem(rule.celExpression)
  );
}

const ruleFields = {
  description: text('description').nullish(),
  enabled: z.boolean().nullish(),
  chainRule: z.boolean().nullish(),
  celExpression: text('cel_expression').nullish(),
  fallbacks: cappedList(line('fallbacks'), 'fallbacks').nullish(),
  scope: line('scope').nullish(),
  scopeId: line('scope_id').nullish(),
  priority: z.number().int().nullish(),
  query: boundedJsonObject('query').nullish(),
};

const createInputSchema = z.object({ name: line('name'), targets: cappedList(targetInputSchema, 'targets'), ...ruleFields });
export type CreateRoutingRuleInput = z.infer<typeof createInputSchema>;

/** The rule a create input describes, with spec defaults; a global rule drops its scope id. */
export function newRoutingRuleValues(input: CreateRoutingRuleInput): RoutingRuleValues {
  const scope = input.scope || 'global';
  return {
    name: input.name.trim(),
    description: input.description ?? '',
    enabled: input.enabled ?? true,
    chainRule: input.chainRule ?? false,
    celExpression: input.celExpression ?? '',
    targets: input.targets.map(targetValues),
    fallbacks: input.fallbacks ?? [],
    scope,
    scopeId: scope === 'global' ? null : blankToNull(input.scopeId),
    priority: input.priority ?? 0,
    query: input.query ?? null,
  };
}

export const createRoutingRuleSchema = z.object({
  input: createInputSchema.superRefine((input, ctx) => {
    reportProblem(ctx, routingRuleProblem(newRoutingRuleValues(input)));
  }),
});

const updateInputSchema = z.object({
  name: line('name').nullish(),
  targets: cappedList(targetInputSchema, 'targets').nullish(),
  ...ruleFields,
});
export type UpdateRoutingRuleInput = z.infer<typeof updateInputSchema>;

/**
 * The rule after a PUT (spec §7.1): absent or null keeps a field, `name: ""` and `scope: ""` are
 * ignored, targets are replaced whole, and a global rule drops its scope id.
 */
export function mergeRoutingRuleValues(current: RoutingRuleValues, patch: UpdateRoutingRuleInput): RoutingRuleValues {
  const scope = patch.scope || current.scope;
  const scopeId = patch.scopeId != null ? blankToNull(patch.scopeId) : current.scopeId;
  return {
    name: patch.name?.trim() || current.name,
    description: patch.description ?? current.description,
    enabled: patch.enabled ?? current.enabled,
    chainRule: patch.chainRule ?? current.chainRule,
    celExpression: patch.celExpression ?? current.celExpression,
    targets: patch.targets ? patch.targets.map(targetValues) : current.targets,
    fallbacks: patch.fallbacks ?? current.fallbacks,
    scope,
    scopeId: scope === 'global' ? null : scopeId,
    priority: patch.priority ?? current.priority,
    query: patch.query ?? current.query,
  };
}

/**
 * The checks a PUT body allows on its own. They precede every check that needs the stored rule
 * (scope id, CEL), so the store's re-check of the merged rule keeps spec order.
 */
function routingRulePatchProblem(patch: UpdateRoutingRuleInput): Problem | null {
  return (
    (patch.targets ? targetsProblem(patch.targets, ROUTING_TARGETS_REQUIRED) : null) ??
    (patch.scope ? scopeValueProblem(patch.scope) : null)
  );
}

export const updateRoutingRuleSchema = z.object({
  id: z.string(),
  input: updateInputSchema.superRefine((patch, ctx) => {
    reportProblem(ctx, routingRulePatchProblem(patch));
  }),
});

/** Which request a rule may apply to: the caller's virtual key and the key's team and customer. */
export interface RoutingScopeIds {
  virtualKeyId?: string | null;
  teamId?: string | null;
  customerId?: string | null;
}

// Most specific first (spec §7.1).
const SCOPE_RANK: Record<string, number> = { virtual_key: 0, team: 1, customer: 2, global: 3 };

const scopeRank = (scope: string) => SCOPE_RANK[scope] ?? SCOPES.length;

function scopeIdFor(scope: string, ids: RoutingScopeIds): string | null | undefined {
  if (scope === 'virtual_key') return ids.virtualKeyId;
  if (scope === 'team') return ids.teamId;
  if (scope === 'customer') return ids.customerId;
  return undefined;
}

/** Enabled and scoped to this request (global, or the request's key, team or customer). */
export function routingRuleApplies(
  rule: Pick<RoutingRule, 'enabled' | 'scope' | 'scopeId'>,
  ids: RoutingScopeIds,
): boolean {
  if (!rule.enabled) return false;
  if (rule.scope === 'global') return true;
  const id = scopeIdFor(rule.scope, ids);
  return id != null && id !== '' && id === rule.scopeId;
}

type Orderable = Pick<RoutingRule, 'scope' | 'priority' | 'createdAt' | 'id'>;

/** Evaluation order: scope specificity, then priority ascending; creation order breaks ties. */
export function compareEvaluationOrder(a: Orderable, b: Orderable): number {
  return (
    scopeRank(a.scope) - scopeRank(b.scope) ||
    a.priority - b.priority ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id)
  );
}

/** The rules a request would try, in the order it would try them. */
export function applicableRoutingRules<T extends RoutingRule>(rules: readonly T[], ids: RoutingScopeIds): T[] {
  return rules.filter((rule) => routingRuleApplies(rule, ids)).sort(compareEvaluationOrder);
}
