// The event bus for usage changes. Changes travel through a pluggable event target (in memory by
// default; a Redis event target, @graphql-yoga/redis-event-target, makes the bus span instances).
// Each change topic has one listener on that target, attached while the topic has local
// subscribers: it hands a change only to the subscribers whose filter matches (found through an
// index, not by asking each one), straight into their coalescing queues. Dispatch is synchronous,
// so every queue receives changes in publishing (commit) order. Live subscriptions can be ended from
// outside: all of them at shutdown (an SSE stream then completes instead of holding its connection
// open), and those a virtual key holds as credential once the key is revoked (deactivated or
// deleted), on whichever instance they run.
import type { PubSubEventTarget } from 'graphql-yoga';
import { LimitExceededError } from '../domain/errors.js';
import { budgetCoalescing, rateLimitCoalescing } from './change-coalescing.js';
import { type CoalescingQueue, type CoalescingRules, coalescingQueue, type Subscription } from './coalesce.js';
import type { UsageEvents, UsagePublisher, VirtualKeyRevoked } from './events.js';
import { createSubscriberIndex } from './subscriber-index.js';
import type { UsageFilter } from './usage-filter.js';

export type UsageTopics = { [Topic in keyof UsageEvents]: [UsageEvents[Topic]] };
export type ChangeTopic = 'budget:changed' | 'rateLimit:changed';
type UsageEventTarget = PubSubEventTarget<UsageTopics>;

export interface UsagePubSub extends UsagePublisher {
  /**
   * Changes on `topic` matching `filter`, from the first read until the reader returns; pending
   * changes of one object merge while the reader is slow. A subscription held by a virtual key ends
   * when that key is revoked. Refused (LimitExceededError) when its holder holds the most allowed.
   */
  subscribe<Topic extends ChangeTopic>(topic: Topic, filter: UsageFilter, holder: SubscriptionHolder): Subscription<UsageEvents[Topic]>;
  /** Subscribers currently listening (released when one unsubscribes or disconnects). */
  activeSubscriptions(): number;
  /** Ends every live subscription: its subscriber sees a normal completion. */
  closeSubscriptions(): void;
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

/** Who holds a subscription: the admin token or a virtual key (by id), whose own end when it is revoked. */
export type SubscriptionHolder = { kind: 'admin' } | { kind: 'virtualKey'; id: string };

/** Subscriptions one credential may hold at once, on this instance, unless configured otherwise. */
export const DEFAULT_MAX_SUBSCRIPTIONS_PER_CREDENTIAL = 1_000;

const holderKey = (holder: SubscriptionHolder) => (holder.kind === 'admin' ? 'admin' : `virtualKey:${holder.id}`);

/** The live subscriptions, all of them and by the credential holding them. */
function createLiveSubscriptions(target: UsageEventTarget, maxPerHolder: number) {
  type Live = Subscription<unknown>;
  const live = new Set<Live>();
  const held = new Map<string, Set<Live>>();
  // Virtual keys holding subscriptions here: while there are any, revocations are listened to.
  let keyHolders = 0;
  const endHeld = (event: CustomEvent<VirtualKeyRevoked>) => {
    const key = holderKey({ kind: 'virtualKey', id: event.detail.virtualKeyId });
    for (const subscription of [...(held.get(key) ?? [])]) void subscription.return();
  };

  function hold(subscription: Live, holder: SubscriptionHolder) {
    const key = holderKey(holder);
    let byHolder = held.get(key);
    if (byHolder === undefined) {
      held.set(key, (byHolder = new Set()));
      if (holder.kind === 'virtualKey' && keyHolders++ === 0) target.addEventListener('virtualKey:revoked', endHeld);
    }
    byHolder.add(subscription);
  }

  function release(subscription: Live, holder: SubscriptionHolder) {
    live.delete(subscription);
    const key = holderKey(holder);
    const byHolder = held.get(key);
    if (!byHolder?.delete(subscription) || byHolder.size > 0) return;
    held.delete(key);
    if (holder.kind === 'virtualKey' && --keyHolders === 0) target.removeEventListener('virtualKey:revoked', endHeld);
  }

  return {
    track<T>(open: () => Subscription<T>, holder: SubscriptionHolder): Subscription<T> {
      if ((held.get(holderKey(holder))?.size ?? 0) >= maxPerHolder) {
        throw new LimitExceededError(`this credential already holds ${maxPerHolder} subscriptions, the most allowed at once`);
      }
      const source = open();
      const subscription: Subscription<T> = {
        next: () => source.next(),
        return: () => {
          release(subscription, holder);
          return source.return();
        },
        [Symbol.asyncIterator]() {
          return this;
        },
      };
      live.add(subscription);
      hold(subscription, holder);
      return subscription;
    },
    /** Whether any subscription here is held by a virtual key. */
    anyKeyHolder: () => keyHolders > 0,
    closeAll() {
      // Returning the source also settles a next() parked on it, so the subscriber completes now.
      for (const subscription of [...live]) void subscription.return();
    },
  };
}

export interface UsagePubSubOptions {
  /** The bus (in memory when absent); a shared one spans instances. */
  eventTarget?: UsageEventTarget;
  maxSubscriptionsPerCredential?: number;
}

export function createUsagePubSub({
  eventTarget,
  maxSubscriptionsPerCredential = DEFAULT_MAX_SUBSCRIPTIONS_PER_CREDENTIAL,
}: UsagePubSubOptions = {}): UsagePubSub {
  const target = eventTarget ?? (new EventTarget() as UsageEventTarget);
  const channels: { [Topic in ChangeTopic]: Channel<UsageEvents[Topic]> } = {
    'budget:changed': createChannel(target, 'budget:changed', budgetCoalescing),
    'rateLimit:changed': createChannel(target, 'rateLimit:changed', rateLimitCoalescing),
  };
  const live = createLiveSubscriptions(target, maxSubscriptionsPerCredential);
  const listening = (topic: keyof UsageEvents) => {
    if (topic === 'usage:recorded') return false;
    return topic === 'virtualKey:revoked' ? live.anyKeyHolder() : channels[topic].size > 0;
  };
  // In memory, only local subscribers can hear a topic; a shared target may have listeners elsewhere.
  const hasSubscribers = eventTarget === undefined ? listening : () => true;

  return {
    publish(topic, payload) {
      if (hasSubscribers(topic)) target.dispatchEvent(new CustomEvent(topic, { detail: payload }));
    },
    hasSubscribers,
    subscribe: (topic, filter, holder) => live.track(() => channels[topic].subscribe(filter), holder),
    activeSubscriptions: () => channels['budget:changed'].size + channels['rateLimit:changed'].size,
    closeSubscriptions: () => live.closeAll(),
  };
}
