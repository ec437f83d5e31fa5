import { print } from 'graphql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { credentialScope } from '../../src/auth.js';
import { openDatabase } from '../../src/db/open.js';
import { createApp } from '../../src/server.js';
import { graphql } from '../gql/index.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';
import { gqlRaw } from '../helpers/fuzz.js';
import { addBudget, addModelConfig, addRateLimit, addTree, budgetUsage, providerId } from '../helpers/usage-fixture.js';

const RecordUsage = graphql(`
  mutation RecordUsage($events: [UsageEventInput!]!) {
    recordUsage(events: $events) { accepted duplicates rejected { index idempotencyKey field message } }
  }
`);

function event(key: string, virtualKey: string, extra: Partial<{ cost: number; inputTokens: number; outputTokens: number; model: string; provider: string }> = {}) {
  return {
    idempotencyKey: key,
    virtualKey,
    provider: 'openai',
    model: 'gpt-4o',
    requestType: 'chat_completion',
    inputTokens: 100,
    outputTokens: 20,
    cost: 0.5,
    ...extra,
  };
}

const DeleteVirtualKey = graphql(`
  mutation RecordingDeleteVirtualKey($id: ID!) {
    deleteVirtualKey(id: $id)
  }
`);

const CreateOverride = graphql(`
  mutation RecordingCreateOverride($input: CreatePricingOverrideInput!) {
    createPricingOverride(input: $input) { id }
  }
`);

describe('usage recording', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it('charges exactly the budgets and rate limits the spec names, nothing else', async () => {
    const db = t.database.db;
    const tree = await addTree(db, 'a');
    const other = await addTree(db, 'b');
    const charged = {
      unit: await addBudget(db, 'business_unit_id', tree.unitId, 100),
      customer: await addBudget(db, 'customer_id', tree.customerId, 100),
      team: await addBudget(db, 'team_id', tree.teamId, 100),
      vkDaily: await addBudget(db, 'virtual_key_id', tree.vkId, 100, '1d'),
      vkMonthly: await addBudget(db, 'virtual_key_id', tree.vkId, 100, '1M'),
      config: await addBudget(db, 'provider_config_id', tree.configId, 100),
      provider: await addBudget(db, 'provider_id', await providerId(db, 'openai'), 100),
      modelForProvider: await addBudget(db, 'model_config_id', await addModelConfig(db, 'gpt-4o', 'openai'), 100),
      modelAnyProvider: await addBudget(db, 'model_config_id', await addModelConfig(db, 'gpt-4o', null), 100),
      modelForTeam: await addBudget(db, 'model_config_id', await addModelConfig(db, 'gpt-4o', null, 'team', tree.teamId), 100),
    };
    const untouched = {
      otherTeam: await addBudget(db, 'team_id', other.teamId, 100),
      otherProvider: await addBudget(db, 'provider_id', await providerId(db, 'anthropic'), 100),
      otherModel: await addBudget(db, 'model_config_id', await addModelConfig(db, 'gpt-4o-mini', 'openai'), 100),
      otherTeamModel: await addBudget(db, 'model_config_id', await addModelConfig(db, 'gpt-4o', null, 'team', other.teamId), 100),
    };
    const vkLimit = await addRateLimit(db, 'virtual_key_id', tree.vkId, { tokens: [10_000, '1h'], requests: [100, '1m'] });
    const customerLimit = await addRateLimit(db, 'customer_id', tree.customerId, { requests: [100, '1m'] });
    const otherLimit = await addRateLimit(db, 'virtual_key_id', other.vkId, { requests: [100, '1m'] });

    const result = await t.gqlOk(RecordUsage, { events: [event('e1', tree.vkValue, { cost: 0.25 })] });
    expect(result.recordUsage).toEqual({ accepted: 1, duplicates: 0, rejected: [] });

    for (const id of Object.values(charged)) expect(await budgetUsage(db, id)).toBe(0.25);
    for (const id of Object.values(untouched)) expect(await budgetUsage(db, id)).toBe(0);
    const limits = await db.selectFrom('rate_limits').select(['id', 'token_current_usage', 'request_current_usage']).execute();
    const byId = new Map(limits.map((l) => [l.id, l]));
    expect(byId.get(vkLimit)).toMatchObject({ token_current_usage: 120, request_current_usage: 1 });
    expect(byId.get(customerLimit)).toMatchObject({ token_current_usage: 120, request_current_usage: 1 });
    expect(byId.get(otherLimit)).toMatchObject({ token_current_usage: 0, request_current_usage: 0 });
  });

  it('saturates token counters at 2^53-1 so they still read as SafeInt', async () => {
    const tree = await addTree(t.database.db, 'a');
    const limit = await addRateLimit(t.database.db, 'virtual_key_id', tree.vkId, { tokens: [10_000, '1h'] });
    const huge = { inputTokens: Number.MAX_SAFE_INTEGER, outputTokens: Number.MAX_SAFE_INTEGER };
    await t.gqlOk(RecordUsage, { events: [event('h1', tree.vkValue, huge), event('h2', tree.vkValue, huge)] });
    const read = await gqlRaw(t, '{ rateLimits { id tokenCurrentUsage requestCurrentUsage } }');
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data.rateLimits).toEqual([{ id: limit, tokenCurrentUsage: Number.MAX_SAFE_INTEGER, requestCurrentUsage: 2 }]);
  });

  it('accepts the virtual key id as well as its value', async () => {
    const tree = await addTree(t.database.db, 'a');
    const budget = await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 10);
    await t.gqlOk(RecordUsage, { events: [event('by-id', tree.vkId, { cost: 1 })] });
    expect(await budgetUsage(t.database.db, budget)).toBe(1);
  });

  it('counts a repeated idempotency key once, within and across batches', async () => {
    const tree = await addTree(t.database.db, 'a');
    const budget = await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 10);
    const batch = [event('k1', tree.vkValue, { cost: 0.1 }), event('k2', tree.vkValue, { cost: 0.2 }), event('k1', tree.vkValue, { cost: 0.1 })];
    expect((await t.gqlOk(RecordUsage, { events: batch })).recordUsage).toEqual({ accepted: 2, duplicates: 1, rejected: [] });
    expect((await t.gqlOk(RecordUsage, { events: batch })).recordUsage).toEqual({ accepted: 0, duplicates: 3, rejected: [] });
    expect(await budgetUsage(t.database.db, budget)).toBe(0.3);
  });

  it('keeps money exact to the cent fraction however many charges are summed', async () => {
    const tree = await addTree(t.database.db, 'a');
    const budget = await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 1000);
    const events = Array.from({ length: 1000 }, (_, i) => event(`m${i}`, tree.vkValue, { cost: 0.1 }));
    await t.gqlOk(RecordUsage, { events });
    expect(await budgetUsage(t.database.db, budget)).toBe(100);
  });

  it('rejects the whole batch when one event is malformed, naming its index and field', async () => {
    const tree = await addTree(t.database.db, 'a');
    const budget = await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 10);
    const negative = await t.gql(RecordUsage, { events: [event('ok', tree.vkValue), event('bad', tree.vkValue, { cost: -1 })] });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'events.1.cost' });
    expect(await budgetUsage(t.database.db, budget)).toBe(0);
    expect(await t.database.db.selectFrom('usage_events').selectAll().execute()).toEqual([]);
  });

  it('charges the rest of a batch when an event names a deleted key, and reports that event', async () => {
    const db = t.database.db;
    const tree = await addTree(db, 'a');
    const gone = await addTree(db, 'gone');
    const budget = await addBudget(db, 'virtual_key_id', tree.vkId, 10);
    const team = await addBudget(db, 'team_id', tree.teamId, 10);
    await t.gqlOk(DeleteVirtualKey, { id: gone.vkId });
    const batch = [
      event('ok-1', tree.vkValue, { cost: 1 }),
      event('deleted', gone.vkValue, { cost: 2 }),
      event('ok-2', tree.vkId, { cost: 3 }),
      event('unknown', 'sk-bf-never-issued', { cost: 4 }),
    ];
    const rejected = [
      { index: 1, idempotencyKey: 'deleted', field: 'events.1.virtualKey', message: expect.stringContaining('virtual key not found') },
      { index: 3, idempotencyKey: 'unknown', field: 'events.3.virtualKey', message: expect.stringContaining('virtual key not found') },
    ];
    expect((await t.gqlOk(RecordUsage, { events: batch })).recordUsage).toEqual({ accepted: 2, duplicates: 0, rejected });
    expect(await budgetUsage(db, budget)).toBe(4);
    expect(await budgetUsage(db, team)).toBe(4);
    const stored = await db.selectFrom('usage_events').select('idempotency_key').orderBy('idempotency_key').execute();
    expect(stored.map((row) => row.idempotency_key)).toEqual(['ok-1', 'ok-2']);

    // A retry charges nothing again and reports the same events.
    expect((await t.gqlOk(RecordUsage, { events: batch })).recordUsage).toEqual({ accepted: 0, duplicates: 2, rejected });
    expect(await budgetUsage(db, budget)).toBe(4);
  });

  it('counts an event recorded before its key was deleted as a duplicate, not a rejection', async () => {
    const tree = await addTree(t.database.db, 'a');
    await t.gqlOk(RecordUsage, { events: [event('before', tree.vkValue)] });
    await t.gqlOk(DeleteVirtualKey, { id: tree.vkId });
    expect((await t.gqlOk(RecordUsage, { events: [event('before', tree.vkValue)] })).recordUsage).toEqual({
      accepted: 0,
      duplicates: 1,
      rejected: [],
    });
  });

  it('refuses a batch that reuses an idempotency key for another event (CONFLICT naming the field), changing nothing', async () => {
    const db = t.database.db;
    const tree = await addTree(db, 'a');
    const budget = await addBudget(db, 'virtual_key_id', tree.vkId, 10);
    await t.gqlOk(RecordUsage, { events: [event('k1', tree.vkValue, { cost: 1 })] });
    const stored = await db.selectFrom('usage_events').selectAll().execute();

    const reused = await t.gql(RecordUsage, { events: [event('new', tree.vkValue, { cost: 2 }), event('k1', tree.vkValue, { cost: 5 })] });
    expect(reused.data).toBeNull();
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'events.1.idempotencyKey' });
    expect(reused.errors?.[0]?.message).toContain("idempotency_key 'k1'");
    expect(await budgetUsage(db, budget)).toBe(1);
    expect(await db.selectFrom('usage_events').selectAll().execute()).toEqual(stored);

    // Within one batch too: the second event naming k2 is another event.
    const twice = await t.gql(RecordUsage, { events: [event('k2', tree.vkValue), event('k2', tree.vkValue, { outputTokens: 21 })] });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'events.1.idempotencyKey' });
    expect(await budgetUsage(db, budget)).toBe(1);

    // The same event again is still a duplicate; the model's provider prefix and absent fields don't make it another.
    const retry = [{ ...event('k1', tree.vkValue, { cost: 1, model: 'openai/gpt-4o' }), timestamp: null, reservationId: null }];
    expect((await t.gqlOk(RecordUsage, { events: retry })).recordUsage).toEqual({ accepted: 0, duplicates: 1, rejected: [] });
    expect(await budgetUsage(db, budget)).toBe(1);
  });

  it('scopes idempotency keys to the credential that reported them', async () => {
    const db = t.database.db;
    const tree = await addTree(db, 'a');
    const budget = await addBudget(db, 'virtual_key_id', tree.vkId, 10);
    await t.gqlOk(RecordUsage, { events: [event('shared', tree.vkValue, { cost: 1 })] });
    // Another credential's key of the same name is its own (virtual keys cannot report over HTTP yet).
    const own = await t.app.usage.record([event('shared', tree.vkValue, { cost: 2 })], credentialScope({ kind: 'virtualKey', value: tree.vkValue }));
    expect(own).toEqual({ accepted: 1, duplicates: 0, rejected: [] });
    expect(await budgetUsage(db, budget)).toBe(3);
    const rows = await db.selectFrom('usage_events').select(['credential', 'cost']).orderBy('cost').execute();
    expect(rows).toEqual([
      { credential: 'admin', cost: 1 },
      { credential: expect.stringMatching(/^virtual_key:[0-9a-f]{64}$/), cost: 2 },
    ]);
    expect(JSON.stringify(rows)).not.toContain(tree.vkValue);
  });

  it('keeps the admin scope across admin token rotation: a retry under the new token is a duplicate', async () => {
    const tree = await addTree(t.database.db, 'a');
    const budget = await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 10);
    await t.gqlOk(RecordUsage, { events: [event('before-rotation', tree.vkValue, { cost: 1 })] });
    // The service restarted with another ADMIN_TOKEN: its own connection to the same file.
    const restarted = openDatabase({ path: t.database.sqlite.name });
    const rotated = createApp({ db: restarted.db, sqlite: restarted.sqlite, clock: t.clock, adminToken: 'rotated-admin-token' });
    try {
      const response = await rotated.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer rotated-admin-token' },
        body: JSON.stringify({ query: print(RecordUsage), variables: { events: [event('before-rotation', tree.vkValue, { cost: 1 })] } }),
      });
      expect(await response.json()).toEqual({ data: { recordUsage: { accepted: 0, duplicates: 1, rejected: [] } } });
      expect(await budgetUsage(t.database.db, budget)).toBe(1);
    } finally {
      await rotated.stop();
      await restarted.close();
    }
  });

  it('starts a new window before charging when the old one has ended', async () => {
    const tree = await addTree(t.database.db, 'a');
    const budget = await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 10, '1h');
    await t.gqlOk(RecordUsage, { events: [event('w1', tree.vkValue, { cost: 2 })] });
    t.clock.advance(61 * 60_000);
    await t.gqlOk(RecordUsage, { events: [event('w2', tree.vkValue, { cost: 3 })] });
    const row = await t.database.db.selectFrom('budgets').selectAll().where('id', '=', budget).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ current_usage: 3, last_reset: '2026-03-17T13:00:00.000Z' });
  });

  it('records each threshold crossing once per period', async () => {
    const tree = await addTree(t.database.db, 'a');
    const budget = await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 10);
    for (const [key, cost] of [['t1', 4], ['t2', 2], ['t3', 1], ['t4', 4], ['t5', 1]] as const) {
      await t.gqlOk(RecordUsage, { events: [event(key, tree.vkValue, { cost })] });
    }
    const crossings = await t.database.db.selectFrom('budget_thresholds').selectAll().where('budget_id', '=', budget).orderBy('percent').execute();
    expect(crossings.map((c) => [c.percent, c.usage])).toEqual([[50, 6], [80, 11], [100, 11]]);
  });

  it('reprices tokens with the most specific matching pricing override', async () => {
    const tree = await addTree(t.database.db, 'a');
    const budget = await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 10);
    const base = { matchType: 'wildcard', pattern: 'gpt-4o*', requestTypes: ['chat_completion'] };
    await t.gqlOk(CreateOverride, {
      input: { ...base, name: 'provider-wide', scopeKind: 'provider', providerId: 'openai', patch: { input_cost_per_token: 0.000001, output_cost_per_token: 0.000002 } },
    });
    await t.gqlOk(RecordUsage, { events: [event('p1', tree.vkValue, { cost: 99, inputTokens: 1000, outputTokens: 500 })] });
    expect(await budgetUsage(t.database.db, budget)).toBe(0.002);
    // A key-scoped override beats the provider-wide one; its unpriced output keeps the reported average.
    await t.gqlOk(CreateOverride, {
      input: { ...base, name: 'this-key', scopeKind: 'virtual_key', virtualKeyId: tree.vkId, patch: { input_cost_per_token: 0.00001 } },
    });
    await t.gqlOk(RecordUsage, { events: [event('p2', tree.vkValue, { cost: 0.3, inputTokens: 100, outputTokens: 200 })] });
    expect(await budgetUsage(t.database.db, budget)).toBe(0.002 + 0.001 + 0.2);
    // Another model is not matched: the reported cost stands.
    await t.gqlOk(RecordUsage, { events: [event('p3', tree.vkValue, { cost: 0.5, model: 'claude-3' })] });
    expect(await budgetUsage(t.database.db, budget)).toBe(0.703);
  });
});
