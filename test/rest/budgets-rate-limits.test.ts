import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../helpers/app.js';
import { rest } from '../helpers/rest.js';

const NOW = '2026-03-17T12:00:00.000Z';

const BUDGET_FIELDS = [
  'calendar_aligned', 'config_hash', 'created_at', 'current_usage', 'id', 'last_reset', 'max_limit', 'reset_duration',
  'updated_at',
];
const RATE_LIMIT_FIELDS = [
  'config_hash', 'created_at', 'id', 'request_current_usage', 'request_last_reset', 'request_max_limit',
  'request_reset_duration', 'token_current_usage', 'token_last_reset', 'token_max_limit', 'token_reset_duration',
  'updated_at',
];

let t: TestApp;

beforeEach(async () => {
  t = await makeTestApp();
});

afterEach(async () => {
  await t.close();
});

async function post(path: string, body: Record<string, unknown>) {
  const response = await rest(t, 'POST', path, body);
  expect(response.status).toBe(200);
  t.clock.advance(1000);
  return response.body;
}

describe('GET /budgets and /rate-limits', () => {
  it('answer empty lists with their own plural key and count', async () => {
    expect(await rest(t, 'GET', '/budgets')).toEqual({ status: 200, body: { budgets: [], count: 0 } });
    expect(await rest(t, 'GET', '/rate-limits?from_memory=true')).toEqual({ status: 200, body: { rate_limits: [], count: 0 } });
  });

  it('list every owner\'s limits oldest first; each budget names its owner', async () => {
    const { customer } = await post('/customers', { name: 'C', budget: { max_limit: 100, reset_duration: '1M' } });
    const { team } = await post('/teams', {
      name: 'T',
      customer_id: customer.id,
      budget: { max_limit: 50, reset_duration: '1w' },
      rate_limit: { request_max_limit: 10, request_reset_duration: '1m' },
    });
    const { virtual_key: key } = await post('/virtual-keys', {
      name: 'vk',
      team_id: team.id,
      budgets: [{ max_limit: 5, reset_duration: '1d' }],
      provider_configs: [{ provider: 'openai', allowed_models: ['*'], budget: { max_limit: 1, reset_duration: '1h' } }],
    });
    const { model_config: model } = await post('/model-configs', { model_name: 'gpt-4o', budgets: [{ max_limit: 9, reset_duration: '1d' }] });

    const { status, body } = await rest(t, 'GET', '/budgets?from_memory=true');
    expect(status).toBe(200);
    expect(body.count).toBe(5);
    expect(body.budgets.map((budget: Record<string, unknown>) => Object.keys(budget).filter((k) => !BUDGET_FIELDS.includes(k)))).toEqual([
      ['customer_id'], ['team_id'], ['virtual_key_id'], ['provider_config_id'], ['model_config_id'],
    ]);
    expect(body.budgets).toEqual([
      { ...customer.budget, customer_id: customer.id },
      { ...team.budget, team_id: team.id },
      key.budgets[0],
      key.provider_configs[0].budgets[0],
      model.budgets[0],
    ]);
    expect(body.budgets[3].provider_config_id).toBe(key.provider_configs[0].id);

    const limits = await rest(t, 'GET', '/rate-limits');
    expect(limits.body).toEqual({ rate_limits: [team.rate_limit], count: 1 });
    expect(Object.keys(limits.body.rate_limits[0]).sort()).toEqual(RATE_LIMIT_FIELDS);
  });

  it('scenario 27: show live usage, a rolled-over window reading as reset', async () => {
    const { customer } = await post('/customers', {
      name: 'C',
      budget: { max_limit: 10, reset_duration: '1h' },
      rate_limit: { token_max_limit: 100, token_reset_duration: '1d' },
    });
    await t.database.db.updateTable('budgets').set({ current_usage: 5 }).execute();
    await t.database.db.updateTable('rate_limits').set({ token_current_usage: 40 }).execute();
    t.clock.set('2026-03-17T13:01:00.000Z');
    const { body } = await rest(t, 'GET', '/budgets?from_memory=true');
    expect(body.budgets[0]).toMatchObject({ id: customer.budget.id, current_usage: 0, last_reset: '2026-03-17T13:00:00.000Z' });
    const limits = await rest(t, 'GET', '/rate-limits?from_memory=true');
    expect(limits.body.rate_limits[0]).toMatchObject({ token_current_usage: 40, token_last_reset: NOW });
  });

  it('are read-only and need the admin token', async () => {
    expect(await rest(t, 'POST', '/budgets', { max_limit: 1 })).toMatchObject({ status: 405, body: { error: { message: 'Method not allowed' } } });
    expect((await rest(t, 'DELETE', '/rate-limits')).status).toBe(405);
    expect(await rest(t, 'PUT', '/budgets/some-id', {})).toMatchObject({ status: 404, body: { error: { message: 'Not found' } } });
    expect((await rest(t, 'GET', '/budgets', undefined, null)).status).toBe(401);
    expect((await rest(t, 'GET', '/rate-limits', undefined, 'sk-bf-00000000-0000-4000-8000-000000000000')).status).toBe(403);
  });
});
