// Batched WebSocket writes on real sockets: a tick's first message leaves at once, the rest in one
// write, in order, and all count as sent at once; a client that stops reading makes sends wait, with a bounded backlog.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { batchWrites, FLUSH_WAIT_BYTES } from '../../src/ws-writes.js';

interface Connected {
  socket: WebSocket;
  stream: Socket;
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
      batchWrites(socket, request.socket);
      connections.push({ socket, stream: request.socket });
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

  it('sends a tick’s first message at once and the rest in one write, in order, each counted as sent at once', async () => {
    await listen();
    const client = new WebSocket(`ws://127.0.0.1:${port}`);
    cleanups.push(() => client.terminate());
    const received: string[] = [];
    client.on('message', (data) => received.push(String(data)));
    await new Promise((resolve) => client.once('open', resolve));
    const { socket, stream } = await accepted();

    let writes = 0;
    const write = stream._write.bind(stream);
    stream._write = (chunk, encoding, callback) => {
      writes += 1;
      write(chunk, encoding, callback);
    };
    const writev = stream._writev!.bind(stream);
    stream._writev = (chunks, callback) => {
      writes += 1;
      writev(chunks, callback);
    };
    let sentAtOnce = 0;
    socket.send('message 0', () => (sentAtOnce += 1));
    expect(writes).toBe(1);
    for (let i = 1; i < 100; i += 1) socket.send(`message ${i}`, () => (sentAtOnce += 1));
    expect(sentAtOnce).toBe(100);
    expect(writes).toBe(1);

    for (let i = 0; i < 200 && received.length < 100; i += 1) await new Promise((r) => setTimeout(r, 5));
    expect(received).toEqual(Array.from({ length: 100 }, (_, i) => `message ${i}`));
    expect(writes).toBe(2);
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
    const { socket } = await accepted();

    // Like graphql-ws: the next message only once the previous send completed.
    const message = 'x'.repeat(16 * 1024);
    const sendOne = () => new Promise<boolean>((resolve) => socket.send(message, () => resolve(true)));
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
