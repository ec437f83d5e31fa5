// A map for derived data that governance writes invalidate: computed on first use, cleared whole
// when it grows past its limit (no eviction bookkeeping on the hot path).
export interface BoundedCache<V> {
  /** `compute` receives the key, so hot callers can pass a module-level function instead of a fresh closure. */
  get(key: string, compute: (key: string) => V): V;
  /** The cached value, or undefined when there is none (for callers that fill many misses at once). */
  peek(key: string): V | undefined;
  set(key: string, value: V): void;
  delete(key: string): void;
  clear(): void;
}

export function boundedCache<V>(limit: number): BoundedCache<V> {
  const entries = new Map<string, V>();
  const set = (key: string, value: V) => {
    if (entries.size >= limit) entries.clear();
    entries.set(key, value);
  };
  return {
    get(key, compute) {
      let value = entries.get(key);
      if (value === undefined) {
        value = compute(key);
        set(key, value);
      }
      return value;
    },
    peek: (key) => entries.get(key),
    set,
    delete: (key) => entries.delete(key),
    clear: () => entries.clear(),
  };
}

/** A value to cache and what it was derived from. */
export interface Derived<V> {
  value: V;
  dependsOn: Iterable<string>;
}

/**
 * A bounded cache whose entries are also filed under what each was derived from, so a change to one
 * of those forgets just the entries derived from it. An entry is derived from its own key too.
 */
export interface DependentCache<V> {
  get(key: string, compute: (key: string) => Derived<V>): V;
  /** Forgets every entry derived from `dependency`. */
  forget(dependency: string): void;
  clear(): void;
}

export function dependentCache<V>(limit: number): DependentCache<V> {
  const entries = new Map<string, V>();
  const dependents = new Map<string, Set<string>>();
  const clear = () => {
    entries.clear();
    dependents.clear();
  };
  return {
    get(key, compute) {
      const cached = entries.get(key);
      if (cached !== undefined) return cached;
      const { value, dependsOn } = compute(key);
      if (entries.size >= limit) clear();
      entries.set(key, value);
      for (const dependency of dependsOn) {
        const keys = dependents.get(dependency);
        if (keys) keys.add(key);
        else dependents.set(dependency, new Set([key]));
      }
      return value;
    },
    forget(dependency) {
      entries.delete(dependency);
      for (const key of dependents.get(dependency) ?? []) entries.delete(key);
      dependents.delete(dependency);
    },
    clear,
  };
}
