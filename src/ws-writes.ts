// Socket writes for subscription fan-out. graphql-ws waits for each message to be flushed before it
// pulls a subscription's next event, and ws writes every message with a syscall of its own: with
// thousands of subscribers that write path costs more than everything else per event. Here a
// message a client keeps up with counts as sent at once. A socket's first message in a tick leaves
// at once (a fan-out to many sockets reaches the first clients while it is still writing to the
// rest, instead of all at its end); the further messages it gets within that tick follow in one
// write. A client that falls behind (more than FLUSH_WAIT_BYTES not yet handed to
// the kernel) makes its sends wait for the flush again, so its subscriptions stop pulling and their
// pending changes coalesce instead of piling up in memory.
import type { Duplex } from 'node:stream';
import type WebSocket from 'ws';

/** Unflushed bytes past which a send waits for its flush (the back-pressure bound per socket). */
export const FLUSH_WAIT_BYTES = 64 * 1024;

type SendCallback = (error?: Error) => void;
interface SendOptions {
  binary?: boolean;
  compress?: boolean;
  fin?: boolean;
  mask?: boolean;
}

/** Applies the batching to `socket`, whose connection is `stream` (the upgrade request's socket). */
export function batchWrites(socket: WebSocket, stream: Duplex): void {
  const send = socket.send.bind(socket) as (data: unknown, options: SendOptions, callback?: SendCallback) => void;
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

  // ws's own signature: send(data, callback?) or send(data, options, callback?).
  socket.send = ((data: unknown, optionsOrCallback?: SendOptions | SendCallback, callback?: SendCallback) => {
    const options = typeof optionsOrCallback === 'function' ? {} : (optionsOrCallback ?? {});
    const done = typeof optionsOrCallback === 'function' ? optionsOrCallback : callback;
    if (!sentThisTick) {
      sentThisTick = true;
      process.nextTick(endTick);
    } else if (!corked && socket.readyState === socket.OPEN) {
      corked = true;
      stream.cork();
    }
    if (done === undefined || socket.bufferedAmount >= FLUSH_WAIT_BYTES) {
      send(data, options, done);
      return;
    }
    send(data, options);
    done();
  }) as WebSocket['send'];
}
