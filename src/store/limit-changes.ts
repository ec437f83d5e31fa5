// What a governance write changed that the usage engine derives from, returned by the write as plain
// data: the budgets and rate limits it created, edited or removed, the owners whose rows it changed,
// and whether it changed prices. The write path hands them to the engine before the transaction
// commits (its caches forget what they derived from them) and publishes the limit changes after.
import type { OwnerRef, UsageScope } from '../domain/entities.js';

export interface LimitChange {
  counter: 'budget' | 'rate_limit';
  id: string;
  owner: OwnerRef;
  change: 'created' | 'limit_changed' | 'removed';
  /** For removals, what the row was (it cannot be read back): its owner's place in the hierarchy, its usage. */
  removed?: RemovedLimit;
}

export interface RemovedLimit {
  scope: UsageScope;
  usage: { cost: number; tokens: number; requests: number };
}

/** Besides limits: owners whose own rows changed (parents, key, active flag, provider configs), and prices. */
export interface ChangedInputs {
  owners?: readonly OwnerRef[];
  pricing?: boolean;
}

/** What a governance write the usage engine depends on gives back: its result and what it changed. */
export class Written<T> {
  constructor(
    readonly result: T,
    readonly changes: readonly LimitChange[],
    readonly inputs: ChangedInputs = {},
  ) {}
}

export const written = <T>(result: T, changes: readonly LimitChange[], inputs?: ChangedInputs): Written<T> =>
  new Written(result, changes, inputs);
