// A graphql-ws client for tests: fails fast (no retries) and collects events with a timeout.
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export function wsClient(url: string, authorization?: string): Client {
  return createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { authorization } : {},
    // Fail right away instead of reconnecting: a refused connection is what some tests expect.
    retryAttempts: 0,
    lazy: true,
  });
}

export interface Collector<T> {
  events: T[];
  /** Resolves once `count` events arrived; rejects after `ms`. */
  waitFor(count: number, ms?: number): Promise<T[]>;
  /** Resolves with the close/error the subscription ended with. */
  ended: Promise<unknown>;
  stop(): void;
}

export function collect<T>(client: Client, query: string, variables?: Record<string, unknown>): Collector<T> {
  const events: T[] = [];
  let notify = () => {};
  let end: (reason: unknown) => void = () => {};
  const ended = new Promise<unknown>((resolve) => {
    end = resolve;
  });
  const stop = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        events.push((result.data ?? result) as T);
        notify();
      },
      error: (error) => end(error),
      complete: () => end('complete'),
    },
  );
  return {
    events,
    ended,
    stop,
    waitFor(count, ms = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out with ${events.length}/${count} events: ${JSON.stringify(events)}`)), ms);
        const check = () => {
          if (events.length >= count) {
            clearTimeout(timer);
            resolve(events.slice(0, count));
          }
        };
        notify = check;
        check();
      });
    },
  };
}
