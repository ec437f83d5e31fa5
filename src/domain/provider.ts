// Providers (spec §9.1): a built-in catalog seeded by migration plus custom names added by admins.
import { z } from 'zod';

export interface Provider {
  id: number;
  name: string;
  createdAt: string;
  updatedAt: string;
}

export const createProviderSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'provider name is required')
    .regex(/^[a-z0-9][a-z0-9._-]*$/, 'provider name must be lower-case letters, digits, ".", "_" or "-"'),
});
