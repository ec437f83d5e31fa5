// The owners scoped objects point at (team, customer, virtual key): existence checks on write and
// batched display names on read.
import { sql } from 'kysely';
import { anyOf } from '../db/sqlite-sql.js';
import type { OwnedScope, Scope } from '../domain/scope.js';
import type { OWNERS } from '../domain/owners.js';
import { type Db } from './common.js';
import { requireOwner } from './owner-scopes.js';

/** The tables of the owner kinds a scope may name (the registry's, with Kysely's table types). */
const SCOPE_TABLE = {
  team: 'teams',
  customer: 'customers',
  virtual_key: 'virtual_keys',
} as const satisfies { [Kind in OwnedScope]: (typeof OWNERS)[Kind]['table'] };

const OWNED_SCOPES = Object.keys(SCOPE_TABLE) as OwnedScope[];

/** Throws BAD_USER_INPUT naming `field` unless a non-global scope's owner exists. */
export async function requireScopeOwner(db: Db, scope: Scope, scopeId: string | null, field: string): Promise<void> {
  if (scope === 'global' || scopeId == null) return;
  await requireOwner(db, { kind: scope, id: scopeId }, field);
}

/** The loader key of a scope owner; scope names contain no ':', so the first one splits it. */
export function scopeKey(scope: OwnedScope, id: string): string {
  return `${scope}:${id}`;
}

function parseScopeKey(key: string): { scope: OwnedScope; id: string } | null {
  const at = key.indexOf(':');
  const scope = key.slice(0, at) as OwnedScope;
  return at > 0 && Object.hasOwn(SCOPE_TABLE, scope) ? { scope, id: key.slice(at + 1) } : null;
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
      .selectFrom(SCOPE_TABLE[scope])
      .select([sql<string>`${scope}`.as('scope'), 'id', 'name'])
      .where('id', 'in', anyOf(ids.get(scope)!)),
  );
  const [first, ...rest] = branches;
  if (!first) return keys.map(() => null);
  const rows = await rest.reduce((union, branch) => union.unionAll(branch), first).execute();
  const names = new Map(rows.map((row) => [scopeKey(row.scope as OwnedScope, row.id), row.name]));
  return keys.map((key) => names.get(key) ?? null);
}
