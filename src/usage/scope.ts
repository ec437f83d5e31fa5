// The hierarchy above a budget's or rate limit's owner (virtual key, team, customer), looked up when
// a change is published, so subscribers filter without touching the database.
import type { SqliteStatements } from '../db/sqlite-prepared.js';
import type { OwnerRef, UsageScope } from '../domain/entities.js';
import { dependentCache } from '../domain/bounded-cache.js';
import { lineageOf, ownerKey, scopeOfLineage } from '../domain/owners.js';
import { prepareParentLookup } from './owner-parents.js';

export interface ScopeResolver {
  scopeOf(owner: OwnerRef): UsageScope;
  /** These owners' rows changed: they, and the owners below them, may have moved. */
  forget(owners: readonly OwnerRef[]): void;
  /** Anything may have changed. */
  invalidate(): void;
}

const CACHE_LIMIT = 50_000;

export function createScopeResolver(statements: SqliteStatements): ScopeResolver {
  const parentsOf = prepareParentLookup(statements);
  // Owners rarely move, and every move is a governance write that names the owner: cache per owner,
  // filed under every owner above it.
  const cache = dependentCache<UsageScope>(CACHE_LIMIT);
  const derive = (owner: OwnerRef) => {
    const lineage = lineageOf(owner, parentsOf);
    return { value: scopeOfLineage(lineage), dependsOn: lineage.map(ownerKey) };
  };
  return {
    scopeOf: (owner) => cache.get(ownerKey(owner), () => derive(owner)),
    forget: (owners) => {
      for (const owner of owners) cache.forget(ownerKey(owner));
    },
    invalidate: () => cache.clear(),
  };
}
