// Subscriptions are bounded: per WebSocket (operations in flight) and per credential (the admin token
// or one virtual key, over WebSocket and SSE together). A refused one gets an error that says which
// limit, the others keep running, and an ended subscription frees its place.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, makeTestApp, type TestApp } from '../helpers/app.js';
import { addBudget, addTree, type Tree } from '../helpers/usage-fixture.js';
import { collect, wsClient } from '../helpers/ws-client.js';

const OWN_USAGE = 'subscription { budgetUsage { kind currentUsage } }';

describe('subscription limits', () => {
  let t: TestApp;
  let base: string;
  let tree: Tree;
  const clients: Array<{ dispose(): void | Promise<void> }> = [];

  beforeEach(async () => {
    t = await makeTestApp({ app: { maxOperationsPerConnection: 3, maxSubscriptionsPerCredential: 4 } });
    base = `127.0.0.1:${await t.app.start(0)}`;
    tree = await addTree(t.database.db, 'a');
    await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 10);
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) await client.dispose();
    await t.close();
  });

  const client = (token: string) => {
    const created = wsClient(`ws://${base}/graphql`, `Bearer ${token}`);
    clients.push(created);
    return created;
  };

  async function listening(count: number) {
    for (let i = 0; i < 200 && t.app.pubsub.activeSubscriptions() !== count; i += 1) await new Promise((r) => setTimeout(r, 10));
    expect(t.app.pubsub.activeSubscriptions()).toBe(count);
  }

  const charge = (key: string) =>
    fetch(`http://${base}/api/governance/usage`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        events: [{ idempotency_key: key, virtual_key: tree.vkValue, provider: 'openai', model: 'gpt-4o', request_type: 'chat_completion', input_tokens: 1, output_tokens: 1, cost: 1 }],
      }),
    });

  it('refuses an operation past the per-connection limit; the others keep running, and an ended one frees its place', async () => {
    const socket = client(ADMIN_TOKEN);
    const held = [0, 1, 2].map(() => collect(socket, OWN_USAGE));
    await listening(3);
    const refused = collect(socket, OWN_USAGE);
    expect(await refused.ended).toMatchObject([
      {
        message: 'this connection already has 3 operations in flight, the most allowed at once',
        extensions: { code: 'LIMIT_EXCEEDED' },
      },
    ]);
    await charge('c1');
    for (const subscription of held) await subscription.waitFor(1);

    held[0]!.stop();
    await listening(2);
    collect(socket, OWN_USAGE);
    await listening(3);
  });

  it('counts a credential\'s subscriptions over every socket and SSE; other credentials are not affected', async () => {
    const sockets = [client(tree.vkValue), client(tree.vkValue)];
    const held = [0, 1, 2, 3].map((i) => collect(sockets[i % 2]!, OWN_USAGE));
    await listening(4);

    // Refused by the subscribe step: an execution result with the error, then completion.
    const refused = collect(sockets[0]!, OWN_USAGE);
    expect(await refused.ended).toBe('complete');
    expect(refused.events).toMatchObject([
      { errors: [{ message: 'this credential already holds 4 subscriptions, the most allowed at once', extensions: { code: 'LIMIT_EXCEEDED' } }] },
    ]);
    const sse = await fetch(`http://${base}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tree.vkValue}`, 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: OWN_USAGE }),
    });
    expect(sse.status).toBe(429);
    expect(await sse.text()).toContain('this credential already holds 4 subscriptions');

    // The admin token is a credential of its own.
    const admin = collect(client(ADMIN_TOKEN), OWN_USAGE);
    await listening(5);
    await charge('c1');
    await admin.waitFor(1);
    for (const subscription of held) await subscription.waitFor(1);

    held[1]!.stop();
    await listening(4);
    collect(sockets[1]!, OWN_USAGE);
    await listening(5);
  });
});
