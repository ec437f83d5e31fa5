// Providers (spec §9.1): a built-in catalog seeded by migration plus custom names added by admins.
import { z } from 'zod';
import { requiredName } from './text-limits.js';

export interface Provider {
  id: number;
  name: string;
  createdAt: string;
  updatedAt: string;
}

export const createProviderSchema = z.object({
  name: requiredName('provider name is required').pipe(
    z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'provider name must be lower-case letters, digits, ".", "_" or "-"'),
  ),
});
