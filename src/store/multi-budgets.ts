// Budgets of multi-budget owners written from a request that carries either `budgets` (reconciled
// by reset_duration) or the legacy single `budget` (spec §2.1, §3.3).
import { insertionOrder } from '../db/sqlite-sql.js';
import type { BudgetInput } from '../domain/limits.js';
import type { MultiBudgetInput } from '../domain/multi-budget.js';
import { OWNERS } from '../domain/owners.js';
import type { Db } from './common.js';
import type { LimitChange } from './limit-changes.js';
import { deleteBudgets, type Owner, reconcileBudgets, writeSingleBudget } from './limits.js';

/**
 * The legacy `budget` of a multi-budget owner: the owner's budgets become a list of one. The first
 * (oldest) budget, which the legacy `budget` field shows, follows single-budget semantics (updated in
 * place keeping usage, `{}`/null removes; on a fresh owner it is created); any others are dropped.
 * An object holding only `calendarAligned` is an alignment toggle handled by the owner.
 */
export async function writeLegacyBudget(
  db: Db,
  owner: Owner,
  input: BudgetInput | null | undefined,
  now: Date,
  field: string,
): Promise<LimitChange[]> {
  if (input === undefined) return [];
  if (input !== null && input.maxLimit == null && input.resetDuration == null && input.calendarAligned != null) return [];
  const rows = await db
    .selectFrom('budgets')
    .select('id')
    .where(OWNERS[owner.kind].column, '=', owner.id)
    // The same order as budgetsByOwners, so "first" is the budget the legacy `budget` field shows.
    .orderBy('created_at')
    .orderBy(insertionOrder)
    .execute();
  const others = rows.slice(1).map((row) => row.id);
  const dropped = await deleteBudgets(db, 'id', others);
  return [...dropped, ...(await writeSingleBudget(db, owner, input, now, field))];
}

/** `budgets` when sent (null = none), otherwise the legacy `budget`; `path` names the object holding them. */
export async function writeOwnerBudgets(
  db: Db,
  owner: Owner,
  input: MultiBudgetInput,
  now: Date,
  path: string,
): Promise<LimitChange[]> {
  return input.budgets !== undefined
    ? reconcileBudgets(db, owner, input.budgets, now, `${path}.budgets`)
    : writeLegacyBudget(db, owner, input.budget, now, `${path}.budget`);
}
