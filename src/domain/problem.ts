// One way to surface the first failure of an ordered, pure rule check: as a zod issue (GraphQL input
// validation) or as a ValidationError (the store re-validating a merged update), naming the same field.
import type { z } from 'zod';
import { ValidationError } from './errors.js';
import type { Problem } from './limits.js';

/** Adds `problem` to the zod context; `field` may be a dotted path such as `targets.1.weight`. */
export function reportProblem(ctx: z.RefinementCtx, problem: Problem | null): void {
  if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: [problem.field] });
}

/** Throws BAD_USER_INPUT for `problem`, naming the field under the mutation's `input` argument. */
export function throwProblem(problem: Problem | null): void {
  if (problem) throw new ValidationError(problem.message, `input.${problem.field}`);
}
