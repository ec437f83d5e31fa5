// The engine keeps counter rows in memory; these tests pin down when it must read them again:
// after any governance write (mutation or REST), after a usage transaction that rolled back, and
// after another connection (another service on the same file) committed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { credentialScope } from '../../src/auth.js';
import { graphql } from '../gql/index.js';
import { openDatabase } from '../../src/db/open.js';
import { type App, createApp } from '../../src/server.js';
import { ADMIN_TOKEN, makeTestApp, type TestApp } from '../helpers/app.js';
import { addBudget, addRateLimit, addTree, budgetUsage, type Tree } from '../helpers/usage-fixture.js';

const ADMIN = credentialScope({ kind: 'admin' });

const UpdateKey = graphql(`
  mutation CounterCacheUpdateKey($id: ID!, $input: UpdateVirtualKeyInput!) {
    updateVirtualKey(id: $id, input: $input) { id }
  }
`);

describe('counters kept in memory', () => {
  let t: TestApp;
  let tree: Tree;
  let budget: string;
  beforeEach(async () => {
    t = await makeTestApp();
    tree = await addTree(t.database.db, 'a');
    budget = await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 100, '1d');
  });
  afterEach(async () => {
    await t.close();
  });

  const spend = (key: string, cost: number) =>
    t.app.usage.record([
      { idempotencyKey: key, virtualKey: tree.vkValue, provider: 'openai', model: 'gpt-4o', requestType: 'chat_completion', inputTokens: 10, outputTokens: 0, cost },
    ], ADMIN);
  const remainingBudget = async () =>
    (await t.app.usage.check({ virtualKey: tree.vkValue, provider: 'openai', model: 'gpt-4o', requestType: 'chat_completion' })).remaining.budget;

  it('checks see every charge, and a window that ended as reset before any sweep ran', async () => {
    expect(await remainingBudget()).toBe(100);
    await spend('first', 7);
    expect(await remainingBudget()).toBe(93);
    expect(await remainingBudget()).toBe(93);
    t.clock.set('2026-03-18T12:00:00.000Z');
    expect(await remainingBudget()).toBe(100);
    await spend('next day', 2);
    expect(await remainingBudget()).toBe(98);
  });

  it('charges from zero after a mutation reset the usage (calendar alignment switched on)', async () => {
    await spend('before', 7);
    expect(await remainingBudget()).toBe(93);
    await t.gqlOk(UpdateKey, { id: tree.vkId, input: { calendarAligned: true } });
    await spend('after', 1);
    expect(await budgetUsage(t.database.db, budget)).toBe(1);
    expect(await remainingBudget()).toBe(99);
  });

  it('checks against a limit lowered over REST at once', async () => {
    await spend('before', 7);
    expect(await remainingBudget()).toBe(93);
    const response = await t.app.fetch(`http://local/api/governance/virtual-keys/${tree.vkId}`, {
      method: 'PUT',
      headers: { authorization: 'Bearer test-admin-token', 'content-type': 'application/json' },
      body: JSON.stringify({ budget: { max_limit: 5 } }),
    });
    expect(response.status).toBe(200);
    const check = await t.app.usage.check({ virtualKey: tree.vkValue, provider: 'openai', model: 'gpt-4o', requestType: 'chat_completion' });
    expect(check).toMatchObject({ allowed: false, decision: 'budget_exceeded', remaining: { budget: 0 } });
  });

  it('forgets what a rolled-back batch saved: checks and later charges see the committed usage', async () => {
    await addRateLimit(t.database.db, 'virtual_key_id', tree.vkId, { requests: [1000, '1h'] });
    await spend('committed', 7);
    // Budgets are written before rate limits, so this fails the batch after its budget was saved.
    t.database.sqlite.exec(`create trigger refuse_charges before update on rate_limits begin select raise(abort, 'refused'); end`);
    await expect(spend('rolled-back', 50)).rejects.toThrow('refused');
    t.database.sqlite.exec('drop trigger refuse_charges');
    expect(await budgetUsage(t.database.db, budget)).toBe(7);
    expect(await remainingBudget()).toBe(93);
    await spend('next', 1);
    expect(await budgetUsage(t.database.db, budget)).toBe(8);
  });
});

describe('two services on one database file', () => {
  it('count each other’s charges: nothing kept in memory is trusted once the other one committed', async () => {
    const t = await makeTestApp();
    const other = openDatabase({ path: t.database.sqlite.name });
    try {
      const otherApp = createApp({ db: other.db, sqlite: other.sqlite, clock: t.clock, adminToken: ADMIN_TOKEN });
      const tree = await addTree(t.database.db, 'a');
      const budget = await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 100, '1d');
      const request = { virtualKey: tree.vkValue, provider: 'openai', model: 'gpt-4o', requestType: 'chat_completion' } as const;
      const spend = (app: App, key: string, cost: number) =>
        app.usage.record([{ ...request, idempotencyKey: key, inputTokens: 10, outputTokens: 0, cost }], ADMIN);
      const remaining = async (app: App) => (await app.usage.check(request)).remaining.budget;

      await spend(t.app, 'a1', 7);
      expect(await remaining(t.app)).toBe(93);
      await spend(otherApp, 'b1', 5);
      expect(await remaining(t.app)).toBe(88);
      await spend(t.app, 'a2', 1);
      expect(await remaining(otherApp)).toBe(87);
      await spend(otherApp, 'b2', 2);
      expect(await budgetUsage(t.database.db, budget)).toBe(15);
      expect(await remaining(t.app)).toBe(85);
    } finally {
      await other.close();
      await t.close();
    }
  });
});
