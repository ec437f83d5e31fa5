// Delivery to one subscriber: a queue the publisher pushes into and the subscriber reads from. Events
// flow through one by one while the subscriber keeps up (a waiting read takes the event at once);
// while it is slow, pending events for the same key merge (latest state wins, nothing final is
// lost), so its backlog is bounded by the number of objects it watches, capped at `limit`.

export interface CoalescingRules<T> {
  /** Events with the same key replace each other while pending. */
  keyOf: (event: T) => string;
  /** Combines a pending event with a newer one for the same key. */
  merge: (older: T, newer: T) => T;
}

export interface CoalesceOptions<T> extends CoalescingRules<T> {
  /** Most pending keys; past it the oldest pending event is dropped (documented back-pressure). */
  limit?: number;
  /** Called once, on the first read: the queue should start receiving offers. */
  onOpen?: () => void;
  /** Called once, when the reader returns: the queue receives nothing more. */
  onClose?: () => void;
}

/** A subscriber's stream: returning it (unsubscribing) releases it at once. */
export interface Subscription<T> extends AsyncIterableIterator<T> {
  return(): Promise<IteratorResult<T>>;
}

export interface CoalescingQueue<T> extends Subscription<T> {
  /** Hands `event` to a waiting read, or adds it to the backlog. */
  offer(event: T): void;
}

export const DEFAULT_PENDING_LIMIT = 10_000;

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

export function coalescingQueue<T>(options: CoalesceOptions<T>): CoalescingQueue<T> {
  const { keyOf, merge, limit = DEFAULT_PENDING_LIMIT, onOpen, onClose } = options;
  // Insertion order is delivery order; a merged event moves to the end, after what it supersedes.
  const pending = new Map<string, T>();
  const reads: Array<(result: IteratorResult<T>) => void> = [];
  let state: 'idle' | 'open' | 'closed' = 'idle';

  return {
    offer(event) {
      if (state !== 'open') return;
      const read = reads.shift();
      if (read) {
        read({ done: false, value: event });
        return;
      }
      const key = keyOf(event);
      const older = pending.get(key);
      if (older === undefined) {
        if (pending.size >= limit) pending.delete(pending.keys().next().value as string);
        pending.set(key, event);
      } else {
        pending.delete(key);
        pending.set(key, merge(older, event));
      }
    },
    next() {
      if (state === 'idle') {
        state = 'open';
        onOpen?.();
      }
      const first = pending.entries().next();
      if (!first.done) {
        pending.delete(first.value[0]);
        return Promise.resolve({ done: false, value: first.value[1] });
      }
      if (state === 'closed') return Promise.resolve(DONE);
      return new Promise((resolve) => reads.push(resolve));
    },
    return() {
      if (state !== 'closed') {
        const wasOpen = state === 'open';
        state = 'closed';
        pending.clear();
        if (wasOpen) onClose?.();
        for (const read of reads.splice(0)) read(DONE);
      }
      return Promise.resolve(DONE);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
