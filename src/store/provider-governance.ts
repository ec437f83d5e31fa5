// Provider governance (spec §1.10, §2.6): the budget and rate limit of a provider, written by name,
// and the providers that have any.
import type { GovernanceInput } from '../domain/provider-governance.js';
import type { Provider } from '../domain/provider.js';
import { type Db, inTransaction } from './common.js';
import { type LimitChange, type Written, written } from './limit-changes.js';
import { type Owner, writeRateLimit, writeSingleBudget } from './limits.js';
import { providerRowToProvider, requireProvider } from './providers.js';

/** Writes an owner's single budget and replace-mode rate limit (providers, business units). */
export async function writeGovernance(db: Db, owner: Owner, input: GovernanceInput, now: Date): Promise<LimitChange[]> {
  const budget = await writeSingleBudget(db, owner, input.budget, now);
  return [...budget, ...(await writeRateLimit(db, owner, input.rateLimit, 'replace', now))];
}

// Providers have no calendar_aligned flag: their budgets roll.
const providerOwner = (provider: Provider): Owner => ({ kind: 'provider', id: provider.id, calendarAligned: false });

/** NOT_FOUND ("Provider not found") for a name outside the catalog; returns the provider id. */
export function updateProviderGovernance(db: Db, name: string, input: GovernanceInput, now: Date): Promise<Written<number>> {
  return inTransaction(db, async (trx) => {
    const changes: LimitChange[] = [];
    const provider = await requireProvider(trx, name);
    changes.push(...(await writeGovernance(trx, providerOwner(provider), input, now)));
    return written(provider.id, changes);
  });
}

/** Removes the provider's budget and rate limit; the provider itself stays. */
export function deleteProviderGovernance(db: Db, name: string, now: Date): Promise<Written<number>> {
  return inTransaction(db, async (trx) => {
    const changes: LimitChange[] = [];
    const provider = await requireProvider(trx, name);
    // Removal through the owner's writers, so subscribers hear of it.
    changes.push(...(await writeGovernance(trx, providerOwner(provider), { budget: null, rateLimit: null }, now)));
    return written(provider.id, changes);
  });
}

/** Providers having a budget or a rate limit, sorted by name, in one statement. */
export async function providersWithGovernance(db: Db): Promise<Provider[]> {
  const rows = await db
    .selectFrom('providers')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.exists(eb.selectFrom('budgets').select('id').whereRef('budgets.provider_id', '=', 'providers.id')),
        eb.exists(eb.selectFrom('rate_limits').select('id').whereRef('rate_limits.provider_id', '=', 'providers.id')),
      ]),
    )
    .orderBy('name')
    .execute();
  return rows.map(providerRowToProvider);
}
