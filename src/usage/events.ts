// What the usage engine tells the rest of the service after a commit: budget and rate-limit changes
// (charges, resets, thresholds) and recorded usage, which subscriptions stream; and the revocation of
// a virtual key, which ends the subscriptions it holds.
import type { OwnerRef, UsageScope } from '../domain/entities.js';

export type ChangeKind = 'charged' | 'reset' | 'limit_changed' | 'threshold_crossed' | 'removed';

export interface BudgetChange {
  kind: ChangeKind;
  budgetId: string;
  owner: OwnerRef;
  previousUsage: number;
  currentUsage: number;
  delta: number;
  at: string;
  /** Set for threshold_crossed: 50, 80 or 100. */
  percent?: number;
  /** Filled in when published. */
  scope?: UsageScope;
}

export interface RateLimitChange {
  kind: ChangeKind;
  rateLimitId: string;
  owner: OwnerRef;
  previousTokens: number;
  currentTokens: number;
  previousRequests: number;
  currentRequests: number;
  at: string;
  /** Filled in when published. */
  scope?: UsageScope;
}

export interface UsageRecorded {
  idempotencyKey: string;
  virtualKeyId: string | null;
  provider: string;
  model: string;
  cost: number;
  tokens: number;
  at: string;
}

/** A virtual key was deactivated or deleted: the subscriptions it holds as credential end. */
export interface VirtualKeyRevoked {
  virtualKeyId: string;
}

export interface UsageEvents {
  'budget:changed': BudgetChange;
  'rateLimit:changed': RateLimitChange;
  'usage:recorded': UsageRecorded;
  'virtualKey:revoked': VirtualKeyRevoked;
}

/** The publishing side the engine needs; the subscriptions layer provides the implementation. */
export interface UsagePublisher {
  publish<Topic extends keyof UsageEvents>(topic: Topic, payload: UsageEvents[Topic]): void;
  /** False when publishing `topic` now would reach nobody: publishers may skip preparing its payload. */
  hasSubscribers(topic: keyof UsageEvents): boolean;
}

export const silentPublisher: UsagePublisher = { publish: () => {}, hasSubscribers: () => false };
