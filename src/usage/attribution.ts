// Which budgets and rate limits a request touches (spec §5.2 order, §5.4 levels): the virtual key's
// provider config, the key and every owner above it in the registry (team, customer, business
// unit), the provider's governance and matching model configs. Cached per (key, provider, model)
// until a governance write changes an owner it was derived from.
import type { SqliteStatements } from '../db/sqlite-prepared.js';
import { type Derived, dependentCache } from '../domain/bounded-cache.js';
import type { OwnerKind, OwnerRef } from '../domain/entities.js';
import { lineageOf, OWNERS, type OwnerColumn, ownerKey, parentsOfRow } from '../domain/owners.js';
import { bareModel } from '../domain/usage.js';
import { prepareParentLookup } from './owner-parents.js';

export interface CounterRef {
  kind: 'budget' | 'rate_limit';
  id: string;
}

export interface Attribution {
  /** The key and the owner it hangs off (its team, else its customer). */
  virtualKey: { id: string; isActive: boolean; parent: OwnerRef | null } | null;
  /** The VK's config for the requested provider; null when the VK has none (deny-by-default). */
  providerConfig: { id: number; allowedModels: string[] } | null;
  /** Every counter the request is checked against and charged to, in admission order. */
  counters: CounterRef[];
}

const CACHE_LIMIT = 50_000;

/** What the attributions of keys that did not exist when looked up are filed under. */
const UNKNOWN_KEYS = 'unknown keys';

/**
 * Owners found by the request's provider and model rather than by the key's parents: which
 * attributions a change to one reaches is not tracked, so it forgets them all (they change rarely).
 */
const MATCHED_BY_REQUEST: ReadonlySet<OwnerKind> = new Set(['provider', 'model_config']);

const KEY_PARENT_COLUMNS = OWNERS.virtual_key.parents.map((edge) => edge.column);

export type AttributionResolver = ReturnType<typeof createAttributionResolver>;

interface ModelConfigMatch {
  model: string;
  provider: string;
  teamId: string;
  customerId: string;
  virtualKeyId: string;
}

export function createAttributionResolver(statements: SqliteStatements) {
  const virtualKey = statements.prepare((p: { key: string }, db) =>
    db.selectFrom('virtual_keys')
      .select(['id', 'is_active'])
      .select(KEY_PARENT_COLUMNS.map((column) => db.dynamic.ref(column)))
      .where((eb) => eb.or([eb('value', '=', p.key), eb('id', '=', p.key)])),
  );
  const parentsOf = prepareParentLookup(statements);
  const providerConfig = statements.prepare((p: { virtualKeyId: string; provider: string }, db) =>
    db.selectFrom('provider_configs')
      .select(['id', 'allowed_models'])
      .where('virtual_key_id', '=', p.virtualKeyId)
      .where('provider', '=', p.provider),
  );
  const providerId = statements.prepare((p: { name: string }, db) => db.selectFrom('providers').select('id').where('name', '=', p.name));
  const modelConfigs = statements.prepare((p: ModelConfigMatch, db) =>
    db.selectFrom('model_configs')
      .select('id')
      .where('model_name', '=', p.model)
      .where((eb) => eb.or([eb('provider', '=', p.provider), eb('provider', 'is', null)]))
      .where((eb) =>
        eb.or([
          eb('scope', '=', 'global'),
          eb.and([eb('scope', '=', 'team'), eb('scope_id', '=', p.teamId)]),
          eb.and([eb('scope', '=', 'customer'), eb('scope_id', '=', p.customerId)]),
          eb.and([eb('scope', '=', 'virtual_key'), eb('scope_id', '=', p.virtualKeyId)]),
        ]),
      )
      .orderBy((eb) => eb('provider', 'is', null))
      .orderBy('scope'),
  );
  const idsByOwner = (table: 'budgets' | 'rate_limits', column: OwnerColumn) =>
    statements.prepare((p: { ownerId: string | number }, db) =>
      db.selectFrom(table).select('id').where(column, '=', p.ownerId).orderBy('created_at').orderBy('id'),
    );
  const lookups = new Map<string, ReturnType<typeof idsByOwner>>();
  const counterIds = (kind: CounterRef['kind'], owner: OwnerRef): CounterRef[] => {
    const table = kind === 'budget' ? 'budgets' : 'rate_limits';
    const column = OWNERS[owner.kind].column;
    const key = `${table}.${column}`;
    let lookup = lookups.get(key);
    if (!lookup) {
      lookup = idsByOwner(table, column);
      lookups.set(key, lookup);
    }
    return lookup.all({ ownerId: owner.id }).map(({ id }) => ({ kind, id }));
  };

  function resolveUncached(key: string | null, provider: string, model: string): Derived<Attribution | 'unknown_key'> {
    const vk = key ? virtualKey.get({ key }) : undefined;
    if (key && !vk) return { value: 'unknown_key', dependsOn: [UNKNOWN_KEYS] };
    const keyRef: OwnerRef | null = vk ? { kind: 'virtual_key', id: vk.id } : null;
    const keyParents = vk ? parentsOfRow('virtual_key', vk) : [];
    // The key, its team, customer and business unit: the owners it is charged to, most specific first.
    const lineage = keyRef ? lineageOf(keyRef, (owner) => (owner === keyRef ? keyParents : parentsOf(owner))) : [];
    const idOf = (kind: OwnerKind) => String(lineage.find((owner) => owner.kind === kind)?.id ?? '');
    const config = vk ? providerConfig.get({ virtualKeyId: vk.id, provider }) : undefined;
    const providerRow = providerId.get({ name: provider });
    const models = modelConfigs.all({ model, provider, teamId: idOf('team'), customerId: idOf('customer'), virtualKeyId: vk?.id ?? '' });
    const owners: OwnerRef[] = [...(config ? [{ kind: 'provider_config' as const, id: config.id }] : []), ...lineage];
    const global: OwnerRef[] = [
      ...(providerRow ? [{ kind: 'provider' as const, id: providerRow.id }] : []),
      ...models.map(({ id }) => ({ kind: 'model_config' as const, id })),
    ];
    // Spec §5.2: provider and model governance first, then rate limits, then budgets, most specific first.
    const counters = [
      ...global.flatMap((owner) => [...counterIds('rate_limit', owner), ...counterIds('budget', owner)]),
      ...owners.flatMap((owner) => counterIds('rate_limit', owner)),
      ...owners.flatMap((owner) => counterIds('budget', owner)),
    ];
    const attribution: Attribution = {
      virtualKey: vk ? { id: vk.id, isActive: vk.is_active !== 0, parent: keyParents[0] ?? null } : null,
      providerConfig: config ? { id: config.id, allowedModels: JSON.parse(config.allowed_models) as string[] } : null,
      counters,
    };
    return { value: attribution, dependsOn: owners.map(ownerKey) };
  }
  const cache = dependentCache<Attribution | 'unknown_key'>(CACHE_LIMIT);

  return {
    /** The attribution of a request; 'unknown_key' when a key is given and matches no virtual key. */
    resolve(key: string | null | undefined, provider: string, model: string): Attribution | 'unknown_key' {
      const bare = bareModel(model, provider);
      return cache.get(`${key ?? ''}\u0000${provider}\u0000${bare}`, () => resolveUncached(key ?? null, provider, bare));
    },
    /** These owners' rows or limits changed: forget the attributions derived from them. */
    forget(owners: readonly OwnerRef[]): void {
      if (owners.some((owner) => MATCHED_BY_REQUEST.has(owner.kind))) {
        cache.clear();
        return;
      }
      for (const owner of owners) {
        cache.forget(ownerKey(owner));
        // A new key may carry a value that was looked up before it existed.
        if (owner.kind === 'virtual_key') cache.forget(UNKNOWN_KEYS);
      }
    },
    /** Anything may have changed. */
    invalidate(): void {
      cache.clear();
    },
  };
}
