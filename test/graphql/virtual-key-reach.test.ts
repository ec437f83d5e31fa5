// A virtual key sees its own quota and usage and nothing else: no field leads it from its budgets or
// its usage events to the objects around them (its owner, the owner's team, customer, business unit,
// and their other keys' values), whether the path is written out, in fragments or inline fragments,
// over HTTP or as an SSE subscription, and whether the key is active or not.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, makeTestApp, type TestApp } from '../helpers/app.js';

interface Reply {
  status: number;
  text: string;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

describe('what a virtual key can reach', () => {
  let t: TestApp;
  let own: { id: string; value: string };
  let others: string[];

  async function call(token: string, query: string, headers: Record<string, string> = {}): Promise<Reply> {
    const response = await t.app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body: JSON.stringify({ query }),
    });
    const text = headers.accept === 'text/event-stream' ? await firstEvent(response) : await response.text();
    return { status: response.status, text, body: JSON.parse(text) };
  }

  /** The first message of an SSE stream (the stream is then cancelled). */
  async function firstEvent(response: Response): Promise<string> {
    const reader = response.body!.getReader();
    let buffer = '';
    while (!/^data: .*$/m.test(buffer)) buffer += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    return /^data: (.*)$/m.exec(buffer)![1]!;
  }

  async function admin(query: string): Promise<Record<string, { id: string; value?: string }>> {
    const reply = await call(ADMIN_TOKEN, query);
    expect(reply.body.errors, reply.text).toBeUndefined();
    return reply.body.data as Record<string, { id: string; value?: string }>;
  }

  beforeEach(async () => {
    t = await makeTestApp();
    const { unit } = await admin('mutation { unit: createBusinessUnit(input: { name: "BU" }) { id } }');
    const customers = await admin(`mutation {
      ours: createCustomer(input: { name: "Ours", businessUnitId: "${unit!.id}" }) { id }
      theirs: createCustomer(input: { name: "Theirs", businessUnitId: "${unit!.id}" }) { id }
    }`);
    const teams = await admin(`mutation {
      ours: createTeam(input: { name: "T1", customerId: "${customers.ours!.id}" }) { id }
      theirs: createTeam(input: { name: "T2", customerId: "${customers.theirs!.id}" }) { id }
    }`);
    const budget = 'budget: { maxLimit: 10, resetDuration: "1d" }, rateLimit: { requestMaxLimit: 10, requestResetDuration: "1m" }';
    const keys = await admin(`mutation {
      own: createVirtualKey(input: { name: "own", teamId: "${teams.ours!.id}", ${budget} }) { id value }
      teammate: createVirtualKey(input: { name: "teammate", teamId: "${teams.ours!.id}" }) { id value }
      direct: createVirtualKey(input: { name: "direct", customerId: "${customers.theirs!.id}" }) { id value }
      elsewhere: createVirtualKey(input: { name: "elsewhere", teamId: "${teams.theirs!.id}" }) { id value }
    }`);
    own = { id: keys.own!.id, value: keys.own!.value! };
    others = [keys.teammate!.value!, keys.direct!.value!, keys.elsewhere!.value!];
  });
  afterEach(async () => {
    await t.close();
  });

  const expectRefused = (reply: Reply, field: string) => {
    expect(reply.status, reply.text).toBe(403);
    expect(reply.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(reply.body.errors?.[0]?.message).toContain(`${field} is not available`);
    expect(reply.body.data ?? null).toBeNull();
    for (const value of others) expect(reply.text).not.toContain(value);
  };

  const NAVIGATIONS: Array<[string, string, string]> = [
    ['written out', '{ virtualKeyQuota { budgets { virtualKey { team { virtualKeys { value } } } } } }', 'Budget.virtualKey'],
    ['to the customer', '{ virtualKeyQuota { rateLimit { team { customer { businessUnit { customers { virtualKeys { value } } } } } } } }', 'RateLimit.team'],
    ['in a fragment', 'query { virtualKeyQuota { budgets { ...Up } } } fragment Up on Budget { id ...Further } fragment Further on Budget { virtualKey { value } }', 'Budget.virtualKey'],
    ['in an inline fragment', '{ virtualKeyQuota { budgets { ... on Budget { virtualKey { value } } } } }', 'Budget.virtualKey'],
    ['to another root field', '{ virtualKeyQuota { virtualKeyName } virtualKeys { edges { node { value } } } }', 'Query.virtualKeys'],
  ];

  it.each(NAVIGATIONS)('refuses a path from its quota %s, naming the field', async (_label, query, field) => {
    if (field.startsWith('Query.')) {
      const reply = await call(own.value, query);
      expect(reply.status).toBe(403);
      expect(reply.body.data ?? null).toBeNull();
      return;
    }
    expectRefused(await call(own.value, query), field);
  });

  it('refuses a path from its usage events over SSE', async () => {
    const query = 'subscription { budgetUsage { budget { virtualKey { team { customer { businessUnit { customers { virtualKeys { value } } } } } } } } }';
    expectRefused(await call(own.value, query, { accept: 'text/event-stream' }), 'Budget.virtualKey');
    const rateLimits = 'subscription { rateLimitUsage { rateLimit { providerConfig { virtualKey { value } } } } }';
    expectRefused(await call(own.value, rateLimits, { accept: 'text/event-stream' }), 'RateLimit.providerConfig');
  });

  it('refuses the same paths to a deactivated key', async () => {
    await admin(`mutation { updateVirtualKey(id: "${own.id}", input: { isActive: false }) { id } }`);
    expectRefused(await call(own.value, NAVIGATIONS[0]![1]), 'Budget.virtualKey');
  });

  it('refuses introspection to a key', async () => {
    const reply = await call(own.value, '{ __schema { queryType { name } } }');
    expect(reply.status).toBe(403);
    expect(reply.body.data ?? null).toBeNull();
  });

  it('answers what stays within its own quota', async () => {
    const reply = await call(
      own.value,
      '{ __typename virtualKeyQuota { __typename virtualKeyName isActive budgets { id maxLimit currentUsage resetDuration ownerKind ownerId } rateLimit { ...Limits } } } fragment Limits on RateLimit { requestMaxLimit requestCurrentUsage }',
    );
    expect(reply.body.errors, reply.text).toBeUndefined();
    expect(reply.body.data).toMatchObject({
      virtualKeyQuota: {
        virtualKeyName: 'own',
        isActive: true,
        budgets: [{ maxLimit: 10, currentUsage: 0, resetDuration: '1d', ownerKind: 'VIRTUAL_KEY', ownerId: own.id }],
        rateLimit: { requestMaxLimit: 10, requestCurrentUsage: 0 },
      },
    });
  });
});
