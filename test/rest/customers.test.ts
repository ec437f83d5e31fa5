import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';
import { rest } from '../helpers/rest.js';

const CustomerByGraphQL = graphql(`
  query RestRoundTripCustomer($id: ID!) {
    customer(id: $id) { name budget { maxLimit resetDuration } rateLimit { requestMaxLimit } }
  }
`);

const CreateByGraphQL = graphql(`
  mutation RestRoundTripCreate {
    createCustomer(input: { name: "From GraphQL", budget: { maxLimit: 7, resetDuration: "1w" } }) { id }
  }
`);

const BUDGET_KEYS = ['calendar_aligned', 'config_hash', 'created_at', 'current_usage', 'id', 'last_reset', 'max_limit', 'reset_duration', 'updated_at'];

describe('REST /customers', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it('creates a customer with a budget (scenario 1)', async () => {
    const { status, body } = await rest(t, 'POST', '/customers', { name: 'Acme', budget: { max_limit: 100, reset_duration: '1M' } });
    expect(status).toBe(200);
    expect(body.message).toBe('Customer created successfully');
    expect(body.customer).toMatchObject({
      name: 'Acme',
      budget_id: body.customer.budget.id,
      rate_limit_id: null,
      rate_limit: null,
      budget: { max_limit: 100, reset_duration: '1M', current_usage: 0, last_reset: '2026-03-17T12:00:00.000Z' },
    });
    expect(Object.keys(body.customer.budget).sort()).toEqual(BUDGET_KEYS);
  });

  it.each([
    [{}, 'Customer name is required', 'name'],
    [{ name: 'C', rate_limit: { token_max_limit: 1000 } }, 'Invalid rate limit: rate limit token reset duration is required', 'rate_limit.token_reset_duration'],
    [{ name: 'C', budget: { max_limit: -5, reset_duration: '1d' } }, 'Budget max_limit cannot be negative: -5.00', 'budget.max_limit'],
    [{ name: 'C', budget: { max_limit: 5, reset_duration: '1x' } }, 'Invalid reset duration format: 1x', 'budget.reset_duration'],
  ])('answers 400 with Bifrost\'s message for %j (scenarios 2-5)', async (input, message, param) => {
    const { status, body } = await rest(t, 'POST', '/customers', input);
    expect(status).toBe(400);
    expect(body).toEqual({ error: { message, param }, is_bifrost_error: false, status_code: 400 });
    expect((await rest(t, 'GET', '/customers')).body.count).toBe(0);
  });

  it('creates a customer without a business unit for business_unit_id ""', async () => {
    const { status, body } = await rest(t, 'POST', '/customers', { name: 'Blank', business_unit_id: '' });
    expect(status).toBe(200);
    expect(body.customer.name).toBe('Blank');
    expect(await t.database.db.selectFrom('customers').select('business_unit_id').executeTakeFirst()).toEqual({ business_unit_id: null });
  });

  it('names the field of a wrongly typed value', async () => {
    const { status, body } = await rest(t, 'POST', '/customers', { name: 'C', budget: { max_limit: 'abc', reset_duration: '1d' } });
    expect(status).toBe(400);
    expect(body.error.param).toBe('budget.max_limit');
    expect(body.error.message).toContain('budget.max_limit');
  });

  it('answers 400 "Invalid JSON" for a malformed body', async () => {
    const { status, body } = await rest(t, 'POST', '/customers', '{"name": ');
    expect(status).toBe(400);
    expect(body.error.message).toBe('Invalid JSON');
  });

  it('applies PUT semantics: absent untouched, partial in place, {} removes, create needs both (scenarios 11-14)', async () => {
    const created = (await rest(t, 'POST', '/customers', { name: 'Acme', budget: { max_limit: 10, reset_duration: '1d' } })).body.customer;
    await t.database.db.updateTable('budgets').set({ current_usage: 4 }).execute();
    const renamed = await rest(t, 'PUT', `/customers/${created.id}`, { name: 'Acme 2', budget: null });
    expect(renamed.body).toMatchObject({ message: 'Customer updated successfully', customer: { name: 'Acme 2', budget: { current_usage: 4 } } });
    const raised = await rest(t, 'PUT', `/customers/${created.id}`, { budget: { max_limit: 20 } });
    expect(raised.body.customer.budget).toMatchObject({ id: created.budget.id, max_limit: 20, reset_duration: '1d', current_usage: 4 });
    const removed = await rest(t, 'PUT', `/customers/${created.id}`, { budget: {} });
    expect(removed.body.customer).toMatchObject({ budget: null, budget_id: null });
    const partial = await rest(t, 'PUT', `/customers/${created.id}`, { budget: { max_limit: 50 } });
    expect(partial).toMatchObject({ status: 400, body: { error: { message: 'both max_limit and reset_duration are required when creating a new budget' } } });
    expect((await rest(t, 'GET', `/customers/${created.id}`)).body.customer.budget).toBeNull();
  });

  it('shows its teams (with their virtual keys) and its own virtual keys, as the seed\'s PUT document', async () => {
    const { id } = (await rest(t, 'POST', '/customers', { name: 'Acme' })).body.customer;
    const team = (await rest(t, 'POST', '/teams', { name: 'T', customer_id: id })).body.team;
    // Keys as their own replies show them, less the owner they embed there: no cycles back up the tree.
    const withoutOwner = ({ team: _team, customer: _customer, ...key }: Record<string, unknown>) => key;
    const teamKey = withoutOwner((await rest(t, 'POST', '/virtual-keys', {
      name: 'team-key',
      team_id: team.id,
      provider_configs: [{ provider: 'openai', allowed_models: ['*'], key_ids: ['*'] }],
    })).body.virtual_key);
    const ownKey = withoutOwner((await rest(t, 'POST', '/virtual-keys', { name: 'own-key', customer_id: id })).body.virtual_key);
    const { status, body } = await rest(t, 'PUT', `/customers/${id}`, { name: 'Acme 2' });
    expect(status).toBe(200);
    expect(body.customer.teams).toEqual([{ ...team, virtual_keys: [teamKey] }]);
    expect(body.customer.teams[0].virtual_keys[0].provider_configs[0]).toMatchObject({ provider: 'openai', keys: [], allow_all_keys: true });
    expect(body.customer.virtual_keys).toEqual([ownKey]);
    expect((await rest(t, 'GET', '/customers')).body.customers[0]).toEqual(body.customer);
  });

  it('answers 404 for unknown ids on GET, PUT and DELETE', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const { status, body } = await rest(t, method, '/customers/nope', method === 'PUT' ? { name: 'x' } : undefined);
      expect(status).toBe(404);
      expect(body.error.message).toBe('Customer not found');
    }
  });

  it('deletes with Bifrost\'s message', async () => {
    const { id } = (await rest(t, 'POST', '/customers', { name: 'Gone' })).body.customer;
    expect(await rest(t, 'DELETE', `/customers/${id}`)).toEqual({ status: 200, body: { message: 'Customer deleted successfully' } });
  });

  it('pages and searches, validating limit and offset (scenario 44 shape)', async () => {
    for (const name of ['a1', 'a2', 'b1', 'a3']) {
      await rest(t, 'POST', '/customers', { name });
      t.clock.advance(1000);
    }
    const all = await rest(t, 'GET', '/customers?from_memory=true');
    expect(all.body).toMatchObject({ count: 4, total_count: 4, limit: 4, offset: 0 });
    const page = await rest(t, 'GET', '/customers?limit=2&offset=2');
    expect(page.body).toMatchObject({ count: 2, total_count: 4, limit: 2, offset: 2 });
    expect(page.body.customers.map((c: { name: string }) => c.name)).toEqual(['b1', 'a3']);
    const search = await rest(t, 'GET', '/customers?search=A');
    expect(search.body.customers.map((c: { name: string }) => c.name)).toEqual(['a1', 'a2', 'a3']);
    expect((await rest(t, 'GET', '/customers?limit=abc')).body.error.message).toBe('Invalid limit parameter: must be a number');
    expect((await rest(t, 'GET', '/customers?offset=-1')).body.error.message).toBe('Invalid offset parameter: must be non-negative');
  });

  it('round-trips: REST writes are GraphQL reads and GraphQL writes are REST reads', async () => {
    const { id } = (await rest(t, 'POST', '/customers', { name: 'From REST', rate_limit: { request_max_limit: 5, request_reset_duration: '1m' } })).body.customer;
    expect((await t.gqlOk(CustomerByGraphQL, { id })).customer).toEqual({ name: 'From REST', budget: null, rateLimit: { requestMaxLimit: 5 } });
    const graphqlId = (await t.gqlOk(CreateByGraphQL, {})).createCustomer.id;
    expect((await rest(t, 'GET', `/customers/${graphqlId}`)).body.customer).toMatchObject({ name: 'From GraphQL', budget: { max_limit: 7, reset_duration: '1w' } });
  });

  it('refuses management calls without the admin token, and virtual keys', async () => {
    expect((await rest(t, 'GET', '/customers', undefined, null)).status).toBe(401);
    expect((await rest(t, 'GET', '/customers', undefined, 'wrong')).status).toBe(401);
    const vk = await rest(t, 'GET', '/customers', undefined, 'sk-bf-00000000-0000-4000-8000-000000000000');
    expect(vk).toEqual({ status: 403, body: { error: { message: 'virtual keys cannot access management APIs' }, is_bifrost_error: false, status_code: 403 } });
  });
});
