// A map for derived data that governance writes invalidate: computed on first use, cleared whole
// when it grows past its limit (no eviction bookkeeping on the hot path).
export interface BoundedCache<V> {
  /** `compute` receives the key, so hot callers can pass a module-level function instead of a fresh closure. */
  get(key: string, compute: (key: string) => V): V;
  clear(): void;
}

export function boundedCache<V>(limit: number): BoundedCache<V> {
  const entries = new Map<string, V>();
  return {
    get(key, compute) {
      let value = entries.get(key);
      if (value === undefined) {
        if (entries.size >= limit) entries.clear();
        value = compute(key);
        entries.set(key, value);
      }
      return value;
    },
    clear: () => entries.clear(),
  };
}
