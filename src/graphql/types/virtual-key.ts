// VirtualKey: object type with its parents, budgets, rate limit, provider and MCP configs;
// Team.virtualKeys, Customer.virtualKeys and the configs' back references; queries and mutations.
import { createVirtualKeySchema, updateVirtualKeySchema, type VirtualKey } from '../../domain/virtual-key.js';
import { mcpConfigsByVirtualKeys } from '../../store/mcp-configs.js';
import { providerConfigsByVirtualKeys } from '../../store/provider-configs.js';
import {
  createVirtualKey,
  deleteVirtualKey,
  updateVirtualKey,
  virtualKeyByValue,
  virtualKeyListQuery,
  virtualKeyRowToVirtualKey,
  virtualKeysByIds,
  virtualKeysByParents,
} from '../../store/virtual-keys.js';
import { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { write } from '../mutation-support.js';
import { offsetArg, paginate } from '../pagination.js';
import { groupedLoader } from '../request-loaders.js';
import { CustomerRef } from './customer.js';
import { firstBudgetField } from './first-budget.js';
import { BudgetInputRef, budgetListField, RateLimitInputRef, rateLimitField } from './limits.js';
import { McpConfigInputRef, McpConfigRef } from './mcp.js';
import { ProviderConfigInputRef, ProviderConfigRef } from './provider-config.js';
import { TeamRef } from './team.js';

const keyId = (key: { id: string }) => key.id;
const providerConfigsOf = groupedLoader(
  (ids: readonly string[], ctx) => providerConfigsByVirtualKeys(ctx.db, ids),
  (config) => config.virtualKeyId,
);
const mcpConfigsOf = groupedLoader(
  (ids: readonly string[], ctx) => mcpConfigsByVirtualKeys(ctx.db, ids),
  (config) => config.virtualKeyId,
);
const keysOfTeams = groupedLoader(
  (ids: readonly string[], ctx) => virtualKeysByParents(ctx.db, 'team_id', ids),
  (key: VirtualKey) => key.teamId,
);
const keysOfCustomers = groupedLoader(
  (ids: readonly string[], ctx) => virtualKeysByParents(ctx.db, 'customer_id', ids),
  (key: VirtualKey) => key.customerId,
);

export const VirtualKeyRef = builder.loadableObject('VirtualKey', {
  description: 'A credential (sk-bf-…) for inference requests, attached to a team, a customer or neither.',
  load: (ids: string[], ctx) => virtualKeysByIds(ctx.db, ids),
  sort: (key) => key.id,
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    value: t.exposeString('value', { description: 'sk-bf-<uuid>: generated, immutable.' }),
    description: t.exposeString('description'),
    isActive: t.exposeBoolean('isActive'),
    teamId: t.exposeID('teamId', { nullable: true }),
    customerId: t.exposeID('customerId', { nullable: true }),
    team: t.field({ type: TeamRef, nullable: true, resolve: (key) => key.teamId }),
    customer: t.field({
      type: CustomerRef,
      nullable: true,
      description: 'The customer the key is attached to directly (not through its team).',
      resolve: (key) => key.customerId,
    }),
    calendarAligned: t.exposeBoolean('calendarAligned', {
      description: 'Budgets of this key and of its provider configs follow UTC calendar periods (d, w, M, Y).',
    }),
    configHash: t.exposeString('configHash', { nullable: true }),
    createdAt: t.field({ type: 'DateTime', resolve: (key) => key.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (key) => key.updatedAt }),
    budgets: t.field(budgetListField('virtual_key', keyId)),
    budget: t.field(firstBudgetField('virtual_key', keyId)),
    rateLimit: t.field(rateLimitField('virtual_key', keyId)),
    providerConfigs: t.field({
      type: [ProviderConfigRef],
      description: 'Providers this key may use; none = no provider (deny by default).',
      resolve: (key, _args, ctx) => providerConfigsOf(ctx).load(key.id),
    }),
    mcpConfigs: t.field({
      type: [McpConfigRef],
      description: 'MCP tools this key may execute; none = no tool (deny by default).',
      resolve: (key, _args, ctx) => mcpConfigsOf(ctx).load(key.id),
    }),
  }),
});

builder.objectField(ProviderConfigRef, 'virtualKey', (t) =>
  t.field({ type: VirtualKeyRef, resolve: (config) => config.virtualKeyId }),
);

builder.objectField(McpConfigRef, 'virtualKey', (t) =>
  t.field({ type: VirtualKeyRef, resolve: (config) => config.virtualKeyId }),
);

builder.objectField(TeamRef, 'virtualKeys', (t) =>
  t.field({
    type: [VirtualKeyRef],
    description: 'Virtual keys attached to this team, oldest first.',
    resolve: (team, _args, ctx) => keysOfTeams(ctx).load(team.id),
  }),
);

builder.objectField(CustomerRef, 'virtualKeys', (t) =>
  t.field({
    type: [VirtualKeyRef],
    description: 'Virtual keys attached directly to this customer (not through a team), oldest first.',
    resolve: (customer, _args, ctx) => keysOfCustomers(ctx).load(customer.id),
  }),
);

const CreateVirtualKeyInput = builder.inputType('CreateVirtualKeyInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: 'Unique.' }),
    description: t.string(),
    teamId: t.id({ description: 'At most one of teamId and customerId.' }),
    customerId: t.id(),
    isActive: t.boolean({ description: 'Default true.' }),
    calendarAligned: t.boolean(),
    budget: t.field({ type: BudgetInputRef, description: 'Legacy: same as budgets with one element.' }),
    budgets: t.field({ type: [BudgetInputRef], description: 'At most one budget per resetDuration.' }),
    rateLimit: t.field({ type: RateLimitInputRef }),
    providerConfigs: t.field({ type: [ProviderConfigInputRef], description: 'Omitted or [] = no provider allowed.' }),
    mcpConfigs: t.field({ type: [McpConfigInputRef], description: 'Omitted or [] = no MCP tool allowed.' }),
  }),
});

const UpdateVirtualKeyInput = builder.inputType('UpdateVirtualKeyInput', {
  description:
    'Partial update: absent fields are unchanged. teamId / customerId: null or "" detaches, a value attaches and ' +
    'detaches from the other parent. budgets, providerConfigs, mcpConfigs: a sent list is the new full set ' +
    '(reconciled; null = []). The rate limit merges field by field.',
  fields: (t) => ({
    name: t.string(),
    description: t.string(),
    teamId: t.id(),
    customerId: t.id(),
    isActive: t.boolean({ description: 'false also ends the subscriptions the key holds as credential.' }),
    calendarAligned: t.boolean({
      description:
        'Switching on restarts every budget (its provider configs\' too) at the current calendar period with zero ' +
        'usage; refused while one of them resets on other than whole d, w, M or Y.',
    }),
    budget: t.field({
      type: BudgetInputRef,
      description: 'Legacy: updates the first budget in place and drops the others.',
    }),
    budgets: t.field({
      type: [BudgetInputRef],
      description: 'Reconciled by resetDuration; usage kept for kept durations.',
    }),
    rateLimit: t.field({ type: RateLimitInputRef }),
    providerConfigs: t.field({
      type: [ProviderConfigInputRef],
      description: 'Reconciled by id; unmentioned configs are deleted.',
    }),
    mcpConfigs: t.field({
      type: [McpConfigInputRef],
      description: 'Reconciled by id; unmentioned configs are deleted.',
    }),
  }),
});

builder.queryFields((t) => ({
  virtualKey: t.field({
    type: VirtualKeyRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args) => String(args.id),
  }),
  virtualKeyByValue: t.field({
    type: VirtualKeyRef,
    nullable: true,
    args: { value: t.arg.string({ required: true, description: 'The sk-bf-… credential.' }) },
    resolve: (_root, args, ctx) => virtualKeyByValue(ctx.db, args.value),
  }),
  virtualKeys: t.connection({
    type: VirtualKeyRef,
    args: {
      offset: offsetArg(t.arg),
      teamId: t.arg.id(),
      customerId: t.arg.id({ description: 'Keys attached directly to this customer.' }),
      isActive: t.arg.boolean(),
      search: t.arg.string({ description: 'Case-insensitive substring of the name.' }),
    },
    resolve: (_root, args, ctx) =>
      paginate(
        args,
        () =>
          virtualKeyListQuery(ctx.db, {
            teamId: args.teamId?.toString(),
            customerId: args.customerId?.toString(),
            isActive: args.isActive,
            search: args.search,
          }),
        virtualKeyRowToVirtualKey,
      ),
  }),
}));

/** Ends the subscriptions a deactivated or deleted key holds, on every instance. */
function revoked(ctx: GraphQLContext, id: string): string {
  ctx.pubsub.publish('virtualKey:revoked', { virtualKeyId: id });
  return id;
}

builder.mutationFields((t) => ({
  createVirtualKey: t.field({
    type: VirtualKeyRef,
    args: { input: t.arg({ type: CreateVirtualKeyInput, required: true }) },
    validate: { schema: createVirtualKeySchema },
    resolve: (_root, args, ctx) =>
      write(ctx, (db, now) => createVirtualKey(db, createVirtualKeySchema.parse(args).input, now)),
  }),
  updateVirtualKey: t.field({
    type: VirtualKeyRef,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateVirtualKeyInput, required: true }) },
    validate: { schema: updateVirtualKeySchema },
    resolve: async (_root, args, ctx) => {
      const { id, input } = updateVirtualKeySchema.parse(args);
      const updated = await write(ctx, (db, now) => updateVirtualKey(db, id, input, now));
      if (input.isActive === false) revoked(ctx, updated);
      return updated;
    },
  }),
  deleteVirtualKey: t.id({
    description:
      'Deletes the key with its budgets, rate limit, provider configs (with theirs) and MCP configs; the ' +
      'subscriptions it holds as credential complete.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => revoked(ctx, await write(ctx, (db) => deleteVirtualKey(db, String(args.id)))),
  }),
}));
