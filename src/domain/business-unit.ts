// Business units (spec §1.13, §2.9): the entity and its input schemas shared by GraphQL and REST.
// Their members are the customers whose business_unit_id points at them.
import { z } from 'zod';
import type { JsonObject } from './entities.js';
import { boundedJsonObject } from './json-limits.js';
import { governanceInputSchema } from './provider-governance.js';
import { line, requiredName, text } from './text-limits.js';

export interface BusinessUnit {
  id: string;
  name: string;
  description: string;
  sourceId: string | null;
  profile: JsonObject | null;
  config: JsonObject | null;
  claims: JsonObject | null;
  configHash: string | null;
  createdByUserId: string | null;
  createdAt: string;
  updatedAt: string;
}

export const BUSINESS_UNIT_NAME_TAKEN = 'A business unit with that name already exists';
export const BUSINESS_UNIT_ID_TAKEN = 'A business unit with that id already exists';
export const BUSINESS_UNIT_HAS_MEMBERS = 'Business unit still has active memberships';

const name = requiredName('name is required');

const editableFields = {
  description: text('description').nullish(),
  sourceId: line('source_id').nullish(),
  profile: boundedJsonObject('profile').nullish(),
  config: boundedJsonObject('config').nullish(),
  claims: boundedJsonObject('claims').nullish(),
  /** Attaches this customer to the business unit (moving it from any other). */
  customerId: line('customer_id').nullish(),
};

export const createBusinessUnitSchema = z.object({
  input: z.object({
    // "" = none, as upstream: the server generates a UUID.
    id: z.string().trim().pipe(line('id')).nullish(),
    name,
    ...editableFields,
  }),
});

export const updateBusinessUnitSchema = z.object({
  id: z.string(),
  input: z.object({ name: name.nullish(), ...editableFields }),
});

export const updateBusinessUnitGovernanceSchema = z.object({
  id: z.string(),
  input: governanceInputSchema,
});

export type CreateBusinessUnitInput = z.infer<typeof createBusinessUnitSchema>['input'];
export type UpdateBusinessUnitInput = z.infer<typeof updateBusinessUnitSchema>['input'];
