// Which budget and rate-limit changes a subscriber wants: every given field must match the change
// (its own id, its owner's kind, and the hierarchy above its owner that the change carries as `scope`).
import type { OwnerKind, UsageScope } from '../domain/entities.js';
import { SCOPE_FIELDS } from '../domain/owners.js';
import type { BudgetChange, RateLimitChange } from './events.js';

export type UsageChange = BudgetChange | RateLimitChange;

/** A budget or rate-limit id, an owner kind, and the owners above (`virtualKeyId`, `teamId`, `customerId`). */
export interface UsageFilter extends Partial<Record<keyof UsageScope, string>> {
  /** One budget or rate limit. */
  id?: string;
  ownerKind?: OwnerKind;
}

export type UsageFilterField = keyof UsageFilter;

export const changedIdOf = (change: UsageChange): string => ('budgetId' in change ? change.budgetId : change.rateLimitId);

/** The change's value for a filter field (undefined: the change has none, so no filter on it matches). */
export function valueOf(change: UsageChange, field: UsageFilterField): string | undefined {
  switch (field) {
    case 'id':
      return changedIdOf(change);
    case 'ownerKind':
      return change.owner.kind;
    default:
      return change.scope?.[field] ?? undefined;
  }
}

/** Every filter field, the most selective first. */
export const FILTER_FIELDS: readonly UsageFilterField[] = ['id', ...SCOPE_FIELDS, 'ownerKind'];

export function matchesFilter(filter: UsageFilter, change: UsageChange): boolean {
  return FILTER_FIELDS.every((field) => filter[field] === undefined || filter[field] === valueOf(change, field));
}
