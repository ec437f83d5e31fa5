// ProviderConfig: which provider, models and keys a virtual key may use, with its budgets and rate
// limit (its virtualKey field is added by virtual-key.ts); and the input of one list entry.
import type { ProviderConfig } from '../../domain/provider-config.js';
import { providerKeysByConfigs } from '../../store/provider-keys.js';
import { builder } from '../builder.js';
import { listLoader } from '../request-loaders.js';
import { firstBudgetField } from './first-budget.js';
import { BudgetInputRef, budgetListField, RateLimitInputRef, rateLimitField } from './limits.js';
import { ProviderKeyRef } from './provider-key.js';

const configId = (config: { id: number }) => config.id;
const keysOf = listLoader((ids: readonly number[], ctx) => providerKeysByConfigs(ctx.db, ids));

export const ProviderConfigRef = builder.objectRef<ProviderConfig>('ProviderConfig').implement({
  description: 'Access of a virtual key to one provider. A virtual key without provider configs reaches no provider.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    virtualKeyId: t.exposeID('virtualKeyId'),
    provider: t.exposeString('provider'),
    weight: t.exposeFloat('weight', { nullable: true, description: 'null: never picked by weighted routing.' }),
    allowedModels: t.exposeStringList('allowedModels', { description: '["*"] = every model, [] = none.' }),
    allowAllKeys: t.exposeBoolean('allowAllKeys'),
    createdAt: t.field({ type: 'DateTime', resolve: (config) => config.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (config) => config.updatedAt }),
    keys: t.field({
      type: [ProviderKeyRef],
      description: 'Keys this config may use (every key of the provider when allowAllKeys), redacted.',
      resolve: (config, _args, ctx) => keysOf(ctx).load(config.id),
    }),
    budgets: t.field(budgetListField('provider_config', configId)),
    budget: t.field(firstBudgetField('provider_config', configId)),
    rateLimit: t.field(rateLimitField('provider_config', configId)),
  }),
});

export const ProviderConfigInputRef = builder.inputType('ProviderConfigInput', {
  description:
    'Without id: a new config. With id (of this virtual key): replaces provider, weight, allowedModels and keys ' +
    '(omitted weight = null, omitted allowedModels = [] = no model, omitted keyIds = no key); budgets reconcile ' +
    'by resetDuration and the rate limit merges.',
  fields: (t) => ({
    id: t.int(),
    provider: t.string({ required: true }),
    weight: t.float(),
    allowedModels: t.stringList({ description: '["*"] = every model, [] = none, or model names.' }),
    keyIds: t.stringList({ description: '["*"] = every key of the provider, or key ids (uuids) of its keys.' }),
    budget: t.field({ type: BudgetInputRef, description: 'Legacy: the first budget, see budgets.' }),
    budgets: t.field({ type: [BudgetInputRef], description: 'At most one budget per resetDuration.' }),
    rateLimit: t.field({ type: RateLimitInputRef, description: 'Merged field by field into the stored one.' }),
  }),
});
