// Every request body is capped before it is buffered, on every path: a server that read a body to
// its end before deciding would answer only once the whole upload arrived (or never, for one that
// claims more than it sends). Unknown paths answer 404 without reading the body at all.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, makeTestApp, type TestApp } from '../helpers/app.js';

const LIMIT = 64 * 1024;

/**
 * Sends `head` and then `sent` bytes of a body that would be longer, and resolves with the status
 * line the server answers while the rest of the body is still unsent.
 */
function answerBeforeBodyEnds(port: number, head: string, sent: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let reply = '';
    socket.on('data', (chunk) => {
      reply += String(chunk);
      if (reply.includes('\r\n')) {
        resolve(reply.slice(0, reply.indexOf('\r\n')));
        socket.destroy();
      }
    });
    socket.on('error', (error) => (reply ? undefined : reject(error)));
    socket.on('close', () => resolve(reply.split('\r\n')[0] || 'closed without an answer'));
    setTimeout(() => {
      resolve('no answer while the body was incomplete');
      socket.destroy();
    }, 5000).unref();
    socket.write(head, () => {
      if (sent > 0) socket.write(Buffer.alloc(sent, 'x'));
    });
  });
}

const declared = (path: string, length: number) =>
  `POST ${path} HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nAuthorization: Bearer ${ADMIN_TOKEN}\r\n` +
  `Content-Length: ${length}\r\n\r\n`;

/** A chunked upload whose first chunk is `size` bytes; the terminating chunk never comes. */
const chunked = (path: string, size: number) =>
  `POST ${path} HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n` +
  `${size.toString(16)}\r\n${'x'.repeat(size)}\r\n`;

describe('request bodies on every path', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await makeTestApp({ app: { maxBodyBytes: LIMIT } });
    port = await t.app.start(0);
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(['/graphql', '/api/governance/customers', '/api/governance/nothing-here', '/health', '/metrics'])(
    'a declared length past the limit on %s answers 413 before any of the body is sent',
    async (path) => {
      expect(await answerBeforeBodyEnds(port, declared(path, 480 * 1024 * 1024), 0)).toBe('HTTP/1.1 413 Payload Too Large');
    },
  );

  it.each(['/graphql', '/api/governance/customers', '/health'])(
    'a chunked body on %s is cut off once it passes the limit, before it ends',
    async (path) => {
      expect(await answerBeforeBodyEnds(port, chunked(path, 2 * LIMIT), 0)).toBe('HTTP/1.1 413 Payload Too Large');
    },
  );

  it.each(['/graphql/', '//graphql', '/x/graphql', '/unknown', '/api/governanceX'])(
    'unknown path %s answers 404 without waiting for its body',
    async (path) => {
      expect(await answerBeforeBodyEnds(port, declared(path, 480 * 1024 * 1024), 0)).toBe('HTTP/1.1 404 Not Found');
      expect(await answerBeforeBodyEnds(port, chunked(path, 1024), 0)).toBe('HTTP/1.1 404 Not Found');
    },
  );

  it.each(['/graphiql/graphql', '/graphiql/yoga-graphiql.js'])(
    'a POST to GraphiQL\'s asset path %s answers 405 without waiting for its body',
    async (path) => {
      expect(await answerBeforeBodyEnds(port, declared(path, 480 * 1024 * 1024), 0)).toBe('HTTP/1.1 405 Method Not Allowed');
      expect(await answerBeforeBodyEnds(port, chunked(path, 1024), 0)).toBe('HTTP/1.1 405 Method Not Allowed');
    },
  );

  it('serves the known paths exactly', async () => {
    const graphql = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(graphql.status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    const customers = await fetch(`http://127.0.0.1:${port}/api/governance/customers`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(customers.status).toBe(200);
  });
});
