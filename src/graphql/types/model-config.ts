// ModelConfig: per-model (and optionally per-provider) governance in a scope, with its budgets and
// rate limit; queries and mutations.
import { createModelConfigSchema, updateModelConfigSchema } from '../../domain/model-config.js';
import {
  createModelConfig,
  deleteModelConfig,
  modelConfigListQuery,
  modelConfigRowToModelConfig,
  modelConfigsByIds,
  updateModelConfig,
} from '../../store/model-configs.js';
import { scopeKey, scopeOwnerNames } from '../../store/scopes.js';
import { builder } from '../builder.js';
import { write } from '../mutation-support.js';
import { offsetArg, paginate } from '../pagination.js';
import { firstBudgetField } from './first-budget.js';
import { BudgetInputRef, budgetListField, RateLimitInputRef, rateLimitField } from './limits.js';

export const ModelConfigRef = builder.loadableObject('ModelConfig', {
  description: 'Budgets and a rate limit for one model (on one provider, or on all when provider is null) in a scope.',
  load: (ids: string[], ctx) => modelConfigsByIds(ctx.db, ids),
  sort: (config) => config.id,
  fields: (t) => ({
    id: t.exposeID('id'),
    modelName: t.exposeString('modelName'),
    provider: t.exposeString('provider', {
      nullable: true,
      description: 'null: the config applies to this model on every provider.',
    }),
    scope: t.exposeString('scope', { description: 'global, team, customer or virtual_key. Immutable.' }),
    scopeId: t.exposeID('scopeId', { nullable: true, description: 'Immutable; null for a global config.' }),
    scopeName: t.loadable({
      type: 'String',
      nullable: true,
      description: 'Name of the team, customer or virtual key of the scope; null for a global config.',
      load: (keys: string[], ctx) => scopeOwnerNames(ctx.db, keys),
      resolve: (c) => (c.scope === 'global' || c.scopeId == null ? null : scopeKey(c.scope, c.scopeId)),
    }),
    calendarAligned: t.exposeBoolean('calendarAligned', {
      description: 'Budgets of this config follow UTC calendar periods (d, w, M, Y).',
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (c) => c.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (c) => c.updatedAt }),
    budgets: t.field(budgetListField('model_config', (c: { id: string }) => c.id)),
    budget: t.field(firstBudgetField('model_config', (c: { id: string }) => c.id)),
    rateLimit: t.field(rateLimitField('model_config', (c: { id: string }) => c.id)),
  }),
});

const CreateModelConfigInput = builder.inputType('CreateModelConfigInput', {
  fields: (t) => ({
    modelName: t.string({ required: true }),
    provider: t.string({ description: 'Omitted, null or "": the config applies on every provider.' }),
    scope: t.string({ description: 'global (default), team, customer or virtual_key.' }),
    scopeId: t.id({ description: 'Team, customer or virtual key id; required unless global, dropped for global.' }),
    calendarAligned: t.boolean(),
    budget: t.field({ type: BudgetInputRef, description: 'Legacy: same as budgets with one element.' }),
    budgets: t.field({ type: [BudgetInputRef], description: 'At most one budget per resetDuration.' }),
    rateLimit: t.field({ type: RateLimitInputRef }),
  }),
});

const UpdateModelConfigInput = builder.inputType('UpdateModelConfigInput', {
  description:
    'Partial update: absent fields are unchanged. scope and scopeId cannot change (sending the stored ' +
    'value is accepted). budgets reconcile by resetDuration (usage kept for kept durations; [] or null ' +
    'removes all); the legacy budget updates the first budget in place and drops the others.',
  fields: (t) => ({
    modelName: t.string(),
    provider: t.string({ description: 'null or "": applies on every provider.' }),
    scope: t.string(),
    scopeId: t.id(),
    calendarAligned: t.boolean(),
    budget: t.field({ type: BudgetInputRef }),
    budgets: t.field({ type: [BudgetInputRef] }),
    rateLimit: t.field({ type: RateLimitInputRef }),
  }),
});

builder.queryFields((t) => ({
  modelConfig: t.field({
    type: ModelConfigRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args) => String(args.id),
  }),
  modelConfigs: t.connection({
    type: ModelConfigRef,
    args: {
      offset: offsetArg(t.arg),
      scope: t.arg.string({ description: 'global, team, customer or virtual_key.' }),
      scopeId: t.arg.id(),
      modelName: t.arg.string({ description: 'Exact model name.' }),
      provider: t.arg.string({ description: 'Exact provider name.' }),
      search: t.arg.string({ description: 'Case-insensitive substring of the model name.' }),
    },
    resolve: (_root, args, ctx) =>
      paginate(
        args,
        () =>
          modelConfigListQuery(ctx.db, {
            scope: args.scope,
            scopeId: args.scopeId?.toString(),
            modelName: args.modelName,
            provider: args.provider,
            search: args.search,
          }),
        modelConfigRowToModelConfig,
      ),
  }),
}));

builder.mutationFields((t) => ({
  createModelConfig: t.field({
    type: ModelConfigRef,
    description: 'CONFLICT when a config with the same model, provider, scope and scopeId exists.',
    args: { input: t.arg({ type: CreateModelConfigInput, required: true }) },
    validate: { schema: createModelConfigSchema },
    resolve: (_root, args, ctx) =>
      write(ctx, (db, now) => createModelConfig(db, createModelConfigSchema.parse(args).input, now)),
  }),
  updateModelConfig: t.field({
    type: ModelConfigRef,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateModelConfigInput, required: true }) },
    validate: { schema: updateModelConfigSchema },
    resolve: (_root, args, ctx) => {
      const { id, input } = updateModelConfigSchema.parse(args);
      return write(ctx, (db, now) => updateModelConfig(db, id, input, now));
    },
  }),
  deleteModelConfig: t.id({
    description: 'Deletes the config with its budgets and rate limit.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => write(ctx, (db) => deleteModelConfig(db, String(args.id))),
  }),
}));
