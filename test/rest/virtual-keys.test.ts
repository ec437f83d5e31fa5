import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';
import { seedHierarchy } from '../helpers/hierarchy.js';
import { rest } from '../helpers/rest.js';

const CreateProviderKey = graphql(`
  mutation RestVkProviderKey($provider: String!, $input: CreateProviderKeyInput!) {
    createProviderKey(provider: $provider, input: $input) { keyId }
  }
`);

const CreateMcpClient = graphql(`
  mutation RestVkMcpClient($name: String!) {
    createMcpClient(name: $name) { id }
  }
`);

const KeyByGraphQL = graphql(`
  query RestRoundTripVirtualKey($id: ID!) {
    virtualKey(id: $id) { name teamId budgets { maxLimit resetDuration } providerConfigs { provider allowedModels } }
  }
`);

const CreateKeyByGraphQL = graphql(`
  mutation RestRoundTripCreateVirtualKey($teamId: ID) {
    createVirtualKey(input: { name: "from-graphql", teamId: $teamId, providerConfigs: [{ provider: "openai", allowedModels: ["*"] }] }) {
      id
    }
  }
`);

const NOW = '2026-03-17T12:00:00.000Z';
const SECRET = 'sk-proj-abcdefghijklmnopqrstuvwxyz';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const KEY_FIELDS = [
  'budget', 'budget_id', 'budgets', 'calendar_aligned', 'config_hash', 'created_at', 'customer', 'customer_id', 'description',
  'id', 'is_active', 'mcp_configs', 'name', 'provider_configs', 'rate_limit', 'rate_limit_id', 'team', 'team_id', 'updated_at',
  'value',
];
/** A key's own columns: how the `virtual_keys` of an embedded customer show it. */
const KEY_SUMMARY_FIELDS = [
  'calendar_aligned', 'config_hash', 'created_at', 'customer_id', 'description', 'id', 'is_active', 'name', 'team_id',
  'updated_at', 'value',
];
const CONFIG_FIELDS = [
  'allow_all_keys', 'allowed_models', 'budget', 'budget_id', 'budgets', 'id', 'keys', 'provider', 'rate_limit',
  'rate_limit_id', 'virtual_key_id', 'weight',
];

let t: TestApp;

beforeEach(async () => {
  t = await makeTestApp();
});

afterEach(async () => {
  await t.close();
});

async function create(body: Record<string, unknown>) {
  const response = await rest(t, 'POST', '/virtual-keys', body);
  expect(response.status).toBe(200);
  return response.body.virtual_key;
}

async function update(id: string, body: Record<string, unknown>) {
  const response = await rest(t, 'PUT', `/virtual-keys/${id}`, body);
  expect(response.status).toBe(200);
  expect(response.body.message).toBe('Virtual key updated successfully');
  return response.body.virtual_key;
}

const team = async (name = 'T1'): Promise<string> => (await rest(t, 'POST', '/teams', { name })).body.team.id;
const customer = async (name = 'C1'): Promise<string> => (await rest(t, 'POST', '/customers', { name })).body.customer.id;

/** A single-key reply as the list shows the key: its customer without the customer's teams and keys. */
function listed(key: { customer: Record<string, unknown> | null }) {
  if (!key.customer) return key;
  const { teams: _teams, virtual_keys: _keys, ...customer } = key.customer;
  return { ...key, customer };
}

/** What a gateway would be told for a request with this key (spec §5.2). */
async function admission(value: string, provider = 'openai', model = 'gpt-4o') {
  const { body } = await rest(t, 'POST', '/usage/check', { virtual_key: value, provider, model });
  return body as { decision: string; status_code: number; reason: string };
}

/** Every row a virtual key write can touch, to show a rejected request changed nothing. */
const rows = async () => {
  const db = t.database.db;
  return {
    keys: await db.selectFrom('virtual_keys').selectAll().execute(),
    budgets: await db.selectFrom('budgets').selectAll().execute(),
    rateLimits: await db.selectFrom('rate_limits').selectAll().execute(),
    configs: await db.selectFrom('provider_configs').selectAll().execute(),
    mcp: await db.selectFrom('mcp_configs').selectAll().execute(),
  };
};

describe('POST /virtual-keys', () => {
  it('scenario 7: a minimal key is active, has a full sk-bf- value and may reach no provider', async () => {
    const { status, body } = await rest(t, 'POST', '/virtual-keys', { name: 'app' });
    expect(status).toBe(200);
    expect(body.message).toBe('Virtual key created successfully');
    const key = body.virtual_key;
    expect(Object.keys(key).sort()).toEqual(KEY_FIELDS);
    expect(key).toEqual({
      id: expect.stringMatching(UUID),
      name: 'app',
      value: expect.stringMatching(/^sk-bf-/),
      description: '',
      is_active: true,
      team_id: null,
      team: null,
      customer_id: null,
      customer: null,
      calendar_aligned: false,
      config_hash: null,
      created_at: NOW,
      updated_at: NOW,
      budgets: [],
      budget: null,
      budget_id: null,
      rate_limit: null,
      rate_limit_id: null,
      provider_configs: [],
      mcp_configs: [],
    });
    expect(key.value.slice('sk-bf-'.length)).toMatch(UUID);
    expect(key.value).toHaveLength(42);
    expect(await admission(key.value)).toMatchObject({ decision: 'provider_blocked', status_code: 403 });
  });

  it('creates a full key: budgets, rate limit, provider configs with redacted keys, MCP configs', async () => {
    const { keyId } = (await t.gqlOk(CreateProviderKey, {
      provider: 'openai',
      input: { name: 'main', value: { value: SECRET }, models: ['gpt-4o'] },
    })).createProviderKey;
    const fs = (await t.gqlOk(CreateMcpClient, { name: 'fs' })).createMcpClient;
    const teamId = await team();
    const key = await create({
      name: 'full',
      description: 'd',
      team_id: teamId,
      budgets: [{ max_limit: 5, reset_duration: '1d' }, { max_limit: 50, reset_duration: '1M' }],
      rate_limit: { request_max_limit: 10, request_reset_duration: '1m' },
      provider_configs: [
        {
          provider: 'openai',
          weight: 0.5,
          allowed_models: ['gpt-4o'],
          key_ids: [keyId],
          budget: { max_limit: 2, reset_duration: '1w' },
          rate_limit: { token_max_limit: 100, token_reset_duration: '1h' },
        },
        { provider: 'anthropic', allowed_models: ['*'], key_ids: ['*'] },
      ],
      mcp_configs: [{ mcp_client_name: 'fs', tools_to_execute: ['read_file'] }],
    });
    expect(key).toMatchObject({ description: 'd', team_id: teamId, budget_id: key.budgets[0].id, rate_limit_id: key.rate_limit.id });
    expect(key.budgets).toEqual([
      expect.objectContaining({ max_limit: 5, reset_duration: '1d', current_usage: 0, virtual_key_id: key.id }),
      expect.objectContaining({ max_limit: 50, reset_duration: '1M', virtual_key_id: key.id }),
    ]);
    expect(key.budget).toEqual(key.budgets[0]);
    const [openai, anthropic] = key.provider_configs;
    expect(Object.keys(openai).sort()).toEqual(CONFIG_FIELDS);
    expect(openai).toMatchObject({
      id: expect.any(Number),
      virtual_key_id: key.id,
      provider: 'openai',
      weight: 0.5,
      allowed_models: ['gpt-4o'],
      allow_all_keys: false,
      budgets: [{ max_limit: 2, reset_duration: '1w', provider_config_id: openai.id }],
      budget: { max_limit: 2, provider_config_id: openai.id },
      budget_id: openai.budgets[0].id,
      rate_limit: { token_max_limit: 100, token_reset_duration: '1h', request_max_limit: null },
      rate_limit_id: openai.rate_limit.id,
    });
    expect(openai.keys).toHaveLength(1);
    expect(openai.keys[0]).toMatchObject({
      key_id: keyId,
      name: 'main',
      provider: 'openai',
      value: { value: `sk-p${'*'.repeat(24)}wxyz`, env_var: '', from_env: false },
      azure_endpoint: null,
    });
    expect(anthropic).toMatchObject({ provider: 'anthropic', weight: null, allow_all_keys: true, keys: [], budgets: [], budget: null, rate_limit: null });
    expect(key.mcp_configs).toEqual([
      { id: expect.any(Number), virtual_key_id: key.id, mcp_client_id: fs.id, mcp_client_name: 'fs', tools_to_execute: ['read_file'] },
    ]);
    expect(JSON.stringify(key)).not.toContain(SECRET);
    expect(await admission(key.value)).toMatchObject({ decision: 'allow', status_code: 200 });
  });

  it('accepts the legacy single budget as a one-element budgets list', async () => {
    const key = await create({ name: 'legacy', budget: { max_limit: 3, reset_duration: '1d' } });
    expect(key.budgets).toEqual([expect.objectContaining({ max_limit: 3, reset_duration: '1d' })]);
    expect(key.budget_id).toBe(key.budgets[0].id);
  });

  it.each([
    ['empty name first', { name: ' ', team_id: 'a', customer_id: 'b' }, 'Virtual key name is required', 'name'],
    ['missing name', {}, 'Virtual key name is required', 'name'],
    [
      'scenario 8: both parents before budgets',
      { name: 'x', team_id: 'T1', customer_id: 'C1', budgets: [{ max_limit: -1, reset_duration: '1x' }] },
      'VirtualKey cannot be attached to both Team and Customer',
      'customer_id',
    ],
    ['negative budget', { name: 'x', budgets: [{ max_limit: -5, reset_duration: '1x' }] }, 'Budget max_limit cannot be negative: -5.00', 'budgets.0.max_limit'],
    ['bad duration', { name: 'x', budgets: [{ max_limit: 5, reset_duration: '1x' }] }, 'Invalid reset duration format: 1x', 'budgets.0.reset_duration'],
    [
      'scenario 9: duplicate durations',
      { name: 'x', budgets: [{ max_limit: 5, reset_duration: '1d' }, { max_limit: 9, reset_duration: '1d' }] },
      'Duplicate reset_duration in budgets: 1d',
      'budgets.1.reset_duration',
    ],
    ['zero budget', { name: 'x', budgets: [{ max_limit: 0, reset_duration: '1d' }] }, 'budget max limit cannot be negative or zero', 'budgets.0.max_limit'],
    [
      'rate limit',
      { name: 'x', rate_limit: { token_max_limit: 0, token_reset_duration: '1h' } },
      'Invalid rate limit: rate limit token max limit cannot be negative or zero: 0',
      'rate_limit.token_max_limit',
    ],
    [
      'duplicate MCP client',
      { name: 'x', mcp_configs: [{ mcp_client_name: 'fs' }, { mcp_client_name: 'fs' }] },
      'duplicate mcp_client_name: fs',
      'mcp_configs.1.mcp_client_name',
    ],
    ['unknown team', { name: 'x', team_id: 'nope' }, 'Team not found: nope', 'team_id'],
    ['unknown customer', { name: 'x', customer_id: 'nope' }, 'Customer not found: nope', 'customer_id'],
  ])('answers 400 in Bifrost\'s order (%s) and creates nothing', async (_case, input, message, param) => {
    const { status, body } = await rest(t, 'POST', '/virtual-keys', input);
    expect(status).toBe(400);
    expect(body).toEqual({ error: { message, param }, is_bifrost_error: false, status_code: 400 });
    expect((await rows()).keys).toEqual([]);
  });

  it('answers 400 for a duplicate name, a wrongly typed field and bad JSON', async () => {
    await create({ name: 'taken' });
    const before = await rows();
    const duplicate = await rest(t, 'POST', '/virtual-keys', { name: 'taken' });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.error.message).toBe('Virtual key name already exists: taken');
    const wrongType = await rest(t, 'POST', '/virtual-keys', { name: 'x', is_active: 'yes' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.param).toBe('is_active');
    expect((await rest(t, 'POST', '/virtual-keys', '{"name":')).body.error.message).toBe('Invalid JSON');
    const failedLate = await rest(t, 'POST', '/virtual-keys', {
      name: 'late',
      budgets: [{ max_limit: 5, reset_duration: '1d' }],
      provider_configs: [{ provider: 'openai', key_ids: ['not-a-key'] }],
    });
    expect(failedLate.status).toBe(400);
    expect(await rows()).toEqual(before);
  });
});

describe('GET /virtual-keys', () => {
  it('filters by team and customer, oldest first', async () => {
    const teamId = await team();
    const customerId = await customer();
    const inTeam = await create({ name: 'in-team', team_id: teamId });
    t.clock.advance(1000);
    const inCustomer = await create({ name: 'in-customer', customer_id: customerId });
    t.clock.advance(1000);
    const loose = await create({ name: 'loose' });
    const all = await rest(t, 'GET', '/virtual-keys?from_memory=true');
    expect(all.body).toEqual({ virtual_keys: [inTeam, listed(inCustomer), loose], count: 3, total_count: 3, limit: 3, offset: 0 });
    expect((await rest(t, 'GET', `/virtual-keys?team_id=${teamId}`)).body.virtual_keys).toEqual([inTeam]);
    expect((await rest(t, 'GET', `/virtual-keys?customer_id=${customerId}`)).body).toMatchObject({
      virtual_keys: [listed(inCustomer)],
      total_count: 1,
    });
  });

  it('scenario 44: validates and applies limit, offset and search', async () => {
    for (const name of ['k1', 'k2', 'other', 'k3']) {
      await create({ name });
      t.clock.advance(1000);
    }
    const bad = await rest(t, 'GET', '/virtual-keys?limit=abc');
    expect(bad).toEqual({
      status: 400,
      body: { error: { message: 'Invalid limit parameter: must be a number', param: 'limit' }, is_bifrost_error: false, status_code: 400 },
    });
    expect((await rest(t, 'GET', '/virtual-keys?offset=-1')).body.error.message).toBe('Invalid offset parameter: must be non-negative');
    const page = await rest(t, 'GET', '/virtual-keys?limit=2&offset=2');
    expect(page.body).toMatchObject({ count: 2, total_count: 4, limit: 2, offset: 2 });
    expect(page.body.virtual_keys.map((key: { name: string }) => key.name)).toEqual(['other', 'k3']);
    const search = await rest(t, 'GET', '/virtual-keys?search=K');
    expect(search.body.virtual_keys.map((key: { name: string }) => key.name)).toEqual(['k1', 'k2', 'k3']);
  });
});

describe('GET /virtual-keys/{vk_id}', () => {
  it('returns the key; the literal /virtual-keys/quota route still wins', async () => {
    const key = await create({ name: 'app' });
    expect(await rest(t, 'GET', `/virtual-keys/${key.id}?from_memory=true`)).toEqual({ status: 200, body: { virtual_key: key } });
    const quota = await t.app.fetch('http://test/api/governance/virtual-keys/quota', { headers: { 'x-bf-vk': key.value } });
    expect(quota.status).toBe(200);
    expect(await quota.json()).toMatchObject({ virtual_key_name: 'app', is_active: true });
  });

  it('scenario 10: answers 404 for an unknown key on GET, PUT and DELETE', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const response = await rest(t, method, '/virtual-keys/does-not-exist', method === 'PUT' ? { description: 'd' } : undefined);
      expect(response).toEqual({
        status: 404,
        body: { error: { message: 'Virtual key not found' }, is_bifrost_error: false, status_code: 404 },
      });
    }
  });
});

describe('owners embedded in virtual key replies', () => {
  /** A team as GET /teams/{id} shows it, without its virtual_keys (the seed drops them inside a key). */
  async function teamSummary(id: string) {
    const { virtual_keys: _keys, ...team } = (await rest(t, 'GET', `/teams/${id}`)).body.team;
    return team;
  }

  /** A customer as GET /customers/{id} shows it, its teams and keys one level deep (no relations of their own). */
  async function customerDetail(id: string) {
    const customer = (await rest(t, 'GET', `/customers/${id}`)).body.customer;
    return {
      ...customer,
      teams: customer.teams.map(({ virtual_keys: _keys, ...team }: Record<string, unknown>) => team),
      virtual_keys: customer.virtual_keys.map((key: Record<string, unknown>) =>
        Object.fromEntries(KEY_SUMMARY_FIELDS.map((field) => [field, key[field]]))),
    };
  }

  const limits = {
    budget: { max_limit: 10, reset_duration: '1M' },
    rate_limit: { request_max_limit: 5, request_reset_duration: '1m' },
  };

  it('a team key embeds its team with its limits, without its keys or customer, and no customer', async () => {
    const customerId = await customer();
    const teamId = (await rest(t, 'POST', '/teams', { name: 'T1', customer_id: customerId, ...limits })).body.team.id;
    const key = await create({ name: 'in-team', team_id: teamId });
    await create({ name: 'teammate', team_id: teamId });
    const { virtual_key: got } = (await rest(t, 'GET', `/virtual-keys/${key.id}`)).body;
    expect(got.team).toEqual(await teamSummary(teamId));
    expect(got.team).toMatchObject({
      id: teamId,
      name: 'T1',
      customer_id: customerId,
      budget: { max_limit: 10, reset_duration: '1M' },
      budget_id: got.team.budget.id,
      rate_limit: { request_max_limit: 5 },
      rate_limit_id: got.team.rate_limit.id,
    });
    expect(got.team).not.toHaveProperty('virtual_keys');
    expect(got.team).not.toHaveProperty('customer');
    expect(got.customer).toBeNull();
    expect(got).toEqual(key);
  });

  it('a customer key embeds its customer with its teams and keys, whose entries embed nothing', async () => {
    const customerId = (await rest(t, 'POST', '/customers', { name: 'C1', ...limits })).body.customer.id;
    const teamId = (await rest(t, 'POST', '/teams', { name: 'T1', customer_id: customerId, ...limits })).body.team.id;
    await create({ name: 'in-team', team_id: teamId });
    const sibling = await create({
      name: 'sibling',
      customer_id: customerId,
      budgets: [{ max_limit: 5, reset_duration: '1d' }],
      provider_configs: [{ provider: 'openai', allowed_models: ['*'] }],
    });
    t.clock.advance(1000);
    const key = await create({ name: 'mine', customer_id: customerId });
    const { virtual_key: got } = (await rest(t, 'GET', `/virtual-keys/${key.id}`)).body;
    expect(got.team).toBeNull();
    expect(got.customer).toEqual(await customerDetail(customerId));
    expect(got.customer).toMatchObject({ id: customerId, name: 'C1', budget: { max_limit: 10 }, budget_id: got.customer.budget.id });
    expect(got.customer.teams).toEqual([await teamSummary(teamId)]);
    expect(got.customer.virtual_keys.map((entry: { name: string }) => entry.name)).toEqual(['sibling', 'mine']);
    for (const entry of got.customer.virtual_keys) expect(Object.keys(entry).sort()).toEqual(KEY_SUMMARY_FIELDS);
    expect(got.customer.virtual_keys[0]).toMatchObject({ id: sibling.id, value: sibling.value, customer_id: customerId });
    expect(got).toEqual(key);
  });

  it('a key with neither owner embeds team null and customer null, also from memory', async () => {
    const key = await create({ name: 'loose' });
    expect(key).toMatchObject({ team: null, customer: null });
    expect((await rest(t, 'GET', `/virtual-keys/${key.id}?from_memory=true`)).body.virtual_key).toEqual(key);
  });

  it('the list, from the database or from memory, embeds each key\'s owner without the customer\'s children', async () => {
    const customerId = (await rest(t, 'POST', '/customers', { name: 'C1', ...limits })).body.customer.id;
    const teamId = (await rest(t, 'POST', '/teams', { name: 'T1', customer_id: customerId, ...limits })).body.team.id;
    const inTeam = await create({ name: 'in-team', team_id: teamId });
    t.clock.advance(1000);
    const inCustomer = await create({ name: 'in-customer', customer_id: customerId });
    t.clock.advance(1000);
    const loose = await create({ name: 'loose' });
    const { teams: _teams, virtual_keys: _keys, ...customerAlone } = await customerDetail(customerId);
    for (const query of ['', '?from_memory=true', '?limit=10']) {
      const [team, owned, none] = (await rest(t, 'GET', `/virtual-keys${query}`)).body.virtual_keys;
      expect(team).toEqual({ ...inTeam, team: await teamSummary(teamId) });
      expect(owned).toEqual({ ...inCustomer, customer: customerAlone });
      expect(owned.customer).not.toHaveProperty('teams');
      expect(none).toEqual(loose);
    }
  });

  it('create and update replies embed the owner as the single-key read does', async () => {
    const customerId = await customer();
    const teamId = await team();
    const created = await create({ name: 'v', customer_id: customerId });
    expect(created.customer).toEqual(await customerDetail(customerId));
    expect(created.customer.virtual_keys).toEqual([expect.objectContaining({ id: created.id, name: 'v' })]);
    const moved = await update(created.id, { team_id: teamId });
    expect(moved).toMatchObject({ team: await teamSummary(teamId), customer: null });
    expect(moved).toEqual((await rest(t, 'GET', `/virtual-keys/${created.id}`)).body.virtual_key);
    const back = await update(created.id, { customer_id: customerId, description: 'd' });
    expect(back).toMatchObject({ team: null, customer: await customerDetail(customerId) });
    expect(await update(created.id, { description: 'detached' })).toMatchObject({ team: null, customer: null });
  });

  describe('statements', () => {
    const shape = (customers: number) => ({ customers, teamsPerCustomer: 3, keysPerTeam: 4, configsPerKey: 2, providerKeysPerConfig: 2 });

    /** Seeds a hierarchy and moves every other team key up to its team's customer: owners of both kinds. */
    function seed(customers: number) {
      seedHierarchy(t.database.sqlite, shape(customers));
      t.database.sqlite.exec(`
        update virtual_keys set customer_id = (select customer_id from teams where teams.id = virtual_keys.team_id), team_id = null
        where team_id is not null and rowid % 2 = 0`);
    }

    async function measured(path: string) {
      t.resetStatements();
      const { status, body } = await rest(t, 'GET', path);
      expect(status).toBe(200);
      return { body, statements: t.statements.length };
    }

    it('reads a list of keys with their owners in a number of statements that does not grow with the keys', async () => {
      seed(1);
      const small = await measured('/virtual-keys');
      seed(5);
      const large = await measured('/virtual-keys');
      expect([small.body.count, large.body.count]).toEqual([12, 72]);
      expect(large.statements).toBe(small.statements);
      const keys: Array<{ team: { id: string } | null; customer: { id: string } | null; team_id: string | null; customer_id: string | null }> =
        large.body.virtual_keys;
      expect(keys.filter((key) => key.team).length).toBe(36);
      expect(keys.filter((key) => key.customer).length).toBe(36);
      expect(keys.every((key) => (key.team?.id ?? null) === key.team_id && (key.customer?.id ?? null) === key.customer_id)).toBe(true);
    });

    it('reads one key with its customer\'s teams and keys in a number of statements that does not grow with them', async () => {
      seed(1);
      const keyOf = () =>
        t.database.sqlite.prepare('select id from virtual_keys where customer_id is not null order by rowid desc limit 1').pluck().get() as string;
      const small = await measured(`/virtual-keys/${keyOf()}`);
      // The newest customer gets three times the teams and keys: same statements.
      seedHierarchy(t.database.sqlite, { ...shape(1), teamsPerCustomer: 9 });
      t.database.sqlite.exec(`
        update virtual_keys set customer_id = (select customer_id from teams where teams.id = virtual_keys.team_id), team_id = null
        where team_id is not null and rowid % 2 = 0`);
      const large = await measured(`/virtual-keys/${keyOf()}`);
      expect(small.body.virtual_key.customer.teams).toHaveLength(3);
      expect(large.body.virtual_key.customer.teams).toHaveLength(9);
      expect(large.body.virtual_key.customer.virtual_keys).toHaveLength(18);
      expect(large.statements).toBe(small.statements);
    });
  });
});

describe('PUT /virtual-keys/{vk_id}', () => {
  it('scenario 16: merges a sent rate limit field by field, keeping usage', async () => {
    const teamId = await team();
    const key = await create({
      name: 'v',
      team_id: teamId,
      rate_limit: { token_max_limit: 1000, token_reset_duration: '1h', request_max_limit: 10, request_reset_duration: '1m' },
    });
    await t.database.db.updateTable('rate_limits').set({ token_current_usage: 300, request_current_usage: 3 }).execute();
    const updated = await update(key.id, { team_id: teamId, rate_limit: { request_max_limit: 20 } });
    expect(updated.rate_limit).toMatchObject({
      id: key.rate_limit.id,
      token_max_limit: 1000,
      token_reset_duration: '1h',
      token_current_usage: 300,
      request_max_limit: 20,
      request_reset_duration: '1m',
      request_current_usage: 3,
    });
    expect(updated.team_id).toBe(teamId);
  });

  it('scenario 17: a body naming no parent detaches the key from both', async () => {
    const teamId = await team();
    const customerId = await customer();
    const inTeam = await create({ name: 'in-team', team_id: teamId });
    expect(await update(inTeam.id, { description: 'd' })).toMatchObject({ description: 'd', team_id: null, customer_id: null });
    const inCustomer = await create({ name: 'in-customer', customer_id: customerId });
    expect(await update(inCustomer.id, { team_id: null, customer_id: null })).toMatchObject({ team_id: null, customer_id: null });
  });

  it('moves between parents: the parent sent is kept, the other cleared; "" clears', async () => {
    const teamId = await team();
    const customerId = await customer();
    const key = await create({ name: 'v', team_id: teamId });
    expect(await update(key.id, { customer_id: customerId })).toMatchObject({ team_id: null, customer_id: customerId });
    expect(await update(key.id, { team_id: teamId })).toMatchObject({ team_id: teamId, customer_id: null });
    expect(await update(key.id, { team_id: '' })).toMatchObject({ team_id: null, customer_id: null });
    const both = await rest(t, 'PUT', `/virtual-keys/${key.id}`, { team_id: teamId, customer_id: customerId });
    expect(both.status).toBe(400);
    expect(both.body.error.message).toBe('Failed to update virtual key: VirtualKey cannot be attached to both Team and Customer');
  });

  it('ignores value and id in the body', async () => {
    const key = await create({ name: 'v' });
    const updated = await update(key.id, { id: 'other', value: 'sk-bf-mine', name: 'renamed' });
    expect(updated).toMatchObject({ id: key.id, value: key.value, name: 'renamed' });
  });

  it('scenario 18: reconciles provider configs by id; unmentioned configs go with their limits', async () => {
    const teamId = await team();
    const key = await create({
      name: 'v',
      team_id: teamId,
      provider_configs: [
        { provider: 'openai', allowed_models: ['*'], weight: 2 },
        { provider: 'anthropic', allowed_models: ['*'], budgets: [{ max_limit: 5, reset_duration: '1d' }], rate_limit: { request_max_limit: 5, request_reset_duration: '1m' } },
      ],
    });
    const [openai] = key.provider_configs;
    const updated = await update(key.id, {
      team_id: teamId,
      provider_configs: [
        { id: openai.id, provider: 'openai', allowed_models: ['gpt-4o'], weight: 1 },
        { provider: 'gemini', allowed_models: ['*'] },
      ],
    });
    expect(updated.provider_configs).toEqual([
      expect.objectContaining({ id: openai.id, provider: 'openai', allowed_models: ['gpt-4o'], weight: 1 }),
      expect.objectContaining({ id: expect.any(Number), provider: 'gemini', allowed_models: ['*'], weight: null }),
    ]);
    expect(updated.provider_configs[1].id).not.toBe(key.provider_configs[1].id);
    expect((await rest(t, 'GET', '/budgets')).body.count).toBe(0);
    expect((await rest(t, 'GET', '/rate-limits')).body.count).toBe(0);
  });

  it('scenario 19: a foreign provider config id is refused with the update prefix, changing nothing', async () => {
    const key = await create({ name: 'v', provider_configs: [{ provider: 'openai', allowed_models: ['*'] }] });
    const before = await rows();
    const { status, body } = await rest(t, 'PUT', `/virtual-keys/${key.id}`, {
      name: 'renamed',
      budgets: [{ max_limit: 5, reset_duration: '1d' }],
      provider_configs: [{ id: 999, provider: 'openai' }],
    });
    expect(status).toBe(400);
    expect(body.error.message).toBe('Failed to update virtual key: provider config 999 does not belong to this virtual key');
    expect(await rows()).toEqual(before);
  });

  it('prefixes every validation failure, and refuses a duplicate name', async () => {
    const key = await create({ name: 'v' });
    await create({ name: 'taken' });
    const before = await rows();
    const negative = await rest(t, 'PUT', `/virtual-keys/${key.id}`, { budgets: [{ max_limit: -5, reset_duration: '1d' }] });
    expect(negative.status).toBe(400);
    expect(negative.body.error).toEqual({
      message: 'Failed to update virtual key: Budget max_limit cannot be negative: -5.00',
      param: 'budgets.0.max_limit',
    });
    const duplicate = await rest(t, 'PUT', `/virtual-keys/${key.id}`, { name: 'taken' });
    expect(duplicate.body.error.message).toBe('Failed to update virtual key: Virtual key name already exists: taken');
    const wrongType = await rest(t, 'PUT', `/virtual-keys/${key.id}`, { is_active: 'no' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.param).toBe('is_active');
    expect((await rest(t, 'PUT', `/virtual-keys/${key.id}`, '{')).body.error.message).toBe('Invalid JSON');
    expect(await rows()).toEqual(before);
  });

  it('scenarios 20-21: [] denies every provider; allowed_models [] denies every model', async () => {
    const key = await create({ name: 'v', provider_configs: [{ provider: 'openai', allowed_models: ['*'] }] });
    expect(await admission(key.value)).toMatchObject({ decision: 'allow' });
    expect((await update(key.id, { provider_configs: [] })).provider_configs).toEqual([]);
    expect(await admission(key.value)).toMatchObject({ decision: 'provider_blocked', status_code: 403 });
    await update(key.id, { provider_configs: [{ provider: 'openai', allowed_models: [] }] });
    expect(await admission(key.value)).toMatchObject({
      decision: 'model_blocked',
      status_code: 403,
      reason: "Model 'gpt-4o' is not allowed for this virtual key",
    });
  });

  it('scenario 22: an inactive key is blocked, and its quota says so', async () => {
    const teamId = await team();
    const key = await create({ name: 'v', team_id: teamId, provider_configs: [{ provider: 'openai', allowed_models: ['*'] }] });
    expect(await update(key.id, { is_active: false, team_id: teamId })).toMatchObject({ is_active: false, team_id: teamId });
    expect(await admission(key.value)).toMatchObject({ decision: 'virtual_key_blocked', status_code: 403 });
    const quota = await t.app.fetch('http://test/api/governance/virtual-keys/quota', { headers: { authorization: `Bearer ${key.value}` } });
    expect(quota.status).toBe(200);
    expect(await quota.json()).toMatchObject({ is_active: false });
  });

  it('scenario 23: reconciles budgets by duration, keeping usage of kept durations', async () => {
    const key = await create({ name: 'v', budgets: [{ max_limit: 5, reset_duration: '1d' }, { max_limit: 50, reset_duration: '1M' }] });
    const [daily, monthly] = key.budgets;
    await t.database.db.updateTable('budgets').set({ current_usage: 3 }).where('id', '=', daily.id).execute();
    await t.database.db.updateTable('budgets').set({ current_usage: 30 }).where('id', '=', monthly.id).execute();
    const updated = await update(key.id, { budgets: [{ max_limit: 8, reset_duration: '1d' }, { max_limit: 100, reset_duration: '1w' }] });
    expect(updated.budgets).toEqual([
      expect.objectContaining({ id: daily.id, max_limit: 8, reset_duration: '1d', current_usage: 3 }),
      expect.objectContaining({ max_limit: 100, reset_duration: '1w', current_usage: 0 }),
    ]);
    const listed = (await rest(t, 'GET', '/budgets')).body.budgets.map((budget: { id: string }) => budget.id);
    expect(listed).not.toContain(monthly.id);
  });

  it('scenario 29: switching calendar alignment on restarts usage once', async () => {
    const teamId = await team();
    const key = await create({ name: 'v', team_id: teamId, budgets: [{ max_limit: 10, reset_duration: '1d' }] });
    await t.database.db.updateTable('budgets').set({ current_usage: 4 }).execute();
    const aligned = await update(key.id, { calendar_aligned: true, team_id: teamId });
    expect(aligned.calendar_aligned).toBe(true);
    expect(aligned.budgets[0]).toMatchObject({ current_usage: 0, last_reset: '2026-03-17T00:00:00.000Z' });
    await t.database.db.updateTable('budgets').set({ current_usage: 2 }).execute();
    const again = await update(key.id, { calendar_aligned: true, team_id: teamId });
    expect(again.budgets[0]).toMatchObject({ current_usage: 2, last_reset: '2026-03-17T00:00:00.000Z' });
  });

  it('scenario 43: MCP configs start empty, are granted by client name, and refuse duplicates', async () => {
    await t.gqlOk(CreateMcpClient, { name: 'fs' });
    const teamId = await team();
    const key = await create({ name: 'v', mcp_configs: [] });
    expect(key.mcp_configs).toEqual([]);
    const granted = await update(key.id, { mcp_configs: [{ mcp_client_name: 'fs', tools_to_execute: ['read_file'] }], team_id: teamId });
    expect(granted.mcp_configs).toEqual([
      expect.objectContaining({ virtual_key_id: key.id, mcp_client_name: 'fs', tools_to_execute: ['read_file'] }),
    ]);
    const duplicate = await rest(t, 'PUT', `/virtual-keys/${key.id}`, {
      mcp_configs: [{ mcp_client_name: 'fs' }, { mcp_client_name: 'fs' }],
      team_id: teamId,
    });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.error.message).toBe('Failed to update virtual key: duplicate mcp_client_name: fs');
    const unknown = await rest(t, 'PUT', `/virtual-keys/${key.id}`, { mcp_configs: [{ mcp_client_name: 'nope' }], team_id: teamId });
    expect(unknown.body.error.message).toBe('Failed to update virtual key: MCP client not found: nope');
    expect((await rest(t, 'GET', `/virtual-keys/${key.id}`)).body.virtual_key.mcp_configs).toEqual(granted.mcp_configs);
  });
});

describe('DELETE /virtual-keys/{vk_id}', () => {
  it('scenario 41: deletes the key with its budgets, rate limit, provider and MCP configs', async () => {
    await t.gqlOk(CreateMcpClient, { name: 'fs' });
    const key = await create({
      name: 'v',
      budgets: [{ max_limit: 5, reset_duration: '1d' }],
      rate_limit: { request_max_limit: 5, request_reset_duration: '1m' },
      provider_configs: [{ provider: 'openai', allowed_models: ['*'], budget: { max_limit: 1, reset_duration: '1d' }, rate_limit: { request_max_limit: 1, request_reset_duration: '1m' } }],
      mcp_configs: [{ mcp_client_name: 'fs', tools_to_execute: ['*'] }],
    });
    expect((await rest(t, 'GET', '/budgets')).body.count).toBe(2);
    expect(await rest(t, 'DELETE', `/virtual-keys/${key.id}`)).toEqual({ status: 200, body: { message: 'Virtual key deleted successfully' } });
    expect((await rest(t, 'GET', '/budgets')).body).toEqual({ budgets: [], count: 0 });
    expect((await rest(t, 'GET', '/rate-limits')).body).toEqual({ rate_limits: [], count: 0 });
    expect(await rows()).toEqual({ keys: [], budgets: [], rateLimits: [], configs: [], mcp: [] });
    expect((await rest(t, 'DELETE', `/virtual-keys/${key.id}`)).status).toBe(404);
  });
});

describe('auth and round trip', () => {
  it('scenario 42: a virtual key cannot manage keys; an unknown key gets a plain 401 from the quota', async () => {
    const key = await create({ name: 'v' });
    expect((await rest(t, 'GET', '/virtual-keys', undefined, key.value)).status).toBe(403);
    expect((await rest(t, 'POST', '/virtual-keys', { name: 'x' }, null)).status).toBe(401);
    const quota = await t.app.fetch('http://test/api/governance/virtual-keys/quota', { headers: { 'x-bf-vk': 'sk-bf-unknown' } });
    expect(quota.status).toBe(401);
    expect(await quota.json()).toEqual({ error: expect.any(String) });
  });

  it('REST writes are GraphQL reads and GraphQL writes are REST reads', async () => {
    const teamId = await team();
    const key = await create({
      name: 'from-rest',
      team_id: teamId,
      budgets: [{ max_limit: 4, reset_duration: '1w' }],
      provider_configs: [{ provider: 'anthropic', allowed_models: ['claude-3'] }],
    });
    expect((await t.gqlOk(KeyByGraphQL, { id: key.id })).virtualKey).toEqual({
      name: 'from-rest',
      teamId,
      budgets: [{ maxLimit: 4, resetDuration: '1w' }],
      providerConfigs: [{ provider: 'anthropic', allowedModels: ['claude-3'] }],
    });
    const graphqlId = (await t.gqlOk(CreateKeyByGraphQL, { teamId })).createVirtualKey.id;
    expect((await rest(t, 'GET', `/virtual-keys/${graphqlId}`)).body.virtual_key).toMatchObject({
      name: 'from-graphql',
      team_id: teamId,
      provider_configs: [{ provider: 'openai', allowed_models: ['*'], virtual_key_id: graphqlId }],
    });
  });
});
