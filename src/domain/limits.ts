// Rules for budgets and rate limits (spec §4.2, §4.3): input shapes as zod schemas shared by GraphQL
// and REST, and the pure checks the store re-runs after merging an update into a stored row.
import { z } from 'zod';
import { parseDuration, RESET_DURATION_RANGE, resetDurationError } from './duration.js';
import { cappedList } from './list-limits.js';
import { MAX_USD } from './number-limits.js';
import { line } from './text-limits.js';

export interface Problem {
  /** Field name relative to the checked object (camelCase, as in the GraphQL input). */
  field: string;
  message: string;
}

export const BUDGET_BOTH_REQUIRED = 'both max_limit and reset_duration are required when creating a new budget';

export function budgetMaxLimitProblem(maxLimit: number): Problem | null {
  if (maxLimit < 0) {
    return { field: 'maxLimit', message: `Budget max_limit cannot be negative: ${maxLimit.toFixed(2)}` };
  }
  if (maxLimit === 0) return { field: 'maxLimit', message: 'budget max limit cannot be negative or zero' };
  if (maxLimit > MAX_USD) return { field: 'maxLimit', message: `budget max_limit cannot exceed ${MAX_USD} USD: ${maxLimit}` };
  return null;
}

export function budgetDurationProblem(resetDuration: string): Problem | null {
  switch (resetDurationError(resetDuration)) {
    case 'format':
      return { field: 'resetDuration', message: `Invalid reset duration format: ${resetDuration}` };
    case 'range':
      return { field: 'resetDuration', message: `reset duration must be ${RESET_DURATION_RANGE}, got ${resetDuration}` };
    case null:
      return null;
  }
}

/** Why a calendar-aligned budget cannot reset every `resetDuration` (the seed's Create/UpdateBudgetRequest). */
export function calendarAlignmentMessage(resetDuration: string): string {
  return `calendar_aligned needs a reset_duration of whole days, weeks, months or years (d, w, M, Y), got ${resetDuration}`;
}

/** A budget of a calendar-aligned owner must follow calendar periods: sub-day and fractional durations cannot. */
export function calendarDurationProblem(resetDuration: string): Problem | null {
  const duration = parseDuration(resetDuration);
  return duration && !duration.calendar ? { field: 'resetDuration', message: calendarAlignmentMessage(resetDuration) } : null;
}

export interface BudgetConfig {
  maxLimit: number;
  resetDuration: string;
}

export function budgetProblem(budget: BudgetConfig): Problem | null {
  return budgetMaxLimitProblem(budget.maxLimit) ?? budgetDurationProblem(budget.resetDuration);
}

export interface RateLimitConfig {
  tokenMaxLimit: number | null;
  tokenResetDuration: string | null;
  requestMaxLimit: number | null;
  requestResetDuration: string | null;
}

const RATE_LIMIT_PREFIX = 'Invalid rate limit: ';

function counterProblem(
  kind: 'token' | 'request',
  limit: number | null,
  duration: string | null,
  partial: boolean,
): Problem | null {
  const limitField = `${kind}MaxLimit`;
  const durationField = `${kind}ResetDuration`;
  if (limit != null && limit <= 0) {
    return { field: limitField, message: `${RATE_LIMIT_PREFIX}rate limit ${kind} max limit cannot be negative or zero: ${limit}` };
  }
  if (!partial && limit != null && (duration == null || duration === '')) {
    return { field: durationField, message: `${RATE_LIMIT_PREFIX}rate limit ${kind} reset duration is required` };
  }
  if (duration == null || duration === '') return null;
  switch (resetDurationError(duration)) {
    case 'format':
      return {
        field: durationField,
        message: `${RATE_LIMIT_PREFIX}invalid rate limit ${kind} reset duration format: ${duration}`,
      };
    case 'range':
      return {
        field: durationField,
        message: `${RATE_LIMIT_PREFIX}rate limit ${kind} reset duration must be ${RESET_DURATION_RANGE}, got ${duration}`,
      };
    case null:
      return null;
  }
}

/** `partial` checks a patch that will be merged into a stored row: a duration may come from the row. */
export function rateLimitProblem(limit: RateLimitConfig, partial = false): Problem | null {
  return (
    counterProblem('token', limit.tokenMaxLimit, limit.tokenResetDuration, partial) ??
    counterProblem('request', limit.requestMaxLimit, limit.requestResetDuration, partial)
  );
}

/** A rate limit with neither counter limited means "no rate limit" (spec §1.2). */
export function isEmptyRateLimit(limit: Pick<RateLimitConfig, 'tokenMaxLimit' | 'requestMaxLimit'>): boolean {
  return limit.tokenMaxLimit == null && limit.requestMaxLimit == null;
}

function report(ctx: z.RefinementCtx, problem: Problem | null, prefix: string[] = []): void {
  if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: [...prefix, problem.field] });
}

/** Budget input as sent on create or update; every field optional (update semantics, spec §3.1). */
export const budgetInputSchema = z
  .object({
    maxLimit: z.number().nullish(),
    resetDuration: line('reset_duration').nullish(),
    calendarAligned: z.boolean().nullish(),
  })
  .superRefine((budget, ctx) => {
    if (budget.maxLimit != null) report(ctx, budgetMaxLimitProblem(budget.maxLimit));
    if (budget.resetDuration == null) return;
    report(ctx, budgetDurationProblem(budget.resetDuration));
    // The owner's flag and stored budgets are checked by the store; this is the combination one object can show.
    if (budget.calendarAligned) report(ctx, calendarDurationProblem(budget.resetDuration));
  });

export type BudgetInput = z.infer<typeof budgetInputSchema>;

/** Budget input on create: a new budget needs both fields. */
export const newBudgetInputSchema = budgetInputSchema.superRefine((budget, ctx) => {
  if (budget.maxLimit == null || budget.resetDuration == null) {
    ctx.addIssue({
      code: 'custom',
      message: BUDGET_BOTH_REQUIRED,
      path: [budget.maxLimit == null ? 'maxLimit' : 'resetDuration'],
    });
  }
});

/** Multi-budget owners: distinct reset durations (spec §4.2). */
export const budgetListSchema = cappedList(newBudgetInputSchema, 'budgets').superRefine((budgets, ctx) => {
  const seen = new Set<string>();
  budgets.forEach((budget, index) => {
    const duration = budget.resetDuration;
    if (duration == null) return;
    if (seen.has(duration)) {
      ctx.addIssue({
        code: 'custom',
        message: `Duplicate reset_duration in budgets: ${duration}`,
        path: [index, 'resetDuration'],
      });
    }
    seen.add(duration);
  });
});

const rateLimitFields = z.object({
  tokenMaxLimit: z.number().int().nullish(),
  tokenResetDuration: line('token_reset_duration').nullish(),
  requestMaxLimit: z.number().int().nullish(),
  requestResetDuration: line('request_reset_duration').nullish(),
});

export type RateLimitInput = z.infer<typeof rateLimitFields>;

export function rateLimitConfigOf(input: RateLimitInput): RateLimitConfig {
  return {
    tokenMaxLimit: input.tokenMaxLimit ?? null,
    tokenResetDuration: input.tokenResetDuration ?? null,
    requestMaxLimit: input.requestMaxLimit ?? null,
    requestResetDuration: input.requestResetDuration ?? null,
  };
}

/** A rate limit that replaces the stored one whole (customers, teams, model configs, providers, BUs). */
export const rateLimitInputSchema = rateLimitFields.superRefine((limit, ctx) => {
  report(ctx, rateLimitProblem(rateLimitConfigOf(limit)));
});

/** A rate limit merged field by field into the stored one (virtual keys and their provider configs). */
export const rateLimitPatchSchema = rateLimitFields.superRefine((limit, ctx) => {
  report(ctx, rateLimitProblem(rateLimitConfigOf(limit), true));
});
