// A map for derived data that governance writes invalidate: computed on first use, cleared whole
// when it grows past its limit (no eviction bookkeeping on the hot path).
export interface BoundedCache<V> {
  /** `compute` receives the key, so hot callers can pass a module-level function instead of a fresh closure. */
  get(key: string, compute: (key: string) => V): V;
  /** The cached value, or undefined when there is none (for callers that fill many misses at once). */
  peek(key: string): V | undefined;
  set(key: string, value: V): void;
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
    clear: () => entries.clear(),
  };
}
