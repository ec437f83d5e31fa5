import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';

const CreateCustomer = graphql(`
  mutation CreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      id
      name
      calendarAligned
      budget { id maxLimit resetDuration currentUsage lastReset calendarAligned ownerKind ownerId }
      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration }
    }
  }
`);

const UpdateCustomer = graphql(`
  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {
    updateCustomer(id: $id, input: $input) {
      id
      name
      calendarAligned
      budget { id maxLimit resetDuration currentUsage lastReset }
      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration }
    }
  }
`);

const DeleteCustomer = graphql(`
  mutation DeleteCustomer($id: ID!) {
    deleteCustomer(id: $id)
  }
`);

const GetCustomer = graphql(`
  query GetCustomer($id: ID!) {
    customer(id: $id) { id name budget { id currentUsage } rateLimit { id } }
  }
`);

const ListCustomers = graphql(`
  query ListCustomers($first: Int, $after: String, $search: String) {
    customers(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name } }
    }
  }
`);

describe('customers', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it('creates a customer with a budget and a rate limit', async () => {
    const { createCustomer } = await t.gqlOk(CreateCustomer, {
      input: {
        name: 'Acme',
        budget: { maxLimit: 100, resetDuration: '1M' },
        rateLimit: { tokenMaxLimit: 1000, tokenResetDuration: '1h' },
      },
    });
    expect(createCustomer).toMatchObject({
      name: 'Acme',
      calendarAligned: false,
      budget: { maxLimit: 100, resetDuration: '1M', currentUsage: 0, lastReset: '2026-03-17T12:00:00.000Z' },
      rateLimit: { tokenMaxLimit: 1000, tokenResetDuration: '1h', requestMaxLimit: null },
    });
    expect(createCustomer.budget).toMatchObject({ ownerKind: 'CUSTOMER', ownerId: createCustomer.id });
  });

  it('starts a calendar-aligned budget at the period start', async () => {
    const { createCustomer } = await t.gqlOk(CreateCustomer, {
      input: { name: 'Acme', calendarAligned: true, budget: { maxLimit: 5, resetDuration: '1M' } },
    });
    expect(createCustomer.budget?.lastReset).toBe('2026-03-01T00:00:00.000Z');
  });

  it.each([
    [{ name: '  ' }, 'input.name', 'Customer name is required'],
    [{ name: 'C', budget: { maxLimit: -5, resetDuration: '1d' } }, 'input.budget.maxLimit', 'Budget max_limit cannot be negative: -5.00'],
    [{ name: 'C', budget: { maxLimit: 0, resetDuration: '1d' } }, 'input.budget.maxLimit', 'budget max limit cannot be negative or zero'],
    [{ name: 'C', budget: { maxLimit: 5, resetDuration: '1x' } }, 'input.budget.resetDuration', 'Invalid reset duration format: 1x'],
    [{ name: 'C', budget: { maxLimit: 5 } }, 'input.budget.resetDuration', 'both max_limit and reset_duration are required when creating a new budget'],
    [{ name: 'C', rateLimit: { tokenMaxLimit: 1000 } }, 'input.rateLimit.tokenResetDuration', 'Invalid rate limit: rate limit token reset duration is required'],
    [{ name: 'C', rateLimit: { requestMaxLimit: 0, requestResetDuration: '1m' } }, 'input.rateLimit.requestMaxLimit', 'Invalid rate limit: rate limit request max limit cannot be negative or zero: 0'],
    [{ name: 'C', rateLimit: { requestMaxLimit: 5, requestResetDuration: 'abc' } }, 'input.rateLimit.requestResetDuration', 'Invalid rate limit: invalid rate limit request reset duration format: abc'],
    [{ name: 'C', businessUnitId: 'nope' }, 'input.businessUnitId', 'Business unit not found: nope'],
  ])('rejects %j naming %s and creates nothing', async (input, field, message) => {
    const result = await t.gql(CreateCustomer, { input });
    expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
    const list = await t.gqlOk(ListCustomers, {});
    expect(list.customers.totalCount).toBe(0);
    const budgets = await t.database.db.selectFrom('budgets').selectAll().execute();
    expect(budgets).toEqual([]);
  });

  describe('update semantics', () => {
    async function seeded() {
      const { createCustomer } = await t.gqlOk(CreateCustomer, {
        input: {
          name: 'Acme',
          budget: { maxLimit: 10, resetDuration: '1d' },
          rateLimit: { tokenMaxLimit: 1000, tokenResetDuration: '1h', requestMaxLimit: 10, requestResetDuration: '1m' },
        },
      });
      await t.database.db.updateTable('budgets').set({ current_usage: 4 }).execute();
      return createCustomer;
    }

    it('leaves budget and rate limit unchanged when absent', async () => {
      const before = await seeded();
      const { updateCustomer } = await t.gqlOk(UpdateCustomer, { id: before.id, input: { name: 'Acme 2' } });
      expect(updateCustomer.name).toBe('Acme 2');
      expect(updateCustomer.budget).toMatchObject({ id: before.budget!.id, maxLimit: 10, currentUsage: 4 });
      expect(updateCustomer.rateLimit).toEqual(before.rateLimit);
    });

    it('updates the budget in place, keeping usage and window', async () => {
      const before = await seeded();
      t.clock.advance(60_000);
      const { updateCustomer } = await t.gqlOk(UpdateCustomer, { id: before.id, input: { budget: { maxLimit: 20 } } });
      expect(updateCustomer.budget).toEqual({
        id: before.budget!.id,
        maxLimit: 20,
        resetDuration: '1d',
        currentUsage: 4,
        lastReset: before.budget!.lastReset,
      });
    });

    it('removes the budget with an empty object or null', async () => {
      const before = await seeded();
      const removed = await t.gqlOk(UpdateCustomer, { id: before.id, input: { budget: {} } });
      expect(removed.updateCustomer.budget).toBeNull();
      expect(await t.database.db.selectFrom('budgets').selectAll().execute()).toEqual([]);
      await t.gqlOk(UpdateCustomer, { id: before.id, input: { budget: { maxLimit: 3, resetDuration: '1w' } } });
      const cleared = await t.gqlOk(UpdateCustomer, { id: before.id, input: { budget: null } });
      expect(cleared.updateCustomer.budget).toBeNull();
    });

    it('needs both fields to create a budget on update, changing nothing otherwise', async () => {
      const { createCustomer } = await t.gqlOk(CreateCustomer, { input: { name: 'NoBudget' } });
      const result = await t.gql(UpdateCustomer, { id: createCustomer.id, input: { name: 'X', budget: { maxLimit: 50 } } });
      expect(result.errors?.[0]).toMatchObject({
        message: 'both max_limit and reset_duration are required when creating a new budget',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.budget.resetDuration' },
      });
      const after = await t.gqlOk(GetCustomer, { id: createCustomer.id });
      expect(after.customer).toMatchObject({ name: 'NoBudget', budget: null });
    });

    it('replaces the whole rate limit, keeping its id', async () => {
      const before = await seeded();
      const { updateCustomer } = await t.gqlOk(UpdateCustomer, {
        id: before.id,
        input: { rateLimit: { requestMaxLimit: 20, requestResetDuration: '1m' } },
      });
      expect(updateCustomer.rateLimit).toEqual({
        id: before.rateLimit!.id,
        tokenMaxLimit: null,
        tokenResetDuration: null,
        requestMaxLimit: 20,
        requestResetDuration: '1m',
      });
    });

    it('removes the rate limit with an empty object', async () => {
      const before = await seeded();
      const { updateCustomer } = await t.gqlOk(UpdateCustomer, { id: before.id, input: { rateLimit: {} } });
      expect(updateCustomer.rateLimit).toBeNull();
    });

    it('resets usage once when calendar alignment is switched on', async () => {
      const before = await seeded();
      const aligned = await t.gqlOk(UpdateCustomer, { id: before.id, input: { calendarAligned: true } });
      expect(aligned.updateCustomer.budget).toMatchObject({ currentUsage: 0, lastReset: '2026-03-17T00:00:00.000Z' });
      await t.database.db.updateTable('budgets').set({ current_usage: 2 }).execute();
      const again = await t.gqlOk(UpdateCustomer, { id: before.id, input: { calendarAligned: true } });
      expect(again.updateCustomer.budget?.currentUsage).toBe(2);
    });

    it('re-validates the merged budget', async () => {
      const before = await seeded();
      const result = await t.gql(UpdateCustomer, { id: before.id, input: { budget: { resetDuration: 'd' } } });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.budget.resetDuration' });
    });
  });

  it('answers NOT_FOUND for unknown ids on update and delete, null on read', async () => {
    const update = await t.gql(UpdateCustomer, { id: 'missing', input: { name: 'x' } });
    expect(update.errors?.[0]).toMatchObject({ message: 'Customer not found', extensions: { code: 'NOT_FOUND' } });
    const del = await t.gql(DeleteCustomer, { id: 'missing' });
    expect(del.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await t.gqlOk(GetCustomer, { id: 'missing' })).customer).toBeNull();
  });

  it('deletes the customer with its budget and rate limit', async () => {
    const { createCustomer } = await t.gqlOk(CreateCustomer, {
      input: { name: 'Gone', budget: { maxLimit: 1, resetDuration: '1d' }, rateLimit: { requestMaxLimit: 1, requestResetDuration: '1m' } },
    });
    expect((await t.gqlOk(DeleteCustomer, { id: createCustomer.id })).deleteCustomer).toBe(createCustomer.id);
    expect(await t.database.db.selectFrom('budgets').selectAll().execute()).toEqual([]);
    expect(await t.database.db.selectFrom('rate_limits').selectAll().execute()).toEqual([]);
    expect((await t.gqlOk(GetCustomer, { id: createCustomer.id })).customer).toBeNull();
  });

  it('pages with cursors and filters by name', async () => {
    for (const name of ['Alpha', 'Beta', 'Gamma', 'alphabet']) {
      await t.gqlOk(CreateCustomer, { input: { name } });
      t.clock.advance(1000);
    }
    const first = await t.gqlOk(ListCustomers, { first: 2 });
    expect(first.customers.edges.map((e) => e?.node.name)).toEqual(['Alpha', 'Beta']);
    expect(first.customers).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const second = await t.gqlOk(ListCustomers, { first: 2, after: first.customers.pageInfo.endCursor });
    expect(second.customers.edges.map((e) => e?.node.name)).toEqual(['Gamma', 'alphabet']);
    const search = await t.gqlOk(ListCustomers, { search: 'ALPHA' });
    expect(search.customers.edges.map((e) => e?.node.name)).toEqual(['Alpha', 'alphabet']);
  });
});

describe('customer search', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it('takes % and _ in the search text literally', async () => {
    for (const name of ['100% Acme', '100 Acme', 'a_b', 'axb']) await t.gqlOk(CreateCustomer, { input: { name } });
    const names = async (search: string) =>
      (await t.gqlOk(ListCustomers, { search })).customers.edges.map((e) => e?.node.name);
    expect(await names('100%')).toEqual(['100% Acme']);
    expect(await names('a_b')).toEqual(['a_b']);
  });
});
