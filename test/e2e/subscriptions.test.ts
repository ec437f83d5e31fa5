// Live usage over a real listening server: graphql-ws and SSE clients, usage recorded through REST
// and GraphQL, resets from the scheduler, filters, auth and listener hygiene.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ADMIN_TOKEN, makeTestApp, type TestApp } from '../helpers/app.js';
import { addBudget, addRateLimit, addTree, type Tree } from '../helpers/usage-fixture.js';
import { type Collector, collect, wsClient } from '../helpers/ws-client.js';

const BUDGET_USAGE = `
  subscription ($filter: UsageFilter) {
    budgetUsage(filter: $filter) {
      kind budgetId previousUsage currentUsage delta percent at
      budget { id currentUsage maxLimit virtualKey { name team { name customer { name } } } team { name } }
    }
  }
`;
/** What a virtual key may select of its own usage: the event and the budget, nothing around it. */
const OWN_BUDGET_USAGE = `
  subscription ($filter: UsageFilter) {
    budgetUsage(filter: $filter) { kind budgetId ownerKind ownerId previousUsage currentUsage delta percent at budget { id currentUsage maxLimit } }
  }
`;
const RATE_LIMIT_USAGE = `
  subscription ($filter: UsageFilter) {
    rateLimitUsage(filter: $filter) { kind rateLimitId previousTokens currentTokens previousRequests currentRequests }
  }
`;

interface BudgetEvent {
  budgetUsage: {
    kind: string;
    budgetId: string;
    previousUsage: number;
    currentUsage: number;
    delta: number;
    percent: number | null;
    budget: { id: string; currentUsage: number; virtualKey: { name: string; team: { name: string } } | null; team: { name: string } | null } | null;
  };
}

describe('usage subscriptions', () => {
  let t: TestApp;
  let base: string;
  let tree: Tree;
  let other: Tree;
  const clients: Array<{ dispose(): void | Promise<void> }> = [];

  beforeEach(async () => {
    t = await makeTestApp();
    const port = await t.app.start(0);
    base = `127.0.0.1:${port}`;
    tree = await addTree(t.database.db, 'a');
    other = await addTree(t.database.db, 'b');
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) await client.dispose();
    await t.close();
  });

  const admin = () => {
    const client = wsClient(`ws://${base}/graphql`, `Bearer ${ADMIN_TOKEN}`);
    clients.push(client);
    return client;
  };
  const postUsage = (virtualKey: string, key: string, cost: number) =>
    fetch(`http://${base}/api/governance/usage`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        events: [{ idempotency_key: key, virtual_key: virtualKey, provider: 'openai', model: 'gpt-4o', request_type: 'chat_completion', input_tokens: 10, output_tokens: 5, cost }],
      }),
    });
  const graphqlUsage = (virtualKey: string, key: string, cost: number) =>
    fetch(`http://${base}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($events: [UsageEventInput!]!) { recordUsage(events: $events) { accepted } }',
        variables: { events: [{ idempotencyKey: key, virtualKey, provider: 'openai', model: 'gpt-4o', requestType: 'chat_completion', inputTokens: 1, outputTokens: 1, cost }] },
      }),
    });
  /** The subscription is live once the server holds its listener. */
  async function listening() {
    for (let i = 0; i < 100 && t.app.pubsub.activeSubscriptions() === 0; i += 1) await new Promise((r) => setTimeout(r, 10));
  }
  async function subscribed<T>(collector: Collector<T>) {
    await listening();
    return collector;
  }

  it('streams charges recorded through REST and GraphQL, in order, with fresh navigable budgets', async () => {
    const budget = await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 10);
    const events = await subscribed(collect<BudgetEvent>(admin(), BUDGET_USAGE, { filter: { virtualKeyId: tree.vkId } }));
    expect((await postUsage(tree.vkValue, 'r1', 2)).status).toBe(200);
    expect((await graphqlUsage(tree.vkValue, 'g1', 3.5)).status).toBe(200);
    const [first, second] = await events.waitFor(2);
    expect(first!.budgetUsage).toMatchObject({ kind: 'CHARGED', budgetId: budget, previousUsage: 0, currentUsage: 2, delta: 2, percent: null });
    expect(second!.budgetUsage).toMatchObject({ kind: 'CHARGED', previousUsage: 2, currentUsage: 5.5, delta: 3.5 });
    expect(second!.budgetUsage.budget).toMatchObject({ id: budget, currentUsage: 5.5, virtualKey: { name: 'a-vk', team: { name: 'a-team' } }, team: null });
    const threshold = await events.waitFor(3);
    expect(threshold[2]!.budgetUsage).toMatchObject({ kind: 'THRESHOLD_CROSSED', percent: 50, currentUsage: 5.5 });
  });

  it('filters: a subscriber to one team hears nothing of another', async () => {
    await addBudget(t.database.db, 'team_id', tree.teamId, 10);
    await addBudget(t.database.db, 'team_id', other.teamId, 10);
    const mine = await subscribed(collect<BudgetEvent>(admin(), BUDGET_USAGE, { filter: { teamId: other.teamId } }));
    await postUsage(tree.vkValue, 'not-mine', 1);
    await postUsage(other.vkValue, 'mine', 1);
    const [event] = await mine.waitFor(1);
    expect(event!.budgetUsage.budget?.team?.name).toBe('b-team');
    await new Promise((r) => setTimeout(r, 100));
    expect(mine.events).toHaveLength(1);
  });

  it('refuses a filter naming an object that does not exist, naming the field', async () => {
    const limit = await addRateLimit(t.database.db, 'customer_id', tree.customerId, { requests: [100, '1h'] });
    const refusal = async (query: string, filter: Record<string, unknown>) => {
      const collector = collect(admin(), query, { filter });
      expect(await collector.ended).toBe('complete');
      return collector.events;
    };
    expect(await refusal(BUDGET_USAGE, { teamId: 'no-such-team' })).toMatchObject([
      { errors: [{ message: 'Team not found: no-such-team', extensions: { code: 'BAD_USER_INPUT', field: 'filter.teamId' } }] },
    ]);
    // A rate limit's id is not a budget's.
    expect(await refusal(BUDGET_USAGE, { id: limit })).toMatchObject([{ errors: [{ extensions: { field: 'filter.id' } }] }]);
    const events = await subscribed(collect<{ rateLimitUsage: unknown }>(admin(), RATE_LIMIT_USAGE, { filter: { id: limit, customerId: tree.customerId } }));
    expect(t.app.pubsub.activeSubscriptions()).toBe(1);
    await postUsage(tree.vkValue, 'existing-ids', 1);
    expect(await events.waitFor(1)).toMatchObject([{ rateLimitUsage: { kind: 'CHARGED', rateLimitId: limit } }]);
  });

  it('honours a filter given inline or under another variable name (graphql-jit passes variables as arguments)', async () => {
    await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 10);
    await addBudget(t.database.db, 'virtual_key_id', other.vkId, 10);
    const inline = collect<BudgetEvent>(admin(), `subscription { budgetUsage(filter: { virtualKeyId: "${other.vkId}" }) { kind budgetId budget { virtualKey { name } } } }`);
    const renamed = collect<BudgetEvent>(
      admin(),
      'subscription ($f: UsageFilter) { budgetUsage(filter: $f) { kind budgetId budget { virtualKey { name } } } }',
      { f: { virtualKeyId: other.vkId } },
    );
    for (let i = 0; i < 100 && t.app.pubsub.activeSubscriptions() < 2; i += 1) await new Promise((r) => setTimeout(r, 10));
    await postUsage(tree.vkValue, 'not-theirs', 1);
    await postUsage(other.vkValue, 'theirs', 1);
    for (const events of [inline, renamed]) {
      const [event] = await events.waitFor(1);
      expect(event!.budgetUsage.budget?.virtualKey?.name).toBe('b-vk');
    }
    await new Promise((r) => setTimeout(r, 100));
    expect([inline.events.length, renamed.events.length]).toEqual([1, 1]);
  });

  it('streams rate-limit charges, limit edits from mutations, and resets from the scheduler', async () => {
    const limit = await addRateLimit(t.database.db, 'customer_id', tree.customerId, { requests: [100, '1h'] });
    const events = await subscribed(collect<{ rateLimitUsage: Record<string, unknown> }>(admin(), RATE_LIMIT_USAGE, { filter: { customerId: tree.customerId } }));
    await postUsage(tree.vkValue, 'rl', 0);
    const edit = await fetch(`http://${base}/api/governance/customers/${tree.customerId}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ rate_limit: { request_max_limit: 50, request_reset_duration: '1h' } }),
    });
    expect(edit.status).toBe(200);
    t.clock.advance(60 * 60_000);
    const [charged, changed, reset] = await events.waitFor(3);
    expect(charged!.rateLimitUsage).toMatchObject({ kind: 'CHARGED', rateLimitId: limit, previousRequests: 0, currentRequests: 1, currentTokens: 15 });
    expect(changed!.rateLimitUsage).toMatchObject({ kind: 'LIMIT_CHANGED', currentRequests: 1 });
    expect(reset!.rateLimitUsage).toMatchObject({ kind: 'RESET', previousRequests: 1, currentRequests: 0 });
  });

  it('resolves an event once for subscribers with the same operation and viewer, afresh for every event', async () => {
    const budget = await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 10);
    const variables = { filter: { virtualKeyId: tree.vkId } };
    const alike = Array.from({ length: 5 }, () => collect<BudgetEvent>(admin(), OWN_BUDGET_USAGE, variables));
    const keyClient = wsClient(`ws://${base}/graphql`, `Bearer ${tree.vkValue}`);
    clients.push(keyClient);
    const asKey = collect<BudgetEvent>(keyClient, OWN_BUDGET_USAGE, variables);
    for (let i = 0; i < 100 && t.app.pubsub.activeSubscriptions() < 6; i += 1) await new Promise((r) => setTimeout(r, 10));
    const budgetReads = () => t.statements.filter((sql) => sql.includes('from "budgets"')).length;
    t.resetStatements();

    for (const [round, cost, usage] of [[1, 1, 1], [2, 2, 3]] as const) {
      await postUsage(tree.vkValue, `shared-${round}`, cost);
      const received = await Promise.all([...alike, asKey].map(async (events) => (await events.waitFor(round))[round - 1]!));
      expect(new Set(received.map((event) => JSON.stringify(event))).size).toBe(1);
      expect(received[0]!.budgetUsage.budget).toMatchObject({ id: budget, currentUsage: usage });
      // One read for the five alike admin subscribers, one for the key's own: per event.
      expect(budgetReads()).toBe(2 * round);
    }
  });

  it('streams over SSE too, and releases the listener when the client goes away', async () => {
    await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 10);
    const controller = new AbortController();
    const response = await fetch(`http://${base}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: BUDGET_USAGE, variables: { filter: { virtualKeyId: tree.vkId } } }),
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    await listening();
    await postUsage(tree.vkValue, 'sse', 1.25);
    const reader = response.body!.getReader();
    let text = '';
    while (!text.includes('"currentUsage":1.25')) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toContain('"kind":"CHARGED"');
    controller.abort();
    for (let i = 0; i < 100 && t.app.pubsub.activeSubscriptions() > 0; i += 1) await new Promise((r) => setTimeout(r, 10));
    expect(t.app.pubsub.activeSubscriptions()).toBe(0);
  });

  it('answers a syntax error on its own operation and keeps the connection open', async () => {
    await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 10);
    const client = admin();
    const broken = collect(client, 'subscription { budgetUsage { budgetId ');
    expect(await broken.ended).toEqual([expect.objectContaining({ message: expect.stringContaining('Syntax Error') })]);
    const events = await subscribed(collect<BudgetEvent>(client, BUDGET_USAGE, { filter: { virtualKeyId: tree.vkId } }));
    expect((await postUsage(tree.vkValue, 'after-syntax-error', 1)).status).toBe(200);
    expect((await events.waitFor(1))[0]!.budgetUsage).toMatchObject({ kind: 'CHARGED', currentUsage: 1 });
    expect(t.app.connections()).toBe(1);
  });

  it('masks an unexpected failure while resolving an event: no SQL, table or driver text reaches the subscriber', async () => {
    const budget = await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 10);
    const results: unknown[] = [];
    const received = new Promise<void>((resolve) => {
      admin().subscribe({ query: BUDGET_USAGE }, { next: (result) => (results.push(result), resolve()), error: resolve, complete: resolve });
    });
    await listening();
    // The event's `budget` field now fails inside SQLite; the server logs what it masks.
    t.database.sqlite.exec('alter table budgets rename to budgets_gone');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    t.app.pubsub.publish('budget:changed', {
      kind: 'charged', budgetId: budget, owner: { kind: 'virtual_key', id: tree.vkId }, previousUsage: 0, currentUsage: 1, delta: 1,
      at: new Date().toISOString(), scope: { virtualKeyId: tree.vkId, teamId: tree.teamId, customerId: tree.customerId },
    });
    await received;
    expect(results).toMatchObject([
      {
        data: { budgetUsage: { budgetId: budget, currentUsage: 1, budget: null } },
        errors: [{ message: 'Unexpected error.', path: ['budgetUsage', 'budget'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      },
    ]);
    for (const leak of ['budgets_gone', 'no such table', 'select', 'SQLITE', '    at ']) expect(JSON.stringify(results)).not.toContain(leak);
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ message: expect.stringContaining('no such table') }));
    logged.mockRestore();
  });

  it('refuses a missing token with 4401 and a wrong one with 4403', async () => {
    const missing = collect(wsClient(`ws://${base}/graphql`), BUDGET_USAGE);
    expect(await missing.ended).toMatchObject({ code: 4401 });
    const wrong = collect(wsClient(`ws://${base}/graphql`, 'Bearer wrong'), BUDGET_USAGE);
    expect(await wrong.ended).toMatchObject({ code: 4403 });
  });

  it('lets a virtual key watch only its own usage', async () => {
    await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 10);
    await addBudget(t.database.db, 'virtual_key_id', other.vkId, 10);
    const client = wsClient(`ws://${base}/graphql`, `Bearer ${tree.vkValue}`);
    clients.push(client);
    const own = await subscribed(collect<BudgetEvent>(client, OWN_BUDGET_USAGE));
    await postUsage(other.vkValue, 'theirs', 1);
    await postUsage(tree.vkValue, 'ours', 2);
    const [event] = await own.waitFor(1);
    expect(event!.budgetUsage).toMatchObject({ ownerKind: 'VIRTUAL_KEY', ownerId: tree.vkId, currentUsage: 2 });
    // Refusals arrive as GraphQL errors (as a result or as the operation's error), the socket stays up.
    const refusal = async (collector: Collector<unknown>) => JSON.stringify([await collector.ended, collector.events]);
    expect(await refusal(collect(client, BUDGET_USAGE, { filter: { virtualKeyId: other.vkId } }))).toContain('"FORBIDDEN"');
    expect(await refusal(collect(client, '{ customers { totalCount } }'))).toContain('"FORBIDDEN"');
    // Navigating from its own budget to anything around it is refused as well.
    expect(await refusal(collect(client, BUDGET_USAGE))).toContain('Budget.virtualKey is not available');
    expect(own.events).toHaveLength(1);
    await postUsage(tree.vkValue, 'still-open', 1);
    await own.waitFor(2);
  });

  it('releases every listener after 100 subscribe/unsubscribe cycles', async () => {
    const client = admin();
    for (let i = 0; i < 100; i += 1) {
      const events = await subscribed(collect<BudgetEvent>(client, BUDGET_USAGE));
      events.stop();
      for (let j = 0; j < 100 && t.app.pubsub.activeSubscriptions() > 0; j += 1) await new Promise((r) => setTimeout(r, 5));
    }
    expect(t.app.pubsub.activeSubscriptions()).toBe(0);
    await client.dispose();
    for (let j = 0; j < 100 && t.app.connections() > 0; j += 1) await new Promise((r) => setTimeout(r, 10));
    expect(t.app.connections()).toBe(0);
  });
});
