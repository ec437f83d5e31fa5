// Which budgets and rate limits a request touches (spec §5.2 order, §5.4 levels): the virtual key,
// its provider config, team, customer and business unit, the provider's governance and matching
// model configs. Cached per (key, provider, model) until governance changes.
import type SQLite from 'better-sqlite3';
import { bareModel } from '../domain/usage.js';
import type { OwnerColumn } from '../domain/owners.js';
import { boundedCache } from '../domain/bounded-cache.js';

export interface CounterRef {
  kind: 'budget' | 'rate_limit';
  id: string;
}

export interface Attribution {
  virtualKey: { id: string; isActive: boolean; teamId: string | null; customerId: string | null } | null;
  /** The VK's config for the requested provider; null when the VK has none (deny-by-default). */
  providerConfig: { id: number; allowedModels: string[] } | null;
  /** Every counter the request is checked against and charged to, in admission order. */
  counters: CounterRef[];
}

interface VirtualKeyRow {
  id: string;
  is_active: number;
  team_id: string | null;
  customer_id: string | null;
}

const CACHE_LIMIT = 50_000;

export type AttributionResolver = ReturnType<typeof createAttributionResolver>;

export function createAttributionResolver(sqlite: SQLite.Database) {
  const virtualKey = sqlite.prepare<[string, string], VirtualKeyRow>(
    'select id, is_active, team_id, customer_id from virtual_keys where value = ? or id = ?',
  );
  const teamCustomer = sqlite.prepare<[string], { customer_id: string | null }>('select customer_id from teams where id = ?');
  const customerUnit = sqlite.prepare<[string], { business_unit_id: string | null }>(
    'select business_unit_id from customers where id = ?',
  );
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
  const counterIds = (kind: CounterRef['kind'], column: OwnerColumn, owner: string | number | null): CounterRef[] => {
    if (owner == null) return [];
    const table = kind === 'budget' ? 'budgets' : 'rate_limits';
    const key = `${table}.${column}`;
    let statement = statements.get(key);
    if (!statement) {
      statement = idsByOwner(table, column);
      statements.set(key, statement);
    }
    return statement.all(owner).map(({ id }) => ({ kind, id }));
  };

  function resolveUncached(key: string | null, provider: string, model: string): Attribution | 'unknown_key' {
    const vk = key ? virtualKey.get(key, key) : undefined;
    if (key && !vk) return 'unknown_key';
    const customerId = vk ? (vk.customer_id ?? (vk.team_id ? (teamCustomer.get(vk.team_id)?.customer_id ?? null) : null)) : null;
    const unitId = customerId ? (customerUnit.get(customerId)?.business_unit_id ?? null) : null;
    const config = vk ? providerConfig.get(vk.id, provider) : undefined;
    const providerRow = providerId.get(provider);
    const models = modelConfigs.all(model, provider, vk?.team_id ?? '', customerId ?? '', vk?.id ?? '').map((m) => m.id);
    const owners: Array<[OwnerColumn, string | number | null]> = [
      ['provider_config_id', config?.id ?? null],
      ['virtual_key_id', vk?.id ?? null],
      ['team_id', vk?.team_id ?? null],
      ['customer_id', customerId],
      ['business_unit_id', unitId],
    ];
    const global: Array<[OwnerColumn, string | number | null]> = [
      ['provider_id', providerRow?.id ?? null],
      ...models.map((id): [OwnerColumn, string] => ['model_config_id', id]),
    ];
    // Spec §5.2: provider and model governance first, then rate limits, then budgets, most specific first.
    const counters = [
      ...global.flatMap(([column, id]) => [...counterIds('rate_limit', column, id), ...counterIds('budget', column, id)]),
      ...owners.flatMap(([column, id]) => counterIds('rate_limit', column, id)),
      ...owners.flatMap(([column, id]) => counterIds('budget', column, id)),
    ];
    return {
      virtualKey: vk
        ? { id: vk.id, isActive: vk.is_active !== 0, teamId: vk.team_id, customerId }
        : null,
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
