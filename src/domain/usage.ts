// Usage reports and admission requests (spec §5, §9.2): input schemas shared by GraphQL and REST,
// and the decisions a gateway acts on.
import { z } from 'zod';
import { count, money } from './number-limits.js';
import { baseRequestType, isRequestType, REQUEST_TYPES } from './request-types.js';
import { line, requiredName } from './text-limits.js';

const requestType = z
  .string()
  .refine((value) => isRequestType(baseRequestType(value)), {
    message: `request_type must be one of: ${REQUEST_TYPES.join(', ')}`,
  });

export const usageEventSchema = z.object({
  idempotencyKey: z.string().trim().min(1, 'idempotency_key is required').pipe(line('idempotency_key', 200)),
  /** A virtual key value (sk-bf-…) or id; absent = only provider and model governance apply. */
  virtualKey: z.string().min(1).pipe(line('virtual_key')).nullish(),
  provider: requiredName('provider is required', 'provider'),
  model: requiredName('model is required', 'model'),
  requestType,
  inputTokens: count,
  outputTokens: count,
  cost: money,
  timestamp: z.string().nullish(),
  reservationId: line('reservation_id').nullish(),
  /** The provider key used (its uuid key_id), for key-scoped pricing overrides. */
  providerKeyId: line('provider_key_id').nullish(),
});

export type UsageEvent = z.infer<typeof usageEventSchema>;

export const usageBatchSchema = z.object({
  events: z.array(usageEventSchema).min(1, 'events must not be empty').max(10_000, 'at most 10000 events per batch'),
});

export const admissionRequestSchema = z.object({
  virtualKey: z.string().min(1).pipe(line('virtual_key')).nullish(),
  provider: requiredName('provider is required', 'provider'),
  model: requiredName('model is required', 'model'),
  requestType: requestType.nullish(),
  estimatedTokens: count.nullish(),
  estimatedCost: money.nullish(),
  reserve: z.boolean().nullish(),
});

export type AdmissionRequest = z.infer<typeof admissionRequestSchema>;

export const DECISIONS = [
  'allow', 'virtual_key_not_found', 'virtual_key_blocked', 'provider_blocked', 'model_blocked',
  'token_limited', 'request_limited', 'rate_limited', 'budget_exceeded',
] as const;
export type Decision = (typeof DECISIONS)[number];

/** HTTP status a gateway should answer with for a decision (spec §5.3). */
export function decisionStatus(decision: Decision): number {
  switch (decision) {
    case 'allow':
      return 200;
    case 'budget_exceeded':
      return 402;
    case 'token_limited':
    case 'request_limited':
    case 'rate_limited':
      return 429;
    default:
      return 403;
  }
}

/** Provider-prefixed model names (`openai/gpt-4o`) are matched as the bare model. */
export function bareModel(model: string, provider: string): string {
  const prefix = `${provider}/`;
  return model.startsWith(prefix) ? model.slice(prefix.length) : model;
}

export function modelAllowed(allowedModels: readonly string[], model: string): boolean {
  return allowedModels.includes('*') || allowedModels.includes(model);
}

// Money is stored as floating USD (Bifrost's wire format). Rounding every sum to 1e-10 USD keeps
// totals equal to the decimal sum of the charges, whatever order they were added in.
const MONEY_SCALE = 1e10;

export function addMoney(a: number, b: number): number {
  return Math.round((a + b) * MONEY_SCALE) / MONEY_SCALE;
}

export const THRESHOLD_PERCENTS = [50, 80, 100] as const;
const NONE_CROSSED: readonly number[] = [];

/** Budget thresholds (% of max_limit) crossed by moving usage from `before` to `after`. */
export function crossedThresholds(maxLimit: number, before: number, after: number): readonly number[] {
  // Most charges stay below the first threshold: answer those without allocating.
  if (after < (maxLimit * THRESHOLD_PERCENTS[0]) / 100) return NONE_CROSSED;
  return THRESHOLD_PERCENTS.filter((percent) => {
    const level = (maxLimit * percent) / 100;
    return before < level && after >= level;
  });
}
