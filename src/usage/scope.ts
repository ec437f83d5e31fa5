// The hierarchy above a budget's or rate limit's owner (virtual key, team, customer), looked up when
// a change is published, so subscribers filter without touching the database.
import type { SqliteStatements } from '../db/sqlite-prepared.js';
import type { OwnerRef, UsageScope } from '../domain/entities.js';
import { boundedCache } from '../domain/bounded-cache.js';
import { lineageOf, ownerKey, scopeOfLineage } from '../domain/owners.js';
import { prepareParentLookup } from './owner-parents.js';

export interface ScopeResolver {
  scopeOf(owner: OwnerRef): UsageScope;
  /** Governance changed: owners may have moved. */
  invalidate(): void;
}

const CACHE_LIMIT = 50_000;

export function createScopeResolver(statements: SqliteStatements): ScopeResolver {
  const parentsOf = prepareParentLookup(statements);
  // Owners rarely move, and every move is a governance write that invalidates: cache per owner.
  const cache = boundedCache<UsageScope>(CACHE_LIMIT);
  return {
    scopeOf: (owner) => cache.get(ownerKey(owner), () => scopeOfLineage(lineageOf(owner, parentsOf))),
    invalidate: () => cache.clear(),
  };
}
