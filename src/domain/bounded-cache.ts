// A map for derived data that governance writes invalidate: computed on first use, cleared whole
// when it grows past its limit (no eviction bookkeeping on the hot path).
export interface BoundedCache<V> {
  get(key: string, compute: () => V): V;
  clear(): void;
}

export function boundedCache<V>(limit: number): BoundedCache<V> {
  const entries = new Map<string, V>();
  return {
    get(key, compute) {
      let value = entries.get(key);
      if (value === undefined) {
        if (entries.size >= limit) entries.clear();
        value = compute();
        entries.set(key, value);
      }
      return value;
    },
    clear: () => entries.clear(),
  };
}
