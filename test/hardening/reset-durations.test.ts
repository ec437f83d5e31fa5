// Reset durations a client sets are 1s to 100Y, for budgets and both rate-limit windows of every
// owner: shorter (1ns windows kept the reset sweep at full CPU) or longer ones are refused naming the
// field, on REST and GraphQL alike, and change nothing; both ends of the range are accepted.
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

const OUT_OF_RANGE = ['1ns', '999ms', '0.5s', '101Y', '36501d'];
const budget = (reset_duration: string) => ({ max_limit: 10, reset_duration });

interface Case {
  name: string;
  method: 'POST' | 'PUT';
  /** Creates what the request needs and returns its path. */
  path: () => Promise<string>;
  /** Names made of the duration, so the accepted creates do not clash. */
  body: (duration: string) => Record<string, unknown>;
  param: string;
}

const created = async (path: string, body: Record<string, unknown>) => {
  const response = await rest(t, 'POST', path, body);
  expect(response.status).toBeLessThan(300);
  return response.body;
};

const cases: Case[] = [
  {
    name: 'a customer budget', method: 'POST', path: async () => '/customers',
    body: (d) => ({ name: 'c', budget: budget(d) }), param: 'budget.reset_duration',
  },
  {
    name: 'a customer budget updated in place', method: 'PUT',
    path: async () => `/customers/${(await created('/customers', { name: 'c', budget: budget('1d') })).customer.id}`,
    body: (d) => ({ budget: { reset_duration: d } }), param: 'budget.reset_duration',
  },
  {
    name: 'a team token window', method: 'POST', path: async () => '/teams',
    body: (d) => ({ name: 't', rate_limit: { token_max_limit: 10, token_reset_duration: d } }), param: 'rate_limit.token_reset_duration',
  },
  {
    name: 'a virtual key budget', method: 'POST', path: async () => '/virtual-keys',
    body: (d) => ({ name: `k-${d}`, budgets: [budget('1d'), budget(d)] }), param: 'budgets.1.reset_duration',
  },
  {
    name: 'a virtual key request window, merged', method: 'PUT',
    path: async () => `/virtual-keys/${(await created('/virtual-keys', { name: 'k', rate_limit: { request_max_limit: 5, request_reset_duration: '1m' } })).virtual_key.id}`,
    body: (d) => ({ rate_limit: { request_reset_duration: d } }), param: 'rate_limit.request_reset_duration',
  },
  {
    name: 'a provider config budget', method: 'POST', path: async () => '/virtual-keys',
    body: (d) => ({ name: `k-${d}`, provider_configs: [{ provider: 'openai', budgets: [budget(d)] }] }),
    param: 'provider_configs.0.budgets.0.reset_duration',
  },
  {
    name: 'a model config budget', method: 'POST', path: async () => '/model-configs',
    body: (d) => ({ model_name: `gpt-4o-${d}`, budgets: [budget(d)] }), param: 'budgets.0.reset_duration',
  },
  {
    name: 'a provider budget', method: 'PUT', path: async () => '/providers/openai',
    body: (d) => ({ budget: budget(d) }), param: 'budget.reset_duration',
  },
  {
    name: 'a business unit request window', method: 'PUT',
    path: async () => `/business-units/${(await created('/business-units', { name: 'u' })).id}/governance`,
    body: (d) => ({ rate_limit: { request_max_limit: 5, request_reset_duration: d } }), param: 'rate_limit.request_reset_duration',
  },
];

describe('reset durations on REST', () => {
  for (const { name, method, path, body, param } of cases) {
    it(`${name}: refuses ${OUT_OF_RANGE.join(', ')}; accepts 1s and 100Y`, async () => {
      const target = await path();
      const before = snapshotDatabase(t);
      for (const duration of OUT_OF_RANGE) {
        const response = await rest(t, method, target, body(duration));
        expect(response.status, duration).toBe(400);
        expect(response.body.error.message).toContain(`must be 1s to 100Y, got ${duration}`);
        expect(response.body.error.param).toBe(param);
      }
      expect(snapshotDatabase(t)).toBe(before);
      for (const duration of ['1s', '100Y']) {
        const response = await rest(t, method, target, body(duration));
        expect(response.status, `${duration}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
      }
    });
  }
});

describe('reset durations on GraphQL', () => {
  it('answers BAD_USER_INPUT naming the input field', async () => {
    const createCustomer = parse('mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }');
    const refused = await t.gql(createCustomer, { input: { name: 'c', budget: { maxLimit: 10, resetDuration: '1ns' } } });
    expect(refused.errors?.[0]?.message).toBe('reset duration must be 1s to 100Y, got 1ns');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.budget.resetDuration' });

    const createKey = parse('mutation ($input: CreateVirtualKeyInput!) { createVirtualKey(input: $input) { id } }');
    const limited = await t.gql(createKey, { input: { name: 'k', rateLimit: { tokenMaxLimit: 10, tokenResetDuration: '101Y' } } });
    expect(limited.errors?.[0]?.message).toBe('Invalid rate limit: rate limit token reset duration must be 1s to 100Y, got 101Y');
    expect(limited.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.rateLimit.tokenResetDuration' });
    expect(await t.database.db.selectFrom('customers').select('id').execute()).toEqual([]);
    expect(await t.database.db.selectFrom('virtual_keys').select('id').execute()).toEqual([]);
  });
});
