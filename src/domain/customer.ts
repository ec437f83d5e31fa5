// Customer inputs (spec §1.3, §2.3) as zod schemas shared by GraphQL and REST.
import { z } from 'zod';
import { budgetInputSchema, newBudgetInputSchema, rateLimitInputSchema } from './limits.js';

const name = z.string().trim().min(1, 'Customer name is required');

export const createCustomerSchema = z.object({
  input: z.object({
    name,
    businessUnitId: z.string().nullish(),
    calendarAligned: z.boolean().nullish(),
    budget: newBudgetInputSchema.nullish(),
    rateLimit: rateLimitInputSchema.nullish(),
  }),
});

export const updateCustomerSchema = z.object({
  id: z.string(),
  input: z.object({
    name: name.nullish(),
    businessUnitId: z.string().nullish(),
    calendarAligned: z.boolean().nullish(),
    budget: budgetInputSchema.nullish(),
    rateLimit: rateLimitInputSchema.nullish(),
  }),
});

export type CreateCustomerInput = z.infer<typeof createCustomerSchema>['input'];
export type UpdateCustomerInput = z.infer<typeof updateCustomerSchema>['input'];
