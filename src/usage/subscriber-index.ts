// Finds the subscribers a change concerns without asking every subscriber. Each one is filed under
// the most selective field of its filter (a budget id before a virtual key, a team, a customer, an
// owner kind; no filter at all in a bucket of its own), so a change looks in one bucket per field,
// under its own value, and checks only the candidates found there against their whole filter.
import { FILTER_FIELDS, matchesFilter, type UsageChange, type UsageFilter, type UsageFilterField, valueOf } from './usage-filter.js';

export interface Filtered {
  readonly filter: UsageFilter;
}

export interface SubscriberIndex<S extends Filtered> {
  add(subscriber: S): void;
  remove(subscriber: S): void;
  /** Calls `deliver` once for every subscriber whose filter matches `change`. */
  forEachMatch(change: UsageChange, deliver: (subscriber: S) => void): void;
  readonly size: number;
}

export function createSubscriberIndex<S extends Filtered>(): SubscriberIndex<S> {
  const byField = new Map<UsageFilterField, Map<string, Set<S>>>(FILTER_FIELDS.map((field) => [field, new Map()]));
  const unfiltered = new Set<S>();
  let size = 0;

  /** Where a filter is filed: its most selective field's buckets and its value there (null: unfiltered). */
  function slotOf(filter: UsageFilter): { buckets: Map<string, Set<S>>; value: string } | null {
    const field = FILTER_FIELDS.find((candidate) => filter[candidate] !== undefined);
    return field === undefined ? null : { buckets: byField.get(field)!, value: filter[field]! };
  }

  function deliverMatches(bucket: Set<S> | undefined, change: UsageChange, deliver: (subscriber: S) => void): void {
    if (bucket === undefined) return;
    for (const subscriber of bucket) if (matchesFilter(subscriber.filter, change)) deliver(subscriber);
  }

  return {
    add(subscriber) {
      const slot = slotOf(subscriber.filter);
      let bucket = slot ? slot.buckets.get(slot.value) : unfiltered;
      if (bucket === undefined) slot!.buckets.set(slot!.value, (bucket = new Set()));
      if (bucket.has(subscriber)) return;
      bucket.add(subscriber);
      size += 1;
    },
    remove(subscriber) {
      const slot = slotOf(subscriber.filter);
      const bucket = slot ? slot.buckets.get(slot.value) : unfiltered;
      if (!bucket?.delete(subscriber)) return;
      size -= 1;
      // Emptied buckets go, so the ids once watched do not pile up.
      if (slot && bucket.size === 0) slot.buckets.delete(slot.value);
    },
    forEachMatch(change, deliver) {
      for (const field of FILTER_FIELDS) {
        const value = valueOf(change, field);
        if (value !== undefined) deliverMatches(byField.get(field)!.get(value), change, deliver);
      }
      deliverMatches(unfiltered, change, deliver);
    },
    get size() {
      return size;
    },
  };
}
