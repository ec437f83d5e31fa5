// The event bus for usage changes. Changes travel through a pluggable event target (in memory by
// default; a Redis event target, @graphql-yoga/redis-event-target, makes the bus span instances).
// Each change topic has one listener on that target, attached while the topic has local
// subscribers: it hands a change only to the subscribers whose filter matches (found through an
// index, not by asking each one), straight into their coalescing queues. Dispatch is synchronous,
// so every queue receives changes in publishing (commit) order.
import type { PubSubEventTarget } from 'graphql-yoga';
import { budgetCoalescing, rateLimitCoalescing } from './change-coalescing.js';
import { type CoalescingQueue, type CoalescingRules, coalescingQueue, type Subscription } from './coalesce.js';
import type { UsageEvents, UsagePublisher } from './events.js';
import { createSubscriberIndex } from './subscriber-index.js';
import type { UsageFilter } from './usage-filter.js';

export type UsageTopics = { [Topic in keyof UsageEvents]: [UsageEvents[Topic]] };
export type ChangeTopic = 'budget:changed' | 'rateLimit:changed';
type UsageEventTarget = PubSubEventTarget<UsageTopics>;

export interface UsagePubSub extends UsagePublisher {
  /**
   * Changes on `topic` matching `filter`, from the first read until the reader returns; pending
   * changes of one object merge while the reader is slow.
   */
  subscribe<Topic extends ChangeTopic>(topic: Topic, filter: UsageFilter): Subscription<UsageEvents[Topic]>;
  /** Subscribers currently listening (released when one unsubscribes or disconnects). */
  activeSubscriptions(): number;
}

interface Channel<Change> {
  subscribe(filter: UsageFilter): Subscription<Change>;
  readonly size: number;
}

function createChannel<Topic extends ChangeTopic>(
  target: UsageEventTarget,
  topic: Topic,
  rules: CoalescingRules<UsageEvents[Topic]>,
): Channel<UsageEvents[Topic]> {
  type Change = UsageEvents[Topic];
  interface Subscriber {
    filter: UsageFilter;
    queue: CoalescingQueue<Change>;
  }
  const index = createSubscriberIndex<Subscriber>();
  const listener = (event: CustomEvent<Change>) => {
    const change = event.detail;
    index.forEachMatch(change, (subscriber) => subscriber.queue.offer(change));
  };

  return {
    subscribe(filter) {
      const subscriber: Subscriber = {
        filter,
        queue: coalescingQueue<Change>({
          ...rules,
          onOpen() {
            if (index.size === 0) target.addEventListener(topic, listener);
            index.add(subscriber);
          },
          onClose() {
            index.remove(subscriber);
            if (index.size === 0) target.removeEventListener(topic, listener);
          },
        }),
      };
      return subscriber.queue;
    },
    get size() {
      return index.size;
    },
  };
}

export function createUsagePubSub(eventTarget?: UsageEventTarget): UsagePubSub {
  const target = eventTarget ?? (new EventTarget() as UsageEventTarget);
  const channels: { [Topic in ChangeTopic]: Channel<UsageEvents[Topic]> } = {
    'budget:changed': createChannel(target, 'budget:changed', budgetCoalescing),
    'rateLimit:changed': createChannel(target, 'rateLimit:changed', rateLimitCoalescing),
  };
  const listening = (topic: keyof UsageEvents) => topic !== 'usage:recorded' && channels[topic].size > 0;
  // In memory, only local subscribers can hear a topic; a shared target may have listeners elsewhere.
  const hasSubscribers = eventTarget === undefined ? listening : () => true;

  return {
    publish(topic, payload) {
      if (hasSubscribers(topic)) target.dispatchEvent(new CustomEvent(topic, { detail: payload }));
    },
    hasSubscribers,
    subscribe: (topic, filter) => channels[topic].subscribe(filter),
    activeSubscriptions: () => channels['budget:changed'].size + channels['rateLimit:changed'].size,
  };
}
