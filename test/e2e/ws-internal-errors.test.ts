// An internal failure on the WebSocket endpoint closes the socket with 4500 and a generic reason:
// whatever the error says (paths, SQL, stack) stays on the server, whatever NODE_ENV says.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { YogaServerInstance } from 'graphql-yoga';
import { afterEach, expect, it, vi } from 'vitest';
import type { GraphQLContext } from '../../src/graphql/context.js';
import { attachWebSocketEndpoint } from '../../src/ws.js';
import { collect, wsClient } from '../helpers/ws-client.js';

const TOKEN = 'internal-errors-token';
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  vi.restoreAllMocks();
});

it('closes with 4500 "Internal server error" and no details when an operation fails inside the server', async () => {
  // graphql-ws reports the failure on the server's console; the test keeps it quiet.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const failingYoga = {
    graphqlEndpoint: '/graphql',
    getEnveloped() {
      throw new Error('SQLITE_CORRUPT at /var/lib/secret/governance.db');
    },
  } as unknown as YogaServerInstance<object, GraphQLContext>;
  const server = createServer();
  const endpoint = attachWebSocketEndpoint(server, failingYoga, {
    adminToken: TOKEN,
    isActiveVirtualKey: async () => false,
    maxMessageBytes: 1024 * 1024,
    maxOperationsPerConnection: 10,
  });
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  cleanups.push(() => endpoint.dispose());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const client = wsClient(`ws://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, `Bearer ${TOKEN}`);
  cleanups.push(() => client.dispose());

  const ended = await collect(client, 'subscription { budgetUsage { budgetId } }').ended;
  expect(ended).toMatchObject({ code: 4500, reason: 'Internal server error' });
});
