import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { AdmissionInput } from '../gql/graphql.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';
import { addBudget, addRateLimit, addTree, budgetUsage, providerId } from '../helpers/usage-fixture.js';

const CheckAdmission = graphql(`
  mutation CheckAdmission($input: AdmissionInput!) {
    checkAdmission(input: $input) {
      allowed
      decision
      statusCode
      reason
      blockedBy { kind id ownerKind ownerId }
      remaining { budget tokens requests }
      retryAfterSeconds
      reservationId
    }
  }
`);

const Deactivate = graphql(`
  mutation AdmissionDeactivate($id: ID!) {
    updateVirtualKey(id: $id, input: { isActive: false }) { id }
  }
`);

const Record = graphql(`
  mutation AdmissionRecord($events: [UsageEventInput!]!) {
    recordUsage(events: $events) { accepted }
  }
`);

describe('admission', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  const check = async (input: Partial<AdmissionInput>) =>
    (await t.gqlOk(CheckAdmission, { input: { provider: 'openai', model: 'gpt-4o', ...input } })).checkAdmission;
  const spend = (virtualKey: string, key: string, cost: number) =>
    t.gqlOk(Record, {
      events: [{ idempotencyKey: key, virtualKey, provider: 'openai', model: 'gpt-4o', requestType: 'chat_completion', inputTokens: 10, outputTokens: 0, cost }],
    });

  it('denies unknown and inactive keys, unconfigured providers and models (deny-by-default)', async () => {
    const db = t.database.db;
    const tree = await addTree(db, 'a', 'openai', ['gpt-4o']);
    expect(await check({ virtualKey: 'sk-bf-nope' })).toMatchObject({ allowed: false, decision: 'VIRTUAL_KEY_NOT_FOUND', statusCode: 403 });
    expect(await check({ virtualKey: tree.vkValue, provider: 'anthropic' })).toMatchObject({
      decision: 'PROVIDER_BLOCKED',
      reason: "Provider 'anthropic' is not allowed for this virtual key",
      blockedBy: { kind: 'virtual_key', id: tree.vkId, ownerKind: 'TEAM', ownerId: tree.teamId },
    });
    expect(await check({ virtualKey: tree.vkValue, model: 'gpt-4' })).toMatchObject({
      decision: 'MODEL_BLOCKED',
      statusCode: 403,
      reason: "Model 'gpt-4' is not allowed for this virtual key",
    });
    expect(await check({ virtualKey: tree.vkValue, model: 'openai/gpt-4o' })).toMatchObject({ allowed: true, decision: 'ALLOW' });
    // The cached attribution goes with the write that changed the key.
    await t.gqlOk(Deactivate, { id: tree.vkId });
    expect(await check({ virtualKey: tree.vkValue })).toMatchObject({ decision: 'VIRTUAL_KEY_BLOCKED', reason: 'Virtual key is inactive' });
  });

  it('blocks the request after the one that crossed a budget (spec scenario 24)', async () => {
    const tree = await addTree(t.database.db, 'a');
    const budget = await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 1);
    expect(await check({ virtualKey: tree.vkValue })).toMatchObject({ allowed: true, remaining: { budget: 1 } });
    await spend(tree.vkValue, 'r1', 0.6);
    expect(await check({ virtualKey: tree.vkValue })).toMatchObject({ allowed: true });
    await spend(tree.vkValue, 'r2', 0.6);
    expect(await check({ virtualKey: tree.vkValue })).toMatchObject({
      allowed: false,
      decision: 'BUDGET_EXCEEDED',
      statusCode: 402,
      blockedBy: { kind: 'budget', id: budget, ownerKind: 'VIRTUAL_KEY', ownerId: tree.vkId },
      remaining: { budget: 0 },
    });
  });

  it('is blocked by a team budget although the key has none (scenario 25)', async () => {
    const tree = await addTree(t.database.db, 'a');
    const team = await addBudget(t.database.db, 'team_id', tree.teamId, 1);
    await spend(tree.vkValue, 'r1', 1);
    expect(await check({ virtualKey: tree.vkValue })).toMatchObject({ decision: 'BUDGET_EXCEEDED', blockedBy: { id: team, ownerKind: 'TEAM' } });
  });

  it('checks provider governance with or without a key', async () => {
    const limit = await addRateLimit(t.database.db, 'provider_id', await providerId(t.database.db, 'openai'), { requests: [1, '1m'] });
    expect(await check({})).toMatchObject({ allowed: true, remaining: { requests: 1 } });
    await t.gqlOk(Record, {
      events: [{ idempotencyKey: 'p1', provider: 'openai', model: 'gpt-4o', requestType: 'chat_completion', inputTokens: 1, outputTokens: 1, cost: 0 }],
    });
    expect(await check({})).toMatchObject({
      decision: 'REQUEST_LIMITED',
      statusCode: 429,
      blockedBy: { kind: 'rate_limit', id: limit, ownerKind: 'PROVIDER' },
      retryAfterSeconds: 60,
    });
  });

  it('limits requests per window and allows again after it (scenario 26)', async () => {
    const tree = await addTree(t.database.db, 'a');
    await addRateLimit(t.database.db, 'virtual_key_id', tree.vkId, { requests: [2, '1m'] });
    await spend(tree.vkValue, 'q1', 0);
    t.clock.advance(10_000);
    await spend(tree.vkValue, 'q2', 0);
    const blocked = await check({ virtualKey: tree.vkValue });
    expect(blocked).toMatchObject({ decision: 'REQUEST_LIMITED', retryAfterSeconds: 50 });
    expect(blocked.reason).toBe('rate limits exceeded: [request limit exceeded (2/2, resets every 1m)]');
    t.clock.advance(50_000);
    expect(await check({ virtualKey: tree.vkValue })).toMatchObject({ allowed: true });
  });

  it('reports token_limited, and rate_limited when both counters are full', async () => {
    const tree = await addTree(t.database.db, 'a');
    await addRateLimit(t.database.db, 'virtual_key_id', tree.vkId, { tokens: [10, '1h'], requests: [5, '1h'] });
    await spend(tree.vkValue, 'tok', 0);
    expect(await check({ virtualKey: tree.vkValue })).toMatchObject({ decision: 'TOKEN_LIMITED' });
    for (const key of ['a', 'b', 'c', 'd']) await spend(tree.vkValue, key, 0);
    expect(await check({ virtualKey: tree.vkValue })).toMatchObject({ decision: 'RATE_LIMITED' });
  });

  it('holds reserved headroom strictly and settles it with the actual usage', async () => {
    const tree = await addTree(t.database.db, 'a');
    const budget = await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 1);
    const first = await check({ virtualKey: tree.vkValue, estimatedCost: 0.6, reserve: true });
    expect(first).toMatchObject({ allowed: true, remaining: { budget: 0.4 } });
    expect(first.reservationId).toBeTruthy();
    // 0.6 held + 0.6 asked > 1: strict admission refuses what would overshoot.
    expect(await check({ virtualKey: tree.vkValue, estimatedCost: 0.6, reserve: true })).toMatchObject({ allowed: false, decision: 'BUDGET_EXCEEDED' });
    expect(await check({ virtualKey: tree.vkValue, estimatedCost: 0.4, reserve: true })).toMatchObject({ allowed: true, remaining: { budget: 0 } });
    await t.gqlOk(Record, {
      events: [{ idempotencyKey: 's1', virtualKey: tree.vkValue, provider: 'openai', model: 'gpt-4o', requestType: 'chat_completion', inputTokens: 1, outputTokens: 1, cost: 0.5, reservationId: first.reservationId }],
    });
    expect(await budgetUsage(t.database.db, budget)).toBe(0.5);
    const row = await t.database.db.selectFrom('budgets').select('reserved').where('id', '=', budget).executeTakeFirstOrThrow();
    expect(row.reserved).toBe(0.4);
  });

  it('releases reservations that expire unsettled', async () => {
    const tree = await addTree(t.database.db, 'a');
    const budget = await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 1);
    await check({ virtualKey: tree.vkValue, estimatedCost: 1, reserve: true });
    expect(await check({ virtualKey: tree.vkValue, estimatedCost: 0.1, reserve: true })).toMatchObject({ allowed: false });
    t.clock.advance(5 * 60_000);
    await t.app.usage.sweep();
    const row = await t.database.db.selectFrom('budgets').select('reserved').where('id', '=', budget).executeTakeFirstOrThrow();
    expect(row.reserved).toBe(0);
    expect(await check({ virtualKey: tree.vkValue, estimatedCost: 0.1, reserve: true })).toMatchObject({ allowed: true });
  });
});
