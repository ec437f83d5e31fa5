// Provider governance (spec §1.10, §2.6): setting and removing a provider's budget and rate limit by
// name, and listing the providers that have any. Also the GovernanceInput business units reuse.
import { updateProviderGovernanceSchema } from '../../domain/provider-governance.js';
import {
  deleteProviderGovernance,
  providersWithGovernance,
  updateProviderGovernance,
} from '../../store/provider-governance.js';
import { builder } from '../builder.js';
import { write } from '../mutation-support.js';
import { BudgetInputRef, RateLimitInputRef } from './limits.js';
import { ProviderRef } from './provider.js';

export const GovernanceInputRef = builder.inputType('GovernanceInput', {
  description:
    'The single budget and rate limit of a provider or business unit. Each: absent = unchanged, null or ' +
    '{} = removed, otherwise updated in place (budget) or replaced whole (rate limit), usage kept.',
  fields: (t) => ({
    budget: t.field({ type: BudgetInputRef }),
    rateLimit: t.field({ type: RateLimitInputRef }),
  }),
});

builder.queryFields((t) => ({
  providersWithGovernance: t.field({
    type: [ProviderRef],
    description: 'Providers having a budget or a rate limit, sorted by name.',
    resolve: (_root, _args, ctx) => providersWithGovernance(ctx.db),
  }),
}));

builder.mutationFields((t) => ({
  updateProviderGovernance: t.field({
    type: ProviderRef,
    description: 'Sets the budget and rate limit of a provider (NOT_FOUND outside the catalog). {} changes nothing.',
    args: {
      provider: t.arg.string({ required: true, description: 'Provider name, e.g. openai.' }),
      input: t.arg({ type: GovernanceInputRef, required: true }),
    },
    validate: { schema: updateProviderGovernanceSchema },
    resolve: (_root, args, ctx) => {
      const { provider, input } = updateProviderGovernanceSchema.parse(args);
      return write(ctx, (db, now) => updateProviderGovernance(db, provider, input, now));
    },
  }),
  deleteProviderGovernance: t.field({
    type: ProviderRef,
    description: 'Removes the budget and rate limit of a provider; the provider itself stays.',
    args: { provider: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => write(ctx, (db, now) => deleteProviderGovernance(db, args.provider, now)),
  }),
}));
