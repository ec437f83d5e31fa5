// Input rules shared by multi-budget owners (virtual keys and their provider configs): a `budgets`
// list, or the legacy single `budget` (spec §2.1), and the calendar flag either may carry (§3.5).
import type { z } from 'zod';
import type { BudgetInput } from './limits.js';

export interface MultiBudgetInput {
  budget?: BudgetInput | null;
  budgets?: BudgetInput[] | null;
}

/** Refinement: legacy `budget` and `budgets` together would be ambiguous. */
export function oneBudgetShape(input: MultiBudgetInput, ctx: z.RefinementCtx): void {
  if (input.budget !== undefined && input.budgets !== undefined) {
    ctx.addIssue({ code: 'custom', message: 'send either budget or budgets, not both', path: ['budget'] });
  }
}

/** The owner-level calendar flag a request asks for, legacy per-budget flags included. */
export function requestedAlignment(
  input: MultiBudgetInput & { calendarAligned?: boolean | null },
): boolean | undefined {
  return (
    input.calendarAligned ??
    input.budget?.calendarAligned ??
    input.budgets?.find((budget) => budget.calendarAligned != null)?.calendarAligned ??
    undefined
  );
}
