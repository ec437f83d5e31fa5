import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';

const ListBudgets = graphql(`
  query LimitListsBudgets {
    budgets { id maxLimit resetDuration currentUsage lastReset ownerKind ownerId }
  }
`);

const ListRateLimits = graphql(`
  query LimitListsRateLimits {
    rateLimits { id requestMaxLimit requestCurrentUsage requestLastReset tokenMaxLimit ownerKind ownerId }
  }
`);

const CreateCustomer = graphql(`
  mutation LimitListsCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) { id budget { id } }
  }
`);

const CreateVirtualKey = graphql(`
  mutation LimitListsVirtualKey($input: CreateVirtualKeyInput!) {
    createVirtualKey(input: $input) { id providerConfigs { id } }
  }
`);

const DeleteCustomer = graphql(`
  mutation LimitListsDeleteCustomer($id: ID!) {
    deleteCustomer(id: $id)
  }
`);

describe('budgets and rateLimits lists', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it('are empty lists on an empty database', async () => {
    expect(await t.gqlOk(ListBudgets, {})).toEqual({ budgets: [] });
    expect(await t.gqlOk(ListRateLimits, {})).toEqual({ rateLimits: [] });
  });

  it('list every owner\'s budgets and rate limits, oldest first, in one statement each', async () => {
    const customer = (await t.gqlOk(CreateCustomer, {
      input: {
        name: 'Acme',
        budget: { maxLimit: 100, resetDuration: '1M' },
        rateLimit: { requestMaxLimit: 100, requestResetDuration: '1m' },
      },
    })).createCustomer;
    t.clock.advance(1000);
    const key = (await t.gqlOk(CreateVirtualKey, {
      input: {
        name: 'vk',
        customerId: customer.id,
        budgets: [{ maxLimit: 5, resetDuration: '1d' }, { maxLimit: 20, resetDuration: '1w' }],
        providerConfigs: [{ provider: 'openai', allowedModels: ['*'], rateLimit: { tokenMaxLimit: 50, tokenResetDuration: '1h' } }],
      },
    })).createVirtualKey;
    const configId = String(key.providerConfigs[0]!.id);

    t.resetStatements();
    const { budgets } = await t.gqlOk(ListBudgets, {});
    expect(t.statements).toHaveLength(1);
    expect(budgets.map((b) => [b.ownerKind, b.ownerId, b.resetDuration])).toEqual([
      ['CUSTOMER', customer.id, '1M'],
      ['VIRTUAL_KEY', key.id, '1d'],
      ['VIRTUAL_KEY', key.id, '1w'],
    ]);
    expect(budgets[0]!.id).toBe(customer.budget!.id);

    const { rateLimits } = await t.gqlOk(ListRateLimits, {});
    expect(rateLimits.map((r) => [r.ownerKind, r.ownerId, r.requestMaxLimit, r.tokenMaxLimit])).toEqual([
      ['CUSTOMER', customer.id, 100, null],
      ['PROVIDER_CONFIG', configId, null, 50],
    ]);

    await t.gqlOk(DeleteCustomer, { id: customer.id });
    expect((await t.gqlOk(ListBudgets, {})).budgets.map((b) => b.ownerKind)).toEqual(['VIRTUAL_KEY', 'VIRTUAL_KEY']);
    expect((await t.gqlOk(ListRateLimits, {})).rateLimits.map((r) => r.ownerKind)).toEqual(['PROVIDER_CONFIG']);
  });

  it('show live usage: a window that has ended reads as reset (scenario 27)', async () => {
    await t.gqlOk(CreateCustomer, {
      input: {
        name: 'Acme',
        budget: { maxLimit: 10, resetDuration: '1h' },
        rateLimit: { requestMaxLimit: 10, requestResetDuration: '1m' },
      },
    });
    await t.database.db.updateTable('budgets').set({ current_usage: 5 }).execute();
    await t.database.db.updateTable('rate_limits').set({ request_current_usage: 7 }).execute();
    expect((await t.gqlOk(ListBudgets, {})).budgets[0]).toMatchObject({ currentUsage: 5, lastReset: '2026-03-17T12:00:00.000Z' });
    expect((await t.gqlOk(ListRateLimits, {})).rateLimits[0]).toMatchObject({ requestCurrentUsage: 7 });

    t.clock.advance(61 * 60_000);
    expect((await t.gqlOk(ListBudgets, {})).budgets[0]).toMatchObject({ currentUsage: 0, lastReset: '2026-03-17T13:00:00.000Z' });
    expect((await t.gqlOk(ListRateLimits, {})).rateLimits[0]).toMatchObject({
      requestCurrentUsage: 0,
      requestLastReset: '2026-03-17T13:01:00.000Z',
    });
  });

  it('need the admin token', async () => {
    const refused = await t.gql(ListBudgets, {}, null);
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forbidden = await t.gql(ListRateLimits, {}, 'sk-bf-3f1c2a4e-0000-4000-8000-000000000000');
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
