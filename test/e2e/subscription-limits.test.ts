// Subscriptions are bounded: per WebSocket (operations in flight) and per credential (the admin token
// or one virtual key, over WebSocket and SSE together). A refused one gets an error that says which
// limit, the others keep running, and an ended subscription frees its place.
import { describe, expect, it } from 'vitest';
import { ADMIN_TOKEN } from '../helpers/app.js';
import { chargeOverRest, liveServerPerTest, untilSubscriptions } from '../helpers/live-usage.js';
import { collect } from '../helpers/ws-client.js';

const OWN_USAGE = 'subscription { budgetUsage { kind currentUsage } }';

describe('subscription limits', () => {
  const live = liveServerPerTest({ app: { maxOperationsPerConnection: 3, maxSubscriptionsPerCredential: 4 } });

  it('refuses an operation past the per-connection limit; the others keep running, and an ended one frees its place', async () => {
    const socket = live.client(ADMIN_TOKEN);
    const held = [0, 1, 2].map(() => collect(socket, OWN_USAGE));
    await untilSubscriptions(live.t.app, 3);
    const refused = collect(socket, OWN_USAGE);
    expect(await refused.ended).toMatchObject([
      {
        message: 'this connection already has 3 operations in flight, the most allowed at once',
        extensions: { code: 'LIMIT_EXCEEDED' },
      },
    ]);
    await chargeOverRest(live.base, live.tree.vkValue, 'c1');
    for (const subscription of held) await subscription.waitFor(1);

    held[0]!.stop();
    await untilSubscriptions(live.t.app, 2);
    collect(socket, OWN_USAGE);
    await untilSubscriptions(live.t.app, 3);
  });

  it('counts a credential\'s subscriptions over every socket and SSE; other credentials are not affected', async () => {
    const sockets = [live.client(live.tree.vkValue), live.client(live.tree.vkValue)];
    const held = [0, 1, 2, 3].map((i) => collect(sockets[i % 2]!, OWN_USAGE));
    await untilSubscriptions(live.t.app, 4);

    // Refused by the subscribe step: an execution result with the error, then completion.
    const refused = collect(sockets[0]!, OWN_USAGE);
    expect(await refused.ended).toBe('complete');
    expect(refused.events).toMatchObject([
      { errors: [{ message: 'this credential already holds 4 subscriptions, the most allowed at once', extensions: { code: 'LIMIT_EXCEEDED' } }] },
    ]);
    const sse = await fetch(`http://${live.base}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${live.tree.vkValue}`, 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: OWN_USAGE }),
    });
    expect(sse.status).toBe(429);
    expect(await sse.text()).toContain('this credential already holds 4 subscriptions');

    // The admin token is a credential of its own.
    const admin = collect(live.client(ADMIN_TOKEN), OWN_USAGE);
    await untilSubscriptions(live.t.app, 5);
    await chargeOverRest(live.base, live.tree.vkValue, 'c1');
    await admin.waitFor(1);
    for (const subscription of held) await subscription.waitFor(1);

    held[1]!.stop();
    await untilSubscriptions(live.t.app, 4);
    collect(sockets[1]!, OWN_USAGE);
    await untilSubscriptions(live.t.app, 5);
  });
});
