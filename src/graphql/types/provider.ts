// Provider: a model provider of the catalog (or added by an admin), with its global governance
// (budget and rate limit) and keys; queries by name and the list, and adding a custom provider.
import { createProviderSchema } from '../../domain/provider.js';
import { createProvider, listProviders, providersByIds, providersByNames } from '../../store/providers.js';
import { builder } from '../builder.js';
import { write } from '../mutation-support.js';
import { rateLimitField, singleBudgetField } from './limits.js';

export const ProviderRef = builder.loadableObject('Provider', {
  description: 'A model provider (openai, anthropic, …). Its budget and rate limit apply to every request to it.',
  load: (ids: number[], ctx) => providersByIds(ctx.db, ids),
  sort: (provider) => provider.id,
  fields: (t) => ({
    id: t.exposeInt('id'),
    name: t.exposeString('name'),
    createdAt: t.field({ type: 'DateTime', resolve: (p) => p.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (p) => p.updatedAt }),
    budget: t.field(singleBudgetField('provider', (p: { id: number }) => p.id)),
    rateLimit: t.field(rateLimitField('provider', (p: { id: number }) => p.id)),
  }),
});

builder.queryFields((t) => ({
  provider: t.field({
    type: ProviderRef,
    nullable: true,
    args: { name: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => (await providersByNames(ctx.db, [args.name]))[0] ?? null,
  }),
  providers: t.field({
    type: [ProviderRef],
    description: 'Every provider, sorted by name.',
    resolve: (_root, _args, ctx) => listProviders(ctx.db),
  }),
}));

builder.mutationFields((t) => ({
  createProvider: t.field({
    type: ProviderRef,
    description: 'Adds a custom provider name (CONFLICT if it exists).',
    args: { name: t.arg.string({ required: true }) },
    validate: { schema: createProviderSchema },
    resolve: (_root, args, ctx) =>
      write(ctx, (db, now) => createProvider(db, createProviderSchema.parse(args).name.trim(), now)),
  }),
}));
