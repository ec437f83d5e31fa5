// The hierarchy above a budget's or rate limit's owner (virtual key, team, customer), looked up with
// prepared statements when a change is published, so subscribers filter without touching the database.
import type SQLite from 'better-sqlite3';
import type { OwnerRef } from '../domain/entities.js';
import { boundedCache } from '../domain/bounded-cache.js';
import type { UsageScope } from '../domain/entities.js';

const NONE: UsageScope = { virtualKeyId: null, teamId: null, customerId: null };

export interface ScopeResolver {
  scopeOf(owner: OwnerRef): UsageScope;
  /** Governance changed: owners may have moved. */
  invalidate(): void;
}

const CACHE_LIMIT = 50_000;

export function createScopeResolver(sqlite: SQLite.Database): ScopeResolver {
  const configKey = sqlite.prepare<[number], { virtual_key_id: string }>('select virtual_key_id from provider_configs where id = ?');
  const keyParents = sqlite.prepare<[string], { team_id: string | null; customer_id: string | null }>(
    'select team_id, customer_id from virtual_keys where id = ?',
  );
  const teamCustomer = sqlite.prepare<[string], { customer_id: string | null }>('select customer_id from teams where id = ?');

  const ofTeam = (teamId: string): UsageScope => ({
    virtualKeyId: null,
    teamId,
    customerId: teamCustomer.get(teamId)?.customer_id ?? null,
  });
  const ofKey = (virtualKeyId: string): UsageScope => {
    const parents = keyParents.get(virtualKeyId);
    if (!parents) return { ...NONE, virtualKeyId };
    const team = parents.team_id ? ofTeam(parents.team_id) : null;
    return { virtualKeyId, teamId: parents.team_id, customerId: parents.customer_id ?? team?.customerId ?? null };
  };

  const lookUp = (owner: OwnerRef): UsageScope => {
    switch (owner.kind) {
      case 'virtual_key':
        return ofKey(String(owner.id));
      case 'provider_config': {
        const config = configKey.get(Number(owner.id));
        return config ? ofKey(config.virtual_key_id) : NONE;
      }
      case 'team':
        return ofTeam(String(owner.id));
      case 'customer':
        return { ...NONE, customerId: String(owner.id) };
      default:
        return NONE;
    }
  };

  // Owners rarely move, and every move is a governance write that invalidates: cache per owner.
  const cache = boundedCache<UsageScope>(CACHE_LIMIT);
  return {
    scopeOf: (owner) => cache.get(`${owner.kind}:${owner.id}`, () => lookUp(owner)),
    invalidate: () => cache.clear(),
  };
}
