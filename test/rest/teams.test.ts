import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';
import { rest } from '../helpers/rest.js';

const TeamByGraphQL = graphql(`
  query RestRoundTripTeam($id: ID!) {
    team(id: $id) { name customerId budget { maxLimit resetDuration } rateLimit { tokenMaxLimit } }
  }
`);

const CreateTeamByGraphQL = graphql(`
  mutation RestRoundTripCreateTeam($customerId: ID, $profile: JSON) {
    createTeam(input: { name: "From GraphQL", customerId: $customerId, profile: $profile }) { id }
  }
`);

const NOW = '2026-03-17T12:00:00.000Z';

const TEAM_KEYS = [
  'budget', 'budget_id', 'calendar_aligned', 'claims', 'config', 'config_hash', 'created_at', 'customer_id', 'id',
  'name', 'profile', 'rate_limit', 'rate_limit_id', 'updated_at', 'virtual_keys',
];

let t: TestApp;

beforeEach(async () => {
  t = await makeTestApp();
});

afterEach(async () => {
  await t.close();
});

async function create(body: Record<string, unknown>) {
  const response = await rest(t, 'POST', '/teams', body);
  expect(response.status).toBe(200);
  return response.body.team;
}

async function customer(name: string): Promise<string> {
  return (await rest(t, 'POST', '/customers', { name })).body.customer.id;
}

const teamCount = async () => (await rest(t, 'GET', '/teams')).body.total_count as number;
const rows = async () => ({
  teams: await t.database.db.selectFrom('teams').selectAll().execute(),
  budgets: await t.database.db.selectFrom('budgets').selectAll().execute(),
  rateLimits: await t.database.db.selectFrom('rate_limits').selectAll().execute(),
});

describe('POST /teams', () => {
  it('creates a team under a customer with a budget and rate limit, in the seed\'s shape', async () => {
    const customerId = await customer('Acme');
    const { status, body } = await rest(t, 'POST', '/teams', {
      name: 'Platform',
      customer_id: customerId,
      profile: { tier: 'gold' },
      budget: { max_limit: 10, reset_duration: '1d' },
      rate_limit: { token_max_limit: 1000, token_reset_duration: '1h' },
    });
    expect(status).toBe(200);
    expect(body.message).toBe('Team created successfully');
    const team = body.team;
    expect(Object.keys(team).sort()).toEqual(TEAM_KEYS);
    expect(team).toEqual({
      id: expect.any(String),
      name: 'Platform',
      customer_id: customerId,
      profile: { tier: 'gold' },
      config: null,
      claims: null,
      calendar_aligned: false,
      config_hash: null,
      created_at: NOW,
      updated_at: NOW,
      budget_id: team.budget.id,
      budget: {
        id: expect.any(String),
        max_limit: 10,
        reset_duration: '1d',
        calendar_aligned: false,
        last_reset: NOW,
        current_usage: 0,
        config_hash: null,
        created_at: NOW,
        updated_at: NOW,
      },
      rate_limit_id: team.rate_limit.id,
      rate_limit: expect.objectContaining({ token_max_limit: 1000, token_reset_duration: '1h', request_max_limit: null }),
      virtual_keys: [],
    });
  });

  it.each([
    [{}, 'Team name is required', 'name'],
    [{ name: '  ' }, 'Team name is required', 'name'],
    [{ name: 'T', budget: { max_limit: -5, reset_duration: '1d' } }, 'Budget max_limit cannot be negative: -5.00', 'budget.max_limit'],
    [{ name: 'T', budget: { max_limit: 5, reset_duration: '1x' } }, 'Invalid reset duration format: 1x', 'budget.reset_duration'],
    [{ name: 'T', rate_limit: { request_max_limit: 5 } }, 'Invalid rate limit: rate limit request reset duration is required', 'rate_limit.request_reset_duration'],
  ])('scenarios 3-4: answers 400 for %j and creates nothing', async (input, message, param) => {
    const { status, body } = await rest(t, 'POST', '/teams', input);
    expect(status).toBe(400);
    expect(body).toEqual({ error: { message, param }, is_bifrost_error: false, status_code: 400 });
    expect(await rows()).toEqual({ teams: [], budgets: [], rateLimits: [] });
  });

  it('answers 400 for an unknown customer, a wrongly typed field and bad JSON', async () => {
    const unknown = await rest(t, 'POST', '/teams', { name: 'T', customer_id: 'nope' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toEqual({ message: 'Customer not found: nope', param: 'customer_id' });
    const wrongType = await rest(t, 'POST', '/teams', { name: 'T', calendar_aligned: 'yes' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.param).toBe('calendar_aligned');
    const badJson = await rest(t, 'POST', '/teams', '{"name": "T"');
    expect(badJson).toMatchObject({ status: 400, body: { error: { message: 'Invalid JSON' } } });
    expect(await teamCount()).toBe(0);
  });
});

describe('GET /teams', () => {
  it('scenario 6: filters by customer, always as an array', async () => {
    const c1 = await customer('C1');
    const c2 = await customer('C2');
    const t1 = await create({ name: 'T1', customer_id: c1 });
    await create({ name: 'T2', customer_id: c2 });
    const { status, body } = await rest(t, 'GET', `/teams?customer_id=${c1}`);
    expect(status).toBe(200);
    expect(body).toEqual({ teams: [t1], count: 1, total_count: 1, limit: 1, offset: 0 });
    const memory = await rest(t, 'GET', '/teams?from_memory=true');
    expect(Array.isArray(memory.body.teams)).toBe(true);
    expect(memory.body).toMatchObject({ count: 2, total_count: 2, limit: 2, offset: 0 });
    expect((await rest(t, 'GET', '/teams?customer_id=nobody')).body).toEqual({ teams: [], count: 0, total_count: 0, limit: 0, offset: 0 });
  });

  it('pages and searches by name, validating limit and offset', async () => {
    for (const name of ['alpha', 'beta', 'Alpine', 'gamma']) {
      await create({ name });
      t.clock.advance(1000);
    }
    const page = await rest(t, 'GET', '/teams?limit=2&offset=1');
    expect(page.body).toMatchObject({ count: 2, total_count: 4, limit: 2, offset: 1 });
    expect(page.body.teams.map((team: { name: string }) => team.name)).toEqual(['beta', 'Alpine']);
    const search = await rest(t, 'GET', '/teams?search=ALP');
    expect(search.body.teams.map((team: { name: string }) => team.name)).toEqual(['alpha', 'Alpine']);
    expect(search.body).toMatchObject({ count: 2, total_count: 2, limit: 25, offset: 0 });
    expect((await rest(t, 'GET', '/teams?limit=x')).body.error.message).toBe('Invalid limit parameter: must be a number');
    expect((await rest(t, 'GET', '/teams?offset=-2')).body.error.message).toBe('Invalid offset parameter: must be non-negative');
  });
});

describe('GET /teams/{team_id}', () => {
  it('returns the team with its virtual keys, or 404', async () => {
    const team = await create({ name: 'T' });
    // The key as its own reply shows it, less the owner it embeds there: a team's keys do not embed the team again.
    const { team: _team, customer: _customer, ...key } = (await rest(t, 'POST', '/virtual-keys', { name: 'vk', team_id: team.id }))
      .body.virtual_key;
    const { status, body } = await rest(t, 'GET', `/teams/${team.id}?from_memory=true`);
    expect(status).toBe(200);
    expect(body.team.virtual_keys).toEqual([key]);
    expect(await rest(t, 'GET', '/teams/nope')).toEqual({
      status: 404,
      body: { error: { message: 'Team not found' }, is_bifrost_error: false, status_code: 404 },
    });
  });
});

describe('PUT /teams/{team_id}', () => {
  async function teamWithUsage() {
    const team = await create({
      name: 'T',
      budget: { max_limit: 10, reset_duration: '1d' },
      rate_limit: { token_max_limit: 1000, token_reset_duration: '1h', request_max_limit: 10, request_reset_duration: '1m' },
    });
    await t.database.db.updateTable('budgets').set({ current_usage: 4 }).execute();
    await t.database.db.updateTable('rate_limits').set({ token_current_usage: 300, request_current_usage: 3 }).execute();
    t.clock.advance(1000);
    return team;
  }

  it('scenario 11: a partial budget updates in place and keeps usage', async () => {
    const team = await teamWithUsage();
    const { status, body } = await rest(t, 'PUT', `/teams/${team.id}`, { budget: { max_limit: 20 } });
    expect(status).toBe(200);
    expect(body.message).toBe('Team updated successfully');
    expect(body.team.budget).toMatchObject({ id: team.budget.id, max_limit: 20, reset_duration: '1d', current_usage: 4, last_reset: NOW });
    expect(body.team.budget_id).toBe(team.budget.id);
  });

  it('scenario 12: an empty budget object removes it, and /budgets no longer lists it', async () => {
    const team = await teamWithUsage();
    const { body } = await rest(t, 'PUT', `/teams/${team.id}`, { budget: {} });
    expect(body.team).toMatchObject({ budget: null, budget_id: null });
    expect((await rest(t, 'GET', '/budgets')).body).toEqual({ budgets: [], count: 0 });
  });

  it('scenario 13: absent (or null) budget and rate limit are untouched', async () => {
    const team = await teamWithUsage();
    const { body } = await rest(t, 'PUT', `/teams/${team.id}`, { name: 'T2', budget: null, rate_limit: null });
    expect(body.team).toMatchObject({ name: 'T2', budget: { id: team.budget.id, max_limit: 10, current_usage: 4 } });
    expect(body.team.rate_limit).toMatchObject({ id: team.rate_limit.id, token_max_limit: 1000, request_max_limit: 10 });
  });

  it('scenario 15: a rate limit is replaced whole, usage kept', async () => {
    const team = await teamWithUsage();
    const { body } = await rest(t, 'PUT', `/teams/${team.id}`, { rate_limit: { request_max_limit: 20, request_reset_duration: '1m' } });
    expect(body.team.rate_limit).toMatchObject({
      id: team.rate_limit.id,
      token_max_limit: null,
      token_reset_duration: null,
      token_current_usage: 300,
      request_max_limit: 20,
      request_reset_duration: '1m',
      request_current_usage: 3,
    });
  });

  it('customer_id "" detaches, absent keeps, a value moves the team', async () => {
    const c1 = await customer('C1');
    const c2 = await customer('C2');
    const team = await create({ name: 'T', customer_id: c1 });
    expect((await rest(t, 'PUT', `/teams/${team.id}`, { name: 'T1' })).body.team.customer_id).toBe(c1);
    expect((await rest(t, 'PUT', `/teams/${team.id}`, { customer_id: c2 })).body.team.customer_id).toBe(c2);
    expect((await rest(t, 'PUT', `/teams/${team.id}`, { customer_id: '' })).body.team.customer_id).toBeNull();
  });

  it('answers 400 without changing anything, and 404 for an unknown team', async () => {
    const team = await teamWithUsage();
    const before = await rows();
    const rejected = await rest(t, 'PUT', `/teams/${team.id}`, { name: 'renamed', budget: { max_limit: 0 } });
    expect(rejected.status).toBe(400);
    expect(rejected.body.error).toEqual({ message: 'budget max limit cannot be negative or zero', param: 'budget.max_limit' });
    const unknownCustomer = await rest(t, 'PUT', `/teams/${team.id}`, { name: 'renamed', customer_id: 'nope' });
    expect(unknownCustomer.status).toBe(400);
    expect(await rows()).toEqual(before);
    const missing = await rest(t, 'PUT', '/teams/nope', { name: 'x' });
    expect(missing).toMatchObject({ status: 404, body: { error: { message: 'Team not found' } } });
  });
});

describe('DELETE /teams/{team_id}', () => {
  it('scenario 40: deletes the team and its limits and detaches its virtual keys', async () => {
    const team = await create({ name: 'T', budget: { max_limit: 1, reset_duration: '1d' }, rate_limit: { request_max_limit: 1, request_reset_duration: '1m' } });
    const key = (await rest(t, 'POST', '/virtual-keys', { name: 'vk', team_id: team.id })).body.virtual_key;
    expect(await rest(t, 'DELETE', `/teams/${team.id}`)).toEqual({ status: 200, body: { message: 'Team deleted successfully' } });
    expect((await rest(t, 'GET', `/virtual-keys/${key.id}`)).body.virtual_key.team_id).toBeNull();
    expect((await rest(t, 'GET', '/budgets')).body.count).toBe(0);
    expect((await rest(t, 'GET', '/rate-limits')).body.count).toBe(0);
    expect(await rest(t, 'DELETE', `/teams/${team.id}`)).toMatchObject({ status: 404, body: { error: { message: 'Team not found' } } });
  });
});

describe('round trip', () => {
  it('REST writes are GraphQL reads and GraphQL writes are REST reads', async () => {
    const customerId = await customer('Acme');
    const team = await create({ name: 'From REST', customer_id: customerId, budget: { max_limit: 3, reset_duration: '1w' } });
    expect((await t.gqlOk(TeamByGraphQL, { id: team.id })).team).toEqual({
      name: 'From REST',
      customerId,
      budget: { maxLimit: 3, resetDuration: '1w' },
      rateLimit: null,
    });
    const graphqlId = (await t.gqlOk(CreateTeamByGraphQL, { customerId, profile: { tier: 'gold' } })).createTeam.id;
    expect((await rest(t, 'GET', `/teams/${graphqlId}`)).body.team).toMatchObject({
      name: 'From GraphQL',
      customer_id: customerId,
      profile: { tier: 'gold' },
    });
  });
});
