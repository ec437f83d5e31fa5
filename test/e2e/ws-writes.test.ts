// Batched WebSocket writes on real sockets: a tick's first message leaves at once, the rest in one
// write, in order, and all settle at once; a client that stops reading makes sends wait, with a bounded backlog.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { batchedSender, FLUSH_WAIT_BYTES } from '../../src/ws-writes.js';

interface Connected {
  socket: WebSocket;
  stream: Socket;
  send: ReturnType<typeof batchedSender>;
}

describe('batched WebSocket writes', () => {
  let server: Server;
  let port: number;
  const connections: Connected[] = [];
  const cleanups: Array<() => void> = [];

  async function listen(): Promise<void> {
    server = createServer();
    const wss = new WebSocketServer({ server });
    wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
      connections.push({ socket, stream: request.socket, send: batchedSender(socket, request.socket) });
    });
    cleanups.push(() => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.close();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  }

  async function accepted(): Promise<Connected> {
    for (let i = 0; i < 200 && connections.length === 0; i += 1) await new Promise((r) => setTimeout(r, 5));
    return connections.shift()!;
  }

  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    connections.length = 0;
  });

  it('sends a tick’s first message at once and the rest in one write, in order, each settled at once', async () => {
    await listen();
    const client = new WebSocket(`ws://127.0.0.1:${port}`);
    cleanups.push(() => client.terminate());
    const received: string[] = [];
    client.on('message', (data) => received.push(String(data)));
    await new Promise((resolve) => client.once('open', resolve));
    const { stream, send } = await accepted();

    // Written to the kernel at once: nothing is left in the stream's buffer.
    expect(send('message 0')).toBeUndefined();
    expect([stream.writableCorked, stream.writableLength]).toEqual([0, 0]);
    // The rest of the tick is held in the stream for one write, each send settled at once.
    for (let i = 1; i < 100; i += 1) expect(send(`message ${i}`)).toBeUndefined();
    expect(stream.writableCorked).toBe(1);
    expect(stream.writableLength).toBeGreaterThan(99 * 'message 1'.length);
    await new Promise((resolve) => setImmediate(resolve));
    expect(stream.writableCorked).toBe(0);

    for (let i = 0; i < 200 && received.length < 100; i += 1) await new Promise((r) => setTimeout(r, 5));
    expect(received).toEqual(Array.from({ length: 100 }, (_, i) => `message ${i}`));
  });

  it('makes sends wait for their flush once a client stops reading, so the backlog stays bounded', async () => {
    await listen();
    // A WebSocket handshake by hand, then nothing read: the kernel's buffers fill, then ours.
    const client = connect(port, '127.0.0.1');
    cleanups.push(() => client.destroy());
    client.write(
      'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
    );
    client.pause();
    const { socket, send } = await accepted();

    // Like graphql-ws: the next message only once the previous send settled.
    const message = 'x'.repeat(16 * 1024);
    const sendOne = async () => {
      await send(message);
      return true;
    };
    let sent = 0;
    for (;;) {
      const completed = await Promise.race([sendOne(), new Promise<boolean>((r) => setTimeout(() => r(false), 200))]);
      if (!completed) break;
      sent += 1;
      expect(sent).toBeLessThan(10_000);
    }
    expect(sent).toBeGreaterThan(0);
    expect(socket.bufferedAmount).toBeGreaterThanOrEqual(FLUSH_WAIT_BYTES);
    expect(socket.bufferedAmount).toBeLessThan(FLUSH_WAIT_BYTES + 2 * message.length);
  });
});
