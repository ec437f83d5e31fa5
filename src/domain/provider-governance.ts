// Governance input of owners whose limits are set apart from their other fields (providers, spec
// §1.10 / §2.6, and business units, §2.9): one budget and one rate limit replaced whole.
import { z } from 'zod';
import { budgetInputSchema, rateLimitInputSchema } from './limits.js';

/** absent = unchanged; null or {} = removed; otherwise the single-budget / replace semantics of §3.1–3.2. */
export const governanceInputSchema = z.object({
  budget: budgetInputSchema.nullish(),
  rateLimit: rateLimitInputSchema.nullish(),
});

export type GovernanceInput = z.infer<typeof governanceInputSchema>;

export const updateProviderGovernanceSchema = z.object({
  provider: z.string(),
  input: governanceInputSchema,
});
