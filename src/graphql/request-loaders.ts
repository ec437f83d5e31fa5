// Per-request DataLoaders for relation fields whose resolvers call them directly
// (`loader(ctx).load(key)`): one promise per parent object. The dataloader plugin's t.loadable and
// t.loadableGroup wrap each resolution in an async function besides, which on a wide nested read
// (bench P1 resolves relations of some 200,000 parent objects) costs a sizeable share of the time.
// The loaders are registered with the plugin, so clearAllDataLoaders (after a mutation, for each
// subscription event) empties them too.
import { dataloaderGetter } from '@pothos/plugin-dataloader';
import type { GraphQLContext } from './context.js';

/** Reads a whole batch of keys in one statement. */
type BatchLoad<K, V> = (keys: readonly K[], ctx: GraphQLContext) => Promise<readonly V[]>;

/** A loader getter whose batch function already answers one entry per key, in key order. */
function perRequest<K, V>(answer: (keys: readonly K[], ctx: GraphQLContext) => Promise<V[]>) {
  // The plugin types the context as `object`; it is the request's GraphQLContext.
  return dataloaderGetter<K, V, K>(undefined, (keys, ctx) => answer(keys, ctx as GraphQLContext), undefined, false);
}

/** At most one value per key (null when none): `keyOf` names the key a loaded value belongs to. */
export function keyedLoader<K, V>(load: BatchLoad<K, V>, keyOf: (value: V) => K) {
  return perRequest<K, V | null>(async (keys, ctx) => {
    const byKey = new Map<K, V>();
    for (const value of await load(keys, ctx)) byKey.set(keyOf(value), value);
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A list per key, in the order `load` returned them: `keyOf` names the key a value belongs to. */
export function groupedLoader<K, V>(load: BatchLoad<K, V>, keyOf: (value: V) => K | null) {
  return perRequest<K, V[]>(async (keys, ctx) => {
    const groups = new Map<K | null, V[]>();
    for (const value of await load(keys, ctx)) {
      const key = keyOf(value);
      const group = groups.get(key);
      if (group) group.push(value);
      else groups.set(key, [value]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** A list per key, as `load` answers it (one list per key, in key order). */
export function listLoader<K, V>(load: (keys: readonly K[], ctx: GraphQLContext) => Promise<V[][]>) {
  return perRequest<K, V[]>(load);
}
