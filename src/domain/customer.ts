// Customer inputs (spec §1.3, §2.3) as zod schemas shared by GraphQL and REST.
import { z } from 'zod';
import { budgetInputSchema, newBudgetInputSchema, rateLimitInputSchema } from './limits.js';
import { line, requiredName } from './text-limits.js';

const name = requiredName('Customer name is required');
const businessUnitId = line('business_unit_id').nullish();

export const createCustomerSchema = z.object({
  input: z.object({
    name,
    businessUnitId,
    calendarAligned: z.boolean().nullish(),
    budget: newBudgetInputSchema.nullish(),
    rateLimit: rateLimitInputSchema.nullish(),
  }),
});

export const updateCustomerSchema = z.object({
  id: z.string(),
  input: z.object({
    name: name.nullish(),
    businessUnitId,
    calendarAligned: z.boolean().nullish(),
    budget: budgetInputSchema.nullish(),
    rateLimit: rateLimitInputSchema.nullish(),
  }),
});

export type CreateCustomerInput = z.infer<typeof createCustomerSchema>['input'];
export type UpdateCustomerInput = z.infer<typeof updateCustomerSchema>['input'];
