import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../helpers/app.js';
import { gqlRaw } from '../helpers/fuzz.js';
import { rest } from '../helpers/rest.js';
import { addBudget, addRateLimit, addTree, budgetUsage } from '../helpers/usage-fixture.js';

describe('REST usage endpoints', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  const event = (key: string, virtualKey: string, cost: number) => ({
    idempotency_key: key,
    virtual_key: virtualKey,
    provider: 'openai',
    model: 'gpt-4o',
    request_type: 'chat_completion',
    input_tokens: 120,
    output_tokens: 30,
    cost,
    timestamp: '2026-03-17T11:59:00Z',
    reservation_id: null,
  });

  it('records a batch and reports duplicates', async () => {
    const tree = await addTree(t.database.db, 'a');
    const budget = await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 10);
    const batch = { events: [event('e1', tree.vkValue, 0.0021), event('e2', tree.vkId, 0.0079)] };
    expect(await rest(t, 'POST', '/usage', batch)).toEqual({ status: 200, body: { accepted: 2, duplicates: 0, rejected: [] } });
    expect(await rest(t, 'POST', '/usage', batch)).toEqual({ status: 200, body: { accepted: 0, duplicates: 2, rejected: [] } });
    expect(await budgetUsage(t.database.db, budget)).toBe(0.01);
  });

  it('rejects a batch with a bad event, naming the index and field', async () => {
    const tree = await addTree(t.database.db, 'a');
    const { status, body } = await rest(t, 'POST', '/usage', { events: [event('e1', tree.vkValue, 1), { ...event('e2', tree.vkValue, 1), input_tokens: -3 }] });
    expect(status).toBe(400);
    expect(body.error.param).toBe('events.1.input_tokens');
    expect(await t.database.db.selectFrom('usage_events').selectAll().execute()).toEqual([]);
  });

  it('charges the rest of a batch when an event names a deleted key, reporting it in snake_case', async () => {
    const tree = await addTree(t.database.db, 'a');
    const gone = await addTree(t.database.db, 'gone');
    const budget = await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 10);
    expect((await rest(t, 'DELETE', `/virtual-keys/${gone.vkId}`)).status).toBe(200);
    const batch = { events: [event('e1', tree.vkValue, 1), event('e2', gone.vkValue, 2), event('e3', tree.vkValue, 3)] };
    const rejected = [{ index: 1, idempotency_key: 'e2', field: 'events.1.virtual_key', message: expect.stringContaining('virtual key not found') }];
    expect(await rest(t, 'POST', '/usage', batch)).toEqual({ status: 200, body: { accepted: 2, duplicates: 0, rejected } });
    expect(await rest(t, 'POST', '/usage', batch)).toEqual({ status: 200, body: { accepted: 0, duplicates: 2, rejected } });
    expect(await budgetUsage(t.database.db, budget)).toBe(4);
  });

  it('answers 409 naming the field when an idempotency key is reused for another event, changing nothing', async () => {
    const tree = await addTree(t.database.db, 'a');
    const budget = await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 10);
    expect((await rest(t, 'POST', '/usage', { events: [event('e1', tree.vkValue, 1)] })).status).toBe(200);
    const stored = await t.database.db.selectFrom('usage_events').selectAll().execute();
    const reused = await rest(t, 'POST', '/usage', { events: [event('e2', tree.vkValue, 2), event('e1', tree.vkValue, 3)] });
    expect(reused).toEqual({
      status: 409,
      body: {
        error: { message: expect.stringContaining("idempotency_key 'e1' was already used for a different event"), param: 'events.1.idempotency_key' },
        is_bifrost_error: false,
        status_code: 409,
      },
    });
    expect(await budgetUsage(t.database.db, budget)).toBe(1);
    expect(await t.database.db.selectFrom('usage_events').selectAll().execute()).toEqual(stored);
  });

  it('answers a same-event retry as a duplicate, whether it comes back over REST or GraphQL', async () => {
    const tree = await addTree(t.database.db, 'a');
    const budget = await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 10);
    const batch = { events: [event('e1', tree.vkValue, 1), event('e2', tree.vkValue, 2)] };
    expect((await rest(t, 'POST', '/usage', batch)).body).toEqual({ accepted: 2, duplicates: 0, rejected: [] });
    // The same events spelled differently: another key order, the timestamp with milliseconds.
    const respelled = batch.events.map(({ cost, ...others }) => ({ cost, ...others, timestamp: '2026-03-17T11:59:00.000Z' }));
    expect((await rest(t, 'POST', '/usage', { events: respelled })).body).toEqual({ accepted: 0, duplicates: 2, rejected: [] });
    const viaGraphql = await gqlRaw(t, 'mutation ($events: [UsageEventInput!]!) { recordUsage(events: $events) { accepted duplicates } }', {
      events: batch.events.map((e) => ({
        idempotencyKey: e.idempotency_key, virtualKey: e.virtual_key, provider: e.provider, model: e.model, requestType: e.request_type,
        inputTokens: e.input_tokens, outputTokens: e.output_tokens, cost: e.cost, timestamp: e.timestamp,
      })),
    });
    expect(viaGraphql.body).toEqual({ data: { recordUsage: { accepted: 0, duplicates: 2 } } });
    expect(await budgetUsage(t.database.db, budget)).toBe(3);
  });

  it('answers admission checks in snake_case with lower-case decisions', async () => {
    const tree = await addTree(t.database.db, 'a');
    await addRateLimit(t.database.db, 'virtual_key_id', tree.vkId, { requests: [1, '1m'] });
    const request = { virtual_key: tree.vkValue, provider: 'openai', model: 'gpt-4o', request_type: 'chat_completion', estimated_tokens: 500, estimated_cost: 0.01, reserve: true };
    const allowed = await rest(t, 'POST', '/usage/check', request);
    expect(allowed.body).toMatchObject({ allowed: true, decision: 'allow', status_code: 200, blocked_by: null, remaining: { requests: 0 } });
    expect(allowed.body.reservation_id).toEqual(expect.any(String));
    const blocked = await rest(t, 'POST', '/usage/check', request);
    expect(blocked.status).toBe(200);
    expect(blocked.body).toMatchObject({
      allowed: false,
      decision: 'request_limited',
      status_code: 429,
      blocked_by: { kind: 'rate_limit', owner_kind: 'virtual_key', owner_id: tree.vkId },
      retry_after_seconds: 60,
      reservation_id: null,
    });
  });

  it('serves the quota to the virtual key itself, in any of its headers', async () => {
    const tree = await addTree(t.database.db, 'a');
    await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 10);
    await rest(t, 'POST', '/usage', { events: [event('q1', tree.vkValue, 2)] });
    for (const header of ['authorization', 'x-bf-vk', 'x-api-key']) {
      const headers = { [header]: header === 'authorization' ? `Bearer ${tree.vkValue}` : tree.vkValue };
      const response = await t.app.fetch('http://test/api/governance/virtual-keys/quota', { headers });
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body).toMatchObject({ virtual_key_name: 'a-vk', is_active: true, budgets: [{ max_limit: 10, current_usage: 2 }], rate_limit: null });
      expect(JSON.stringify(body)).not.toContain(tree.vkValue);
    }
  });

  it('answers 401 with a bare error for a missing or unknown key on the quota endpoint (scenario 42)', async () => {
    const missing = await t.app.fetch('http://test/api/governance/virtual-keys/quota');
    expect(missing.status).toBe(401);
    expect(Object.keys(await missing.json())).toEqual(['error']);
    const unknown = await t.app.fetch('http://test/api/governance/virtual-keys/quota', { headers: { 'x-bf-vk': 'sk-bf-unknown' } });
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toEqual({ error: 'invalid virtual key' });
  });

  it('refuses usage reports from a virtual key', async () => {
    const tree = await addTree(t.database.db, 'a');
    expect((await rest(t, 'POST', '/usage', { events: [event('x', tree.vkValue, 1)] }, tree.vkValue)).status).toBe(403);
  });
});
