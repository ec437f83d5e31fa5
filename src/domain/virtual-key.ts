// Virtual keys (spec §1.5, §2.1, §3.3): the entity, its input schemas shared by GraphQL and REST
// (checked in Bifrost's order), and the parent (team / customer) update rule.
import { z } from 'zod';
import {
  budgetInputSchema,
  budgetListSchema,
  newBudgetInputSchema,
  rateLimitInputSchema,
  rateLimitPatchSchema,
} from './limits.js';
import { mcpConfigListSchema } from './mcp.js';
import { oneBudgetShape } from './multi-budget.js';
import { providerConfigListSchema } from './provider-config.js';
import { line, requiredName, text } from './text-limits.js';

export interface VirtualKey {
  id: string;
  name: string;
  /** `sk-bf-<uuid>`: generated, immutable, shown in full to admins (spec §6.1). */
  value: string;
  description: string;
  isActive: boolean;
  teamId: string | null;
  customerId: string | null;
  calendarAligned: boolean;
  configHash: string | null;
  createdAt: string;
  updatedAt: string;
}

export const VIRTUAL_KEY_PREFIX = 'sk-bf-';
export const BOTH_PARENTS = 'VirtualKey cannot be attached to both Team and Customer';

export function duplicateVirtualKeyMessage(name: string): string {
  return `Virtual key name already exists: ${name}`;
}

const name = requiredName('Virtual key name is required');

type Parents = { teamId?: string | null; customerId?: string | null };

function oneParent(input: Parents, ctx: z.RefinementCtx): void {
  if (input.teamId && input.customerId) ctx.addIssue({ code: 'custom', message: BOTH_PARENTS, path: ['customerId'] });
}

/**
 * Bifrost checks the name, then the parents, then budgets, rate limit and lists (spec §2.1). zod
 * reports refinements after field issues, so the parent rule runs as a first stage piped into the
 * full shape: a both-parents input fails there before any nested rule is looked at.
 */
function parentsFirst<Name extends z.ZodType>(nameSchema: Name) {
  return z
    .looseObject({ name: nameSchema, teamId: z.string().nullish(), customerId: z.string().nullish() })
    .superRefine(oneParent);
}

const commonFields = {
  description: text('description').nullish(),
  teamId: line('team_id').nullish(),
  customerId: line('customer_id').nullish(),
  isActive: z.boolean().nullish(),
  calendarAligned: z.boolean().nullish(),
  budgets: budgetListSchema.nullish(),
  providerConfigs: providerConfigListSchema.nullish(),
  mcpConfigs: mcpConfigListSchema.nullish(),
};

export const createVirtualKeySchema = z.object({
  input: parentsFirst(name).pipe(
    z
      .object({
        name,
        ...commonFields,
        budget: newBudgetInputSchema.nullish(),
        rateLimit: rateLimitInputSchema.nullish(),
      })
      .superRefine(oneBudgetShape),
  ),
});

export const updateVirtualKeySchema = z.object({
  id: z.string(),
  input: parentsFirst(name.nullish()).pipe(
    z
      .object({
        name: name.nullish(),
        ...commonFields,
        budget: budgetInputSchema.nullish(),
        // Virtual keys merge a sent rate limit into the stored one (spec §3.2).
        rateLimit: rateLimitPatchSchema.nullish(),
      })
      .superRefine(oneBudgetShape),
  ),
});

export type CreateVirtualKeyInput = z.infer<typeof createVirtualKeySchema>['input'];
export type UpdateVirtualKeyInput = z.infer<typeof updateVirtualKeySchema>['input'];

/**
 * The parent columns an update writes (GraphQL semantics): absent = unchanged, null or "" = detached,
 * and attaching to one parent detaches from the other.
 */
export function parentUpdate(input: Parents): Parents {
  const update: Parents = {};
  if (input.teamId !== undefined) update.teamId = input.teamId || null;
  if (input.customerId !== undefined) update.customerId = input.customerId || null;
  if (input.teamId) update.customerId = null;
  if (input.customerId) update.teamId = null;
  return update;
}
