// The longest windows a client may set (100Y) block admission like any other: the answer carries
// the whole wait (past 32-bit Int) for a rate limit, and a budget-blocked answer none, on REST and
// GraphQL alike.
import { parse } from 'graphql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../helpers/app.js';
import { rest } from '../helpers/rest.js';

const CENTURY_SECONDS = 100 * 365 * 86_400;

let t: TestApp;

beforeEach(async () => {
  t = await makeTestApp();
});

afterEach(async () => {
  await t.close();
});

async function keyWith(name: string, limits: Record<string, unknown>): Promise<string> {
  const response = await rest(t, 'POST', '/virtual-keys', {
    name,
    provider_configs: [{ provider: 'openai', allowed_models: ['*'] }],
    ...limits,
  });
  expect(response.status).toBe(200);
  return response.body.virtual_key.value;
}

async function spend(virtualKey: string, cost: number): Promise<void> {
  const event = {
    idempotency_key: `${virtualKey}-spend`, virtual_key: virtualKey, provider: 'openai', model: 'gpt-4o',
    request_type: 'chat_completion', input_tokens: 10, output_tokens: 10, cost,
  };
  expect((await rest(t, 'POST', '/usage', { events: [event] })).status).toBe(200);
}

const checkOf = (virtualKey: string) => ({ virtual_key: virtualKey, provider: 'openai', model: 'gpt-4o' });

describe('admission blocked by a 100Y window', () => {
  it('answers the wait until a 100Y rate limit resets', async () => {
    const key = await keyWith('rate-limited', { rate_limit: { request_max_limit: 1, request_reset_duration: '100Y' } });
    await spend(key, 0.01);
    const { status, body } = await rest(t, 'POST', '/usage/check', checkOf(key));
    expect(status).toBe(200);
    expect(body).toMatchObject({ allowed: false, decision: 'request_limited', status_code: 429, retry_after_seconds: CENTURY_SECONDS });

    const check = parse('mutation ($input: AdmissionInput!) { checkAdmission(input: $input) { decision retryAfterSeconds } }');
    const answer = await t.gql(check, { input: { virtualKey: key, provider: 'openai', model: 'gpt-4o' } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ checkAdmission: { decision: 'REQUEST_LIMITED', retryAfterSeconds: CENTURY_SECONDS } });
  });

  it('answers a spent 100Y budget without a wait', async () => {
    const key = await keyWith('budgeted', { budgets: [{ max_limit: 1, reset_duration: '100Y' }] });
    await spend(key, 1);
    const { status, body } = await rest(t, 'POST', '/usage/check', checkOf(key));
    expect(status).toBe(200);
    expect(body).toMatchObject({ allowed: false, decision: 'budget_exceeded', status_code: 402, retry_after_seconds: null });
  });
});
