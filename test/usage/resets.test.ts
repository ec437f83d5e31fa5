import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';
import { addBudget, addRateLimit, addTree } from '../helpers/usage-fixture.js';

const Spend = graphql(`
  mutation ResetSpend($events: [UsageEventInput!]!) {
    recordUsage(events: $events) { accepted }
  }
`);

const CustomerBudget = graphql(`
  query ResetCustomerBudget($id: ID!) {
    customer(id: $id) { budget { currentUsage lastReset } }
  }
`);

describe('resets', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp({ now: '2026-03-17T12:00:00.000Z' });
  });
  afterEach(async () => {
    await t.close();
  });

  const spend = (virtualKey: string, key: string, cost: number) =>
    t.gqlOk(Spend, {
      events: [{ idempotencyKey: key, virtualKey, provider: 'openai', model: 'gpt-4o', requestType: 'chat_completion', inputTokens: 5, outputTokens: 5, cost }],
    });
  const budgetRow = (id: string) => t.database.db.selectFrom('budgets').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('resets a calendar-aligned monthly budget at 00:00 UTC on the 1st (scenario 28)', async () => {
    const tree = await addTree(t.database.db, 'a');
    const budget = await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 100, '1M', '2026-03-01T00:00:00.000Z');
    await t.database.db.updateTable('budgets').set({ calendar_aligned: 1, window_end: null }).execute();
    await spend(tree.vkValue, 'm1', 7);
    t.clock.set('2026-03-31T23:59:59.999Z');
    expect(await t.app.usage.sweep()).toBe(0);
    expect((await budgetRow(budget)).current_usage).toBe(7);
    t.clock.set('2026-04-01T00:00:00.000Z');
    expect(await t.app.usage.sweep()).toBe(1);
    expect(await budgetRow(budget)).toMatchObject({ current_usage: 0, last_reset: '2026-04-01T00:00:00.000Z', window_end: '2026-05-01T00:00:00.000Z' });
  });

  it('rolls rolling windows on their lattice, rate-limit windows independently', async () => {
    const tree = await addTree(t.database.db, 'a');
    const budget = await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 100, '1h');
    const limit = await addRateLimit(t.database.db, 'virtual_key_id', tree.vkId, { tokens: [1000, '1d'], requests: [100, '1m'] });
    await spend(tree.vkValue, 'r1', 5);
    t.clock.set('2026-03-17T14:30:00.000Z');
    await t.app.usage.sweep();
    expect(await budgetRow(budget)).toMatchObject({ current_usage: 0, last_reset: '2026-03-17T14:00:00.000Z' });
    const row = await t.database.db.selectFrom('rate_limits').selectAll().where('id', '=', limit).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      token_current_usage: 10,
      token_last_reset: '2026-03-17T12:00:00.000Z',
      request_current_usage: 0,
      request_last_reset: '2026-03-17T14:30:00.000Z',
    });
  });

  it('reads an ended window as reset before any sweep (scenario 27)', async () => {
    const tree = await addTree(t.database.db, 'a');
    await addBudget(t.database.db, 'customer_id', tree.customerId, 100, '1h');
    await spend(tree.vkValue, 'x', 5);
    expect((await t.gqlOk(CustomerBudget, { id: tree.customerId })).customer?.budget).toMatchObject({ currentUsage: 5 });
    t.clock.advance(61 * 60_000);
    expect((await t.gqlOk(CustomerBudget, { id: tree.customerId })).customer?.budget).toEqual({
      currentUsage: 0,
      lastReset: '2026-03-17T13:00:00.000Z',
    });
  });

  it('lands a charge that straddles a boundary in exactly one period', async () => {
    const tree = await addTree(t.database.db, 'a');
    const budget = await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 100, '1d', '2026-03-17T00:00:00.000Z');
    await t.database.db.updateTable('budgets').set({ calendar_aligned: 1, window_end: null }).execute();
    await spend(tree.vkValue, 'before', 1);
    t.clock.set('2026-03-18T00:00:00.000Z');
    await spend(tree.vkValue, 'at-boundary', 2);
    await t.app.usage.sweep();
    expect(await budgetRow(budget)).toMatchObject({ current_usage: 2, last_reset: '2026-03-18T00:00:00.000Z' });
  });

  it('resets from the scheduler with no traffic', async () => {
    const tree = await addTree(t.database.db, 'a');
    const budget = await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 100, '1h');
    await spend(tree.vkValue, 'idle', 5);
    t.clock.advance(60 * 60_000);
    await t.app.start(0);
    // The scheduler sweeps every second; poll (not time) until it has.
    for (let i = 0; i < 50 && (await budgetRow(budget)).current_usage !== 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await budgetRow(budget)).toMatchObject({ current_usage: 0, last_reset: '2026-03-17T13:00:00.000Z' });
  });
});

describe('reset sweep backlog', () => {
  it('works a large backlog off in bounded batches, letting other work run between them', async () => {
    const t = await makeTestApp();
    try {
      const config = t.database.sqlite.prepare(`insert into model_configs (id, model_name, created_at, updated_at) values (?, ?, '', '')`);
      const insert = t.database.sqlite.prepare(
        `insert into budgets (id, max_limit, reset_duration, last_reset, created_at, updated_at, model_config_id)
         values (?, 1, '1h', '2026-03-17T00:00:00.000Z', '2026-03-17T00:00:00.000Z', '2026-03-17T00:00:00.000Z', ?)`,
      );
      t.database.sqlite.transaction(() => {
        for (let i = 0; i < 5000; i += 1) {
          const id = `mc-${i}`;
          config.run(id, `m${i}`);
          insert.run(`b-${i}`, id);
        }
      })();
      const due = () => (t.database.sqlite.prepare("select count(*) as n from budgets where last_reset < '2026-03-17T12:00:00.000Z'").get() as { n: number }).n;
      expect(due()).toBe(5000);
      const finished: string[] = [];
      const sweep = t.app.usage.sweep().then((resets) => finished.push(`sweep: ${resets}`));
      // Asked for while the first batch runs: answered before the sweep's second batch.
      const check = t.app.usage
        .check({ virtualKey: null, provider: 'openai', model: 'm1', requestType: 'chat_completion' })
        .then(() => finished.push('check'));
      await Promise.all([sweep, check]);
      expect(finished).toEqual(['check', 'sweep: 5000']);
      expect(due()).toBe(0);
    } finally {
      await t.close();
    }
  });
});
