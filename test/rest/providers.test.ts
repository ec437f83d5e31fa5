import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';
import { rest } from '../helpers/rest.js';

const ProviderGovernanceByGraphQL = graphql(`
  query RestRoundTripProviderGovernance($name: String!) {
    provider(name: $name) { budget { maxLimit resetDuration } rateLimit { requestMaxLimit } }
  }
`);

const SetGovernanceByGraphQL = graphql(`
  mutation RestRoundTripProviderGovernanceWrite {
    updateProviderGovernance(provider: "anthropic", input: { budget: { maxLimit: 7, resetDuration: "1w" } }) { id }
  }
`);

const CreateKeyForRest = graphql(`
  mutation RestProviderKeySeed($provider: String!, $input: CreateProviderKeyInput!) {
    createProviderKey(provider: $provider, input: $input) { keyId }
  }
`);

const NOW = '2026-03-17T12:00:00.000Z';
const SECRET = 'sk-proj-abcdefghijklmnopqrstuvwxyz';

let t: TestApp;

beforeEach(async () => {
  t = await makeTestApp();
});

afterEach(async () => {
  await t.close();
});

const limitRows = async () => ({
  budgets: await t.database.db.selectFrom('budgets').selectAll().execute(),
  rateLimits: await t.database.db.selectFrom('rate_limits').selectAll().execute(),
});

describe('PUT /providers/{provider_name}', () => {
  it('scenario 32: answers 404 for a provider outside the catalog and creates nothing', async () => {
    const { status, body } = await rest(t, 'PUT', '/providers/notaprovider', { budget: { max_limit: 5, reset_duration: '1d' } });
    expect(status).toBe(404);
    expect(body).toEqual({ error: { message: 'Provider not found' }, is_bifrost_error: false, status_code: 404 });
    expect(await limitRows()).toEqual({ budgets: [], rateLimits: [] });
    expect((await rest(t, 'DELETE', '/providers/notaprovider')).status).toBe(404);
  });

  it('scenario 33: sets a rate limit (flat seed shape), lists the provider, and deletes its governance', async () => {
    const { status, body } = await rest(t, 'PUT', '/providers/openai', {
      rate_limit: { request_max_limit: 100, request_reset_duration: '1m' },
    });
    expect(status).toBe(200);
    expect(body).toEqual({
      message: 'Provider governance updated successfully',
      provider: 'openai',
      rate_limit: {
        id: expect.any(String),
        token_max_limit: null,
        token_reset_duration: null,
        token_current_usage: 0,
        token_last_reset: NOW,
        request_max_limit: 100,
        request_reset_duration: '1m',
        request_current_usage: 0,
        request_last_reset: NOW,
        config_hash: null,
        created_at: NOW,
        updated_at: NOW,
      },
    });

    const listed = await rest(t, 'GET', '/providers?from_memory=true');
    expect(listed).toEqual({ status: 200, body: { providers: [{ provider: 'openai', rate_limit: body.rate_limit }], count: 1 } });

    expect(await rest(t, 'DELETE', '/providers/openai')).toEqual({
      status: 200,
      body: { message: 'Provider governance deleted successfully' },
    });
    expect((await rest(t, 'GET', '/providers')).body).toEqual({ providers: [], count: 0 });
    expect(await limitRows()).toEqual({ budgets: [], rateLimits: [] });
  });

  it('updates a budget in place, removes it with {}, and treats an empty body as a no-op', async () => {
    const created = await rest(t, 'PUT', '/providers/openai', { budget: { max_limit: 10, reset_duration: '1d' } });
    const budgetId = created.body.budget.id;
    const raised = await rest(t, 'PUT', '/providers/openai', { budget: { max_limit: 20 } });
    expect(raised.body.budget).toMatchObject({ id: budgetId, max_limit: 20, reset_duration: '1d' });

    const noop = await rest(t, 'PUT', '/providers/openai', {});
    expect(noop.body).toEqual({ message: 'Provider governance updated successfully', provider: 'openai', budget: raised.body.budget });

    const removed = await rest(t, 'PUT', '/providers/openai', { budget: {} });
    expect(removed.body).toEqual({ message: 'Provider governance updated successfully', provider: 'openai' });
    expect((await rest(t, 'GET', '/providers')).body.count).toBe(0);
  });

  it('answers 400 with Bifrost\'s messages and changes nothing', async () => {
    const partial = await rest(t, 'PUT', '/providers/openai', { budget: { max_limit: 50 } });
    expect(partial.status).toBe(400);
    expect(partial.body.error.message).toBe('both max_limit and reset_duration are required when creating a new budget');
    const typed = await rest(t, 'PUT', '/providers/openai', { rate_limit: { token_max_limit: 'many' } });
    expect(typed.status).toBe(400);
    expect(typed.body.error.param).toBe('rate_limit.token_max_limit');
    const json = await rest(t, 'PUT', '/providers/openai', '{"budget":');
    expect(json.status).toBe(400);
    expect(json.body.error.message).toBe('Invalid JSON');
    expect(await limitRows()).toEqual({ budgets: [], rateLimits: [] });
  });

  it('round-trips with GraphQL both ways', async () => {
    await rest(t, 'PUT', '/providers/openai', { budget: { max_limit: 3, reset_duration: '1d' } });
    expect((await t.gqlOk(ProviderGovernanceByGraphQL, { name: 'openai' })).provider).toEqual({
      budget: { maxLimit: 3, resetDuration: '1d' },
      rateLimit: null,
    });
    await t.gqlOk(SetGovernanceByGraphQL);
    const listed = (await rest(t, 'GET', '/providers')).body;
    expect(listed.providers.map((p: { provider: string }) => p.provider)).toEqual(['anthropic', 'openai']);
    expect(listed.providers[0].budget).toMatchObject({ max_limit: 7, reset_duration: '1w' });
  });
});

describe('POST /providers', () => {
  it('adds a custom provider that then takes governance; 409 when it exists', async () => {
    const created = await rest(t, 'POST', '/providers', { provider: 'my-llm' });
    expect(created).toEqual({ status: 200, body: { message: 'Provider created successfully', provider: 'my-llm' } });
    expect((await rest(t, 'PUT', '/providers/my-llm', { budget: { max_limit: 1, reset_duration: '1d' } })).status).toBe(200);

    const again = await rest(t, 'POST', '/providers', { provider: 'openai' });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe("Provider 'openai' already exists");
  });

  it('answers 400 for a missing or malformed name', async () => {
    const missing = await rest(t, 'POST', '/providers', {});
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toBe('provider name is required');
    const typed = await rest(t, 'POST', '/providers', { provider: 5 });
    expect(typed.status).toBe(400);
    expect(typed.body.error.message).toContain('$provider');
  });
});

describe('GET /providers/{provider_name}/keys', () => {
  it('lists the provider\'s keys redacted, in Bifrost\'s shape', async () => {
    await t.gqlOk(CreateKeyForRest, { provider: 'openai', input: { name: 'main', value: { value: SECRET }, models: ['gpt-4o'] } });
    const { status, body } = await rest(t, 'GET', '/providers/openai/keys?from_memory=true');
    expect(status).toBe(200);
    expect(body.count).toBe(1);
    expect(body.keys[0]).toMatchObject({
      id: expect.any(Number),
      key_id: expect.any(String),
      name: 'main',
      provider: 'openai',
      provider_id: expect.any(Number),
      value: { value: `sk-p${'*'.repeat(24)}wxyz`, env_var: '', from_env: false },
      models: ['gpt-4o'],
      weight: 1,
      enabled: true,
      use_for_batch_api: false,
      azure_endpoint: null,
      created_at: NOW,
    });
    expect(JSON.stringify(body)).not.toContain(SECRET);
    expect((await rest(t, 'GET', '/providers/anthropic/keys')).body).toEqual({ keys: [], count: 0 });
  });

  it('answers 404 for an unknown provider', async () => {
    const { status, body } = await rest(t, 'GET', '/providers/notaprovider/keys');
    expect(status).toBe(404);
    expect(body.error.message).toBe('Provider not found');
  });
});
