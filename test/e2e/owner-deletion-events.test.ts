// Deleting an owner removes its budgets and rate limits (and those of the owners deleted with it: a
// virtual key's provider configs), and every one of them reaches subscribers as a REMOVED event with
// the usage it had, whether the owner goes through REST or GraphQL: unfiltered subscribers and those
// whose filter matched the owner before it went.
import { describe, expect, it } from 'vitest';
import type { OwnerColumn } from '../../src/domain/owners.js';
import { ADMIN_TOKEN } from '../helpers/app.js';
import { chargeOverRest, liveServerPerTest, untilSubscriptions } from '../helpers/live-usage.js';
import { addBudget, addModelConfig, addRateLimit } from '../helpers/usage-fixture.js';
import { collect } from '../helpers/ws-client.js';

const BUDGETS = 'subscription($filter: UsageFilter) { budgetUsage(filter: $filter) { kind budgetId ownerKind ownerId previousUsage currentUsage } }';
const RATE_LIMITS =
  'subscription($filter: UsageFilter) { rateLimitUsage(filter: $filter) { kind rateLimitId ownerKind ownerId previousTokens currentTokens } }';

interface BudgetEvent {
  budgetUsage: { kind: string; budgetId: string; ownerKind: string; ownerId: string; previousUsage: number; currentUsage: number };
}
interface RateLimitEvent {
  rateLimitUsage: { kind: string; rateLimitId: string; ownerKind: string; ownerId: string; previousTokens: number; currentTokens: number };
}

type Via = 'REST' | 'GraphQL';

describe('deleting an owner', () => {
  const live = liveServerPerTest();

  const call = (method: string, path: string, body?: unknown) =>
    fetch(`http://${live.base}${path}`, {
      method,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const postQuery = (query: string) => call('POST', '/graphql', { query });

  /** A weekly budget with usage 2.5 and a rate limit with 7 tokens used, on the owner in `column`. */
  async function limitsOn(column: OwnerColumn, owner: string | number) {
    const db = live.t.database.db;
    const budgetId = await addBudget(db, column, owner, 10, '1w');
    await db.updateTable('budgets').set({ current_usage: 2.5 }).where('id', '=', budgetId).execute();
    const rateLimitId = await addRateLimit(db, column, owner, { tokens: [100, '1h'] });
    await db.updateTable('rate_limits').set({ token_current_usage: 7 }).where('id', '=', rateLimitId).execute();
    return { budgetId, rateLimitId, ownerKind: column.replace(/_id$/, '').toUpperCase(), ownerId: String(owner) };
  }

  /** The owners deleted (their limits set up), subscription filters that match them all, and how to delete them. */
  type Case = () => Promise<{
    owners: Array<[OwnerColumn, string | number]>;
    filters: Array<{ virtualKeyId?: string; teamId?: string; customerId?: string; ownerKind?: string }>;
    remove: (via: Via) => Promise<Response>;
  }>;
  const deleteBy = (path: string, mutation: string, id: string) => (via: Via) =>
    via === 'REST' ? call('DELETE', path) : postQuery(`mutation { ${mutation}(id: "${id}") }`);

  const cases: Array<[string, Case]> = [
    ['a customer', async () => ({
      owners: [['customer_id', live.tree.customerId]],
      filters: [{ customerId: live.tree.customerId }, { ownerKind: 'CUSTOMER' }],
      remove: deleteBy(`/api/governance/customers/${live.tree.customerId}`, 'deleteCustomer', live.tree.customerId),
    })],
    ['a team', async () => ({
      owners: [['team_id', live.tree.teamId]],
      filters: [{ teamId: live.tree.teamId }, { customerId: live.tree.customerId }],
      remove: deleteBy(`/api/governance/teams/${live.tree.teamId}`, 'deleteTeam', live.tree.teamId),
    })],
    ['a virtual key, with its provider configs', async () => ({
      owners: [['virtual_key_id', live.tree.vkId], ['provider_config_id', live.tree.configId]],
      filters: [{ virtualKeyId: live.tree.vkId }, { teamId: live.tree.teamId }, { customerId: live.tree.customerId }],
      remove: deleteBy(`/api/governance/virtual-keys/${live.tree.vkId}`, 'deleteVirtualKey', live.tree.vkId),
    })],
    ['a provider config dropped from its virtual key', async () => ({
      owners: [['provider_config_id', live.tree.configId]],
      filters: [{ virtualKeyId: live.tree.vkId }, { teamId: live.tree.teamId }, { customerId: live.tree.customerId }],
      remove: (via) =>
        via === 'REST'
          ? call('PUT', `/api/governance/virtual-keys/${live.tree.vkId}`, { team_id: live.tree.teamId, provider_configs: [] })
          : postQuery(`mutation { updateVirtualKey(id: "${live.tree.vkId}", input: { providerConfigs: [] }) { id } }`),
    })],
    ['a model config', async () => {
      const id = await addModelConfig(live.t.database.db, 'gpt-4o', 'openai');
      return { owners: [['model_config_id', id]], filters: [{ ownerKind: 'MODEL_CONFIG' }], remove: deleteBy(`/api/governance/model-configs/${id}`, 'deleteModelConfig', id) };
    }],
    ['a business unit', async () => {
      // A unit with members cannot be deleted: detach its customer first.
      await live.t.database.db.updateTable('customers').set({ business_unit_id: null }).execute();
      const id = live.tree.unitId;
      return { owners: [['business_unit_id', id]], filters: [{ ownerKind: 'BUSINESS_UNIT' }], remove: deleteBy(`/api/governance/business-units/${id}`, 'deleteBusinessUnit', id) };
    }],
  ];

  describe.each(['REST', 'GraphQL'] as const)('through %s', (via) => {
    it.each(cases)('sends REMOVED for every budget and rate limit of %s', async (_label, setUp) => {
      const { owners, filters, remove } = await setUp();
      const limits = await Promise.all(owners.map(([column, id]) => limitsOn(column, id)));
      // The fixture's virtual key has a budget of its own: it goes with the key too.
      const db = live.t.database.db;
      const owned = (table: 'budgets' | 'rate_limits') =>
        Promise.all(owners.map(([column, id]) => db.selectFrom(table).select('id').where(column, '=', id).execute())).then((rows) => rows.flat().length);
      const [budgetCount, rateLimitCount] = [await owned('budgets'), await owned('rate_limits')];
      const client = live.client(ADMIN_TOKEN);
      const subscribers = [undefined, ...filters].map((filter) => ({
        filter,
        budgets: collect<BudgetEvent>(client, BUDGETS, { filter }),
        rateLimits: collect<RateLimitEvent>(client, RATE_LIMITS, { filter }),
      }));
      await untilSubscriptions(live.t.app, 2 * subscribers.length);

      const response = await remove(via);
      expect(response.status).toBeLessThan(300);
      if (via === 'GraphQL') expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();

      for (const { filter, budgets, rateLimits } of subscribers) {
        const budgetEvents = (await budgets.waitFor(budgetCount)).map((event) => event.budgetUsage);
        expect(budgetEvents, JSON.stringify(filter)).toEqual(
          expect.arrayContaining(
            limits.map(({ budgetId, ownerKind, ownerId }) => ({ kind: 'REMOVED', budgetId, ownerKind, ownerId, previousUsage: 2.5, currentUsage: 0 })),
          ),
        );
        const rateLimitEvents = (await rateLimits.waitFor(rateLimitCount)).map((event) => event.rateLimitUsage);
        expect(rateLimitEvents, JSON.stringify(filter)).toEqual(
          expect.arrayContaining(
            limits.map(({ rateLimitId, ownerKind, ownerId }) => ({ kind: 'REMOVED', rateLimitId, ownerKind, ownerId, previousTokens: 7, currentTokens: 0 })),
          ),
        );
      }
      const left = await db.selectFrom('budgets').select('id').where('id', 'in', limits.map((l) => l.budgetId)).execute();
      expect(left).toEqual([]);
    });
  });

  it("reaches a virtual key's own subscription when a provider config of the key is dropped", async () => {
    const { budgetId } = await limitsOn('provider_config_id', live.tree.configId);
    const budgets = collect<BudgetEvent>(live.client(live.tree.vkValue), BUDGETS);
    await untilSubscriptions(live.t.app, 1);

    const response = await call('PUT', `/api/governance/virtual-keys/${live.tree.vkId}`, { team_id: live.tree.teamId, provider_configs: [] });
    expect(response.status).toBe(200);

    expect((await budgets.waitFor(1)).map((event) => event.budgetUsage)).toEqual([
      { kind: 'REMOVED', budgetId, ownerKind: 'PROVIDER_CONFIG', ownerId: String(live.tree.configId), previousUsage: 2.5, currentUsage: 0 },
    ]);
  });

  it('sends nothing when the write that would remove them rolls back', async () => {
    const { budgetId } = await limitsOn('provider_config_id', live.tree.configId);
    const budgets = collect<BudgetEvent>(live.client(ADMIN_TOKEN), BUDGETS);
    await untilSubscriptions(live.t.app, 1);

    // The provider configs go first; the unknown MCP client after them fails the whole write.
    const response = await postQuery(
      `mutation { updateVirtualKey(id: "${live.tree.vkId}", input: { providerConfigs: [], mcpConfigs: [{ mcpClientName: "missing" }] }) { id } }`,
    );
    const body = (await response.json()) as { errors?: Array<{ extensions: { field?: string } }> };
    expect(body.errors?.[0]?.extensions.field).toBe('input.mcpConfigs.0.mcpClientName');
    // A later charge is delivered: nothing was published before it.
    await chargeOverRest(live.base, live.tree.vkValue, 'after-rollback', 1);
    const [event] = await budgets.waitFor(1);
    expect(event!.budgetUsage).toMatchObject({ kind: 'CHARGED' });
    expect(await live.t.database.db.selectFrom('budgets').select('id').where('id', '=', budgetId).execute()).toHaveLength(1);
  });
});
