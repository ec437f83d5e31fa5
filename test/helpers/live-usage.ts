// For tests of live usage over a listening server: a fresh app per test, waiting until it holds a
// number of subscriptions, and charging a virtual key through REST as a gateway does.
import type { Client } from 'graphql-ws';
import { afterEach, beforeEach, expect } from 'vitest';
import type { App } from '../../src/server.js';
import { ADMIN_TOKEN, makeTestApp, type TestApp } from './app.js';
import { addBudget, addTree, type Tree } from './usage-fixture.js';
import { wsClient } from './ws-client.js';

/** Waits (up to 2 s) until `app` holds `count` live subscriptions, then asserts it does. */
export async function untilSubscriptions(app: App, count: number): Promise<void> {
  for (let i = 0; i < 200 && app.pubsub.activeSubscriptions() !== count; i += 1) await new Promise((r) => setTimeout(r, 10));
  expect(app.pubsub.activeSubscriptions()).toBe(count);
}

/** Reports one request of `virtualKey` costing `cost` over `POST /api/governance/usage` at `base` (host:port). */
export function chargeOverRest(base: string, virtualKey: string, idempotencyKey: string, cost = 1): Promise<Response> {
  return fetch(`http://${base}/api/governance/usage`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      events: [
        { idempotency_key: idempotencyKey, virtual_key: virtualKey, provider: 'openai', model: 'gpt-4o', request_type: 'chat_completion', input_tokens: 1, output_tokens: 1, cost },
      ],
    }),
  });
}

export interface LiveServer {
  t: TestApp;
  /** host:port of the listening app. */
  base: string;
  /** One hierarchy whose virtual key has a budget of 10. */
  tree: Tree;
  /** A graphql-ws client with `token`, disposed after the test. */
  client(token: string): Client;
}

/** Registers hooks that give each test of the enclosing suite a fresh listening app (see LiveServer). */
export function liveServerPerTest(options: Parameters<typeof makeTestApp>[0] = {}): LiveServer {
  const clients: Client[] = [];
  const live = {
    client(token: string) {
      const created = wsClient(`ws://${live.base}/graphql`, `Bearer ${token}`);
      clients.push(created);
      return created;
    },
  } as LiveServer;
  beforeEach(async () => {
    live.t = await makeTestApp(options);
    live.base = `127.0.0.1:${await live.t.app.start(0)}`;
    live.tree = await addTree(live.t.database.db, 'a');
    await addBudget(live.t.database.db, 'virtual_key_id', live.tree.vkId, 10);
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) await client.dispose();
    await live.t.close();
  });
  return live;
}
