// Numbers clients send are bounded (money MAX_USD, prices MAX_UNIT_PRICE per unit, weights
// MAX_WEIGHT, counts MAX_COUNT): one past a bound is refused naming the field, on REST and GraphQL
// alike, and changes nothing; the bound itself is accepted. Whatever prices are stored, the usage
// engine never stores a non-finite amount, so every read keeps answering.
import { randomUUID } from 'node:crypto';
import { parse } from 'graphql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_COUNT, MAX_UNIT_PRICE, MAX_USD, MAX_WEIGHT } from '../../src/domain/number-limits.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';
import { snapshotDatabase } from '../helpers/fuzz.js';
import { rest } from '../helpers/rest.js';

let t: TestApp;

beforeEach(async () => {
  t = await makeTestApp();
});

afterEach(async () => {
  await t.close();
});

const override = (price: number) => ({
  name: `o-${price}`, scope_kind: 'provider', provider_id: 'openai', match_type: 'exact', pattern: 'gpt-4o',
  request_types: ['chat_completion'], patch: { input_cost_per_token: price },
});

const event = (virtualKey: string, tokens: number, cost = 0.01) => ({
  idempotency_key: randomUUID(), virtual_key: virtualKey, provider: 'openai', model: 'gpt-4o',
  request_type: 'chat_completion', input_tokens: tokens, output_tokens: tokens, cost,
});

async function expectRefused(method: string, path: string, body: unknown, param: string, message: string) {
  const before = snapshotDatabase(t);
  const response = await rest(t, method, path, body);
  expect(response.status).toBe(400);
  expect(response.body.error.message).toContain(message);
  expect(response.body.error.param).toBe(param);
  expect(snapshotDatabase(t)).toBe(before);
}

describe('number bounds on REST', () => {
  it('budget max_limit: at most MAX_USD, on create and when updated in place', async () => {
    const tooMuch = MAX_USD * 10;
    const message = `budget max_limit cannot exceed ${MAX_USD} USD: ${tooMuch}`;
    await expectRefused('POST', '/customers', { name: 'c', budget: { max_limit: tooMuch, reset_duration: '1M' } }, 'budget.max_limit', message);
    await expectRefused('POST', '/virtual-keys', { name: 'k', budgets: [{ max_limit: 1e308, reset_duration: '1M' }] }, 'budgets.0.max_limit', 'cannot exceed');
    const { customer } = (await rest(t, 'POST', '/customers', { name: 'c', budget: { max_limit: MAX_USD, reset_duration: '1M' } })).body;
    expect(customer.budget.max_limit).toBe(MAX_USD);
    await expectRefused('PUT', `/customers/${customer.id}`, { budget: { max_limit: tooMuch } }, 'budget.max_limit', message);
  });

  it('pricing-override prices: at most MAX_UNIT_PRICE per unit, on create and update', async () => {
    const message = `input_cost_per_token must be at most ${MAX_UNIT_PRICE} USD per unit`;
    await expectRefused('POST', '/pricing-overrides', override(1e308), 'patch.input_cost_per_token', message);
    const created = await rest(t, 'POST', '/pricing-overrides', override(MAX_UNIT_PRICE));
    expect(created.status).toBe(201);
    await expectRefused(
      'PUT', `/pricing-overrides/${created.body.pricing_override.id}`, { patch: { output_cost_per_token: MAX_UNIT_PRICE * 2 } },
      'patch.output_cost_per_token', 'output_cost_per_token must be at most',
    );
  });

  it('provider-config weights: at most MAX_WEIGHT', async () => {
    const body = (weight: number) => ({ name: `k-${weight}`, provider_configs: [{ provider: 'openai', weight }] });
    await expectRefused('POST', '/virtual-keys', body(1e308), 'provider_configs.0.weight', `weight must be at most ${MAX_WEIGHT}`);
    expect((await rest(t, 'POST', '/virtual-keys', body(MAX_WEIGHT))).status).toBe(200);
  });

  it('usage events and admission estimates: money and counts stay bounded', async () => {
    const key = (await rest(t, 'POST', '/virtual-keys', { name: 'k', provider_configs: [{ provider: 'openai', allowed_models: ['*'] }] })).body.virtual_key.value;
    await expectRefused('POST', '/usage', { events: [event(key, 1, MAX_USD * 2)] }, 'events.0.cost', '');
    await expectRefused('POST', '/usage/check', { virtual_key: key, provider: 'openai', model: 'gpt-4o', estimated_cost: MAX_USD * 2 }, 'estimated_cost', '');
    const tooMany = await rest(t, 'POST', '/usage', { events: [event(key, MAX_COUNT + 1)] });
    expect(tooMany.status).toBe(400);
    // Refused by SafeInt's coercion, which spells list paths with brackets.
    expect(tooMany.body.error.param).toBe('events[0].input_tokens');
  });
});

describe('number bounds on GraphQL', () => {
  it('answers BAD_USER_INPUT naming the field', async () => {
    const createKey = parse('mutation ($provider: String!, $input: CreateProviderKeyInput!) { createProviderKey(provider: $provider, input: $input) { keyId } }');
    const key = await t.gql(createKey, { provider: 'openai', input: { name: 'k', value: { value: 'sk-1234567890' }, weight: MAX_WEIGHT * 2 } });
    expect(key.errors?.[0]?.message).toBe(`key weight must be at most ${MAX_WEIGHT}`);
    expect(key.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.weight' });

    const createOverride = parse('mutation ($input: CreatePricingOverrideInput!) { createPricingOverride(input: $input) { id } }');
    const priced = await t.gql(createOverride, {
      input: { name: 'o', scopeKind: 'global', matchType: 'exact', pattern: 'gpt-4o', requestTypes: ['chat_completion'], patch: { input_cost_per_token: 1e308 } },
    });
    expect(priced.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.patch.input_cost_per_token' });
    expect(await t.database.db.selectFrom('pricing_overrides').select('id').execute()).toEqual([]);
  });
});

describe('the usage engine never stores a non-finite amount', () => {
  async function keyUnderProviderBudget() {
    expect((await rest(t, 'PUT', '/providers/openai', { budget: { max_limit: 100, reset_duration: '1M' } })).status).toBe(200);
    const response = await rest(t, 'POST', '/virtual-keys', {
      name: 'k', budgets: [{ max_limit: 100, reset_duration: '1M' }], provider_configs: [{ provider: 'openai', allowed_models: ['*'] }],
    });
    return response.body.virtual_key.value as string;
  }

  async function expectEveryListAnswers() {
    for (const path of ['/budgets', '/virtual-keys', '/providers']) expect((await rest(t, 'GET', path)).status, path).toBe(200);
  }

  it('charges at most MAX_USD for a request priced at the bounds', async () => {
    const key = await keyUnderProviderBudget();
    expect((await rest(t, 'POST', '/pricing-overrides', override(MAX_UNIT_PRICE))).status).toBe(201);
    expect((await rest(t, 'POST', '/usage', { events: [event(key, MAX_COUNT)] })).status).toBe(200);
    const { budgets } = (await rest(t, 'GET', '/budgets')).body;
    expect(budgets.map((budget: { current_usage: number }) => budget.current_usage)).toEqual([MAX_USD, MAX_USD]);
    await expectEveryListAnswers();
  });

  it('keeps a price stored before the bounds from making usage Infinity', async () => {
    const key = await keyUnderProviderBudget();
    const at = t.clock.now().toISOString();
    t.database.sqlite
      .prepare(`insert into pricing_overrides (id, name, scope_kind, provider_id, match_type, pattern, request_types, pricing_patch, created_at, updated_at)
                values (?, 'legacy', 'provider', 'openai', 'exact', 'gpt-4o', '["chat_completion"]', '{"input_cost_per_token":1e308}', ?, ?)`)
      .run(randomUUID(), at, at);
    t.app.usage.invalidate();
    expect((await rest(t, 'POST', '/usage', { events: [event(key, 1000)] })).status).toBe(200);
    const stored = t.database.sqlite.prepare('select current_usage as n from budgets union all select cost from usage_events').pluck().all();
    expect(stored).toEqual([MAX_USD, MAX_USD, MAX_USD]);
    await expectEveryListAnswers();
    const check = await rest(t, 'POST', '/usage/check', { virtual_key: key, provider: 'openai', model: 'gpt-4o' });
    expect(check.body).toMatchObject({ allowed: false, decision: 'budget_exceeded' });
  });
});
