// Only an existing, active virtual key may hold a subscription: over graphql-ws it is checked at
// connection_init (anything else closes with 4403, no connection_ack), over SSE per operation; and a
// key deactivated or deleted while it watches has its subscriptions completed.
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { ADMIN_TOKEN } from '../helpers/app.js';
import { chargeOverRest, liveServerPerTest, untilSubscriptions } from '../helpers/live-usage.js';
import { collect } from '../helpers/ws-client.js';

const OWN_USAGE = 'subscription { budgetUsage { kind budgetId currentUsage } }';

describe('virtual keys as subscription credentials', () => {
  const live = liveServerPerTest();

  /** Sends connection_init with `authorization`; resolves with the first reply's type or the close code. */
  const connectionInit = (authorization: string) =>
    new Promise<string | number>((resolve, reject) => {
      const socket = new WebSocket(`ws://${live.base}/graphql`, 'graphql-transport-ws');
      socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization } })));
      socket.once('message', (data) => {
        resolve(JSON.parse(String(data)).type);
        socket.close();
      });
      socket.once('close', (code) => resolve(code));
      socket.once('error', reject);
    });

  const admin = (method: string, path: string, body?: unknown) =>
    fetch(`http://${live.base}/api/governance${path}`, {
      method,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('acknowledges an active key and the admin; closes with 4403 for unknown and inactive keys', async () => {
    expect(await connectionInit(`Bearer ${live.tree.vkValue}`)).toBe('connection_ack');
    expect(await connectionInit(`Bearer ${ADMIN_TOKEN}`)).toBe('connection_ack');
    expect(await connectionInit('Bearer sk-bf-not-a-real-key')).toBe(4403);
    expect(await connectionInit('Bearer sk-bf-00000000-0000-4000-8000-000000000000')).toBe(4403);
    expect((await admin('PUT', `/virtual-keys/${live.tree.vkId}`, { is_active: false, team_id: live.tree.teamId })).status).toBe(200);
    expect(await connectionInit(`Bearer ${live.tree.vkValue}`)).toBe(4403);
  });

  it.each([
    ['deactivated', () => admin('PUT', `/virtual-keys/${live.tree.vkId}`, { is_active: false, team_id: live.tree.teamId })],
    ['deleted', () => admin('DELETE', `/virtual-keys/${live.tree.vkId}`)],
  ])('completes the subscriptions of a key %s while it watches; the admin\'s stay', async (_label, revoke) => {
    const keyClient = live.client(live.tree.vkValue);
    const adminClient = live.client(ADMIN_TOKEN);
    const own = collect(keyClient, OWN_USAGE);
    const watched = collect(adminClient, 'subscription { budgetUsage { kind } }');
    await untilSubscriptions(live.t.app, 2);
    await chargeOverRest(live.base, live.tree.vkValue, 'before');
    await own.waitFor(1);

    expect((await revoke()).status).toBeLessThan(300);
    expect(await own.ended).toBe('complete');
    await untilSubscriptions(live.t.app, 1);
    // The lazy client closed its socket with its last subscription: connecting again is refused now.
    const again = collect(keyClient, OWN_USAGE);
    expect(await again.ended).toMatchObject({ code: 4403 });
    expect(watched.events.length).toBeGreaterThanOrEqual(1);
  });

  /** Opens an SSE subscription with `token`; resolves with the status and the stream's reader. */
  async function sse(token: string) {
    const response = await fetch(`http://${live.base}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: OWN_USAGE }),
    });
    return { status: response.status, reader: response.body!.getReader() };
  }

  /** Reads an SSE stream until it ends, returning everything it sent. */
  async function readToEnd(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<string> {
    let text = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += new TextDecoder().decode(chunk.value);
    return text;
  }

  it('over SSE: refuses unknown (401) and inactive (403) keys, and completes the stream of a key deactivated meanwhile', async () => {
    const unknown = await sse('sk-bf-00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(401);
    await unknown.reader.cancel();

    const stream = await sse(live.tree.vkValue);
    expect(stream.status).toBe(200);
    const text = readToEnd(stream.reader);
    await untilSubscriptions(live.t.app, 1);
    expect((await admin('PUT', `/virtual-keys/${live.tree.vkId}`, { is_active: false, team_id: live.tree.teamId })).status).toBe(200);
    expect(await text).toContain('event: complete');
    await untilSubscriptions(live.t.app, 0);

    const inactive = await sse(live.tree.vkValue);
    expect(inactive.status).toBe(403);
    expect(await readToEnd(inactive.reader)).toContain('virtual key is inactive');
  });
});
