// How pending changes of one object merge for a slow subscriber: charges into one (first previous,
// last current); other kinds keep their latest occurrence, thresholds one per percent.
import { addMoney } from '../domain/usage.js';
import type { CoalescingRules } from './coalesce.js';
import type { BudgetChange, RateLimitChange } from './events.js';
import { changedIdOf, type UsageChange } from './usage-filter.js';

const keyOf = (change: UsageChange) =>
  `${changedIdOf(change)}:${change.kind}${'percent' in change && change.percent ? `:${change.percent}` : ''}`;

export const budgetCoalescing: CoalescingRules<BudgetChange> = {
  keyOf,
  merge: (older, newer) =>
    newer.kind !== 'charged'
      ? newer
      : { ...newer, previousUsage: older.previousUsage, delta: addMoney(newer.currentUsage, -older.previousUsage) },
};

export const rateLimitCoalescing: CoalescingRules<RateLimitChange> = {
  keyOf,
  merge: (older, newer) =>
    newer.kind !== 'charged'
      ? newer
      : { ...newer, previousTokens: older.previousTokens, previousRequests: older.previousRequests },
};
