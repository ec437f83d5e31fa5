// The legacy single `budget` field of multi-budget owners (virtual keys, provider configs): their
// first (oldest) budget, loaded for all owners of one level in one statement.
import type { Budget, OwnerKind } from '../../domain/entities.js';
import { BudgetRef, budgetListField } from './limits.js';

/** Keeps each owner's first budget; the input is ordered oldest first. */
function firstPerOwner(budgets: readonly Budget[]): Budget[] {
  const seen = new Set<string | number>();
  return budgets.filter((budget) => {
    if (seen.has(budget.owner.id)) return false;
    seen.add(budget.owner.id);
    return true;
  });
}

/** Options for an owner's `budget` field (t.loadable): the same load as `budgets`, one per owner. */
export function firstBudgetField<Parent>(kind: OwnerKind, idOf: (parent: Parent) => string | number) {
  const list = budgetListField(kind, idOf);
  return {
    type: BudgetRef,
    nullable: true as const,
    description: 'The first budget (legacy single-budget view of budgets).',
    load: async (ids: Parameters<typeof list.load>[0], ctx: Parameters<typeof list.load>[1]) =>
      firstPerOwner(await list.load(ids, ctx)),
    sort: (budget: Budget) => budget.owner.id,
    resolve: idOf,
  };
}
