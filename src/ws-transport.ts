// graphql-ws's protocol server on ws sockets: what graphql-ws/use/ws does, with our batched send in
// place of one write per message (ws-writes.ts). The transport is ours because use/ws offers no hook
// for the send, and makeServer is graphql-ws's documented way to bring one's own.
import type { IncomingMessage } from 'node:http';
import { CloseCode, type Server } from 'graphql-ws';
import type WebSocket from 'ws';
import type { WebSocketServer } from 'ws';
import { batchedSender } from './ws-writes.js';

/** What graphql-ws's hooks get as `ctx.extra`, besides the endpoint's own fields. */
export interface SocketExtra {
  socket: WebSocket;
  request: IncomingMessage;
}

/** Sockets that answer no ping within this long are cut; graphql-ws's own default. */
const KEEP_ALIVE_MS = 12_000;

// Failures are logged here and leave the socket with 4500 and no details.
function closeOnInternalError(socket: WebSocket, what: string, error: unknown): void {
  console.error(`Internal error ${what}.`, error);
  socket.close(CloseCode.InternalServerError, 'Internal server error');
}

/** Pings every KEEP_ALIVE_MS and terminates the socket when a pong is late; returns the stop. */
function keepAlive(socket: WebSocket): () => void {
  let pongWait: NodeJS.Timeout | null = null;
  const ping = setInterval(() => {
    if (socket.readyState !== socket.OPEN) return;
    pongWait = setTimeout(() => socket.terminate(), KEEP_ALIVE_MS);
    socket.once('pong', () => {
      if (pongWait) clearTimeout(pongWait);
      pongWait = null;
    });
    socket.ping();
  }, KEEP_ALIVE_MS);
  return () => {
    clearInterval(ping);
    if (pongWait) clearTimeout(pongWait);
  };
}

/** Serves `server` on every socket `wss` accepts; the result closes them all (1001) and stops. */
export function serveGraphQLOverWebSocket<Extra extends SocketExtra>(
  wss: WebSocketServer,
  server: Server<Extra>,
  extraOf: (base: SocketExtra) => Extra,
): { dispose(): Promise<void> } {
  wss.on('connection', (socket, request) => {
    socket.once('error', (error: Error & { code?: string }) => {
      // A client's protocol error (an oversized or malformed frame): ws has closed the socket with its code.
      if (error.code?.startsWith('WS_ERR_')) return;
      closeOnInternalError(socket, 'on a WebSocket', error);
    });
    const stopKeepAlive = keepAlive(socket);
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: batchedSender(socket, request.socket),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', (data) => {
            handle(String(data)).catch((error: unknown) => closeOnInternalError(socket, 'handling a message', error));
          }),
      },
      extraOf({ socket, request }),
    );
    socket.once('close', (code, reason) => {
      stopKeepAlive();
      void closed(code, String(reason));
    });
  });
  return {
    async dispose() {
      for (const client of wss.clients) client.close(1001, 'Going away');
      wss.removeAllListeners();
      await new Promise<void>((resolve, reject) => wss.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
