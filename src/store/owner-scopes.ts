// Owners by their registry entry: whether one exists, and where owners sit in the hierarchy, read
// inside the caller's transaction (removals capture it before the delete: nothing can be read back after it).
import { anyOf } from '../db/sqlite-sql.js';
import type { OwnerKind, OwnerRef, UsageScope } from '../domain/entities.js';
import { ValidationError } from '../domain/errors.js';
import { lineageOf, OWNERS, ownerKey, parentsOfRow, scopeOfLineage } from '../domain/owners.js';
import { type Db } from './common.js';

/** Throws BAD_USER_INPUT (naming `field`) unless the owner exists. */
export async function requireOwner(db: Db, owner: OwnerRef, field: string): Promise<void> {
  const { table, entity } = OWNERS[owner.kind];
  const found = await db.selectFrom(table).select(db.dynamic.ref('id')).where(db.dynamic.ref('id'), '=', owner.id).executeTakeFirst();
  if (!found) throw new ValidationError(`${entity} not found: ${owner.id}`, field);
}

/** Each owner's scope, keyed by ownerKey; owners that do not exist get an empty scope. */
export async function scopesOf(db: Db, owners: readonly OwnerRef[]): Promise<Map<string, UsageScope>> {
  const parents = new Map<string, OwnerRef[]>();
  // One query per kind and level up the hierarchy, so a batch costs a few statements, not one per owner.
  for (let level = [...owners]; level.length > 0; ) {
    const next: OwnerRef[] = [];
    for (const kind of new Set(level.map((owner) => owner.kind))) {
      const ids = [...new Set(level.filter((owner) => owner.kind === kind && !parents.has(ownerKey(owner))).map((owner) => owner.id))];
      for (const [id, found] of await parentRows(db, kind, ids)) {
        parents.set(ownerKey({ kind, id }), found);
        next.push(...found);
      }
    }
    level = next;
  }
  return new Map(owners.map((owner) => [ownerKey(owner), scopeOfLineage(lineageOf(owner, (member) => parents.get(ownerKey(member))))]));
}

async function parentRows(db: Db, kind: OwnerKind, ids: ReadonlyArray<string | number>): Promise<Array<[string | number, OwnerRef[]]>> {
  const { table, parents } = OWNERS[kind];
  if (ids.length === 0) return [];
  if (parents.length === 0) return ids.map((id) => [id, []]);
  const rows = await db
    .selectFrom(table)
    .select([db.dynamic.ref<'id'>('id'), ...parents.map((edge) => db.dynamic.ref(edge.column))])
    .where(db.dynamic.ref('id'), 'in', anyOf(ids))
    .execute();
  return rows.map((row) => [row.id as string | number, parentsOfRow(kind, row)]);
}
