// What a graceful stop needs besides closing sockets: subscriptions that can be ended from outside
// (an SSE stream then completes instead of holding its connection open), and an HTTP server drained
// of in-flight requests within a deadline.
import type { Server } from 'node:http';
import type { Subscription } from './usage/coalesce.js';
import type { UsagePubSub } from './usage/pubsub.js';

/** How long a stop lets in-flight requests run by default. */
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

export interface ClosablePubSub extends UsagePubSub {
  /** Ends every live subscription: its subscriber sees a normal completion. */
  closeSubscriptions(): void;
}

export function closablePubSub(pubsub: UsagePubSub): ClosablePubSub {
  const live = new Set<Subscription<unknown>>();
  return {
    publish: (topic, payload) => pubsub.publish(topic, payload),
    hasSubscribers: (topic) => pubsub.hasSubscribers(topic),
    activeSubscriptions: () => pubsub.activeSubscriptions(),
    subscribe(topic, filter) {
      const iterator = pubsub.subscribe(topic, filter);
      live.add(iterator);
      return {
        next: () => iterator.next(),
        return: () => {
          live.delete(iterator);
          return iterator.return();
        },
        [Symbol.asyncIterator]() {
          return this;
        },
      };
    },
    closeSubscriptions() {
      // Returning the source also settles a next() parked on it, so the subscriber completes now.
      for (const iterator of [...live]) {
        live.delete(iterator);
        void iterator.return();
      }
    },
  };
}

/**
 * Stops accepting connections, lets in-flight requests finish, and resolves once every connection
 * is gone; connections still busy after `timeoutMs` are cut.
 */
export function drain(server: Server, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // A keep-alive connection goes idle when its last response is sent: close it then, not after keepAliveTimeout.
    const sweep = setInterval(() => server.closeIdleConnections(), 20);
    const deadline = setTimeout(() => server.closeAllConnections(), timeoutMs);
    server.close((error) => {
      clearInterval(sweep);
      clearTimeout(deadline);
      if (error) reject(error);
      else resolve();
    });
    server.closeIdleConnections();
  });
}
