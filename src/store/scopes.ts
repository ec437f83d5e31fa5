// The owners scoped objects point at (team, customer, virtual key): existence checks on write and
// batched display names on read.
import { sql } from 'kysely';
import type { OwnedScope, Scope } from '../domain/scope.js';
import { anyOf, type Db, requireReference } from './common.js';

const SCOPE_OWNER = {
  team: { table: 'teams', entity: 'Team' },
  customer: { table: 'customers', entity: 'Customer' },
  virtual_key: { table: 'virtual_keys', entity: 'Virtual key' },
} as const satisfies Record<OwnedScope, { table: string; entity: string }>;

const OWNED_SCOPES = Object.keys(SCOPE_OWNER) as OwnedScope[];

/** Throws BAD_USER_INPUT naming `field` unless a non-global scope's owner exists. */
export async function requireScopeOwner(db: Db, scope: Scope, scopeId: string | null, field: string): Promise<void> {
  if (scope === 'global' || scopeId == null) return;
  const { table, entity } = SCOPE_OWNER[scope];
  await requireReference(db, table, scopeId, field, entity);
}

/** The loader key of a scope owner; scope names contain no ':', so the first one splits it. */
export function scopeKey(scope: OwnedScope, id: string): string {
  return `${scope}:${id}`;
}

function parseScopeKey(key: string): { scope: OwnedScope; id: string } | null {
  const at = key.indexOf(':');
  const scope = key.slice(0, at) as OwnedScope;
  return at > 0 && Object.hasOwn(SCOPE_OWNER, scope) ? { scope, id: key.slice(at + 1) } : null;
}

/** Owner names for `scopeKey` keys, in key order (null for a vanished owner), in one statement. */
export async function scopeOwnerNames(db: Db, keys: readonly string[]): Promise<Array<string | null>> {
  const ids = new Map<OwnedScope, string[]>(OWNED_SCOPES.map((scope) => [scope, []]));
  for (const key of keys) {
    const parsed = parseScopeKey(key);
    if (parsed) ids.get(parsed.scope)!.push(parsed.id);
  }
  const branches = OWNED_SCOPES.filter((scope) => ids.get(scope)!.length > 0).map((scope) =>
    db
      .selectFrom(SCOPE_OWNER[scope].table)
      .select([sql<string>`${scope}`.as('scope'), 'id', 'name'])
      .where('id', 'in', anyOf(ids.get(scope)!)),
  );
  const [first, ...rest] = branches;
  if (!first) return keys.map(() => null);
  const rows = await rest.reduce((union, branch) => union.unionAll(branch), first).execute();
  const names = new Map(rows.map((row) => [scopeKey(row.scope as OwnedScope, row.id), row.name]));
  return keys.map((key) => names.get(key) ?? null);
}
