// Model configs (spec §1.9, §2.5, §3.4): the entity, its input schemas shared by GraphQL and REST,
// and the Bifrost wording of its identity clash.
import { z } from 'zod';
import { budgetInputSchema, budgetListSchema, newBudgetInputSchema, rateLimitInputSchema } from './limits.js';
import { oneBudgetShape } from './multi-budget.js';
import { reportProblem } from './problem.js';
import { normalizeScope, type Scope, scopeInputFields, scopeProblem } from './scope.js';
import { line, requiredName } from './text-limits.js';

export interface ModelConfig {
  id: string;
  modelName: string;
  /** null: the config applies to this model on every provider. */
  provider: string | null;
  scope: Scope;
  scopeId: string | null;
  calendarAligned: boolean;
  createdAt: string;
  updatedAt: string;
}

/** What makes a model config unique (the model_configs_identity index). */
export type ModelConfigIdentity = Pick<ModelConfig, 'modelName' | 'provider' | 'scope' | 'scopeId'>;

export function duplicateModelConfigMessage(identity: Pick<ModelConfigIdentity, 'modelName' | 'provider'>): string {
  return identity.provider == null
    ? `Model config for model '${identity.modelName}' (global) already exists`
    : `Model config for model '${identity.modelName}' with provider '${identity.provider}' already exists`;
}

const modelName = requiredName('Model name is required', 'model_name');
// "" means "no provider" (spec §3.4): the config then applies on every provider.
const provider = z
  .string()
  .trim()
  .pipe(line('provider'))
  .nullish()
  .transform((value) => (value === '' ? null : value));

export const createModelConfigSchema = z.object({
  input: z
    .object({
      modelName,
      provider,
      ...scopeInputFields,
      calendarAligned: z.boolean().nullish(),
      budget: newBudgetInputSchema.nullish(),
      budgets: budgetListSchema.nullish(),
      rateLimit: rateLimitInputSchema.nullish(),
    })
    .superRefine((input, ctx) => {
      reportProblem(ctx, scopeProblem(input));
      oneBudgetShape(input, ctx);
    })
    .transform((input) => ({ ...input, provider: input.provider ?? null, ...normalizeScope(input) })),
});

export const updateModelConfigSchema = z.object({
  id: z.string(),
  input: z
    .object({
      modelName: modelName.nullish(),
      provider,
      ...scopeInputFields,
      calendarAligned: z.boolean().nullish(),
      budget: budgetInputSchema.nullish(),
      budgets: budgetListSchema.nullish(),
      rateLimit: rateLimitInputSchema.nullish(),
    })
    .superRefine(oneBudgetShape),
});

export type CreateModelConfigInput = z.infer<typeof createModelConfigSchema>['input'];
export type UpdateModelConfigInput = z.infer<typeof updateModelConfigSchema>['input'];
