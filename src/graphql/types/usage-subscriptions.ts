// Live usage: subscriptions to budget and rate-limit changes (charges, resets, limit edits,
// thresholds, removals), filtered by hierarchy, coalesced for slow subscribers, and resolved with
// fresh loaders for every event. A virtual key may subscribe to its own usage only.
import { clearAllDataLoaders } from '@pothos/plugin-dataloader';
import { type GraphQLResolveInfo, getArgumentValues } from 'graphql';
import { ForbiddenError, UnauthenticatedError } from '../../domain/errors.js';
import { OWNER_KINDS, type OwnerKind } from '../../domain/entities.js';
import { OWNERS } from '../../domain/owners.js';
import { requireReference } from '../../store/common.js';
import { budgetsByIds, rateLimitsByIds } from '../../store/limits.js';
import { requireOwner } from '../../store/owner-scopes.js';
import { virtualKeyCredential } from '../../store/virtual-keys.js';
import type { BudgetChange, ChangeKind, RateLimitChange } from '../../usage/events.js';
import type { SubscriptionHolder } from '../../usage/pubsub.js';
import type { UsageFilter } from '../../usage/usage-filter.js';
import { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { BudgetRef, OwnerKindEnum, RateLimitRef } from './limits.js';

const CHANGE_KINDS: ChangeKind[] = ['charged', 'reset', 'limit_changed', 'threshold_crossed', 'removed'];

const ChangeKindEnum = builder.enumType('UsageChangeKind', {
  description: 'What happened to a budget or rate limit.',
  values: Object.fromEntries(CHANGE_KINDS.map((kind) => [kind.toUpperCase(), { value: kind }])) as Record<
    Uppercase<ChangeKind>,
    { value: ChangeKind }
  >,
});

const UsageFilterInput = builder.inputType('UsageFilter', {
  description: 'Every given field must match; none = every change the caller may see.',
  fields: (t) => ({
    customerId: t.id({ description: 'Changes of this customer and of everything below it.' }),
    teamId: t.id({ description: 'Changes of this team and of its virtual keys.' }),
    virtualKeyId: t.id({ description: 'Changes of this virtual key and of its provider configs.' }),
    id: t.id({ description: 'One budget or rate limit.' }),
    ownerKind: t.field({ type: OwnerKindEnum }),
  }),
});

/** The `filter` argument as GraphQL coerced it (ids may arrive as numbers). */
interface UsageFilterArg {
  customerId?: string | number | null;
  teamId?: string | number | null;
  virtualKeyId?: string | number | null;
  id?: string | number | null;
  ownerKind?: OwnerKind | null;
}

const idOrAbsent = (id: string | number | null | undefined) => (id == null ? undefined : String(id));

/**
 * The `filter` argument as the operation gives it. graphql-jit calls subscribe() with the operation's
 * variables in place of the field's arguments, so they are read from the field node here.
 */
function filterOf(info: GraphQLResolveInfo): UsageFilter {
  const field = info.parentType.getFields()[info.fieldName]!;
  const arg = getArgumentValues(field, info.fieldNodes[0]!, info.variableValues).filter as UsageFilterArg | null | undefined;
  return {
    id: idOrAbsent(arg?.id),
    virtualKeyId: idOrAbsent(arg?.virtualKeyId),
    teamId: idOrAbsent(arg?.teamId),
    customerId: idOrAbsent(arg?.customerId),
    ownerKind: arg?.ownerKind ?? undefined,
  };
}

interface Watch {
  filter: UsageFilter;
  /** The credential holding the subscription: counted against its limit, and revoked with it. */
  holder: SubscriptionHolder;
}

/** What a caller watches: the admin's filter as asked; a virtual key's pinned to itself, if active. */
async function effectiveWatch(ctx: GraphQLContext, asked: UsageFilter): Promise<Watch> {
  if (ctx.viewer.kind !== 'virtualKey') return { filter: asked, holder: { kind: 'admin' } };
  const own = await virtualKeyCredential(ctx.db, ctx.viewer.value);
  if (!own) throw new UnauthenticatedError('invalid virtual key');
  if (!own.isActive) throw new ForbiddenError('virtual key is inactive');
  if (asked.virtualKeyId !== undefined && asked.virtualKeyId !== own.id) {
    throw new ForbiddenError('a virtual key may only subscribe to its own usage');
  }
  return { filter: { ...asked, virtualKeyId: own.id }, holder: { kind: 'virtualKey', id: own.id } };
}

/**
 * The admin's filter must name objects that exist: ids are made by the service, so an unknown one
 * (a typo) would never match and the subscription would wait in silence. A virtual key's filter is
 * not checked (its own key exists; an answer about other ids would tell it what exists).
 */
async function requireFilterTargets(ctx: GraphQLContext, filter: UsageFilter, limits: 'budgets' | 'rate_limits'): Promise<void> {
  if (ctx.viewer.kind !== 'admin') return;
  for (const kind of OWNER_KINDS) {
    const field = OWNERS[kind].scopeField;
    const id = field ? filter[field] : undefined;
    if (id !== undefined) await requireOwner(ctx.db, { kind, id }, `filter.${field}`);
  }
  if (filter.id !== undefined) await requireReference(ctx.db, limits, filter.id, 'filter.id', limits === 'budgets' ? 'Budget' : 'Rate limit');
}

/** What a subscription watches: the caller's own (see effectiveWatch), its ids checked. */
async function subscriptionWatch(ctx: GraphQLContext, info: GraphQLResolveInfo, limits: 'budgets' | 'rate_limits'): Promise<Watch> {
  const watch = await effectiveWatch(ctx, filterOf(info));
  await requireFilterTargets(ctx, watch.filter, limits);
  return watch;
}

const BudgetUsageEvent = builder.objectRef<BudgetChange>('BudgetUsageEvent').implement({
  description: 'A change of a budget, after it was committed.',
  fields: (t) => ({
    kind: t.field({ type: ChangeKindEnum, resolve: (e) => e.kind }),
    budgetId: t.id({ resolve: (e) => e.budgetId }),
    budget: t.loadable({
      type: BudgetRef,
      nullable: true,
      description: 'The budget as it is now (null once removed), navigable up to its owner.',
      load: (ids: string[], ctx) => budgetsByIds(ctx.db, ids, ctx.clock.now()),
      sort: (budget) => budget.id,
      resolve: (e) => e.budgetId,
    }),
    ownerKind: t.field({ type: OwnerKindEnum, resolve: (e) => e.owner.kind }),
    ownerId: t.id({ resolve: (e) => String(e.owner.id) }),
    previousUsage: t.exposeFloat('previousUsage'),
    currentUsage: t.exposeFloat('currentUsage'),
    delta: t.exposeFloat('delta'),
    percent: t.int({ nullable: true, description: 'For THRESHOLD_CROSSED: 50, 80 or 100.', resolve: (e) => e.percent ?? null }),
    at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
  }),
});

const RateLimitUsageEvent = builder.objectRef<RateLimitChange>('RateLimitUsageEvent').implement({
  description: 'A change of a rate limit, after it was committed.',
  fields: (t) => ({
    kind: t.field({ type: ChangeKindEnum, resolve: (e) => e.kind }),
    rateLimitId: t.id({ resolve: (e) => e.rateLimitId }),
    rateLimit: t.loadable({
      type: RateLimitRef,
      nullable: true,
      description: 'The rate limit as it is now (null once removed), navigable up to its owner.',
      load: (ids: string[], ctx) => rateLimitsByIds(ctx.db, ids, ctx.clock.now()),
      sort: (limit) => limit.id,
      resolve: (e) => e.rateLimitId,
    }),
    ownerKind: t.field({ type: OwnerKindEnum, resolve: (e) => e.owner.kind }),
    ownerId: t.id({ resolve: (e) => String(e.owner.id) }),
    previousTokens: t.field({ type: 'SafeInt', resolve: (e) => e.previousTokens }),
    currentTokens: t.field({ type: 'SafeInt', resolve: (e) => e.currentTokens }),
    previousRequests: t.field({ type: 'SafeInt', resolve: (e) => e.previousRequests }),
    currentRequests: t.field({ type: 'SafeInt', resolve: (e) => e.currentRequests }),
    at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
  }),
});

builder.subscriptionType({});

builder.subscriptionFields((t) => ({
  budgetUsage: t.field({
    type: BudgetUsageEvent,
    description:
      'Budget changes as they commit, in commit order per budget. A slow subscriber receives pending charges of ' +
      'one budget merged into one event (never losing the latest state).',
    args: { filter: t.arg({ type: UsageFilterInput }) },
    subscribe: async (_root, _args, ctx, info) => {
      const { filter, holder } = await subscriptionWatch(ctx, info, 'budgets');
      return ctx.pubsub.subscribe('budget:changed', filter, holder);
    },
    // Every event reads its objects afresh.
    resolve: (event, _args, ctx) => {
      clearAllDataLoaders(ctx);
      return event;
    },
  }),
  rateLimitUsage: t.field({
    type: RateLimitUsageEvent,
    description: 'Rate-limit changes as they commit; same delivery rules as budgetUsage.',
    args: { filter: t.arg({ type: UsageFilterInput }) },
    subscribe: async (_root, _args, ctx, info) => {
      const { filter, holder } = await subscriptionWatch(ctx, info, 'rate_limits');
      return ctx.pubsub.subscribe('rateLimit:changed', filter, holder);
    },
    resolve: (event, _args, ctx) => {
      clearAllDataLoaders(ctx);
      return event;
    },
  }),
}));
