import { describe, expect, it } from 'vitest';
import type { UsageScope } from '../../src/domain/entities.js';
import type { BudgetChange } from '../../src/usage/events.js';
import { createUsagePubSub, type SubscriptionHolder, type UsageTopics } from '../../src/usage/pubsub.js';
import type { UsageFilter } from '../../src/usage/usage-filter.js';
import type { PubSubEventTarget } from 'graphql-yoga';

const scope = (virtualKeyId: string | null, teamId: string | null, customerId: string | null): UsageScope => ({ virtualKeyId, teamId, customerId });

function charge(budgetId: string, owner: BudgetChange['owner'], changeScope: UsageScope, currentUsage = 1): BudgetChange {
  return { kind: 'charged', budgetId, owner, previousUsage: 0, currentUsage, delta: currentUsage, at: '2026-01-01T00:00:00.000Z', scope: changeScope };
}

const keyCharge = charge('b-vk1', { kind: 'virtual_key', id: 'vk1' }, scope('vk1', 't1', 'c1'));
const teamCharge = charge('b-t1', { kind: 'team', id: 't1' }, scope(null, 't1', 'c1'));
const otherCustomerCharge = charge('b-vk2', { kind: 'virtual_key', id: 'vk2' }, scope('vk2', 't2', 'c2'));

/** Reads a subscription (which opens it) into a list of budget ids. */
function record(iterator: AsyncIterableIterator<BudgetChange>): string[] {
  const seen: string[] = [];
  void (async () => {
    for await (const change of iterator) seen.push(change.budgetId);
  })();
  return seen;
}

const ADMIN: SubscriptionHolder = { kind: 'admin' };

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** An event target that counts its listeners, standing in for a shared (Redis) one. */
function countingTarget() {
  const target = new EventTarget();
  let listeners = 0;
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  target.addEventListener = (...args: Parameters<EventTarget['addEventListener']>) => {
    listeners += 1;
    add(...args);
  };
  target.removeEventListener = (...args: Parameters<EventTarget['removeEventListener']>) => {
    listeners -= 1;
    remove(...args);
  };
  return { target: target as PubSubEventTarget<UsageTopics>, listeners: () => listeners };
}

describe('usage pubsub', () => {
  it('hands a change only to the subscribers whose filter matches', async () => {
    const pubsub = createUsagePubSub();
    const filters: Record<string, UsageFilter> = {
      everything: {},
      budget: { id: 'b-vk1' },
      key: { virtualKeyId: 'vk1' },
      team: { teamId: 't1' },
      customer: { customerId: 'c1' },
      teamOwned: { ownerKind: 'team' },
      keyInTeam: { teamId: 't1', ownerKind: 'virtual_key' },
      otherKeyInCustomer: { customerId: 'c1', virtualKeyId: 'vk2' },
    };
    const subscriptions = Object.values(filters).map((filter) => pubsub.subscribe('budget:changed', filter, ADMIN));
    const records = subscriptions.map(record);
    for (const change of [keyCharge, teamCharge, otherCustomerCharge]) pubsub.publish('budget:changed', change);
    await tick();
    const seen = Object.fromEntries(Object.keys(filters).map((name, i) => [name, records[i]]));
    expect(seen).toEqual({
      everything: ['b-vk1', 'b-t1', 'b-vk2'],
      budget: ['b-vk1'],
      key: ['b-vk1'],
      team: ['b-vk1', 'b-t1'],
      customer: ['b-vk1', 'b-t1'],
      teamOwned: ['b-t1'],
      keyInTeam: ['b-vk1'],
      otherKeyInCustomer: [],
    });
    for (const iterator of subscriptions) await iterator.return();
    expect(pubsub.activeSubscriptions()).toBe(0);
  });

  it('in memory, knows when a topic has nobody listening (publishers skip the work)', async () => {
    const pubsub = createUsagePubSub();
    expect(pubsub.hasSubscribers('budget:changed')).toBe(false);
    const subscription = pubsub.subscribe('budget:changed', {}, ADMIN);
    // Subscribed but not yet reading: not listening yet.
    expect(pubsub.hasSubscribers('budget:changed')).toBe(false);
    const next = subscription.next();
    expect([pubsub.hasSubscribers('budget:changed'), pubsub.hasSubscribers('rateLimit:changed'), pubsub.hasSubscribers('usage:recorded')]).toEqual([
      true,
      false,
      false,
    ]);
    pubsub.publish('budget:changed', keyCharge);
    expect((await next).value).toBe(keyCharge);
    await subscription.return();
    expect(pubsub.hasSubscribers('budget:changed')).toBe(false);
  });

  it('keeps one listener per topic on a shared event target, and hears changes other instances publish', async () => {
    const { target, listeners } = countingTarget();
    const pubsub = createUsagePubSub({ eventTarget: target });
    // Another instance may be listening: always publish.
    expect(pubsub.hasSubscribers('budget:changed')).toBe(true);
    const subscriptions = Array.from({ length: 50 }, (_, i) => pubsub.subscribe('budget:changed', { virtualKeyId: i % 2 ? 'vk1' : 'vk2' }, ADMIN));
    const records = subscriptions.map(record);
    expect(listeners()).toBe(1);
    target.dispatchEvent(new CustomEvent('budget:changed', { detail: keyCharge }));
    await tick();
    expect(records.map((seen) => seen.length)).toEqual(records.map((_, i) => i % 2));
    for (const iterator of subscriptions) await iterator.return();
    expect([listeners(), pubsub.activeSubscriptions()]).toEqual([0, 0]);
  });

  it('caps the subscriptions one credential holds at once; ended ones free their place', async () => {
    const pubsub = createUsagePubSub({ maxSubscriptionsPerCredential: 2 });
    const key: SubscriptionHolder = { kind: 'virtualKey', id: 'vk1' };
    const held = [pubsub.subscribe('budget:changed', {}, key), pubsub.subscribe('rateLimit:changed', {}, key)];
    expect(() => pubsub.subscribe('budget:changed', {}, key)).toThrow('this credential already holds 2 subscriptions, the most allowed at once');
    // Other credentials have places of their own.
    const others = [pubsub.subscribe('budget:changed', {}, ADMIN), pubsub.subscribe('budget:changed', {}, { kind: 'virtualKey', id: 'vk2' })];
    await held[0]!.return();
    const again = pubsub.subscribe('budget:changed', {}, key);
    expect(() => pubsub.subscribe('budget:changed', {}, key)).toThrow(/already holds 2/);
    for (const subscription of [again, held[1]!, ...others]) await subscription.return();
    const afterAllEnded = [pubsub.subscribe('budget:changed', {}, key), pubsub.subscribe('budget:changed', {}, key)];
    for (const subscription of afterAllEnded) await subscription.return();
  });
});
