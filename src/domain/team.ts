// Teams (spec §1.4, §2.2, §3.4): the entity and its input schemas shared by GraphQL and REST.
import { z } from 'zod';
import type { JsonObject } from './entities.js';
import { boundedJsonObject } from './json-limits.js';
import { budgetInputSchema, newBudgetInputSchema, rateLimitInputSchema } from './limits.js';
import { line, requiredName } from './text-limits.js';

export interface Team {
  id: string;
  name: string;
  customerId: string | null;
  profile: JsonObject | null;
  config: JsonObject | null;
  claims: JsonObject | null;
  calendarAligned: boolean;
  configHash: string | null;
  createdAt: string;
  updatedAt: string;
}

const name = requiredName('Team name is required');
const customerId = line('customer_id').nullish();

// Free-form metadata: absent = unchanged on update, null = cleared.
const metadata = {
  profile: boundedJsonObject('profile').nullish(),
  config: boundedJsonObject('config').nullish(),
  claims: boundedJsonObject('claims').nullish(),
};

export const createTeamSchema = z.object({
  input: z.object({
    name,
    customerId,
    ...metadata,
    calendarAligned: z.boolean().nullish(),
    budget: newBudgetInputSchema.nullish(),
    rateLimit: rateLimitInputSchema.nullish(),
  }),
});

export const updateTeamSchema = z.object({
  id: z.string(),
  input: z.object({
    name: name.nullish(),
    // "" or null detaches from the customer; absent leaves it (spec §3.4).
    customerId,
    ...metadata,
    calendarAligned: z.boolean().nullish(),
    budget: budgetInputSchema.nullish(),
    rateLimit: rateLimitInputSchema.nullish(),
  }),
});

export type CreateTeamInput = z.infer<typeof createTeamSchema>['input'];
export type UpdateTeamInput = z.infer<typeof updateTeamSchema>['input'];
