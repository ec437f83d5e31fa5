// Graceful shutdown of the real entry point: SIGTERM while a graphql-ws subscription, an SSE
// subscription and a half-sent request are open. The request completes, the WebSocket closes with
// 1001, the SSE stream completes, the process exits 0 and the database is intact.
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exited, postGraphQL, type ServerProcess, startServerProcess } from '../helpers/server-process.js';
import { collect, wsClient } from '../helpers/ws-client.js';

const TOKEN = 'shutdown-token';
const SUBSCRIPTION = 'subscription { budgetUsage { kind } }';

async function activeSubscriptions(baseUrl: string): Promise<number> {
  const response = await fetch(`${baseUrl}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  const line = (await response.text()).split('\n').find((l) => l.startsWith('governance_active_subscriptions '));
  return Number(line?.split(' ')[1] ?? 0);
}

/** Reads an SSE body to its end (the server completing the stream) and returns all of it. */
async function readToEnd(body: ReadableStream<Uint8Array>): Promise<string> {
  let text = '';
  const decoder = new TextDecoder();
  const reader = body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += decoder.decode(chunk.value);
  return text;
}

describe('graceful shutdown', () => {
  let dir: string;
  let server: ServerProcess | null = null;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'governance-shutdown-'));
  });
  afterEach(() => {
    server?.child.kill('SIGKILL');
    server = null;
    rmSync(dir, { recursive: true, force: true });
  });

  it('on SIGTERM drains the in-flight request, closes sockets with 1001, completes SSE, exits 0 with a sound database', async () => {
    const databasePath = join(dir, 'governance.db');
    server = await startServerProcess({ DATABASE_PATH: databasePath, ADMIN_TOKEN: TOKEN, SHUTDOWN_TIMEOUT_MS: '5000' });
    const { baseUrl } = server;
    expect(await postGraphQL(baseUrl, TOKEN, 'mutation { createCustomer(input: { name: "Before" }) { id } }')).not.toHaveProperty('errors');

    const client = wsClient(`${baseUrl.replace('http', 'ws')}/graphql`, `Bearer ${TOKEN}`);
    const subscription = collect(client, SUBSCRIPTION);
    const sse = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: SUBSCRIPTION }),
    });
    for (let i = 0; i < 200 && (await activeSubscriptions(baseUrl)) < 2; i += 1) await new Promise((r) => setTimeout(r, 10));
    expect(await activeSubscriptions(baseUrl)).toBe(2);

    // A request whose body is still arriving when the signal lands.
    const body = JSON.stringify({ query: 'mutation { createCustomer(input: { name: "In flight" }) { name } }' });
    const inFlight = httpRequest(`${baseUrl}/graphql`, {
      method: 'POST',
      agent: false,
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
    });
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      inFlight.once('response', (res: IncomingMessage) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, text }));
      });
      inFlight.once('error', reject);
    });
    inFlight.write(body.slice(0, 20));
    inFlight.flushHeaders();
    await new Promise((r) => setTimeout(r, 200));

    const exit = exited(server.child);
    server.child.kill('SIGTERM');
    expect(await subscription.ended).toMatchObject({ code: 1001 });
    expect(await readToEnd(sse.body!)).toContain('event: complete');
    // The server is draining: it waits for the rest of the body and answers.
    inFlight.end(body.slice(20));
    expect(await response).toEqual({ status: 200, text: JSON.stringify({ data: { createCustomer: { name: 'In flight' } } }) });
    expect(await exit).toBe(0);
    expect(server.output()).toContain('stopped');
    server = null;
    await client.dispose();

    const sqlite = new SQLite(databasePath, { readonly: true });
    try {
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(sqlite.prepare('select name from customers order by name').all()).toEqual([{ name: 'Before' }, { name: 'In flight' }]);
    } finally {
      sqlite.close();
    }
  });

  it('cuts requests still running after SHUTDOWN_TIMEOUT_MS and still exits 0', async () => {
    server = await startServerProcess({ DATABASE_PATH: join(dir, 'governance.db'), ADMIN_TOKEN: TOKEN, SHUTDOWN_TIMEOUT_MS: '300' });
    // A body that never finishes arriving.
    const stalled = httpRequest(`${server.baseUrl}/graphql`, {
      method: 'POST',
      agent: false,
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
    });
    const outcome = new Promise<string>((resolve) => {
      stalled.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      stalled.once('response', (res: IncomingMessage) => resolve(`status ${res.statusCode}`));
    });
    stalled.write('{"query":');
    stalled.flushHeaders();
    await new Promise((r) => setTimeout(r, 200));
    const started = Date.now();
    const exit = exited(server.child);
    server.child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await outcome).toBe('ECONNRESET');
    server = null;
  });
});
