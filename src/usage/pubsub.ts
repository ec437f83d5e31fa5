// The in-process event bus for usage changes. Built on Yoga's typed pubsub, whose event target is
// pluggable: a Redis event target (@graphql-yoga/redis-event-target) makes it span instances.
import { createPubSub, type PubSubEventTarget } from 'graphql-yoga';
import type { UsageEvents, UsagePublisher } from './events.js';

type Topics = { [Topic in keyof UsageEvents]: [UsageEvents[Topic]] };

export interface UsagePubSub extends UsagePublisher {
  subscribe<Topic extends keyof UsageEvents>(topic: Topic): AsyncIterable<UsageEvents[Topic]>;
  /** Listeners currently attached (released when a subscriber unsubscribes or disconnects). */
  activeSubscriptions(): number;
}

export function createUsagePubSub(eventTarget?: PubSubEventTarget<Topics>): UsagePubSub {
  const pubsub = createPubSub<Topics>(eventTarget ? { eventTarget } : undefined);
  let active = 0;

  return {
    publish: (topic, payload) => pubsub.publish(topic, payload as never),
    subscribe<Topic extends keyof UsageEvents>(topic: Topic): AsyncIterable<UsageEvents[Topic]> {
      // The repeater yields exactly the published payloads; its type spells that less directly.
      const source = pubsub.subscribe(topic) as unknown as AsyncIterableIterator<UsageEvents[Topic]>;
      active += 1;
      let attached = true;
      const release = () => {
        if (attached) active -= 1;
        attached = false;
      };
      return {
        [Symbol.asyncIterator]: () => ({
          next: async () => {
            const result = await source.next();
            if (result.done) release();
            return result;
          },
          return: async () => {
            release();
            return (await source.return?.()) ?? { done: true, value: undefined };
          },
        }),
      };
    },
    activeSubscriptions: () => active,
  };
}
