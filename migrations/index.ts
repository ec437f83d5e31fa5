// Static migration list: Kysely's FileMigrationProvider misbehaves under vitest on Node 20,
// so every migration is imported here, keyed by its date-prefixed name (applied in key order).
import type { Migration } from 'kysely';
import * as governanceModel from './2026_11_27_000001_governance_model.js';
import * as usage from './2026_11_27_000100_usage.js';
import * as usageIdempotencyScope from './2026_12_01_000100_usage_idempotency_scope.js';

export const migrations: Record<string, Migration> = {
  '2026_11_27_000001_governance_model': governanceModel,
  '2026_11_27_000100_usage': usage,
  '2026_12_01_000100_usage_idempotency_scope': usageIdempotencyScope,
};
