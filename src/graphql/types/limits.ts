// Budget and RateLimit objects, their inputs, and the field helpers owners use to expose them
// through per-request loaders (one statement per owner kind and level).
import type { GraphQLResolveInfo } from 'graphql';
import type { OwnerKind, OwnerRef } from '../../domain/entities.js';
import { OWNER_KINDS } from '../../domain/entities.js';
import type { OwnerKindWithBudgets } from '../../domain/owners.js';
import { type BudgetRead, budgetsByOwners, type RateLimitRead, rateLimitsByOwners } from '../../store/limits.js';
import { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { groupedLoader, keyedLoader } from '../request-loaders.js';
import { selectionShows } from '../selection.js';

export const OwnerKindEnum = builder.enumType('OwnerKind', {
  description: 'What kind of object owns a budget or rate limit.',
  values: Object.fromEntries(OWNER_KINDS.map((kind) => [kind.toUpperCase(), { value: kind }])) as Record<
    Uppercase<OwnerKind>,
    { value: OwnerKind }
  >,
});

export const BudgetRef = builder.objectRef<BudgetRead>('Budget');
export const RateLimitRef = builder.objectRef<RateLimitRead>('RateLimit');

/** An audit field's value; reads leave the audit columns out only when the selection shows none. */
function audited<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('a budget or rate limit was read without the audit columns its selection shows');
  return value;
}

/** Whether a budget or rate-limit field's selection shows an audit field (its read needs those columns). */
const showsAudit = selectionShows(['configHash', 'createdAt', 'updatedAt']);

/** Two loader getters, reading with the audit columns and without; a field picks by its selection. */
export function byAudit<Loader>(make: (audit: boolean) => Loader): (info: GraphQLResolveInfo) => Loader {
  const full = make(true);
  const lean = make(false);
  return (info) => (showsAudit(info) ? full : lean);
}

BudgetRef.implement({
  description: 'A spending limit in USD over a reset window; owned by exactly one object.',
  fields: (t) => ({
    id: t.exposeID('id'),
    maxLimit: t.exposeFloat('maxLimit'),
    resetDuration: t.exposeString('resetDuration', { description: 'Window length, e.g. 1h, 1d, 1w, 1M, 1Y.' }),
    currentUsage: t.exposeFloat('currentUsage', { description: 'USD spent in the current window.' }),
    lastReset: t.field({ type: 'DateTime', resolve: (b) => b.lastReset }),
    calendarAligned: t.exposeBoolean('calendarAligned'),
    configHash: t.string({ nullable: true, resolve: (b) => audited(b.configHash) }),
    createdAt: t.field({ type: 'DateTime', resolve: (b) => audited(b.createdAt) }),
    updatedAt: t.field({ type: 'DateTime', resolve: (b) => audited(b.updatedAt) }),
    ownerKind: t.field({ type: OwnerKindEnum, resolve: (b) => b.owner.kind }),
    ownerId: t.id({ resolve: (b) => String(b.owner.id) }),
  }),
});

RateLimitRef.implement({
  description: 'Token and request limits, each over its own window; owned by exactly one object.',
  fields: (t) => ({
    id: t.exposeID('id'),
    tokenMaxLimit: t.field({ type: 'SafeInt', nullable: true, resolve: (r) => r.tokenMaxLimit }),
    tokenResetDuration: t.exposeString('tokenResetDuration', { nullable: true }),
    tokenCurrentUsage: t.field({ type: 'SafeInt', resolve: (r) => r.tokenCurrentUsage }),
    tokenLastReset: t.field({ type: 'DateTime', resolve: (r) => r.tokenLastReset }),
    requestMaxLimit: t.field({ type: 'SafeInt', nullable: true, resolve: (r) => r.requestMaxLimit }),
    requestResetDuration: t.exposeString('requestResetDuration', { nullable: true }),
    requestCurrentUsage: t.field({ type: 'SafeInt', resolve: (r) => r.requestCurrentUsage }),
    requestLastReset: t.field({ type: 'DateTime', resolve: (r) => r.requestLastReset }),
    calendarAligned: t.exposeBoolean('calendarAligned'),
    configHash: t.string({ nullable: true, resolve: (r) => audited(r.configHash) }),
    createdAt: t.field({ type: 'DateTime', resolve: (r) => audited(r.createdAt) }),
    updatedAt: t.field({ type: 'DateTime', resolve: (r) => audited(r.updatedAt) }),
    ownerKind: t.field({ type: OwnerKindEnum, resolve: (r) => r.owner.kind }),
    ownerId: t.id({ resolve: (r) => String(r.owner.id) }),
  }),
});

export const BudgetInputRef = builder.inputType('BudgetInput', {
  description:
    'A budget on create or update. On update: absent = unchanged, null or {} = removed, given fields ' +
    'change in place (usage and window kept); a new budget needs maxLimit and resetDuration. ' +
    'calendarAligned alone toggles the owner\'s calendar alignment.',
  fields: (t) => ({
    maxLimit: t.float({ description: 'USD, > 0, at most 1e12.' }),
    resetDuration: t.string({
      description: 'e.g. 30s, 5m, 1h, 1d, 1w, 1M, 1Y, monthly; 1s to 100Y. Whole d, w, M or Y when the owner is calendar-aligned.',
    }),
    calendarAligned: t.boolean({ description: 'Legacy per-budget flag; promoted to the owner. Needs a d, w, M or Y resetDuration.' }),
  }),
});

export const RateLimitInputRef = builder.inputType('RateLimitInput', {
  description:
    'A rate limit on create or update. On update: absent = unchanged, null or {} (no limit) = removed. ' +
    'Customers, teams, model configs, providers and business units replace all four fields; virtual ' +
    'keys and provider configs merge the sent fields.',
  fields: (t) => ({
    tokenMaxLimit: t.field({ type: 'SafeInt' }),
    tokenResetDuration: t.string(),
    requestMaxLimit: t.field({ type: 'SafeInt' }),
    requestResetDuration: t.string(),
  }),
});

type Key = string | number;
type ByOwner<Parent> = (parent: Parent) => Key;
const ownerKey = (limit: { owner: OwnerRef }) => limit.owner.id;

/** Budgets of owners of one kind, one statement per batch; live usage as of the request's clock. */
export function budgetsOfOwners(kind: OwnerKind, audit: boolean) {
  return (ids: readonly Key[], ctx: GraphQLContext) => budgetsByOwners(ctx.db, kind, ids, ctx.clock.now(), audit);
}

/** Options for an owner's single `budget` field, loaded for all owners of one level at once. */
export function singleBudgetField<Parent>(kind: OwnerKindWithBudgets<'one'>, idOf: ByOwner<Parent>) {
  const budgetOf = byAudit((audit) => keyedLoader(budgetsOfOwners(kind, audit), ownerKey));
  return {
    type: BudgetRef,
    nullable: true as const,
    resolve: (parent: Parent, _args: object, ctx: GraphQLContext, info: GraphQLResolveInfo) => budgetOf(info)(ctx).load(idOf(parent)),
  };
}

/** Options for an owner's `budgets` list field. */
export function budgetListField<Parent>(kind: OwnerKindWithBudgets<'many'>, idOf: ByOwner<Parent>) {
  const budgetsOf = byAudit((audit) => groupedLoader(budgetsOfOwners(kind, audit), ownerKey));
  return {
    type: [BudgetRef] as [typeof BudgetRef],
    resolve: (parent: Parent, _args: object, ctx: GraphQLContext, info: GraphQLResolveInfo) => budgetsOf(info)(ctx).load(idOf(parent)),
  };
}

/** Options for an owner's `rateLimit` field. */
export function rateLimitField<Parent>(kind: OwnerKind, idOf: ByOwner<Parent>) {
  const rateLimitOf = byAudit((audit) =>
    keyedLoader((ids: readonly Key[], ctx: GraphQLContext) => rateLimitsByOwners(ctx.db, kind, ids, ctx.clock.now(), audit), ownerKey),
  );
  return {
    type: RateLimitRef,
    nullable: true as const,
    resolve: (parent: Parent, _args: object, ctx: GraphQLContext, info: GraphQLResolveInfo) => rateLimitOf(info)(ctx).load(idOf(parent)),
  };
}
