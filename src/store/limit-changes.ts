// Which budgets and rate limits a governance write created, edited or removed, returned by the write
// as plain data. The caller hands them to the usage engine once the transaction has committed.
import type { OwnerRef, UsageScope } from '../domain/entities.js';

export interface LimitChange {
  counter: 'budget' | 'rate_limit';
  id: string;
  change: 'created' | 'limit_changed' | 'removed';
  /** For removals, what the row was (it cannot be read back): its owner, the owner's place in the hierarchy, its usage. */
  removed?: RemovedLimit;
}

export interface RemovedLimit {
  owner: OwnerRef;
  scope: UsageScope;
  usage: { cost: number; tokens: number; requests: number };
}

/** What a governance write that touches budgets or rate limits gives back: its result and those changes. */
export class Written<T> {
  constructor(
    readonly result: T,
    readonly changes: readonly LimitChange[],
  ) {}
}

export const written = <T>(result: T, changes: readonly LimitChange[]): Written<T> => new Written(result, changes);
