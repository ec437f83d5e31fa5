// P4's floor: the same deliveries with no governance service in between, in its own process like
// the service. It speaks the part of graphql-transport-ws the bench uses (connection_init, subscribe,
// complete, ping) and takes the same REST usage batches: it adds each cost to its budget in memory,
// answers, then sends every matching subscriber one hand-built `next` message per charge, with ws's
// plain send. What the service adds on top (the usage transaction, GraphQL, the subscription
// machinery) is what P4's ratio shows; the kernel's socket writes and the clients' own work are in
// both. GET /floor/state answers the final usage per budget, for the bench's final-state check.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';

interface FloorKey {
  id: string;
  value: string;
  budgetId: string;
}

export interface FloorState {
  usage: Record<string, number>;
  recorded: number;
}

interface UsageBatch {
  events: Array<{ virtual_key: string; cost: number }>;
}

interface Subscriber {
  socket: WebSocket;
  id: string;
  /** null: every key. */
  virtualKeyId: string | null;
}

const keys = JSON.parse(process.env.FLOOR_KEYS ?? '[]') as FloorKey[];
const keysByValue = new Map(keys.map((key) => [key.value, key]));
const state: FloorState = { usage: {}, recorded: 0 };
const subscribers = new Set<Subscriber>();

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function charge({ events }: UsageBatch): void {
  // Stamped where the service stamps it: as the batch's charges begin.
  const at = new Date().toISOString();
  const messages: Array<{ virtualKeyId: string; payload: string }> = [];
  for (const event of events) {
    const key = keysByValue.get(event.virtual_key);
    if (!key) throw new Error(`unknown virtual key ${event.virtual_key}`);
    const currentUsage = (state.usage[key.budgetId] ?? 0) + event.cost;
    state.usage[key.budgetId] = currentUsage;
    state.recorded += 1;
    messages.push({ virtualKeyId: key.id, payload: JSON.stringify({ data: { budgetUsage: { budgetId: key.budgetId, currentUsage, at } } }) });
  }
  for (const { virtualKeyId, payload } of messages) {
    for (const subscriber of subscribers) {
      if (subscriber.virtualKeyId !== null && subscriber.virtualKeyId !== virtualKeyId) continue;
      subscriber.socket.send(`{"id":${JSON.stringify(subscriber.id)},"type":"next","payload":${payload}}`);
    }
  }
}

const server = createServer(async (request, response) => {
  if (request.method === 'GET' && request.url === '/floor/state') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(state));
    return;
  }
  const batch = JSON.parse(await bodyOf(request)) as UsageBatch;
  charge(batch);
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ accepted: batch.events.length }));
});

const webSockets = new WebSocketServer({ server, path: '/graphql', handleProtocols: (protocols) => (protocols.has('graphql-transport-ws') ? 'graphql-transport-ws' : false) });
webSockets.on('connection', (socket) => {
  const own = new Map<string, Subscriber>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { type: string; id?: string; payload?: { variables?: { filter?: { virtualKeyId?: string } | null } } };
    if (message.type === 'connection_init') socket.send('{"type":"connection_ack"}');
    else if (message.type === 'ping') socket.send('{"type":"pong"}');
    else if (message.type === 'subscribe') {
      const subscriber = { socket, id: message.id!, virtualKeyId: message.payload?.variables?.filter?.virtualKeyId ?? null };
      own.set(subscriber.id, subscriber);
      subscribers.add(subscriber);
    } else if (message.type === 'complete') {
      const subscriber = own.get(message.id!);
      if (subscriber) subscribers.delete(subscriber);
    }
  });
  socket.on('close', () => {
    for (const subscriber of own.values()) subscribers.delete(subscriber);
  });
});

server.listen(0, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
