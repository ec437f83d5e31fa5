// Which budgets and rate limits a request touches (spec §5.2 order, §5.4 levels): the virtual key's
// provider config, the key and every owner above it in the registry (team, customer, business
// unit), the provider's governance and matching model configs. Cached per (key, provider, model)
// until governance changes.
import type SQLite from 'better-sqlite3';
import { boundedCache } from '../domain/bounded-cache.js';
import type { OwnerKind, OwnerRef } from '../domain/entities.js';
import { lineageOf, OWNERS, type OwnerColumn, parentsOfRow } from '../domain/owners.js';
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

interface VirtualKeyRow {
  id: string;
  is_active: number;
  [parentColumn: string]: unknown;
}

const CACHE_LIMIT = 50_000;

const KEY_PARENT_COLUMNS = OWNERS.virtual_key.parents.map((edge) => edge.column).join(', ');

export type AttributionResolver = ReturnType<typeof createAttributionResolver>;

export function createAttributionResolver(sqlite: SQLite.Database) {
  const virtualKey = sqlite.prepare<[string, string], VirtualKeyRow>(
    `select id, is_active, ${KEY_PARENT_COLUMNS} from virtual_keys where value = ? or id = ?`,
  );
  const parentsOf = prepareParentLookup(sqlite);
  const providerConfig = sqlite.prepare<[string, string], { id: number; allowed_models: string }>(
    'select id, allowed_models from provider_configs where virtual_key_id = ? and provider = ?',
  );
  const providerId = sqlite.prepare<[string], { id: number }>('select id from providers where name = ?');
  const modelConfigs = sqlite.prepare<[string, string, string, string, string], { id: string }>(
    `select id from model_configs where model_name = ? and (provider = ? or provider is null)
       and (scope = 'global' or (scope = 'team' and scope_id = ?) or (scope = 'customer' and scope_id = ?)
         or (scope = 'virtual_key' and scope_id = ?))
     order by provider is null, scope`,
  );
  const idsByOwner = (table: 'budgets' | 'rate_limits', column: OwnerColumn) =>
    sqlite.prepare<[string | number], { id: string }>(`select id from ${table} where ${column} = ? order by created_at, id`);
  const statements = new Map<string, ReturnType<typeof idsByOwner>>();
  const counterIds = (kind: CounterRef['kind'], owner: OwnerRef): CounterRef[] => {
    const table = kind === 'budget' ? 'budgets' : 'rate_limits';
    const column = OWNERS[owner.kind].column;
    const key = `${table}.${column}`;
    let statement = statements.get(key);
    if (!statement) {
      statement = idsByOwner(table, column);
      statements.set(key, statement);
    }
    return statement.all(owner.id).map(({ id }) => ({ kind, id }));
  };

  function resolveUncached(key: string | null, provider: string, model: string): Attribution | 'unknown_key' {
    const vk = key ? virtualKey.get(key, key) : undefined;
    if (key && !vk) return 'unknown_key';
    const keyRef: OwnerRef | null = vk ? { kind: 'virtual_key', id: vk.id } : null;
    const keyParents = vk ? parentsOfRow('virtual_key', vk) : [];
    // The key, its team, customer and business unit: the owners it is charged to, most specific first.
    const lineage = keyRef ? lineageOf(keyRef, (owner) => (owner === keyRef ? keyParents : parentsOf(owner))) : [];
    const idOf = (kind: OwnerKind) => String(lineage.find((owner) => owner.kind === kind)?.id ?? '');
    const config = vk ? providerConfig.get(vk.id, provider) : undefined;
    const providerRow = providerId.get(provider);
    const models = modelConfigs.all(model, provider, idOf('team'), idOf('customer'), vk?.id ?? '');
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
    return {
      virtualKey: vk ? { id: vk.id, isActive: vk.is_active !== 0, parent: keyParents[0] ?? null } : null,
      providerConfig: config ? { id: config.id, allowedModels: JSON.parse(config.allowed_models) as string[] } : null,
      counters,
    };
  }
  const cache = boundedCache<Attribution | 'unknown_key'>(CACHE_LIMIT);

  return {
    /** The attribution of a request; 'unknown_key' when a key is given and matches no virtual key. */
    resolve(key: string | null | undefined, provider: string, model: string): Attribution | 'unknown_key' {
      const bare = bareModel(model, provider);
      return cache.get(`${key ?? ''}\u0000${provider}\u0000${bare}`, () => resolveUncached(key ?? null, provider, bare));
    },
    /** Governance changed (a mutation committed): forget every cached attribution. */
    invalidate(): void {
      cache.clear();
    },
  };
}
