// Deleting an owner deletes its budgets and rate limits, and those of the owners deleted with it. The
// database would cascade them away unseen; here they are deleted first and returned as removed,
// with the usage they had and where their owner sat, for subscribers.
import { anyOf } from '../db/sqlite-sql.js';
import type { OwnerKind } from '../domain/entities.js';
import { kindsDeletedWith, OWNERS } from '../domain/owners.js';
import { type Db } from './common.js';
import type { LimitChange } from './limit-changes.js';
import { deleteBudgets, deleteRateLimits } from './limits.js';

/** Call before deleting owners of `kind`: removes their limits and those of the owners deleted with them. */
export async function removeLimitsOfDeletedOwners(db: Db, kind: OwnerKind, ids: ReadonlyArray<string | number>): Promise<LimitChange[]> {
  if (ids.length === 0) return [];
  const changes: LimitChange[] = [];
  for (const dependent of kindsDeletedWith(kind)) {
    const rows = await db
      .selectFrom(OWNERS[dependent.kind].table)
      .select(db.dynamic.ref<'id'>('id'))
      .where(db.dynamic.ref(dependent.column), 'in', anyOf(ids))
      .execute();
    changes.push(...(await removeLimitsOfDeletedOwners(db, dependent.kind, rows.map((row) => row.id as string | number))));
  }
  const column = OWNERS[kind].column;
  changes.push(...(await deleteBudgets(db, column, ids)), ...(await deleteRateLimits(db, column, ids)));
  return changes;
}
