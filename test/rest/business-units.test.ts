import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';
import { rest } from '../helpers/rest.js';

const BusinessUnitByGraphQL = graphql(`
  query RestRoundTripBusinessUnit($id: ID!) {
    businessUnit(id: $id) { name description budget { maxLimit } rateLimit { tokenMaxLimit } customers { id } }
  }
`);

const CreateBusinessUnitByGraphQL = graphql(`
  mutation RestRoundTripCreateBusinessUnit($profile: JSON) {
    createBusinessUnit(input: { name: "From GraphQL", sourceId: "scim-1", profile: $profile }) { id }
  }
`);

const CreateMemberCustomer = graphql(`
  mutation RestBusinessUnitMember {
    createCustomer(input: { name: "Acme" }) { id }
  }
`);

const NOW = '2026-03-17T12:00:00.000Z';

let t: TestApp;

beforeEach(async () => {
  t = await makeTestApp();
});

afterEach(async () => {
  await t.close();
});

async function create(body: Record<string, unknown>) {
  const response = await rest(t, 'POST', '/business-units', body);
  expect(response.status).toBe(201);
  return response.body;
}

const unitCount = async () => (await rest(t, 'GET', '/business-units')).body.total as number;

describe('POST /business-units', () => {
  it('creates a unit and answers 201 with the bare object', async () => {
    const { status, body } = await rest(t, 'POST', '/business-units', { name: '  Retail  ', description: 'Stores' });
    expect(status).toBe(201);
    expect(body).toEqual({
      id: expect.any(String),
      name: 'Retail',
      description: 'Stores',
      source_id: null,
      profile: null,
      config: null,
      claims: null,
      budget: null,
      rate_limit: null,
      budget_id: null,
      rate_limit_id: null,
      config_hash: null,
      created_by_user_id: null,
      created_at: NOW,
      updated_at: NOW,
    });
  });

  it('answers 409 for a name clash and 400 for a missing name, creating nothing', async () => {
    await create({ name: 'Retail' });
    const clash = await rest(t, 'POST', '/business-units', { name: 'Retail' });
    expect(clash).toEqual({
      status: 409,
      body: { error: { message: 'A business unit with that name already exists' }, is_bifrost_error: false, status_code: 409 },
    });
    const missing = await rest(t, 'POST', '/business-units', { name: '   ' });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toEqual({ message: 'name is required', param: 'name' });
    const typed = await rest(t, 'POST', '/business-units', { name: 'X', profile: 'not an object' });
    expect(typed.status).toBe(400);
    expect(typed.body.error.param).toBe('profile');
    const json = await rest(t, 'POST', '/business-units', '{"name"');
    expect(json.body.error.message).toBe('Invalid JSON');
    expect(await unitCount()).toBe(1);
  });

  it('answers 400 for a client-chosen id that is not valid Unicode (a lone surrogate), creating nothing', async () => {
    const lone = await rest(t, 'POST', '/business-units', { name: 'Lone', id: '\udfff\ud800' });
    expect(lone.status).toBe(400);
    expect(lone.body.error).toEqual({ message: 'id must be valid Unicode', param: 'id' });
    expect(await unitCount()).toBe(0);
    expect((await rest(t, 'POST', '/business-units', { name: 'Paired', id: 'unit-😀' })).status).toBe(201);
  });

  it('attaches a customer given by customer_id; unknown customers are refused', async () => {
    const customer = (await t.gqlOk(CreateMemberCustomer)).createCustomer;
    const unit = await create({ name: 'Retail', customer_id: customer.id });
    expect((await t.gqlOk(BusinessUnitByGraphQL, { id: unit.id })).businessUnit?.customers).toEqual([{ id: customer.id }]);
    const unknown = await rest(t, 'POST', '/business-units', { name: 'Other', customer_id: 'nope' });
    expect(unknown.status).toBe(400);
    expect(await unitCount()).toBe(1);
  });
});

describe('GET /business-units', () => {
  it('pages with limit (default 50), offset and search, answering total and count', async () => {
    for (const name of ['Retail', 'Wholesale', 'Research']) {
      await create({ name });
      t.clock.advance(1000); // lists are ordered by creation time
    }
    const all = await rest(t, 'GET', '/business-units?from_memory=true');
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ total: 3, count: 3, limit: 50, offset: 0 });
    expect(all.body.business_units.map((u: { name: string }) => u.name)).toEqual(['Retail', 'Wholesale', 'Research']);

    const page = await rest(t, 'GET', '/business-units?limit=1&offset=1');
    expect(page.body).toMatchObject({ total: 3, count: 1, limit: 1, offset: 1 });
    expect(page.body.business_units[0].name).toBe('Wholesale');

    const search = await rest(t, 'GET', '/business-units?search=re');
    expect(search.body).toMatchObject({ total: 2, count: 2 });
  });

  it.each(['limit=0', 'limit=-1', 'limit=abc', 'offset=-2', 'offset=1.5'])('answers 400 for %s', async (query) => {
    const { status, body } = await rest(t, 'GET', `/business-units?${query}`);
    expect(status).toBe(400);
    expect(body.error.message).toBe('limit and offset must be non-negative integers');
  });
});

describe('GET /business-units/{id}', () => {
  it('answers the bare object, or 404', async () => {
    const unit = await create({ name: 'Retail' });
    expect(await rest(t, 'GET', `/business-units/${unit.id}?from_memory=true`)).toEqual({ status: 200, body: unit });
    const missing = await rest(t, 'GET', '/business-units/nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe('Business unit not found');
  });

  it('shows a unit written through GraphQL', async () => {
    const { id } = (await t.gqlOk(CreateBusinessUnitByGraphQL, { profile: { tier: 'gold' } })).createBusinessUnit;
    const { body } = await rest(t, 'GET', `/business-units/${id}`);
    expect(body).toMatchObject({ name: 'From GraphQL', source_id: 'scim-1', profile: { tier: 'gold' } });
  });
});

describe('PUT and PATCH /business-units/{id}', () => {
  it.each(['PUT', 'PATCH'])('%s updates only the sent fields and answers the bare object', async (method) => {
    const unit = await create({ name: 'Retail', description: 'Stores' });
    t.clock.advance(60_000);
    const { status, body } = await rest(t, method, `/business-units/${unit.id}`, { description: 'Shops' });
    expect(status).toBe(200);
    expect(body).toEqual({ ...unit, description: 'Shops', updated_at: '2026-03-17T12:01:00.000Z' });
    const renamed = await rest(t, method, `/business-units/${unit.id}`, { name: 'Stores' });
    expect(renamed.body).toMatchObject({ name: 'Stores', description: 'Shops' });
    expect((await t.gqlOk(BusinessUnitByGraphQL, { id: unit.id })).businessUnit).toMatchObject({
      name: 'Stores',
      description: 'Shops',
    });
  });

  it('answers 409 for a name clash and 404 for an unknown id', async () => {
    await create({ name: 'Retail' });
    const other = await create({ name: 'Wholesale' });
    const clash = await rest(t, 'PATCH', `/business-units/${other.id}`, { name: 'Retail' });
    expect(clash.status).toBe(409);
    expect((await rest(t, 'GET', `/business-units/${other.id}`)).body.name).toBe('Wholesale');
    const missing = await rest(t, 'PUT', '/business-units/nope', { name: 'X' });
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe('Business unit not found');
  });
});

describe('PUT /business-units/{id}/governance', () => {
  it('sets, updates in place and removes with {} the budget and rate limit', async () => {
    const unit = await create({ name: 'Retail' });
    const set = await rest(t, 'PUT', `/business-units/${unit.id}/governance`, {
      budget: { max_limit: 100, reset_duration: '1M' },
      rate_limit: { token_max_limit: 5000, token_reset_duration: '1h' },
    });
    expect(set.status).toBe(200);
    expect(set.body.message).toBe('Business unit governance updated successfully');
    const governed = set.body.business_unit;
    expect(governed).toMatchObject({
      id: unit.id,
      budget_id: governed.budget.id,
      rate_limit_id: governed.rate_limit.id,
      budget: { max_limit: 100, reset_duration: '1M', current_usage: 0, business_unit_id: unit.id },
      rate_limit: { token_max_limit: 5000, token_reset_duration: '1h', request_max_limit: null },
    });

    const raised = await rest(t, 'PUT', `/business-units/${unit.id}/governance`, { budget: { max_limit: 150 } });
    expect(raised.body.business_unit.budget).toMatchObject({ id: governed.budget.id, max_limit: 150, reset_duration: '1M' });
    expect(raised.body.business_unit.rate_limit).toEqual(governed.rate_limit);

    const removed = await rest(t, 'PUT', `/business-units/${unit.id}/governance`, { rate_limit: {} });
    expect(removed.body.business_unit).toMatchObject({ rate_limit: null, rate_limit_id: null, budget: { max_limit: 150 } });
    expect((await t.gqlOk(BusinessUnitByGraphQL, { id: unit.id })).businessUnit).toMatchObject({
      budget: { maxLimit: 150 },
      rateLimit: null,
    });
  });

  it('answers 400 for invalid limits (changing nothing) and 404 for an unknown unit', async () => {
    const unit = await create({ name: 'Retail' });
    const bad = await rest(t, 'PUT', `/business-units/${unit.id}/governance`, { budget: { max_limit: 0, reset_duration: '1d' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('budget max limit cannot be negative or zero');
    expect((await rest(t, 'GET', `/business-units/${unit.id}`)).body.budget).toBeNull();
    const missing = await rest(t, 'PUT', '/business-units/nope/governance', { budget: { max_limit: 1, reset_duration: '1d' } });
    expect(missing.status).toBe(404);
    expect(await t.database.db.selectFrom('budgets').selectAll().execute()).toEqual([]);
  });
});

describe('DELETE /business-units/{id}', () => {
  it('answers 204 without a body, deleting the budget; then 404', async () => {
    const unit = await create({ name: 'Retail' });
    await rest(t, 'PUT', `/business-units/${unit.id}/governance`, { budget: { max_limit: 1, reset_duration: '1d' } });
    expect(await rest(t, 'DELETE', `/business-units/${unit.id}`)).toEqual({ status: 204, body: undefined });
    expect(await t.database.db.selectFrom('budgets').selectAll().execute()).toEqual([]);
    const again = await rest(t, 'DELETE', `/business-units/${unit.id}`);
    expect(again.status).toBe(404);
    expect(again.body.error.message).toBe('Business unit not found');
  });

  it('answers 409 while customers are members', async () => {
    const customer = (await t.gqlOk(CreateMemberCustomer)).createCustomer;
    const unit = await create({ name: 'Retail', customer_id: customer.id });
    const { status, body } = await rest(t, 'DELETE', `/business-units/${unit.id}`);
    expect(status).toBe(409);
    expect(body.error.message).toBe('Business unit still has active memberships');
    expect(await unitCount()).toBe(1);
  });
});
