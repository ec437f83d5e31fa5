import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';
import { rest } from '../helpers/rest.js';

const ModelConfigByGraphQL = graphql(`
  query RestRoundTripModelConfig($id: ID!) {
    modelConfig(id: $id) { modelName provider budgets { maxLimit resetDuration } rateLimit { requestMaxLimit } }
  }
`);

const CreateTeamForModelConfig = graphql(`
  mutation RestModelConfigTeam {
    createTeam(input: { name: "Platform" }) { id }
  }
`);

const CreateModelConfigByGraphQL = graphql(`
  mutation RestRoundTripCreateModelConfig {
    createModelConfig(input: { modelName: "claude-3", provider: "anthropic", budgets: [{ maxLimit: 9, resetDuration: "1w" }] }) {
      id
    }
  }
`);

const NOW = '2026-03-17T12:00:00.000Z';

const BUDGET_KEYS = [
  'calendar_aligned', 'config_hash', 'created_at', 'current_usage', 'id', 'last_reset', 'max_limit',
  'model_config_id', 'reset_duration', 'updated_at',
];

let t: TestApp;

beforeEach(async () => {
  t = await makeTestApp();
});

afterEach(async () => {
  await t.close();
});

async function create(body: Record<string, unknown>) {
  const response = await rest(t, 'POST', '/model-configs', body);
  expect(response.status).toBe(200);
  return response.body.model_config;
}

const count = async () => (await rest(t, 'GET', '/model-configs')).body.total_count as number;

describe('POST /model-configs', () => {
  it('creates a config with budgets and a rate limit, in the seed\'s shape', async () => {
    const { status, body } = await rest(t, 'POST', '/model-configs', {
      model_name: 'gpt-4o',
      provider: 'openai',
      budgets: [{ max_limit: 10, reset_duration: '1d' }, { max_limit: 100, reset_duration: '1M' }],
      rate_limit: { request_max_limit: 60, request_reset_duration: '1m' },
    });
    expect(status).toBe(200);
    expect(body.message).toBe('Model config created successfully');
    const config = body.model_config;
    expect(config).toMatchObject({
      id: expect.any(String),
      model_name: 'gpt-4o',
      provider: 'openai',
      scope: 'global',
      scope_id: null,
      scope_name: null,
      calendar_aligned: false,
      created_at: NOW,
      updated_at: NOW,
      budget_id: config.budgets[0].id,
      rate_limit_id: config.rate_limit.id,
      rate_limit: { request_max_limit: 60, request_reset_duration: '1m', request_current_usage: 0, token_max_limit: null },
    });
    expect(config.budgets).toEqual([
      expect.objectContaining({ max_limit: 10, reset_duration: '1d', current_usage: 0, model_config_id: config.id }),
      expect.objectContaining({ max_limit: 100, reset_duration: '1M', current_usage: 0, model_config_id: config.id }),
    ]);
    expect(Object.keys(config.budgets[0]).sort()).toEqual(BUDGET_KEYS);
    expect(config.budget).toEqual(config.budgets[0]);
  });

  it('accepts the legacy single budget as a one-element budgets list', async () => {
    const config = await create({ model_name: 'gpt-4o', budget: { max_limit: 3, reset_duration: '1d' } });
    expect(config).toMatchObject({ provider: null, budgets: [{ max_limit: 3, reset_duration: '1d' }], budget: { max_limit: 3 } });
  });

  it('names a scope owner and shows its name', async () => {
    const team = (await t.gqlOk(CreateTeamForModelConfig)).createTeam;
    const config = await create({ model_name: 'gpt-4o', scope: 'team', scope_id: team.id });
    expect(config).toMatchObject({ scope: 'team', scope_id: team.id, scope_name: 'Platform', budgets: [], budget: null });
  });

  it('scenario 30: answers 409 for a duplicate, with or without provider', async () => {
    await create({ model_name: 'gpt-4o', provider: 'openai' });
    const second = await rest(t, 'POST', '/model-configs', { model_name: 'gpt-4o', provider: 'openai' });
    expect(second).toEqual({
      status: 409,
      body: {
        error: { message: "Model config for model 'gpt-4o' with provider 'openai' already exists" },
        is_bifrost_error: false,
        status_code: 409,
      },
    });
    await create({ model_name: 'gpt-4o' });
    const global = await rest(t, 'POST', '/model-configs', { model_name: 'gpt-4o' });
    expect(global.status).toBe(409);
    expect(global.body.error.message).toBe("Model config for model 'gpt-4o' (global) already exists");
    expect(await count()).toBe(2);
  });

  it.each([
    [{}, 'Model name is required', 'model_name'],
    [{ model_name: 'm', budget: { max_limit: -5, reset_duration: '1d' } }, 'Budget max_limit cannot be negative: -5.00', 'budget.max_limit'],
    [{ model_name: 'm', budgets: [{ max_limit: 5, reset_duration: '1x' }] }, 'Invalid reset duration format: 1x', 'budgets.0.reset_duration'],
    [{ model_name: 'm', scope: 'team' }, 'scope_id field is required when scope is not global', 'scope_id'],
  ])('answers 400 for %j and creates nothing', async (input, message, param) => {
    const { status, body } = await rest(t, 'POST', '/model-configs', input);
    expect(status).toBe(400);
    expect(body).toEqual({ error: { message, param }, is_bifrost_error: false, status_code: 400 });
    expect(await count()).toBe(0);
    expect(await t.database.db.selectFrom('budgets').selectAll().execute()).toEqual([]);
  });

  it('answers 400 naming the field of a wrongly typed value, and for bad JSON', async () => {
    const typed = await rest(t, 'POST', '/model-configs', { model_name: 'm', rate_limit: { request_max_limit: 'x' } });
    expect(typed.status).toBe(400);
    expect(typed.body.error.param).toBe('rate_limit.request_max_limit');
    const json = await rest(t, 'POST', '/model-configs', '{"model_name": ');
    expect(json.status).toBe(400);
    expect(json.body.error.message).toBe('Invalid JSON');
    expect(await count()).toBe(0);
  });
});

describe('GET /model-configs', () => {
  it('lists everything without paging parameters, and pages with limit/offset/search', async () => {
    for (const name of ['gpt-4o', 'gpt-4o-mini', 'claude-3']) {
      await create({ model_name: name });
      t.clock.advance(1000); // lists are ordered by creation time
    }
    const all = await rest(t, 'GET', '/model-configs?from_memory=true');
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ count: 3, total_count: 3, limit: 3, offset: 0 });
    expect(all.body.model_configs.map((c: { model_name: string }) => c.model_name)).toEqual(['gpt-4o', 'gpt-4o-mini', 'claude-3']);

    const page = await rest(t, 'GET', '/model-configs?limit=1&offset=1');
    expect(page.body).toMatchObject({ count: 1, total_count: 3, limit: 1, offset: 1 });
    expect(page.body.model_configs[0].model_name).toBe('gpt-4o-mini');

    const search = await rest(t, 'GET', '/model-configs?search=GPT');
    expect(search.body).toMatchObject({ count: 2, total_count: 2, limit: 25, offset: 0 });
  });

  it('rejects a bad limit', async () => {
    const { status, body } = await rest(t, 'GET', '/model-configs?limit=abc');
    expect(status).toBe(400);
    expect(body.error.message).toBe('Invalid limit parameter: must be a number');
  });
});

describe('GET /model-configs/{mc_id}', () => {
  it('answers the config, or 404', async () => {
    const created = await create({ model_name: 'gpt-4o' });
    const found = await rest(t, 'GET', `/model-configs/${created.id}?from_memory=true`);
    expect(found).toEqual({ status: 200, body: { model_config: created } });
    const missing = await rest(t, 'GET', '/model-configs/nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe('Model config not found');
  });

  it('shows a config written through GraphQL', async () => {
    const { id } = (await t.gqlOk(CreateModelConfigByGraphQL)).createModelConfig;
    const { body } = await rest(t, 'GET', `/model-configs/${id}`);
    expect(body.model_config).toMatchObject({ model_name: 'claude-3', provider: 'anthropic', budgets: [{ max_limit: 9, reset_duration: '1w' }] });
  });
});

describe('PUT /model-configs/{mc_id}', () => {
  it('scenario 31: refuses a scope change and changes nothing; a budget PUT answers it', async () => {
    const created = await create({ model_name: 'gpt-4o' });
    const refused = await rest(t, 'PUT', `/model-configs/${created.id}`, {
      model_name: 'renamed',
      scope: 'team',
      scope_id: 'T9',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe('scope and scope_id cannot be changed');
    expect((await rest(t, 'GET', `/model-configs/${created.id}`)).body.model_config.model_name).toBe('gpt-4o');

    const same = await rest(t, 'PUT', `/model-configs/${created.id}`, { scope: 'global' });
    expect(same.status).toBe(200);

    const { status, body } = await rest(t, 'PUT', `/model-configs/${created.id}`, {
      budget: { max_limit: 3, reset_duration: '1d' },
    });
    expect(status).toBe(200);
    expect(body.message).toBe('Model config updated successfully');
    expect(body.model_config).toMatchObject({
      id: created.id,
      scope: 'global',
      budgets: [{ max_limit: 3, reset_duration: '1d', model_config_id: created.id }],
      budget: { max_limit: 3 },
      budget_id: body.model_config.budgets[0].id,
    });
  });

  it('reconciles budgets by reset_duration keeping ids, replaces the rate limit, and round-trips to GraphQL', async () => {
    const created = await create({
      model_name: 'gpt-4o',
      budgets: [{ max_limit: 5, reset_duration: '1d' }, { max_limit: 50, reset_duration: '1M' }],
      rate_limit: { token_max_limit: 1000, token_reset_duration: '1h', request_max_limit: 10, request_reset_duration: '1m' },
    });
    const { body } = await rest(t, 'PUT', `/model-configs/${created.id}`, {
      provider: 'openai',
      budgets: [{ max_limit: 8, reset_duration: '1d' }, { max_limit: 100, reset_duration: '1w' }],
      rate_limit: { request_max_limit: 20, request_reset_duration: '1m' },
    });
    expect(body.model_config.budgets[0]).toMatchObject({ id: created.budgets[0].id, max_limit: 8 });
    expect(body.model_config.budgets[1]).toMatchObject({ reset_duration: '1w', max_limit: 100 });
    expect(body.model_config.rate_limit).toMatchObject({ request_max_limit: 20, token_max_limit: null });

    const graph = (await t.gqlOk(ModelConfigByGraphQL, { id: created.id })).modelConfig;
    expect(graph).toEqual({
      modelName: 'gpt-4o',
      provider: 'openai',
      budgets: [{ maxLimit: 8, resetDuration: '1d' }, { maxLimit: 100, resetDuration: '1w' }],
      rateLimit: { requestMaxLimit: 20 },
    });
  });

  it('removes the budgets with an empty legacy budget and keeps everything with a null one', async () => {
    const created = await create({ model_name: 'gpt-4o', budget: { max_limit: 5, reset_duration: '1d' } });
    const kept = await rest(t, 'PUT', `/model-configs/${created.id}`, { budget: null, budgets: null });
    expect(kept.body.model_config.budgets).toHaveLength(1);
    const removed = await rest(t, 'PUT', `/model-configs/${created.id}`, { budget: {} });
    expect(removed.body.model_config).toMatchObject({ budgets: [], budget: null, budget_id: null });
  });

  it('answers 409 when the change collides with another config, and 404 for an unknown id', async () => {
    await create({ model_name: 'gpt-4o', provider: 'openai' });
    const other = await create({ model_name: 'gpt-4o' });
    const clash = await rest(t, 'PUT', `/model-configs/${other.id}`, { provider: 'openai' });
    expect(clash.status).toBe(409);
    expect(clash.body.error.message).toBe("Model config for model 'gpt-4o' with provider 'openai' already exists");
    const missing = await rest(t, 'PUT', '/model-configs/nope', { model_name: 'x' });
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe('Model config not found');
  });
});

describe('DELETE /model-configs/{mc_id}', () => {
  it('deletes the config with its budgets, then answers 404', async () => {
    const created = await create({ model_name: 'gpt-4o', budget: { max_limit: 5, reset_duration: '1d' } });
    expect(await rest(t, 'DELETE', `/model-configs/${created.id}`)).toEqual({
      status: 200,
      body: { message: 'Model config deleted successfully' },
    });
    expect(await t.database.db.selectFrom('budgets').selectAll().execute()).toEqual([]);
    const again = await rest(t, 'DELETE', `/model-configs/${created.id}`);
    expect(again.status).toBe(404);
    expect(again.body.error.message).toBe('Model config not found');
  });
});
