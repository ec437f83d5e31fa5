// Routing rules: create / update / delete with their position-ordered targets, batched reads, and
// the rules that apply to one request.
import { randomUUID } from 'node:crypto';
import type { RoutingRuleRow, RoutingTargetRow } from '../db/database.js';
import { anyOf, containsText } from '../db/sqlite-sql.js';
import type { JsonObject } from '../domain/entities.js';
import { throwProblem } from '../domain/problem.js';
import {
  applicableRoutingRules,
  type CreateRoutingRuleInput,
  mergeRoutingRuleValues,
  newRoutingRuleValues,
  ROUTING_TARGETS_REQUIRED,
  type RoutingRule,
  routingRuleProblem,
  type RoutingRuleValues,
  type RoutingScopeIds,
  type RoutingTarget,
  type UpdateRoutingRuleInput,
} from '../domain/routing-rule.js';
import { NotFoundError } from '../domain/errors.js';
import type { Scope } from '../domain/scope.js';
import { type Db, flag, inTransaction, jsonOrNull, parseJson, requireRow } from './common.js';
import { requireScopeOwner } from './scopes.js';

const ENTITY = 'Routing rule';

export function routingRuleRowToRule(row: RoutingRuleRow): RoutingRule {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    enabled: row.enabled !== 0,
    chainRule: row.chain_rule !== 0,
    celExpression: row.cel_expression,
    fallbacks: parseJson<string[]>(row.fallbacks, []),
    scope: row.scope,
    scopeId: row.scope_id,
    priority: row.priority,
    query: parseJson<JsonObject | null>(row.query, null),
    configHash: row.config_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function routingTargetRowToTarget(row: RoutingTargetRow): RoutingTarget {
  return {
    ruleId: row.rule_id,
    position: row.position,
    provider: row.provider,
    model: row.model,
    keyId: row.key_id,
    weight: row.weight,
  };
}

export async function routingRulesByIds(db: Db, ids: readonly string[]): Promise<RoutingRule[]> {
  const rows = await db.selectFrom('routing_rules').selectAll().where('id', 'in', anyOf(ids)).execute();
  return rows.map(routingRuleRowToRule);
}

/** Targets of all these rules, each rule's in position order. */
export async function routingTargetsByRules(db: Db, ruleIds: readonly string[]): Promise<RoutingTarget[]> {
  const rows = await db
    .selectFrom('routing_targets')
    .selectAll()
    .where('rule_id', 'in', anyOf(ruleIds))
    .orderBy('rule_id')
    .orderBy('position')
    .execute();
  return rows.map(routingTargetRowToTarget);
}

export interface RoutingRuleFilter {
  scope?: string | null;
  scopeId?: string | null;
  enabled?: boolean | null;
  search?: string | null;
}

export function routingRuleListQuery(db: Db, filter: RoutingRuleFilter) {
  let query = db.selectFrom('routing_rules');
  if (filter.scope) query = query.where('scope', '=', filter.scope);
  if (filter.scopeId) query = query.where('scope_id', '=', filter.scopeId);
  if (filter.enabled != null) query = query.where('enabled', '=', flag(filter.enabled));
  if (filter.search) query = query.where(containsText('name', filter.search));
  return query;
}

/** Enabled rules for a request with these scope ids, in evaluation order (spec §7.1). */
export async function routingRulesForRequest(db: Db, ids: RoutingScopeIds): Promise<RoutingRule[]> {
  const scoped: Array<[string, string | null | undefined]> = [
    ['virtual_key', ids.virtualKeyId],
    ['team', ids.teamId],
    ['customer', ids.customerId],
  ];
  const rows = await db
    .selectFrom('routing_rules')
    .selectAll()
    .where('enabled', '=', 1)
    .where((eb) =>
      eb.or([
        eb('scope', '=', 'global'),
        ...scoped
          .filter((entry): entry is [string, string] => Boolean(entry[1]))
          .map(([scope, id]) => eb.and([eb('scope', '=', scope), eb('scope_id', '=', id)])),
      ]),
    )
    .execute();
  return applicableRoutingRules(rows.map(routingRuleRowToRule), ids);
}

/** Spec §7.1 validation, then (when asked) the scope's owner must exist, as for model configs. */
async function checkRule(
  db: Db,
  values: RoutingRuleValues,
  options: { emptyTargetsMessage?: string; checkOwner: boolean },
): Promise<void> {
  throwProblem(routingRuleProblem(values, options.emptyTargetsMessage));
  // routingRuleProblem has just accepted the scope.
  if (options.checkOwner) await requireScopeOwner(db, values.scope as Scope, values.scopeId, 'input.scopeId');
}

function ruleColumns(values: RoutingRuleValues) {
  return {
    name: values.name,
    description: values.description,
    enabled: flag(values.enabled),
    chain_rule: flag(values.chainRule),
    cel_expression: values.celExpression,
    fallbacks: JSON.stringify(values.fallbacks),
    scope: values.scope,
    scope_id: values.scopeId,
    priority: values.priority,
    query: jsonOrNull(values.query),
  };
}

async function replaceTargets(db: Db, ruleId: string, values: RoutingRuleValues): Promise<void> {
  await db.deleteFrom('routing_targets').where('rule_id', '=', ruleId).execute();
  await db
    .insertInto('routing_targets')
    .values(
      values.targets.map((target, position) => ({
        rule_id: ruleId,
        position,
        provider: target.provider,
        model: target.model,
        key_id: target.keyId,
        weight: target.weight,
      })),
    )
    .execute();
}

export function createRoutingRule(db: Db, input: CreateRoutingRuleInput, now: Date): Promise<string> {
  return inTransaction(db, async (trx) => {
    const values = newRoutingRuleValues(input);
    await checkRule(trx, values, { checkOwner: true });
    const id = randomUUID();
    const at = now.toISOString();
    await trx
      .insertInto('routing_rules')
      .values({ id, ...ruleColumns(values), config_hash: null, created_at: at, updated_at: at })
      .execute();
    await replaceTargets(trx, id, values);
    return id;
  });
}

/** Merges the PUT into the stored rule and re-validates the result before writing anything. */
export function updateRoutingRule(db: Db, id: string, input: UpdateRoutingRuleInput, now: Date): Promise<string> {
  return inTransaction(db, async (trx) => {
    const row = await trx.selectFrom('routing_rules').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new NotFoundError(ENTITY, id);
    const rule = routingRuleRowToRule(row);
    const targets = await routingTargetsByRules(trx, [id]);
    const merged = mergeRoutingRuleValues({ ...rule, targets }, input);
    // The owner of an unchanged scope may have been deleted since; that must not block other edits.
    const scopeChanged = merged.scope !== rule.scope || merged.scopeId !== rule.scopeId;
    await checkRule(trx, merged, { emptyTargetsMessage: ROUTING_TARGETS_REQUIRED, checkOwner: scopeChanged });
    await trx
      .updateTable('routing_rules')
      .set({ ...ruleColumns(merged), updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
    if (input.targets) await replaceTargets(trx, id, merged);
    return id;
  });
}

/** Deletes the rule; its targets go with it (ON DELETE CASCADE). */
export function deleteRoutingRule(db: Db, id: string): Promise<string> {
  return inTransaction(db, async (trx) => {
    await requireRow(trx, 'routing_rules', id, ENTITY);
    await trx.deleteFrom('routing_rules').where('id', '=', id).execute();
    return id;
  });
}
