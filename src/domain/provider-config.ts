// Provider configs of a virtual key (spec §1.6, §3.3): which providers, models and keys a key may
// use. The entity and the input schema of the `providerConfigs` list.
import { z } from 'zod';
import { accessListProblem } from './access-list.js';
import { budgetInputSchema, budgetListSchema, rateLimitPatchSchema } from './limits.js';
import { oneBudgetShape } from './multi-budget.js';
import { cappedList } from './list-limits.js';
import { MAX_WEIGHT } from './number-limits.js';
import { line, requiredName } from './text-limits.js';

export interface ProviderConfig {
  id: number;
  virtualKeyId: string;
  provider: string;
  /** null: never picked by weighted routing. */
  weight: number | null;
  /** ["*"] = every model, [] = none. */
  allowedModels: string[];
  allowAllKeys: boolean;
  createdAt: string;
  updatedAt: string;
}

export function doesNotBelongMessage(id: number): string {
  return `provider config ${id} does not belong to this virtual key`;
}

export function keysNotFoundMessage(provider: string, expected: number, found: number): string {
  return `some keys not found for provider ${provider}: expected ${expected}, found ${found}`;
}

const providerConfigInputSchema = z
  .object({
    id: z.number().int().nullish(),
    provider: requiredName('provider name is required', 'provider'),
    weight: z.number().max(MAX_WEIGHT, `weight must be at most ${MAX_WEIGHT}`).nullish(),
    allowedModels: cappedList(line('allowed_models'), 'allowed_models').nullish(),
    keyIds: cappedList(line('key_ids'), 'key_ids').nullish(),
    budget: budgetInputSchema.nullish(),
    budgets: budgetListSchema.nullish(),
    rateLimit: rateLimitPatchSchema.nullish(),
  })
  .superRefine((config, ctx) => {
    const lists = [
      ['allowedModels', 'allowed_models', config.allowedModels],
      ['keyIds', 'key_ids', config.keyIds],
    ] as const;
    for (const [field, wireName, values] of lists) {
      const problem = values ? accessListProblem(values) : null;
      if (problem) {
        ctx.addIssue({
          code: 'custom',
          message: `invalid ${wireName} for provider ${config.provider}: ${problem}`,
          path: [field],
        });
      }
    }
    oneBudgetShape(config, ctx);
  });

/** A full `providerConfigs` list: one config per provider, each id at most once. */
export const providerConfigListSchema = cappedList(providerConfigInputSchema, 'provider_configs').superRefine((configs, ctx) => {
  const providers = new Set<string>();
  const ids = new Set<number>();
  configs.forEach((config, index) => {
    if (providers.has(config.provider)) {
      ctx.addIssue({ code: 'custom', message: `duplicate provider: ${config.provider}`, path: [index, 'provider'] });
    }
    providers.add(config.provider);
    if (config.id == null) return;
    if (ids.has(config.id)) {
      ctx.addIssue({ code: 'custom', message: `duplicate provider config id: ${config.id}`, path: [index, 'id'] });
    }
    ids.add(config.id);
  });
});

export type ProviderConfigInput = z.infer<typeof providerConfigInputSchema>;
