// The send of our graphql-ws transport (ws.ts): graphql-ws pulls a subscription's next event once the
// promise send returns settles, so that promise is the back-pressure. ws writes each message with a
// syscall of its own, which with thousands of subscribers costs more than everything else per event;
// here a socket's first message in a tick leaves at once (a fan-out to many sockets reaches the first
// clients while it is still writing to the rest) and the further ones of that tick follow in one
// write. While the client keeps up (less than FLUSH_WAIT_BYTES not yet handed to the kernel) a send
// settles at once; past that it settles on its flush, so a slow client's subscriptions stop pulling
// and their pending changes coalesce instead of piling up in memory.
import type { Duplex } from 'node:stream';
import type WebSocket from 'ws';

/** Unflushed bytes past which a send settles only on its flush (the back-pressure bound per socket). */
export const FLUSH_WAIT_BYTES = 64 * 1024;

/** Sends text messages on `socket`, whose connection is `stream` (the upgrade request's socket). */
export function batchedSender(socket: WebSocket, stream: Duplex): (data: string) => Promise<void> | undefined {
  // Whether this socket sent in the current tick, and whether its later sends are held for one write.
  let sentThisTick = false;
  let corked = false;
  const endTick = () => {
    sentThisTick = false;
    if (corked) {
      corked = false;
      stream.uncork();
    }
  };

  return (data) => {
    // graphql-ws may still send while a close is under way; such a message has nowhere to go.
    if (socket.readyState !== socket.OPEN) return undefined;
    if (!sentThisTick) {
      sentThisTick = true;
      process.nextTick(endTick);
    } else if (!corked) {
      corked = true;
      stream.cork();
    }
    if (socket.bufferedAmount < FLUSH_WAIT_BYTES) {
      socket.send(data);
      return undefined;
    }
    return new Promise((resolve, reject) => socket.send(data, (error) => (error ? reject(error) : resolve())));
  };
}
