// The legacy single `budget` field of multi-budget owners (virtual keys, provider configs): their
// first (oldest) budget, loaded for all owners of one level in one statement.
import type { GraphQLResolveInfo } from 'graphql';
import type { OwnerKind } from '../../domain/entities.js';
import type { BudgetRead } from '../../store/limits.js';
import type { GraphQLContext } from '../context.js';
import { keyedLoader } from '../request-loaders.js';
import { BudgetRef, budgetsOfOwners, byAudit } from './limits.js';

/** Keeps each owner's first budget; the input is ordered oldest first. */
function firstPerOwner(budgets: readonly BudgetRead[]): BudgetRead[] {
  const seen = new Set<string | number>();
  return budgets.filter((budget) => {
    if (seen.has(budget.owner.id)) return false;
    seen.add(budget.owner.id);
    return true;
  });
}

/** Options for an owner's `budget` field: the same load as `budgets`, one per owner. */
export function firstBudgetField<Parent>(kind: OwnerKind, idOf: (parent: Parent) => string | number) {
  const firstBudgetOf = byAudit((audit) => {
    const load = budgetsOfOwners(kind, audit);
    return keyedLoader(
      async (ids: readonly (string | number)[], ctx: GraphQLContext) => firstPerOwner(await load(ids, ctx)),
      (budget) => budget.owner.id,
    );
  });
  return {
    type: BudgetRef,
    nullable: true as const,
    description: 'The first budget (legacy single-budget view of budgets).',
    resolve: (parent: Parent, _args: object, ctx: GraphQLContext, info: GraphQLResolveInfo) => firstBudgetOf(info)(ctx).load(idOf(parent)),
  };
}
