// Walks the owner registry: for every kind, a budget of an owner of that kind is charged by a
// request of a virtual key below (or matched by) it, a subscription filtered on the owner sees the
// charge, and the budget navigates back to its owner. A kind added to the registry without a place
// here does not compile (OWNER_OF is keyed by every kind).
import { describe, expect, it } from 'vitest';
import { OWNER_KINDS, type OwnerKind } from '../../src/domain/entities.js';
import { OWNERS } from '../../src/domain/owners.js';
import type { Db } from '../../src/store/common.js';
import { ADMIN_TOKEN } from '../helpers/app.js';
import { chargeOverRest, liveServerPerTest, untilSubscriptions } from '../helpers/live-usage.js';
import { addBudget, addModelConfig, budgetUsage, providerId, type Tree } from '../helpers/usage-fixture.js';
import { collect } from '../helpers/ws-client.js';

/** The owner of each kind that a charge of the tree's virtual key on openai/gpt-4o reaches. */
const OWNER_OF: Record<OwnerKind, (tree: Tree, db: Db) => Promise<string | number>> = {
  provider_config: async (tree) => tree.configId,
  virtual_key: async (tree) => tree.vkId,
  team: async (tree) => tree.teamId,
  customer: async (tree) => tree.customerId,
  business_unit: async (tree) => tree.unitId,
  model_config: (_tree, db) => addModelConfig(db, 'gpt-4o', 'openai'),
  provider: (_tree, db) => providerId(db, 'openai'),
};

const OWNER_FIELDS = OWNER_KINDS.map((kind) => OWNERS[kind].graphqlField);
const BUDGETS = `subscription($filter: UsageFilter) {
  budgetUsage(filter: $filter) { kind budgetId delta budget { ${OWNER_FIELDS.map((field) => `${field} { id }`).join(' ')} } }
}`;

interface BudgetEvent {
  budgetUsage: { kind: string; budgetId: string; delta: number; budget: Record<string, { id: string | number } | null> };
}

describe('every owner kind of the registry', () => {
  const live = liveServerPerTest();

  it.each(OWNER_KINDS)('%s: its budget is charged, seen through a filter on it, and navigates back to it', async (kind) => {
    const db = live.t.database.db;
    const ownerId = await OWNER_OF[kind](live.tree, db);
    // A week: the fixture's key already holds a daily budget (which the filters below may also see).
    const budgetId = await addBudget(db, OWNERS[kind].column, ownerId, 100, '1w');
    const scopeField = OWNERS[kind].scopeField;
    const filter = scopeField ? { [scopeField]: String(ownerId) } : { ownerKind: kind.toUpperCase() };
    const events = collect<BudgetEvent>(live.client(ADMIN_TOKEN), BUDGETS, { filter });
    await untilSubscriptions(live.t.app, 1);

    expect((await chargeOverRest(live.base, live.tree.vkValue, `registry-${kind}`, 1.25)).status).toBe(200);

    expect(await budgetUsage(db, budgetId)).toBe(1.25);
    const charged = () => events.events.map((event) => event.budgetUsage).find((event) => event.budgetId === budgetId);
    await expect.poll(charged).toBeDefined();
    const seen = charged();
    expect(seen).toMatchObject({ kind: 'CHARGED', delta: 1.25 });
    const navigation = Object.fromEntries(OWNER_FIELDS.map((field) => [field, field === OWNERS[kind].graphqlField ? { id: ownerId } : null]));
    expect(seen!.budget).toEqual(navigation);
  });
});
