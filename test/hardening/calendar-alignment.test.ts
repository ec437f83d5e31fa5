// Calendar alignment is only valid with budgets of whole d, w, M or Y durations (the seed's
// CreateBudgetRequest / UpdateBudgetRequest): for every owner with budgets, a request that would
// leave a calendar-aligned owner with any other budget is refused naming the field, on REST and
// GraphQL alike, and changes nothing. That includes the owner's stored state: turning alignment on
// over a stored 1h budget (a virtual key's provider configs follow the key), or moving an aligned
// owner's budget to 30m. Rate limits keep any duration.
import { parse } from 'graphql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

const budget = (reset_duration: string, extra: Record<string, unknown> = {}) => ({ max_limit: 10, reset_duration, ...extra });
const message = (duration: string) =>
  `calendar_aligned needs a reset_duration of whole days, weeks, months or years (d, w, M, Y), got ${duration}`;

async function created(path: string, body: Record<string, unknown>) {
  const response = await rest(t, 'POST', path, body);
  expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
  return response.body;
}

async function expectRefused(method: string, path: string, body: unknown, param: string, duration: string) {
  const before = snapshotDatabase(t);
  const response = await rest(t, method, path, body);
  expect(response.status, JSON.stringify(response.body)).toBe(400);
  expect(response.body.error.message).toContain(message(duration));
  expect(response.body.error.param).toBe(param);
  expect(snapshotDatabase(t)).toBe(before);
}

const customer = async (body: Record<string, unknown>) => `/customers/${(await created('/customers', { name: 'c', ...body })).customer.id}`;
const team = async (body: Record<string, unknown>) => `/teams/${(await created('/teams', { name: 't', ...body })).team.id}`;
const virtualKey = async (body: Record<string, unknown>) =>
  `/virtual-keys/${(await created('/virtual-keys', { name: 'k', ...body })).virtual_key.id}`;
const modelConfig = async (body: Record<string, unknown>) =>
  `/model-configs/${(await created('/model-configs', { model_name: 'gpt-4o', ...body })).model_config.id}`;

describe('a request asking for alignment with a sub-day budget', () => {
  it.each([
    ['customer', '/customers', { name: 'x', calendar_aligned: true, budget: budget('1h') }, 'budget.reset_duration', '1h'],
    ['customer, legacy per-budget flag', '/customers', { name: 'x', budget: budget('1h', { calendar_aligned: true }) }, 'budget.reset_duration', '1h'],
    ['team', '/teams', { name: 'x', calendar_aligned: true, budget: budget('30m') }, 'budget.reset_duration', '30m'],
    ['virtual key', '/virtual-keys', { name: 'x', calendar_aligned: true, budgets: [budget('1d'), budget('1h')] }, 'budgets.1.reset_duration', '1h'],
    [
      'provider config (follows its key)', '/virtual-keys',
      { name: 'x', calendar_aligned: true, provider_configs: [{ provider: 'openai', budgets: [budget('1.5d')] }] },
      'provider_configs.0.budgets.0.reset_duration', '1.5d',
    ],
    ['model config', '/model-configs', { model_name: 'gpt-4o', calendar_aligned: true, budgets: [budget('30m')] }, 'budgets.0.reset_duration', '30m'],
  ] as const)('is refused on create: %s', async (_owner, path, body, param, duration) => {
    await expectRefused('POST', path, body, param, duration);
  });

  it('is refused for provider governance and business units (their budgets only carry the legacy flag)', async () => {
    await expectRefused('PUT', '/providers/openai', { budget: budget('1h', { calendar_aligned: true }) }, 'budget.reset_duration', '1h');
    const unit = (await created('/business-units', { name: 'u' })).id;
    await expectRefused('PUT', `/business-units/${unit}/governance`, { budget: budget('5m', { calendar_aligned: true }) }, 'budget.reset_duration', '5m');
  });
});

describe('turning alignment on over a stored sub-day budget', () => {
  it.each([
    ['customer', () => customer({ budget: budget('1h') })],
    ['team', () => team({ budget: budget('1h') })],
    ['virtual key', () => virtualKey({ budgets: [budget('1M'), budget('1h')] })],
    ['virtual key with a provider-config budget', () => virtualKey({ budgets: [budget('1M')], provider_configs: [{ provider: 'openai', budgets: [budget('1h')] }] })],
    ['model config', () => modelConfig({ budgets: [budget('1h')] })],
  ] as const)('is refused naming calendar_aligned: %s', async (_owner, seed) => {
    const path = await seed();
    await expectRefused('PUT', path, { calendar_aligned: true }, 'calendar_aligned', '1h');
    // The legacy toggle (a budget object holding only the flag) is the same request.
    if (path.startsWith('/customers') || path.startsWith('/teams')) {
      await expectRefused('PUT', path, { budget: { calendar_aligned: true } }, 'calendar_aligned', '1h');
    }
  });

  it('is accepted when the same request replaces the budget with an alignable one, restarting it', async () => {
    const path = await customer({ budget: budget('1h'), rate_limit: { request_max_limit: 5, request_reset_duration: '1m' } });
    const response = await rest(t, 'PUT', path, { calendar_aligned: true, budget: { reset_duration: '1d' } });
    expect(response.status).toBe(200);
    expect(response.body.customer).toMatchObject({
      calendar_aligned: true,
      budget: { reset_duration: '1d', current_usage: 0, last_reset: '2026-03-17T00:00:00.000Z' },
      rate_limit: { request_reset_duration: '1m' },
    });
  });
});

describe("moving an aligned owner's budget to a sub-day duration", () => {
  it.each([
    ['customer', () => customer({ calendar_aligned: true, budget: budget('1M') }), { budget: { reset_duration: '30m' } }, 'budget.reset_duration'],
    ['team', () => team({ calendar_aligned: true, budget: budget('1M') }), { budget: { reset_duration: '30m' } }, 'budget.reset_duration'],
    ['virtual key', () => virtualKey({ calendar_aligned: true, budgets: [budget('1M')] }), { budgets: [budget('30m')] }, 'budgets.0.reset_duration'],
    ['virtual key, legacy budget', () => virtualKey({ calendar_aligned: true, budgets: [budget('1M')] }), { budget: { reset_duration: '30m' } }, 'budget.reset_duration'],
    [
      'provider config of an aligned key', () => virtualKey({ calendar_aligned: true, provider_configs: [{ provider: 'openai' }] }),
      { provider_configs: [{ provider: 'openai', budgets: [budget('30m')] }] }, 'provider_configs.0.budgets.0.reset_duration',
    ],
    ['model config', () => modelConfig({ calendar_aligned: true, budgets: [budget('1M')] }), { budgets: [budget('30m')] }, 'budgets.0.reset_duration'],
  ] as const)('is refused: %s', async (_owner, seed, body, param) => {
    await expectRefused('PUT', await seed(), body, param, '30m');
  });

  it('keeps rate limits free of the rule', async () => {
    const path = await virtualKey({ calendar_aligned: true, budgets: [budget('1M')] });
    const response = await rest(t, 'PUT', path, { rate_limit: { token_max_limit: 100, token_reset_duration: '1m' } });
    expect(response.status).toBe(200);
  });
});

describe('calendar alignment on GraphQL', () => {
  it('answers BAD_USER_INPUT naming the field, for the request and for stored budgets', async () => {
    const createCustomer = parse('mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }');
    const refused = await t.gql(createCustomer, { input: { name: 'x', calendarAligned: true, budget: { maxLimit: 10, resetDuration: '1h' } } });
    expect(refused.errors?.[0]?.message).toBe(message('1h'));
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.budget.resetDuration' });

    const path = await virtualKey({ provider_configs: [{ provider: 'openai', budgets: [budget('1h')] }] });
    const before = snapshotDatabase(t);
    const update = parse('mutation ($id: ID!, $input: UpdateVirtualKeyInput!) { updateVirtualKey(id: $id, input: $input) { id } }');
    const toggled = await t.gql(update, { id: path.split('/').at(-1), input: { calendarAligned: true } });
    expect(toggled.errors?.[0]?.message).toBe(message('1h'));
    expect(toggled.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.calendarAligned' });
    expect(snapshotDatabase(t)).toBe(before);
  });
});
