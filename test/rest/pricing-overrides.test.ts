import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';
import { rest } from '../helpers/rest.js';

const OverridesCheck = graphql(`
  query RestCheckPricingOverrides {
    pricingOverrides { totalCount edges { node { id name scopeKind providerId patch } } }
  }
`);

const CreateOverrideViaGraphql = graphql(`
  mutation RestSeedPricingOverride($input: CreatePricingOverrideInput!) {
    createPricingOverride(input: $input) { id }
  }
`);

const CreateKeyForOverrides = graphql(`
  mutation RestPricingOverrideKey($input: CreateVirtualKeyInput!) {
    createVirtualKey(input: $input) { id }
  }
`);

const T0 = '2026-03-17T12:00:00.000Z';

// Scenario 37's body.
const cheap = {
  name: 'cheap',
  scope_kind: 'provider',
  provider_id: 'openai',
  match_type: 'wildcard',
  pattern: 'gpt-4o*',
  request_types: ['chat_completion'],
  patch: { input_cost_per_token: 0.000001 },
};

let t: TestApp;

beforeEach(async () => {
  t = await makeTestApp();
});

afterEach(async () => {
  await t.close();
});

async function createOverride(body: Record<string, unknown> = cheap) {
  // Lists are in creation order; the fixed clock would otherwise leave it to the random ids.
  t.clock.advance(1000);
  const response = await rest(t, 'POST', '/pricing-overrides', body);
  expect(response.status).toBe(201);
  return response.body.pricing_override as { id: string };
}

async function overrideCount(): Promise<number> {
  return (await t.gqlOk(OverridesCheck)).pricingOverrides.totalCount;
}

async function virtualKey(): Promise<string> {
  return (await t.gqlOk(CreateKeyForOverrides, { input: { name: 'app' } })).createVirtualKey.id;
}

describe('POST /pricing-overrides', () => {
  it('creates with 201, the stored pricing_patch and the decoded patch (scenario 37)', async () => {
    const response = await rest(t, 'POST', '/pricing-overrides', cheap);
    expect(response).toEqual({
      status: 201,
      body: {
        message: 'Pricing override created successfully',
        pricing_override: {
          id: expect.any(String),
          name: 'cheap',
          scope_kind: 'provider',
          virtual_key_id: null,
          provider_id: 'openai',
          provider_key_id: null,
          match_type: 'wildcard',
          pattern: 'gpt-4o*',
          request_types: ['chat_completion'],
          pricing_patch: '{"input_cost_per_token":0.000001}',
          patch: { input_cost_per_token: 0.000001 },
          config_hash: null,
          created_at: T0,
          updated_at: T0,
        },
      },
    });
    const stored = await t.gqlOk(OverridesCheck);
    expect(stored.pricingOverrides.edges[0]!.node).toMatchObject({ name: 'cheap', providerId: 'openai' });
  });

  it('passes patch keys through untouched and normalises blank ids and names', async () => {
    const override = await createOverride({
      ...cheap,
      name: '  spaced  ',
      scope_kind: 'global',
      provider_id: '',
      virtual_key_id: '',
      patch: { cache_read_input_token_cost: 0.5, output_cost_per_token_above_128k_tokens: 2, input_cost_per_image: null },
    });
    expect(override).toMatchObject({
      name: 'spaced',
      scope_kind: 'global',
      provider_id: null,
      virtual_key_id: null,
      patch: { cache_read_input_token_cost: 0.5, output_cost_per_token_above_128k_tokens: 2 },
    });
  });

  it.each([
    ['a virtual_key scope without its id', { ...cheap, scope_kind: 'virtual_key', provider_id: undefined }, 'virtual_key_id'],
    ['empty request_types', { ...cheap, request_types: [] }, 'request_types'],
    ['a blank name', { ...cheap, name: '  ' }, 'name'],
  ])('rejects %s (scenario 38)', async (_case, body, param) => {
    const response = await rest(t, 'POST', '/pricing-overrides', body);
    expect(response.status).toBe(400);
    expect(response.body.error.param).toBe(param);
    expect(await overrideCount()).toBe(0);
  });

  it.each([
    ['a blank name', { ...cheap, name: '  ' }, 'name is required'],
    ['an empty body', {}, 'name is required'],
    ['a missing scope_kind', { ...cheap, scope_kind: undefined }, 'unsupported scope_kind ""'],
    ['a missing pattern', { ...cheap, pattern: undefined }, 'pattern is required'],
    ['missing request_types', { ...cheap, request_types: undefined }, 'request_types is required and must contain at least one value'],
    ['an id the scope does not use', { ...cheap, provider_key_id: 'k1' }, 'provider scope_kind only supports provider_id'],
    ['a star in an exact pattern', { ...cheap, match_type: 'exact' }, "exact pattern cannot include '*'"],
    ['an unknown request type', { ...cheap, request_types: ['chat_completion_stream'] }, expect.stringMatching(/^unsupported request_type "chat_completion_stream"/)],
    ['a negative price', { ...cheap, patch: { input_cost_per_token: -1 } }, 'input_cost_per_token must be non-negative'],
    ['an unknown provider', { ...cheap, provider_id: 'nope' }, 'Provider not found: nope'],
  ])('rejects %s with 400', async (_case, body, message) => {
    const response = await rest(t, 'POST', '/pricing-overrides', body);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toEqual(message);
    expect(await overrideCount()).toBe(0);
  });

  it('answers bad JSON and wrong types with 400', async () => {
    const bad = await rest(t, 'POST', '/pricing-overrides', '{"name"');
    expect(bad).toEqual({
      status: 400,
      body: { error: { message: 'Invalid JSON' }, is_bifrost_error: false, status_code: 400 },
    });
    const wrongType = await rest(t, 'POST', '/pricing-overrides', { ...cheap, name: 5 });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.param).toBe('name');
    expect(await overrideCount()).toBe(0);
  });

  it('accepts virtual-key scopes pointing at an existing key', async () => {
    const vk = await virtualKey();
    const override = await createOverride({ ...cheap, scope_kind: 'virtual_key_provider', virtual_key_id: vk });
    expect(override).toMatchObject({ scope_kind: 'virtual_key_provider', virtual_key_id: vk, provider_id: 'openai' });
  });
});

describe('GET /pricing-overrides', () => {
  it('lists, filters by scope fields, searches and pages', async () => {
    const vk = await virtualKey();
    await createOverride({ ...cheap, name: 'Cheap OpenAI' });
    await createOverride({ ...cheap, name: 'Cheap Anthropic', provider_id: 'anthropic', pattern: 'claude-3*' });
    await createOverride({ ...cheap, name: 'Key', scope_kind: 'virtual_key', virtual_key_id: vk, provider_id: undefined });

    const all = await rest(t, 'GET', '/pricing-overrides');
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ count: 3, total_count: 3, limit: 3, offset: 0 });
    expect(all.body.pricing_overrides.map((o: { name: string }) => o.name)).toEqual(['Cheap OpenAI', 'Cheap Anthropic', 'Key']);
    expect(all.body.pricing_overrides[0].patch).toEqual({ input_cost_per_token: 0.000001 });

    const names = async (query: string) =>
      (await rest(t, 'GET', `/pricing-overrides?${query}`)).body.pricing_overrides.map((o: { name: string }) => o.name);
    expect(await names('scope_kind=provider&provider_id=anthropic')).toEqual(['Cheap Anthropic']);
    expect(await names(`virtual_key_id=${vk}`)).toEqual(['Key']);
    expect(await names('provider_key_id=none')).toEqual([]);
    expect(await names('search=cheap')).toEqual(['Cheap OpenAI', 'Cheap Anthropic']);

    const page = await rest(t, 'GET', '/pricing-overrides?limit=1&offset=1');
    expect(page.body).toMatchObject({ count: 1, total_count: 3, limit: 1, offset: 1 });
    expect(page.body.pricing_overrides[0].name).toBe('Cheap Anthropic');
  });

  it('rejects bad paging parameters', async () => {
    const response = await rest(t, 'GET', '/pricing-overrides?offset=-1');
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe('Invalid offset parameter: must be non-negative');
  });
});

describe('GET /pricing-overrides/{id}', () => {
  it('returns an override written through GraphQL', async () => {
    const { createPricingOverride } = await t.gqlOk(CreateOverrideViaGraphql, {
      input: {
        name: 'exact',
        scopeKind: 'global',
        matchType: 'exact',
        pattern: 'gpt-4o',
        requestTypes: ['embedding'],
        patch: { input_cost_per_token: 2 },
      },
    });
    const response = await rest(t, 'GET', `/pricing-overrides/${createPricingOverride.id}`);
    expect(response.status).toBe(200);
    expect(response.body.pricing_override).toMatchObject({
      id: createPricingOverride.id,
      scope_kind: 'global',
      request_types: ['embedding'],
      pricing_patch: '{"input_cost_per_token":2}',
      patch: { input_cost_per_token: 2 },
    });
  });

  it('answers 404 for an unknown id', async () => {
    const response = await rest(t, 'GET', '/pricing-overrides/nope');
    expect(response).toEqual({
      status: 404,
      body: { error: { message: 'Pricing override not found' }, is_bifrost_error: false, status_code: 404 },
    });
  });
});

describe('PUT /pricing-overrides/{id}', () => {
  it('clears the ids when the scope kind changes (scenario 39)', async () => {
    const override = await createOverride();
    t.clock.set('2026-03-18T00:00:00.000Z');
    const response = await rest(t, 'PUT', `/pricing-overrides/${override.id}`, { scope_kind: 'global' });
    expect(response.status).toBe(200);
    expect(response.body.message).toBe('Pricing override updated successfully');
    expect(response.body.pricing_override).toMatchObject({
      id: override.id,
      scope_kind: 'global',
      provider_id: null,
      pattern: 'gpt-4o*',
      updated_at: '2026-03-18T00:00:00.000Z',
    });
  });

  it('rejects a scope kind whose id is missing and changes nothing (scenario 39)', async () => {
    const override = await createOverride();
    const before = await rest(t, 'GET', `/pricing-overrides/${override.id}`);
    const response = await rest(t, 'PUT', `/pricing-overrides/${override.id}`, { scope_kind: 'virtual_key' });
    expect(response.status).toBe(400);
    expect(response.body.error).toEqual({
      message: 'virtual_key_id is required for virtual_key scope_kind',
      param: 'virtual_key_id',
    });
    expect(await rest(t, 'GET', `/pricing-overrides/${override.id}`)).toEqual(before);
  });

  it('treats null as "clear" for the ids only; null elsewhere keeps the stored value', async () => {
    const override = await createOverride();
    const kept = await rest(t, 'PUT', `/pricing-overrides/${override.id}`, {
      name: null,
      scope_kind: null,
      match_type: null,
      pattern: null,
      request_types: null,
      patch: null,
    });
    expect(kept.status).toBe(200);
    expect(kept.body.pricing_override).toMatchObject({
      name: 'cheap',
      scope_kind: 'provider',
      provider_id: 'openai',
      match_type: 'wildcard',
      pattern: 'gpt-4o*',
      request_types: ['chat_completion'],
      patch: { input_cost_per_token: 0.000001 },
    });

    const cleared = await rest(t, 'PUT', `/pricing-overrides/${override.id}`, { provider_id: null });
    expect(cleared.status).toBe(400);
    expect(cleared.body.error.message).toBe('provider_id is required for provider scope_kind');
    const blank = await rest(t, 'PUT', `/pricing-overrides/${override.id}`, { provider_id: '' });
    expect(blank.body.error.message).toBe('provider_id is required for provider scope_kind');

    const vk = await virtualKey();
    const moved = await rest(t, 'PUT', `/pricing-overrides/${override.id}`, {
      scope_kind: 'virtual_key',
      virtual_key_id: vk,
      provider_id: null,
    });
    expect(moved.status).toBe(200);
    expect(moved.body.pricing_override).toMatchObject({ scope_kind: 'virtual_key', virtual_key_id: vk, provider_id: null });
  });

  it('keeps ids when the scope kind stays, and replaces request_types and patch whole', async () => {
    const override = await createOverride({ ...cheap, patch: { input_cost_per_token: 1, output_cost_per_token: 2 } });
    const response = await rest(t, 'PUT', `/pricing-overrides/${override.id}`, {
      scope_kind: 'provider',
      request_types: ['responses', 'embedding'],
      patch: { output_cost_per_token: 3 },
    });
    expect(response.status).toBe(200);
    expect(response.body.pricing_override).toMatchObject({
      provider_id: 'openai',
      request_types: ['responses', 'embedding'],
      pricing_patch: '{"output_cost_per_token":3}',
      patch: { output_cost_per_token: 3 },
    });
    const stored = await t.gqlOk(OverridesCheck);
    expect(stored.pricingOverrides.edges[0]!.node.patch).toEqual({ output_cost_per_token: 3 });
  });

  it('rejects bad JSON, wrong types and invalid merges without changing anything', async () => {
    const override = await createOverride();
    const before = await rest(t, 'GET', `/pricing-overrides/${override.id}`);
    const bad = await rest(t, 'PUT', `/pricing-overrides/${override.id}`, '[');
    expect(bad.body.error.message).toBe('Invalid JSON');
    const wrongType = await rest(t, 'PUT', `/pricing-overrides/${override.id}`, { pattern: 7 });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.param).toBe('pattern');
    const blankName = await rest(t, 'PUT', `/pricing-overrides/${override.id}`, { name: ' ', pattern: 'x*' });
    expect(blankName.body.error).toEqual({ message: 'name is required', param: 'name' });
    const emptyTypes = await rest(t, 'PUT', `/pricing-overrides/${override.id}`, { request_types: [] });
    expect(emptyTypes.status).toBe(400);
    expect(await rest(t, 'GET', `/pricing-overrides/${override.id}`)).toEqual(before);
  });

  it('answers 404 for an unknown id', async () => {
    const response = await rest(t, 'PUT', '/pricing-overrides/nope', { name: 'x' });
    expect(response.status).toBe(404);
    expect(response.body.error.message).toBe('Pricing override not found');
  });
});

describe('DELETE /pricing-overrides/{id}', () => {
  it('deletes the override, then answers 404', async () => {
    const override = await createOverride();
    const response = await rest(t, 'DELETE', `/pricing-overrides/${override.id}`);
    expect(response).toEqual({ status: 200, body: { message: 'Pricing override deleted successfully' } });
    expect(await overrideCount()).toBe(0);

    const again = await rest(t, 'DELETE', `/pricing-overrides/${override.id}`);
    expect(again.status).toBe(404);
    expect(again.body.error.message).toBe('Pricing override not found');
  });
});
