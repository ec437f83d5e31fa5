// Deleting an owner deletes its budgets and rate limits, and those of the owners deleted with it. The
// database would cascade them away unseen; here they are recorded as removed (with the usage they
// had, for subscribers) and deleted before the owner's own delete runs.
import type { OwnerKind, OwnerRef } from '../domain/entities.js';
import { anyOf, type Db } from './common.js';
import { deleteBudgets, deleteRateLimits, OWNER_COLUMN } from './limits.js';

/** Owners whose rows cascade with their parent's: a virtual key takes its provider configs along. */
const DELETED_WITH: Partial<Record<OwnerKind, (db: Db, ids: readonly string[]) => Promise<OwnerRef[]>>> = {
  virtual_key: async (db, ids) =>
    (await db.selectFrom('provider_configs').select('id').where('virtual_key_id', 'in', anyOf(ids)).execute()).map((row) => ({
      kind: 'provider_config' as const,
      id: row.id,
    })),
};

async function removeLimitsOf(db: Db, kind: OwnerKind, ids: ReadonlyArray<string | number>): Promise<void> {
  await deleteBudgets(db, OWNER_COLUMN[kind], ids);
  await deleteRateLimits(db, OWNER_COLUMN[kind], ids);
}

/** Call before deleting owners of `kind`: removes their limits and those of the owners deleted with them. */
export async function removeLimitsOfDeletedOwners(db: Db, kind: OwnerKind, ids: ReadonlyArray<string | number>): Promise<void> {
  if (ids.length === 0) return;
  const dependents = (await DELETED_WITH[kind]?.(db, ids.map(String))) ?? [];
  for (const dependentKind of new Set(dependents.map((owner) => owner.kind))) {
    await removeLimitsOf(db, dependentKind, dependents.filter((owner) => owner.kind === dependentKind).map((owner) => owner.id));
  }
  await removeLimitsOf(db, kind, ids);
}
