// Navigation from a budget or rate limit up to its owner (and from there up the hierarchy): one
// nullable field per owner kind of the registry, set for the kind that owns it, each batched by its loader.
import { OWNER_KINDS, type OwnerKind, type OwnerRef } from '../../domain/entities.js';
import { OWNERS } from '../../domain/owners.js';
import { providerConfigsByIds } from '../../store/provider-configs.js';
import { builder } from '../builder.js';
import { BusinessUnitRef } from './business-unit.js';
import { CustomerRef } from './customer.js';
import { BudgetRef, RateLimitRef } from './limits.js';
import { ModelConfigRef } from './model-config.js';
import { ProviderConfigRef } from './provider-config.js';
import { ProviderRef } from './provider.js';
import { TeamRef } from './team.js';
import { VirtualKeyRef } from './virtual-key.js';

function ownerId<Id extends string | number>(kind: OwnerKind) {
  return (limit: { owner: OwnerRef }): Id | null => (limit.owner.kind === kind ? (limit.owner.id as Id) : null);
}

// Only `owner` is read, which budgets and rate limits share; the cast lets one definition serve both.
for (const ref of [BudgetRef, RateLimitRef as unknown as typeof BudgetRef]) {
  builder.objectFields(ref, (t) => {
    // One field per owner kind, named in the registry: a new kind cannot be left without one.
    const fields: Record<OwnerKind, ReturnType<typeof t.field>> = {
      customer: t.field({ type: CustomerRef, nullable: true, resolve: ownerId<string>('customer') }),
      team: t.field({ type: TeamRef, nullable: true, resolve: ownerId<string>('team') }),
      virtual_key: t.field({ type: VirtualKeyRef, nullable: true, resolve: ownerId<string>('virtual_key') }),
      model_config: t.field({ type: ModelConfigRef, nullable: true, resolve: ownerId<string>('model_config') }),
      provider: t.field({ type: ProviderRef, nullable: true, resolve: ownerId<number>('provider') }),
      business_unit: t.field({ type: BusinessUnitRef, nullable: true, resolve: ownerId<string>('business_unit') }),
      provider_config: t.loadable({
        type: ProviderConfigRef,
        nullable: true,
        load: (ids: number[], ctx) => providerConfigsByIds(ctx.db, ids),
        sort: (config) => config.id,
        resolve: ownerId<number>('provider_config'),
      }),
    };
    return Object.fromEntries(OWNER_KINDS.map((kind) => [OWNERS[kind].graphqlField, fields[kind]]));
  });
}
