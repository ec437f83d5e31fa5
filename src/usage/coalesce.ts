// Delivery to one subscriber: events flow through one by one while the subscriber keeps up; while
// it is slow, pending events for the same object are merged (latest state wins, nothing final is
// lost), so its backlog is bounded by the number of objects it watches, capped at `limit`.
// Built on Repeater rather than async generators: a generator parked at an await cannot be
// returned, and unsubscribing must release the source listener at once.
import { Repeater } from 'graphql-yoga';

export interface CoalesceOptions<T> {
  /** Only events passing this reach the subscriber (and its backlog). */
  accept: (event: T) => boolean;
  /** Events with the same key replace each other while pending. */
  keyOf: (event: T) => string;
  /** Combines a pending event with a newer one for the same key. */
  merge: (older: T, newer: T) => T;
  /** Most pending keys; past it the oldest pending event is dropped (documented back-pressure). */
  limit?: number;
}

export const DEFAULT_PENDING_LIMIT = 10_000;

export function coalesce<T>(source: AsyncIterable<T>, options: CoalesceOptions<T>): Repeater<T> {
  const { accept, keyOf, merge, limit = DEFAULT_PENDING_LIMIT } = options;
  return new Repeater<T>(async (push, stop) => {
    const iterator = source[Symbol.asyncIterator]();
    const pending = new Map<string, T>();
    let draining = false;
    let stopped = false;

    // Push blocks until the subscriber took the value; meanwhile newer events merge into `pending`.
    const drain = async () => {
      if (draining) return;
      draining = true;
      while (!stopped && pending.size > 0) {
        const [key, event] = pending.entries().next().value as [string, T];
        pending.delete(key);
        await push(event);
      }
      draining = false;
    };

    const released = stop.then(() => {
      stopped = true;
      return iterator.return?.();
    });
    try {
      for (let next = await iterator.next(); !next.done && !stopped; next = await iterator.next()) {
        if (!accept(next.value)) continue;
        const key = keyOf(next.value);
        const older = pending.get(key);
        pending.delete(key);
        if (older === undefined && pending.size >= limit) pending.delete(pending.keys().next().value as string);
        pending.set(key, older === undefined ? next.value : merge(older, next.value));
        void drain();
      }
    } finally {
      stop();
      await released;
    }
  });
}
